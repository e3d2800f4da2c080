"""Demo guidance pages: rights and protection, criminal offences, children, professionals.

Fourteen Czech pages (thirteen live, one draft) for the sections ``rights``,
``criminal-law``, ``children`` and ``professionals``; all but the draft have an English
translation. Keys start with ``r-`` so they stay unique against ``pages_procedures.py``.

All facts come from the project's fact sheet (shared/reference/dv-facts-cz.md). Points the
fact sheet marks as unverified (whether the 24-hour, 48-hour and 3-day deadlines changed
with Act No. 78/2025 Coll., the wording of the stalking penalties) are stated with a
"verify" note, and those pages carry ``needs_review: True``. The 6-month cap on a
preliminary measure, the old DONA line number and the Prague IC's own address and phone
are deliberately left out; contact blocks point at service records instead.
Every legal point must still be checked against the current Acts before real publication.
"""

PAGES = [
    # ------------------------------------------------------------------ rights
    {
        "key": "r-rights-during-expulsion",
        "type": "guidance",
        "section": "rights",
        "visibility": "public",
        "status": "live",
        "reviewed": "2025-09-22",
        "needs_review": False,
        "topics": ["expulsion", "victims-rights", "safety"],
        "audiences": ["endangered-person", "police", "social-work"],
        "regions": ["cz"],
        "cs": {
            "title": "Vaše práva při vykázání násilné osoby",
            "slug": "prava-ohrozene-osoby-pri-vykazani",
            "summary": "Co pro vás jako ohroženou osobu znamená, když policie vykáže násilnou osobu ze společného obydlí, jak dlouho vykázání trvá a na jakou pomoc máte nárok.",
            "body": [
                (
                    "text",
                    "<h2>Kdo o vykázání rozhoduje</h2>"
                    "<p>O vykázání rozhoduje policista přímo na místě. Nepotřebuje k tomu váš souhlas "
                    "a násilnou osobu může vykázat i tehdy, když v době zásahu není doma. Rozhodující je, "
                    "zda skutečnosti – zejména předchozí útoky – odůvodňují obavu, že dojde k nebezpečnému "
                    "útoku na život, zdraví nebo svobodu, anebo ke zvlášť závažnému útoku na lidskou důstojnost.</p>"
                    "<p>Vykázání není trest. Je to preventivní opatření, které vám má dát čas a klid, "
                    "abyste se mohli v bezpečí rozhodnout, co dál.</p>"
                    "<h2>Co vykázání zahrnuje</h2>"
                    "<ul>"
                    "<li>Vykázaná osoba musí ihned opustit společný byt nebo dům i jeho bezprostřední okolí, "
                    "které policista vymezí (například 100 metrů).</li>"
                    "<li>Nezáleží na tom, kdo je vlastníkem nebo nájemcem bytu.</li>"
                    "<li>Vykázaná osoba musí odevzdat všechny klíče a nesmí se s vámi stýkat ani vás kontaktovat.</li>"
                    "<li>Vykázání trvá <strong>14 dní</strong> (od 1. července 2025, dříve 10 dní). "
                    "Zkrátit ho nelze, a to ani s vaším souhlasem.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Potvrzení o vykázání si uschovejte",
                        "text": "<p>Policista vám vykázání oznámí ústně a předá vám proti podpisu písemné "
                        "potvrzení o vykázání. Najdete v něm vymezený prostor, údaje o obou osobách a svá práva "
                        "a povinnosti. Budete ho potřebovat při jednání s intervenčním centrem i se soudem.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>Na co máte nárok</h2>"
                    "<ul>"
                    "<li><strong>Ochranu po dobu vykázání.</strong> Policie kontroluje, zda vykázaná osoba "
                    "zákaz dodržuje. Pokud se vrátí, volejte linku 158.</li>"
                    "<li><strong>Bezplatnou pomoc intervenčního centra.</strong> Policie předá úřední záznam "
                    "intervenčnímu centru, které se vám samo ozve a nabídne pomoc. Obrátit se na ně můžete i sami.</li>"
                    "<li><strong>Delší ochranu přes soud.</strong> Když během vykázání podáte k soudu návrh "
                    "na vydání předběžného opatření, vykázání se prodlužuje až do doby, kdy rozhodnutí soudu "
                    "o vašem návrhu nabude právní moci.</li>"
                    "<li><strong>Práva oběti.</strong> Máte právo na informace, na ochranu před hrozícím "
                    "nebezpečím, na ochranu soukromí a na to, abyste se nemuseli setkávat s násilnou osobou.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "Povinnost platí i pro vás",
                        "text": "<p>Po dobu vykázání nesmíte vykázanou osobu pustit do bytu, ani když vás prosí "
                        "nebo slibuje, že se změní. Nezbytné věci si může vyzvednout jen jednou, a to v doprovodu policie.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "police-act-expulsion",
                        "note": "Vykázání upravují § 44–47 zákona o Policii České republiky.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "amendment-78-2025",
                        "note": "Novela prodloužila vykázání z 10 na 14 dní s účinností od 1. července 2025.",
                    },
                ),
                ("contact", {"service": "ic-praha"}),
                ("contact", {"service": "police-158"}),
            ],
        },
        "en": {
            "title": "Your rights when the police expel a violent person",
            "slug": "rights-of-the-endangered-person-during-expulsion",
            "summary": "What a police expulsion from the shared home means for you as the endangered person, how long it lasts and what help you are entitled to.",
            "body": [
                (
                    "text",
                    "<h2>Who decides</h2>"
                    "<p>The police officer at the scene decides on the expulsion. Your consent is not required, "
                    "and the violent person can be expelled even if they are not at home when the police arrive. "
                    "What matters is whether the facts, above all previous attacks, suggest that a dangerous attack "
                    "on your life, health or freedom, or an especially serious attack on your dignity, is likely.</p>"
                    "<p>An expulsion is not a punishment. It is a preventive measure meant to give you time and "
                    "calm to decide, safely, what to do next.</p>"
                    "<h2>What the expulsion covers</h2>"
                    "<ul>"
                    "<li>The expelled person must leave the shared flat or house at once, together with its "
                    "immediate surroundings as defined by the officer (for example 100 metres).</li>"
                    "<li>It does not matter who owns or rents the home.</li>"
                    "<li>The expelled person must hand over all keys and must not meet or contact you.</li>"
                    "<li>The expulsion lasts <strong>14 days</strong> (since 1 July 2025; it used to be 10). "
                    "It cannot be cut short, not even if you agree.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Keep your copy of the expulsion confirmation",
                        "text": "<p>The officer announces the expulsion orally and gives you a written confirmation "
                        "(potvrzení o vykázání) to sign for. It sets out the area, who is involved, and your rights "
                        "and duties. You will need it when dealing with the intervention centre and the court.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>What you are entitled to</h2>"
                    "<ul>"
                    "<li><strong>Protection while the expulsion lasts.</strong> The police check that the expelled "
                    "person keeps away. If they come back, call 158.</li>"
                    "<li><strong>Free help from the intervention centre.</strong> The police pass their official "
                    "record to the intervention centre, which will get in touch and offer support. You can also "
                    "contact the centre yourself.</li>"
                    "<li><strong>Longer protection through the court.</strong> If you file a motion for a preliminary "
                    "measure while the expulsion is running, the expulsion is extended until the court's decision "
                    "on your motion becomes final.</li>"
                    "<li><strong>Your rights as a victim.</strong> You have the right to information, to protection "
                    "from danger, to privacy, and to avoid contact with the violent person.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "The ban applies to you too",
                        "text": "<p>While the expulsion lasts you must not let the expelled person into the home, "
                        "however much they plead or promise to change. If they need essentials, they may collect "
                        "them once, accompanied by the police.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "police-act-expulsion",
                        "note": "Expulsion is governed by sections 44 to 47 of the Police Act.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "amendment-78-2025",
                        "note": "The amendment extended expulsion from 10 to 14 days with effect from 1 July 2025.",
                    },
                ),
                ("contact", {"service": "ic-praha"}),
                ("contact", {"service": "police-158"}),
            ],
        },
    },
    {
        "key": "r-expelled-person-duties",
        "type": "guidance",
        "section": "rights",
        "visibility": "public",
        "status": "live",
        "reviewed": "2025-09-22",
        "needs_review": True,
        "topics": ["expulsion", "criminal-law"],
        "audiences": ["endangered-person", "police", "social-work"],
        "regions": ["cz"],
        "cs": {
            "title": "Vykázaná osoba: co musí a co smí",
            "slug": "povinnosti-a-moznosti-vykazane-osoby",
            "summary": "Přehled povinností a možností osoby, kterou policie vykázala ze společného obydlí – od odevzdání klíčů po jednorázové vyzvednutí věcí v doprovodu policie.",
            "body": [
                (
                    "text",
                    "<h2>Co vykázaná osoba musí</h2>"
                    "<ul>"
                    "<li><strong>Ihned odejít</strong> ze společného bytu nebo domu.</li>"
                    "<li><strong>Nevstupovat do vymezeného prostoru</strong>, tedy do obydlí a jeho bezprostředního "
                    "okolí, které určil policista, a to po celých 14 dní vykázání.</li>"
                    "<li><strong>Zdržet se jakéhokoli kontaktu</strong> s ohroženou osobou.</li>"
                    "<li><strong>Odevzdat policii všechny klíče</strong> od společného obydlí.</li>"
                    "</ul>"
                    "<p>Na tom, zda je vykázaná osoba vlastníkem nebo nájemcem bytu, nic nezáleží. Vykázání se "
                    "nedá zkrátit, ani kdyby s tím ohrožená osoba souhlasila.</p>"
                    "<h2>Co si smí vzít a kdy se smí vrátit</h2>"
                    "<p>Při odchodu si může vzít osobní věci, cennosti a doklady. Během vykázání si smí "
                    "<strong>jednou</strong> vyzvednout další nezbytné věci, například věci potřebné do práce, "
                    "ale vždy jen <strong>v doprovodu policie</strong>. Domlouvat se přímo s ohroženou osobou "
                    "nemá – ta ji do bytu pustit nesmí.</p>",
                ),
                (
                    "text",
                    "<h2>Námitka proti vykázání</h2>"
                    "<p>Vykázaná osoba může proti vykázání podat námitku, a to buď ústně přímo na místě, nebo "
                    "písemně do 3 dnů. Námitka nemá odkladný účinek: vykázání platí dál, dokud o ní nerozhodne "
                    "krajské ředitelství policie.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "Lhůtu pro námitku ověřte",
                        "text": "<p>Třídenní lhůtu uvádějí zdroje, které popisují úpravu před novelou účinnou "
                        "od 1. července 2025. Zda se novelou nezměnila, zatím ověřujeme. Řiďte se poučením "
                        "v potvrzení o vykázání.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>Co hrozí při porušení</h2>"
                    "<p>Méně závažné porušení vykázání je přestupek. Kdo výkon vykázání maří závažně nebo "
                    "opakovaně, dopouští se trestného činu maření výkonu úředního rozhodnutí a vykázání, "
                    "za který hrozí trest odnětí svobody až na 2 roky.</p>",
                ),
                (
                    "faq",
                    {
                        "question": "Zapíše se vykázání do rejstříku trestů?",
                        "answer": "<p>Ne. Vykázání je preventivní úkon policie, nikoli trest, a záznam v rejstříku "
                        "trestů nezakládá. Jiná situace nastane, pokud vykázaná osoba vykázání závažně poruší "
                        "nebo pokud je stíhána pro trestný čin.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Může ohrožená osoba vykázanou osobu pustit zpátky dřív?",
                        "answer": "<p>Ne. Vykázání trvá pevně stanovenou dobu a ohrožená osoba má sama povinnost "
                        "vykázanou osobu do obydlí nepouštět.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "police-act-expulsion",
                        "note": "Povinnosti vykázané osoby, vyzvednutí věcí a námitka: § 44–47 zákona o Policii ČR.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "criminal-code-337",
                        "note": "Závažné nebo opakované maření vykázání je trestným činem.",
                    },
                ),
            ],
        },
        "en": {
            "title": "The expelled person: duties and options",
            "slug": "duties-of-the-expelled-person",
            "summary": "What a person expelled from the shared home by the police must do and may do, from handing over the keys to a single, police-escorted visit to collect belongings.",
            "body": [
                (
                    "text",
                    "<h2>What the expelled person must do</h2>"
                    "<ul>"
                    "<li><strong>Leave immediately</strong> the shared flat or house.</li>"
                    "<li><strong>Stay out of the defined area</strong> – the home and the immediate surroundings "
                    "set by the officer – for the full 14 days of the expulsion.</li>"
                    "<li><strong>Avoid any contact</strong> with the endangered person.</li>"
                    "<li><strong>Hand all keys</strong> to the shared home over to the police.</li>"
                    "</ul>"
                    "<p>Owning or renting the flat makes no difference. The expulsion cannot be shortened, "
                    "even if the endangered person agrees.</p>"
                    "<h2>Belongings and going back for them</h2>"
                    "<p>When leaving, the person may take personal belongings, valuables and documents. During the "
                    "expulsion they may come back <strong>once</strong> for other essentials, such as things they "
                    "need for work, but only <strong>with a police escort</strong>. They should not arrange this "
                    "with the endangered person, who must not let them in.</p>",
                ),
                (
                    "text",
                    "<h2>Objecting to the expulsion</h2>"
                    "<p>The expelled person can lodge an objection (námitka), either orally on the spot or in "
                    "writing within 3 days. An objection does not suspend the expulsion: it stays in force while "
                    "the regional police directorate decides on it.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "Deadline to be verified",
                        "text": "<p>The 3-day deadline comes from sources describing the law before the amendment "
                        "of 1 July 2025. Whether the amendment changed it is still being verified. Follow the "
                        "instructions printed on the expulsion confirmation.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>Consequences of a breach</h2>"
                    "<p>A minor breach of an expulsion is an administrative offence. Seriously or repeatedly "
                    "obstructing an expulsion is a crime (obstructing an official decision and an expulsion), "
                    "punishable by up to 2 years in prison.</p>",
                ),
                (
                    "faq",
                    {
                        "question": "Does an expulsion go on your criminal record?",
                        "answer": "<p>No. An expulsion is a preventive police measure, not a sentence, and it "
                        "creates no criminal record. That changes only if the person seriously breaches it or is "
                        "prosecuted for a crime.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Can the endangered person let them back in early?",
                        "answer": "<p>No. The expulsion runs for a fixed period, and the endangered person is "
                        "also required not to let the expelled person into the home.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "police-act-expulsion",
                        "note": "Duties of the expelled person, collecting belongings and objections: "
                        "sections 44–47 of the Police Act.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "criminal-code-337",
                        "note": "Serious or repeated obstruction of an expulsion is a criminal offence.",
                    },
                ),
            ],
        },
    },
    {
        "key": "r-domestic-violence-definition",
        "type": "guidance",
        "section": "rights",
        "visibility": "public",
        "status": "draft",
        "reviewed": "2025-07-15",
        "needs_review": True,
        "topics": ["victims-rights", "expulsion"],
        "audiences": ["endangered-person", "social-work", "court", "ngo"],
        "regions": ["cz"],
        "cs": {
            "title": "Domácí násilí v občanském zákoníku (§ 3021)",
            "slug": "definice-domaciho-nasili-obcansky-zakonik",
            "summary": "Od 1. července 2025 obsahuje občanský zákoník zákonnou definici domácího násilí. Stránka je rozpracovaná a čeká na doplnění ověřeného znění.",
            "body": [
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Rozpracovaná stránka",
                        "text": "<p>Doslovné znění § 3021 doplníme, až ho ověříme v aktuálním znění zákona. "
                        "Do té doby z této stránky definici necitujte.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>Co se změnilo</h2>"
                    "<p>Novela č. 78/2025 Sb., účinná od 1. července 2025, doplnila do § 3021 občanského "
                    "zákoníku zákonnou definici domácího násilí. Stejná novela prodloužila vykázání z 10 na "
                    "14 dní. Pojem domácí násilí tak má nově oporu přímo v zákoně.</p>"
                    '<p>Aktuální znění zákoníku najdete například na <a href="https://www.zakonyprolidi.cz/cs/2012-89">'
                    "Zákonech pro lidi</a>.</p>"
                    "<h2>Domácí násilí v praxi</h2>"
                    "<p>Až do doplnění definice pomáhá orientovat se v tom, jak s domácím násilím pracují "
                    "jednotlivé instituty:</p>"
                    "<ul>"
                    "<li><strong>Vykázání:</strong> policie vykazuje, pokud skutečnosti, zejména předchozí útoky, "
                    "odůvodňují obavu z nebezpečného útoku na život, zdraví nebo svobodu nebo ze zvlášť závažného "
                    "útoku na lidskou důstojnost.</li>"
                    "<li><strong>Předběžné opatření:</strong> návrh musí popsat násilí, které činí společné "
                    "soužití nesnesitelným, nebo nežádoucí pronásledování či obtěžování.</li>"
                    "<li><strong>Trestní právo:</strong> nejzávažnější případy postihuje týrání osoby žijící ve "
                    "společném obydlí (§ 199) a nebezpečné pronásledování (§ 354 trestního zákoníku).</li>"
                    "</ul>",
                ),
                (
                    "text",
                    "<h3>Základní pojmy</h3>"
                    "<ul>"
                    "<li><strong>Společné obydlí:</strong> byt nebo dům, kde lidé skutečně společně žijí; "
                    "nemusí vést společnou domácnost.</li>"
                    "<li><strong>Násilná osoba:</strong> ten, kdo násilí páchá (také násilník, agresor, pachatel).</li>"
                    "<li><strong>Ohrožená osoba:</strong> ten, komu násilí hrozí (také oběť, případně zvlášť "
                    "zranitelná oběť).</li>"
                    "<li><strong>Předběžné opatření:</strong> rozhodnutí soudu, které chrání ohroženou osobu i po "
                    "skončení vykázání.</li>"
                    "</ul>",
                ),
                (
                    "legal_reference",
                    {
                        "reference": "civil-code-3021",
                        "note": "Definice domácího násilí, účinná od 1. července 2025. Znění doplníme po ověření.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "amendment-78-2025",
                        "note": "Novela, která definici do občanského zákoníku doplnila.",
                    },
                ),
            ],
        },
        "en": None,
    },
    {
        "key": "r-victims-rights",
        "type": "guidance",
        "section": "rights",
        "visibility": "public",
        "status": "live",
        "reviewed": "2025-10-06",
        "needs_review": False,
        "topics": ["victims-rights", "criminal-law"],
        "audiences": ["endangered-person", "police", "ngo", "social-work"],
        "regions": ["cz"],
        "cs": {
            "title": "Práva obětí trestných činů",
            "slug": "prava-obeti-trestnych-cinu",
            "summary": "Zákon o obětech trestných činů přiznává obětem domácího násilí právo na informace, na ochranu před nebezpečím, na ochranu soukromí a na to, aby se nemusely setkat s pachatelem.",
            "body": [
                (
                    "text",
                    "<p>Domácí násilí často naplňuje znaky trestného činu, například týrání osoby žijící ve "
                    "společném obydlí nebo nebezpečného pronásledování. Kdo se takového činu stane obětí, má "
                    "práva podle zákona č. 45/2013 Sb., o obětech trestných činů. Platí to bez ohledu na to, "
                    "zda policie násilnou osobu vykázala.</p>"
                    "<h2>Jaká práva máte</h2>"
                    "<ul>"
                    "<li><strong>Právo na informace.</strong> Máte právo vědět, jaká máte práva a kam se můžete "
                    "obrátit o pomoc. Pokud něčemu nerozumíte, ptejte se – policie i pomáhající organizace vám "
                    "to mají vysvětlit.</li>"
                    "<li><strong>Právo na ochranu před hrozícím nebezpečím.</strong> Pokud se obáváte dalšího "
                    "útoku, řekněte to policii výslovně. Vaše obavy jsou podkladem pro rozhodování o ochraně.</li>"
                    "<li><strong>Právo na ochranu soukromí.</strong> Vaše osobní údaje a podrobnosti o tom, co "
                    "se vám stalo, mají být chráněny.</li>"
                    "<li><strong>Právo vyhnout se kontaktu s podezřelým.</strong> Máte právo na to, abyste se "
                    "s násilnou osobou nemuseli setkat.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Zvlášť zranitelné oběti mají nárok na bezplatnou pomoc",
                        "text": "<p>Oběti domácího násilí často patří mezi zvlášť zranitelné oběti, například "
                        "kvůli vztahu k násilné osobě nebo závislosti na ní. Registrovaní poskytovatelé pomoci "
                        "obětem jim musí pomoc poskytnout zdarma.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>Peněžitá pomoc státu</h2>"
                    "<p>Oběti trestného činu mohou požádat Ministerstvo spravedlnosti o peněžitou pomoc. Na žádost máte 2 roky od chvíle, kdy jste se o škodě "
                    "dozvěděli, nejpozději však 5 let od spáchání činu. Podrobný postup popisuje samostatná stránka.</p>",
                ),
                (
                    "faq",
                    {
                        "question": "Bojím se, že na policii nebo u soudu potkám násilnou osobu. Co můžu dělat?",
                        "answer": "<p>Řekněte předem, že se s ní nechcete setkat – máte na to právo. Intervenční "
                        "centrum nebo poradna pro oběti vám pomohou připravit se na jednání a promyslet, co "
                        "potřebujete, abyste se cítili bezpečně.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Kdo mi pomůže svá práva uplatnit?",
                        "answer": "<p>Bezplatné sociálně-právní poradenství nabízí intervenční centrum. Nonstop "
                        "a anonymně můžete volat také linku pro oběti 116 006.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "victims-act",
                        "note": "Zákon č. 45/2013 Sb. upravuje práva obětí včetně zvlášť zranitelných obětí.",
                    },
                ),
                ("contact", {"service": "bkb-116006"}),
                ("contact", {"service": "ic-praha"}),
            ],
        },
        "en": {
            "title": "Rights of crime victims",
            "slug": "rights-of-crime-victims",
            "summary": "The Victims of Crime Act gives victims of domestic violence the right to information, to protection from danger, to privacy and to avoid contact with the offender.",
            "body": [
                (
                    "text",
                    "<p>Domestic violence is often a crime in its own right, for example the abuse of a person "
                    "living in a shared dwelling, or stalking. If you are the victim of such a crime, you have "
                    "rights under Act No. 45/2013 Coll., the Victims of Crime Act, whether or not the police "
                    "have expelled the violent person.</p>"
                    "<h2>Your rights</h2>"
                    "<ul>"
                    "<li><strong>The right to information.</strong> You are entitled to know what your rights "
                    "are and where to turn for help. If anything is unclear, ask: the police and support "
                    "organisations should explain it to you.</li>"
                    "<li><strong>The right to protection from danger.</strong> If you fear another attack, tell "
                    "the police in so many words. Your concerns feed into decisions about protecting you.</li>"
                    "<li><strong>The right to privacy.</strong> Your personal data and the details of what "
                    "happened to you should be protected.</li>"
                    "<li><strong>The right to avoid contact with the suspect.</strong> You should not have to "
                    "come face to face with the violent person.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Especially vulnerable victims get help free of charge",
                        "text": "<p>Victims of domestic violence often count as especially vulnerable victims, for "
                        "instance because of their relationship with, or dependence on, the violent person. "
                        "Registered victim-support providers must help them free of charge.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>State financial assistance</h2>"
                    "<p>Victims of crime can apply to the Ministry of Justice for financial assistance. You have 2 years from the time you learned of the harm, and no more than 5 years "
                    "from the crime itself. A separate page explains how to apply.</p>",
                ),
                (
                    "faq",
                    {
                        "question": "I'm afraid of running into the violent person at the police station or in court. What can I do?",
                        "answer": "<p>Say in advance that you do not want to meet them; you have the right to avoid "
                        "contact. The intervention centre or a victim-support service can help you prepare and work "
                        "out what you need in order to feel safe.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Who can help me use these rights?",
                        "answer": "<p>The intervention centre offers free socio-legal counselling. You can also call "
                        "the victims' line 116 006, free of charge, anonymously and around the clock.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "victims-act",
                        "note": "Act No. 45/2013 Coll. sets out victims' rights, including those of especially vulnerable victims.",
                    },
                ),
                ("contact", {"service": "bkb-116006"}),
                ("contact", {"service": "ic-praha"}),
            ],
        },
    },
    {
        "key": "r-especially-vulnerable-victims",
        "type": "guidance",
        "section": "rights",
        "visibility": "public",
        "status": "live",
        "reviewed": "2025-10-06",
        "needs_review": False,
        "topics": ["victims-rights", "children"],
        "audiences": ["endangered-person", "police", "ngo", "ospod"],
        "regions": ["cz"],
        "cs": {
            "title": "Zvlášť zranitelná oběť",
            "slug": "zvlast-zranitelna-obet",
            "summary": "Kdo je podle zákona o obětech trestných činů zvlášť zranitelnou obětí a proč se tento status v případech domácího násilí týká mnoha ohrožených osob.",
            "body": [
                (
                    "text",
                    "<p>Zákon o obětech trestných činů vyčleňuje skupinu obětí, které potřebují zvýšenou ochranu. "
                    "Říká jim zvlášť zranitelné oběti. Pro oběti domácího násilí je tento pojem mimořádně "
                    "důležitý, protože násilí se odehrává ve vztahu, ze kterého se člověk nemůže jednoduše vymanit.</p>"
                    "<h2>Kdo je zvlášť zranitelnou obětí</h2>"
                    "<ul>"
                    "<li>dítě,</li>"
                    "<li>osoba se zdravotním postižením,</li>"
                    "<li>oběť obchodování s lidmi,</li>"
                    "<li>oběť sexuálního nebo násilného trestného činu, u které hrozí zvýšené nebezpečí druhotné "
                    "újmy – například kvůli jejímu vztahu k podezřelému nebo závislosti na něm.</li>"
                    "</ul>",
                ),
                (
                    "text",
                    "<h2>Proč se to týká domácího násilí</h2>"
                    "<p>Násilná osoba bývá partner, manžel, rodič nebo dospělé dítě oběti. Oběť s ní často sdílí "
                    "bydlení, finance nebo péči o děti. Právě taková vazba a závislost zvyšují riziko druhotné "
                    "újmy – tedy dalšího zranění, které oběti může způsobit necitlivý postup, opakované vyprávění "
                    "toho, co se stalo, nebo tlak okolí.</p>"
                    "<h2>Co z toho plyne</h2>"
                    "<ul>"
                    "<li>Registrovaní poskytovatelé pomoci obětem musí zvlášť zranitelné oběti poskytnout pomoc "
                    "<strong>bezplatně</strong>.</li>"
                    "<li>I zvlášť zranitelné oběti mají všechna obecná práva obětí: na informace, ochranu před "
                    "nebezpečím, ochranu soukromí a na to, aby se nemusely setkat s podezřelým.</li>"
                    "<li>Děti jsou zvlášť zranitelnými oběťmi vždy, což je důležité i při vykázání z bytu, "
                    "ve kterém žijí.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Pro odborníky",
                        "text": "<p>Pokud se setkáte s obětí domácího násilí, upozorněte ji, že může patřit mezi "
                        "zvlášť zranitelné oběti, a nabídněte jí kontakt na bezplatnou pomoc. Mnoho lidí o této "
                        "možnosti neví a o pomoc samo nepožádá.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Kde najdu bezplatnou pomoc?",
                        "answer": "<p>Obrátit se můžete na intervenční centrum, na Bílý kruh bezpečí (linka 116 006, "
                        "nonstop a zdarma) nebo na specializované organizace, jako jsou ROSA, Acorus nebo proFem.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "victims-act",
                        "note": "Zákon č. 45/2013 Sb. definuje zvlášť zranitelnou oběť a její nárok na bezplatnou pomoc.",
                    },
                ),
                ("contact", {"service": "bkb-nonstop"}),
                ("contact", {"service": "profem-counselling"}),
            ],
        },
        "en": {
            "title": "Especially vulnerable victims",
            "slug": "especially-vulnerable-victims",
            "summary": "Who counts as an especially vulnerable victim under the Victims of Crime Act, and why the status applies to many people affected by domestic violence.",
            "body": [
                (
                    "text",
                    "<p>The Victims of Crime Act singles out a group of victims who need extra protection and "
                    "calls them especially vulnerable victims. The idea matters a great deal in domestic violence "
                    "cases, because the abuse happens inside a relationship that is hard to walk away from.</p>"
                    "<h2>Who is an especially vulnerable victim</h2>"
                    "<ul>"
                    "<li>children,</li>"
                    "<li>people with a disability,</li>"
                    "<li>victims of human trafficking,</li>"
                    "<li>victims of sexual or violent crime who face a heightened risk of secondary harm, for "
                    "example because of their relationship with the suspect or their dependence on them.</li>"
                    "</ul>",
                ),
                (
                    "text",
                    "<h2>Why this matters in domestic violence</h2>"
                    "<p>The violent person is typically a partner, spouse, parent or adult child. Victims often "
                    "share a home, money or childcare with them. It is exactly this bond and dependence that raise "
                    "the risk of secondary harm: further damage caused by insensitive handling, by having to retell "
                    "what happened again and again, or by pressure from people around them.</p>"
                    "<h2>What follows from the status</h2>"
                    "<ul>"
                    "<li>Registered victim-support providers must help especially vulnerable victims "
                    "<strong>free of charge</strong>.</li>"
                    "<li>They keep all the general victims' rights: information, protection from danger, privacy "
                    "and avoiding contact with the suspect.</li>"
                    "<li>Children are always especially vulnerable victims, which is worth remembering whenever "
                    "someone is expelled from a home where children live.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "For professionals",
                        "text": "<p>When you meet a victim of domestic violence, tell them they may qualify as an "
                        "especially vulnerable victim and give them a contact for free support. Many people do not "
                        "know this option exists and will not ask for help on their own.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Where can I get free help?",
                        "answer": "<p>You can turn to the intervention centre, to Bílý kruh bezpečí (line 116 006, "
                        "free and around the clock), or to specialised organisations such as ROSA, Acorus or proFem.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "victims-act",
                        "note": "Act No. 45/2013 Coll. defines the especially vulnerable victim and the right to free help.",
                    },
                ),
                ("contact", {"service": "bkb-nonstop"}),
                ("contact", {"service": "profem-counselling"}),
            ],
        },
    },
    {
        "key": "r-state-financial-assistance",
        "type": "procedure",
        "section": "rights",
        "visibility": "public",
        "status": "live",
        "reviewed": "2025-10-20",
        "needs_review": True,
        "topics": ["financial-help", "victims-rights"],
        "audiences": ["endangered-person", "social-work", "ngo"],
        "regions": ["cz"],
        "cs": {
            "title": "Jak požádat o peněžitou pomoc státu",
            "slug": "penezita-pomoc-statu-obetem",
            "summary": "Oběti trestného činu mohou od Ministerstva spravedlnosti získat peněžitou pomoc. Žádost je třeba podat do 2 let od chvíle, kdy se o škodě dozvěděly, nejpozději do 5 let od činu.",
            "body": [
                (
                    "text",
                    "<p>Stát poskytuje obětem trestných činů peněžitou pomoc, která má zmírnit dopady činu. "
                    "O žádostech rozhoduje Ministerstvo spravedlnosti. Požádat o ni může "
                    "i oběť domácího násilí.</p>"
                    "<h2>Kolik můžete získat</h2>"
                    "<ul>"
                    "<li><strong>10 000 Kč</strong> jednorázově (paušálně) při ublížení na zdraví,</li>"
                    "<li><strong>50 000 Kč</strong> jednorázově při těžké újmě na zdraví,</li>"
                    "<li>nebo <strong>až 200 000 Kč</strong>, pokud doložíte skutečné náklady, které vám "
                    "v důsledku činu vznikly.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "Nepropásněte lhůtu",
                        "text": "<p>Žádost musíte podat do <strong>2 let</strong> ode dne, kdy jste se o škodě "
                        "dozvěděli, a nejpozději do <strong>5 let</strong> od spáchání trestného činu. Po uplynutí "
                        "lhůty nárok zanikne, proto žádost neodkládejte.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Podmínky ověřte u ministerstva",
                        "text": "<p>Odkaz na konkrétní paragrafy zákona o obětech trestných činů čeká na ověření. "
                        "Před podáním žádosti si aktuální podmínky a formulář ověřte u Ministerstva spravedlnosti.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Musím na žádost najmout advokáta?",
                        "answer": "<p>Se žádostí vám bezplatně pomůže intervenční centrum nebo jiná organizace "
                        "pomáhající obětem. Zvlášť zranitelné oběti mají na bezplatnou pomoc registrovaných "
                        "poskytovatelů nárok.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "victims-act-financial",
                        "note": "Peněžitá pomoc státu podle zákona č. 45/2013 Sb.; rozsah ustanovení je třeba ověřit.",
                    },
                ),
                ("contact", {"service": "msp-financial-help"}),
                ("contact", {"service": "ic-praha"}),
            ],
        },
        "en": {
            "title": "How to apply for state financial assistance",
            "slug": "applying-for-state-financial-assistance",
            "summary": "Crime victims can receive financial assistance from the Ministry of Justice. Apply within 2 years of learning of the harm, and no later than 5 years after the crime.",
            "body": [
                (
                    "text",
                    "<p>The state pays financial assistance to victims of crime to soften the impact of what "
                    "happened. Applications are decided by the Ministry of Justice. Victims of domestic violence "
                    "can apply too.</p>"
                    "<h2>How much you can receive</h2>"
                    "<ul>"
                    "<li><strong>CZK 10,000</strong> as a lump sum for an injury,</li>"
                    "<li><strong>CZK 50,000</strong> as a lump sum for serious harm to health,</li>"
                    "<li>or <strong>up to CZK 200,000</strong> if you can document the actual costs the crime "
                    "caused you.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "Don't miss the deadline",
                        "text": "<p>You must apply within <strong>2 years</strong> of learning of the harm and no "
                        "later than <strong>5 years</strong> after the crime was committed. Once the time is up the "
                        "claim is lost, so don't put it off.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Check the conditions with the Ministry",
                        "text": "<p>The exact sections of the Victims of Crime Act cited here are still being verified. "
                        "Before applying, check the current conditions and form with the Ministry of Justice.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Do I need a lawyer to apply?",
                        "answer": "<p>The intervention centre or another victim-support organisation can help you with "
                        "the application free of charge. Especially vulnerable victims are entitled to free help "
                        "from registered providers.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "victims-act-financial",
                        "note": "State financial assistance under Act No. 45/2013 Coll.; the section range is to be verified.",
                    },
                ),
                ("contact", {"service": "msp-financial-help"}),
                ("contact", {"service": "ic-praha"}),
            ],
        },
        "steps": [
            {
                "actor": "endangered-person",
                "time_limit": None,
                "legal_basis": ["victims-act-financial"],
                "cs": {
                    "title": "Rozmyslete si, o jakou pomoc žádáte",
                    "text": "<p>Zvolte, zda žádáte o paušální částku (10 000 Kč při ublížení na zdraví, "
                    "50 000 Kč při těžké újmě na zdraví), nebo o úhradu doložených nákladů až do výše 200 000 Kč.</p>",
                },
                "en": {
                    "title": "Decide which kind of assistance to claim",
                    "text": "<p>Choose between a lump sum (CZK 10,000 for an injury, CZK 50,000 for serious harm "
                    "to health) and reimbursement of documented costs of up to CZK 200,000.</p>",
                },
            },
            {
                "actor": "endangered-person",
                "time_limit": None,
                "legal_basis": ["victims-act-financial"],
                "cs": {
                    "title": "Shromážděte podklady",
                    "text": "<p>Připravte si lékařské zprávy o zranění, doklady o nákladech, pokud je chcete "
                    "uplatnit, a písemnosti, které máte od policie k vašemu případu.</p>",
                },
                "en": {
                    "title": "Gather your documents",
                    "text": "<p>Collect medical reports on the injury, receipts for any costs you want to claim, "
                    "and the papers you have received from the police about your case.</p>",
                },
            },
            {
                "actor": "intervention-centre",
                "time_limit": None,
                "legal_basis": ["social-services-60a"],
                "cs": {
                    "title": "Poraďte se s intervenčním centrem",
                    "text": "<p>Intervenční centrum poskytuje bezplatné sociálně-právní poradenství. Pomůže vám "
                    "ověřit aktuální podmínky, vyplnit žádost a zkontrolovat přílohy.</p>",
                },
                "en": {
                    "title": "Get advice from the intervention centre",
                    "text": "<p>The intervention centre provides free socio-legal counselling. It can help you "
                    "check the current conditions, fill in the application and go through the attachments.</p>",
                },
            },
            {
                "actor": "endangered-person",
                "time_limit": {
                    "amount": 24,
                    "unit": "months",
                    "cs": "od chvíle, kdy jste se o škodě dozvěděli (nejpozději do 5 let od činu)",
                    "en": "from learning of the harm (and no later than 5 years after the crime)",
                },
                "legal_basis": ["victims-act-financial"],
                "cs": {
                    "title": "Podejte žádost Ministerstvu spravedlnosti",
                    "text": "<p>Žádost s přílohami zašlete Ministerstvu spravedlnosti. Lhůta je 2 roky od chvíle, "
                    "kdy jste se o škodě dozvěděli, nejpozději však 5 let od spáchání činu.</p>",
                },
                "en": {
                    "title": "Submit the application to the Ministry of Justice",
                    "text": "<p>Send the application and attachments to the Ministry of Justice. The deadline is "
                    "2 years from learning of the harm, and never later than 5 years after the crime.</p>",
                },
            },
        ],
    },
    {
        "key": "r-expulsion-faq",
        "type": "guidance",
        "section": "rights",
        "visibility": "public",
        "status": "live",
        "reviewed": "2025-09-29",
        "needs_review": False,
        "topics": ["expulsion", "preliminary-measure", "safety"],
        "audiences": ["endangered-person"],
        "regions": ["cz"],
        "cs": {
            "title": "Vykázání: časté otázky",
            "slug": "vykazani-caste-otazky",
            "summary": "Odpovědi na nejčastější otázky ohrožených osob a jejich blízkých: jak dlouho vykázání trvá, zda ho lze zkrátit, čí je byt a zda se vykázání zapíše do rejstříku trestů.",
            "body": [
                (
                    "text",
                    "<p>Po zásahu policie mají lidé spoustu otázek a málo času na hledání odpovědí. Níže najdete "
                    "ty, které v intervenčním centru slýcháme nejčastěji. Pokud tu svou otázku nenajdete, "
                    "ozvěte se nám.</p>",
                ),
                (
                    "faq",
                    {
                        "question": "Jak dlouho vykázání trvá?",
                        "answer": "<p>Od 1. července 2025 trvá vykázání 14 dní (dříve 10 dní). Pokud během něj "
                        "podáte k soudu návrh na vydání předběžného opatření, prodlužuje se vykázání až do doby, "
                        "kdy rozhodnutí soudu o návrhu nabude právní moci.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Usmířili jsme se. Můžeme vykázání zrušit nebo zkrátit?",
                        "answer": "<p>Ne. Vykázání nelze zkrátit, ani když s tím ohrožená osoba souhlasí. "
                        "Čtrnáct dní je ochranná lhůta, která má dát prostor pro klidné rozhodnutí.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Byt patří jemu. Může ho policie přesto vykázat?",
                        "answer": "<p>Ano. Vykázání platí bez ohledu na to, kdo je vlastníkem nebo nájemcem "
                        "bytu či domu.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Musela jsem s vykázáním souhlasit?",
                        "answer": "<p>Ne. O vykázání rozhoduje policista sám a váš souhlas nepotřebuje. "
                        "Násilnou osobu může vykázat i tehdy, když není doma.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Můžu ho pustit domů, aby si vzal věci?",
                        "answer": "<p>Ne. Vykázaná osoba si smí nezbytné věci vyzvednout jen jednou a jen "
                        "v doprovodu policie. Vy ji do bytu pouštět nesmíte.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Bude mít vykázaný záznam v rejstříku trestů?",
                        "answer": "<p>Samotné vykázání záznam v rejstříku trestů nezakládá. Nejde o trest, ale "
                        "o preventivní opatření. Závažné nebo opakované porušení vykázání však už trestným "
                        "činem je.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Co mám dělat, když se vrátí?",
                        "answer": "<p>Nepouštějte ho dovnitř a volejte policii na čísle 158. Méně závažné "
                        "porušení vykázání je přestupek, závažné nebo opakované maření vykázání je trestný čin.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Definuje zákon, co je domácí násilí?",
                        "answer": "<p>Ano. Od 1. července 2025 obsahuje definici domácího násilí § 3021 "
                        "občanského zákoníku.</p>",
                    },
                ),
                ("contact", {"service": "police-158"}),
            ],
        },
        "en": {
            "title": "Expulsion: frequently asked questions",
            "slug": "expulsion-faq",
            "summary": "Answers to the questions endangered persons and their families ask most often: how long an expulsion lasts, whether it can be shortened, whose flat it is, and whether it goes on a criminal record.",
            "body": [
                (
                    "text",
                    "<p>After the police have been, people have lots of questions and little time to look for "
                    "answers. Here are the ones we hear most often at the intervention centre. If yours is not "
                    "here, get in touch.</p>",
                ),
                (
                    "faq",
                    {
                        "question": "How long does an expulsion last?",
                        "answer": "<p>Since 1 July 2025 an expulsion lasts 14 days (it used to be 10). If you file a "
                        "motion for a preliminary measure with the court during that time, the expulsion is extended "
                        "until the court's decision on the motion becomes final.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "We've made up. Can we cancel or shorten the expulsion?",
                        "answer": "<p>No. An expulsion cannot be shortened, even if the endangered person agrees. "
                        "The fourteen days are a protective breathing space for making decisions calmly.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "The flat is his. Can the police still expel him?",
                        "answer": "<p>Yes. An expulsion applies regardless of who owns or rents the flat or house.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Did I have to agree to the expulsion?",
                        "answer": "<p>No. The officer decides alone and does not need your consent. The violent "
                        "person can be expelled even if they are not at home.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Can I let him in to pick up his things?",
                        "answer": "<p>No. The expelled person may collect essentials only once, and only with a "
                        "police escort. You must not let them into the home.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Will the expelled person have a criminal record?",
                        "answer": "<p>An expulsion on its own creates no criminal record: it is a preventive measure, "
                        "not a sentence. Seriously or repeatedly breaching an expulsion, however, is a crime.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "What should I do if he comes back?",
                        "answer": "<p>Don't let him in, and call the police on 158. A minor breach of an expulsion is "
                        "an administrative offence; serious or repeated obstruction is a crime.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Does the law define domestic violence?",
                        "answer": "<p>Yes. Since 1 July 2025, section 3021 of the Civil Code contains a definition of "
                        "domestic violence.</p>",
                    },
                ),
                ("contact", {"service": "police-158"}),
            ],
        },
    },
    {
        "key": "r-intervention-centre-help",
        "type": "guidance",
        "section": "rights",
        "visibility": "public",
        "status": "live",
        "reviewed": "2025-11-03",
        "needs_review": True,
        "topics": ["intervention-centre", "expulsion", "preliminary-measure"],
        "audiences": ["endangered-person", "police", "social-work"],
        "regions": ["praha"],
        "cs": {
            "title": "Bezplatná pomoc intervenčního centra",
            "slug": "bezplatna-pomoc-intervencniho-centra",
            "summary": "Po vykázání vám intervenční centrum nabídne bezplatnou pomoc nejpozději do 48 hodin od chvíle, kdy od policie obdrží úřední záznam. Obrátit se na něj můžete i bez vykázání.",
            "body": [
                (
                    "text",
                    "<h2>Jak se k vám dostaneme</h2>"
                    "<p>Když policie vykáže násilnou osobu, pošle kopii úředního záznamu intervenčnímu centru. "
                    "Intervenční centrum pak musí ohrožené osobě nabídnout pomoc, a to nejpozději do 48 hodin "
                    "od přijetí záznamu. Nemusíte tedy nikam volat – ozveme se vám sami.</p>"
                    "<p>Pomoc ale neposkytujeme jen po vykázání. Obrátit se na nás můžete kdykoli, když vás "
                    "ohrožuje domácí násilí, a pomoc můžeme nabídnout i z vlastního podnětu.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "Lhůtu 48 hodin ověřujeme",
                        "text": "<p>Lhůtu uvádějí zdroje z doby před novelou účinnou od 1. července 2025. Zda se "
                        "novelou nezměnila, zatím ověřujeme.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>S čím vám pomůžeme</h2>"
                    "<ul>"
                    "<li>se sociálně-právními a právními otázkami, například s návrhem na vydání předběžného "
                    "opatření, který by vás chránil i po skončení vykázání,</li>"
                    "<li>s orientací ve vašich právech a v možnostech, jak situaci řešit,</li>"
                    "<li>s psychickou stabilizací a podporou,</li>"
                    "<li>s terapií pro děti,</li>"
                    "<li>se zprostředkováním navazujících služeb, třeba azylového bydlení nebo odborné poradny.</li>"
                    "</ul>"
                    "<h2>Pro koho jsme</h2>"
                    "<p>Intervenční centrum Praha vzniklo 1. ledna 2007 jako součást Centra sociálních služeb Praha, "
                    "jehož zřizovatelem je hlavní město Praha. Pracujeme převážně ambulantně s lidmi od 16 let; "
                    "mladší než 16 let k nám přicházejí v doprovodu zákonného zástupce. Všechny služby jsou "
                    "<strong>zdarma</strong>.</p>"
                    "<p>V Praze zároveň koordinujeme spolupráci policie, OSPOD a dalších institucí, které "
                    "s domácím násilím přicházejí do styku.</p>",
                ),
                (
                    "faq",
                    {
                        "question": "Musím pomoc přijmout?",
                        "answer": "<p>Ne. Naše nabídka je jen nabídka a respektujeme vaše rozhodnutí. Pokud "
                        "pomoc teď nechcete, můžete se ozvat později.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Pomůžete mi, i když policie nikoho nevykázala?",
                        "answer": "<p>Ano. Naše služba je určena i lidem ohroženým domácím násilím, u kterých "
                        "k vykázání nedošlo.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "social-services-60a",
                        "note": "Intervenční centra a jejich povinnost nabídnout pomoc upravuje § 60a zákona o sociálních službách.",
                    },
                ),
                ("contact", {"service": "ic-praha"}),
            ],
        },
        "en": {
            "title": "Free help from the intervention centre",
            "slug": "free-help-from-the-intervention-centre",
            "summary": "After an expulsion the intervention centre offers you free help no later than 48 hours after it receives the police record. You can also contact it when nobody has been expelled.",
            "body": [
                (
                    "text",
                    "<h2>How we reach you</h2>"
                    "<p>When the police expel a violent person, they send a copy of their official record to the "
                    "intervention centre. The centre must then offer the endangered person help no later than "
                    "48 hours after receiving it. So you don't have to call anyone: we will contact you.</p>"
                    "<p>We don't only help after an expulsion, though. You can come to us whenever you are at "
                    "risk of domestic violence, and we can also reach out on our own initiative.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "The 48-hour deadline is being verified",
                        "text": "<p>The deadline comes from sources written before the amendment of 1 July 2025. "
                        "Whether the amendment changed it is still to be verified.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>What we can help with</h2>"
                    "<ul>"
                    "<li>socio-legal and legal questions, such as drafting a motion for a preliminary measure "
                    "to keep you protected after the expulsion ends,</li>"
                    "<li>understanding your rights and your options,</li>"
                    "<li>emotional stabilisation and support,</li>"
                    "<li>therapy for children,</li>"
                    "<li>putting you in touch with other services, such as a shelter or specialised counselling.</li>"
                    "</ul>"
                    "<h2>Who we are for</h2>"
                    "<p>The Prague Intervention Centre was set up on 1 January 2007 as part of Centrum sociálních "
                    "služeb Praha, an organisation founded by the City of Prague. We mostly work with clients who "
                    "come to us, aged 16 and over; younger people come with a parent or legal guardian. Every "
                    "service is <strong>free</strong>.</p>"
                    "<p>In Prague we also coordinate the work of the police, child-protection services (OSPOD) and "
                    "other institutions that deal with domestic violence.</p>",
                ),
                (
                    "faq",
                    {
                        "question": "Do I have to accept the help?",
                        "answer": "<p>No. It is an offer, and we respect your decision. If you don't want help now, "
                        "you can contact us later.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Can you help me even if nobody was expelled?",
                        "answer": "<p>Yes. Our service is also meant for people at risk of domestic violence where "
                        "there has been no expulsion.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "social-services-60a",
                        "note": "Section 60a of the Social Services Act governs intervention centres and their duty to offer help.",
                    },
                ),
                ("contact", {"service": "ic-praha"}),
            ],
        },
    },
    {
        "key": "r-safety-in-danger",
        "type": "guidance",
        "section": "rights",
        "visibility": "public",
        "status": "live",
        "reviewed": "2025-10-13",
        "needs_review": False,
        "topics": ["safety", "children"],
        "audiences": ["endangered-person", "ngo"],
        "regions": ["cz", "praha"],
        "cs": {
            "title": "Když vám hrozí nebezpečí: bezpečnostní plán a důležitá čísla",
            "slug": "bezpecnostni-plan-a-dulezita-cisla",
            "summary": "Co dělat při bezprostředním ohrožení, jak se připravit na krizovou situaci a na které bezplatné linky se můžete obrátit ve dne i v noci.",
            "body": [
                (
                    "callout",
                    {
                        "tone": "danger",
                        "title": "Jste v ohrožení právě teď?",
                        "text": "<p>Volejte policii na čísle <strong>158</strong> nebo jednotné evropské číslo "
                        "tísňového volání <strong>112</strong>. Volání je zdarma.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>Tísňové linky (zdarma)</h2>"
                    "<ul>"
                    "<li><strong>158</strong> – Policie ČR</li>"
                    "<li><strong>156</strong> – městská policie</li>"
                    "<li><strong>155</strong> – zdravotnická záchranná služba</li>"
                    "<li><strong>150</strong> – hasiči</li>"
                    "<li><strong>112</strong> – jednotné evropské číslo tísňového volání</li>"
                    "</ul>"
                    "<h2>Bezpečnostní plán</h2>"
                    "<p>Bezpečnostní plán je jednoduchá příprava na chvíli, kdy bude potřeba rychle jednat. "
                    "Nejlépe se sestavuje s odborníkem, ale začít můžete hned:</p>"
                    "<ul>"
                    "<li>Naučte se nazpaměť čísla, na která zavoláte, a mějte nabitý telefon.</li>"
                    "<li>Domluvte se s někým, komu důvěřujete (sousedka, kamarád, příbuzní), na znamení, "
                    "po kterém zavolá policii.</li>"
                    "<li>Připravte si na bezpečném místě doklady, klíče, léky, peníze a věci pro děti.</li>"
                    "<li>Promyslete, kam můžete odejít, pokud nebudete moci zůstat doma.</li>"
                    "<li>Naučte děti, jak zavolat pomoc a kam se v bytě schovat.</li>"
                    "<li>Zranění si nechte ošetřit a zdokumentovat u lékaře.</li>"
                    "</ul>",
                ),
                (
                    "text",
                    "<h2>Nonstop linky pomoci</h2>"
                    "<ul>"
                    "<li><strong>116 006</strong> – linka pro oběti trestných činů a domácího násilí (Bílý kruh "
                    "bezpečí), zdarma, nonstop a anonymně</li>"
                    "<li><strong>257 317 110</strong> – nonstop linka Bílého kruhu bezpečí pro oběti a svědky</li>"
                    "<li><strong>800 60 50 80</strong> – bezplatná nonstop linka ROSA pro ženy</li>"
                    "<li><strong>283 892 772</strong> – nonstop linka Acorus</li>"
                    "<li><strong>116 111</strong> – Linka bezpečí pro děti a studenty, zdarma a nonstop</li>"
                    "</ul>"
                    "<h3>Když potřebujete odejít</h3>"
                    "<p>ROSA provozuje azylový dům s utajenou adresou pro ženy a děti; krizový pobyt až na "
                    "7 dní je zdarma. Azylový dům s utajenou adresou má také Acorus, přijímá ženy a s nimi až "
                    "pět dětí. Odcházíte-li z domova s nezletilými dětmi, informujte OSPOD.</p>",
                ),
                ("contact", {"service": "emergency-112"}),
                ("contact", {"service": "bkb-116006"}),
                ("contact", {"service": "rosa-helpline"}),
                ("contact", {"service": "acorus-helpline"}),
            ],
        },
        "en": {
            "title": "If you are in danger: safety planning and key numbers",
            "slug": "safety-planning-and-key-numbers",
            "summary": "What to do when you are in immediate danger, how to prepare for a crisis, and which free lines you can call day and night.",
            "body": [
                (
                    "callout",
                    {
                        "tone": "danger",
                        "title": "In danger right now?",
                        "text": "<p>Call the police on <strong>158</strong> or the European emergency number "
                        "<strong>112</strong>. Calls are free.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>Emergency numbers (free)</h2>"
                    "<ul>"
                    "<li><strong>158</strong> – Police of the Czech Republic</li>"
                    "<li><strong>156</strong> – municipal police</li>"
                    "<li><strong>155</strong> – ambulance</li>"
                    "<li><strong>150</strong> – fire brigade</li>"
                    "<li><strong>112</strong> – European emergency number</li>"
                    "</ul>"
                    "<h2>Your safety plan</h2>"
                    "<p>A safety plan is simple groundwork for the moment when you need to act fast. It works "
                    "best when you put it together with a professional, but you can start today:</p>"
                    "<ul>"
                    "<li>Learn the numbers you would call by heart and keep your phone charged.</li>"
                    "<li>Agree a signal with someone you trust – a neighbour, friend or relative – that means "
                    "“call the police”.</li>"
                    "<li>Keep documents, keys, medicines, money and things for the children somewhere safe and "
                    "easy to grab.</li>"
                    "<li>Think about where you could go if you cannot stay at home.</li>"
                    "<li>Teach your children how to call for help and where to hide in the flat.</li>"
                    "<li>Have any injuries treated and recorded by a doctor.</li>"
                    "</ul>",
                ),
                (
                    "text",
                    "<h2>Helplines open around the clock</h2>"
                    "<ul>"
                    "<li><strong>116 006</strong> – line for victims of crime and domestic violence (Bílý kruh "
                    "bezpečí), free, nonstop and anonymous</li>"
                    "<li><strong>257 317 110</strong> – Bílý kruh bezpečí nonstop line for victims and witnesses</li>"
                    "<li><strong>800 60 50 80</strong> – ROSA free nonstop line for women</li>"
                    "<li><strong>283 892 772</strong> – Acorus nonstop line</li>"
                    "<li><strong>116 111</strong> – Linka bezpečí for children and students, free and nonstop</li>"
                    "</ul>"
                    "<h3>If you need to leave</h3>"
                    "<p>ROSA runs a shelter at a secret address for women and children, where a crisis stay of "
                    "up to 7 days is free. Acorus also has a secret-address shelter, taking women with up to five "
                    "children. If you leave home with children under 18, let the child-protection authority "
                    "(OSPOD) know.</p>",
                ),
                ("contact", {"service": "emergency-112"}),
                ("contact", {"service": "bkb-116006"}),
                ("contact", {"service": "rosa-helpline"}),
                ("contact", {"service": "acorus-helpline"}),
            ],
        },
    },
    # ------------------------------------------------------------ criminal-law
    {
        "key": "r-abuse-shared-dwelling",
        "type": "guidance",
        "section": "criminal-law",
        "visibility": "public",
        "status": "live",
        "reviewed": "2025-08-18",
        "needs_review": False,
        "topics": ["criminal-law", "victims-rights"],
        "audiences": ["endangered-person", "police", "court", "ngo"],
        "regions": ["cz"],
        "cs": {
            "title": "Týrání osoby žijící ve společném obydlí (§ 199)",
            "slug": "tyrani-osoby-zijici-ve-spolecnem-obydli",
            "summary": "Nejzávažnější podoby domácího násilí postihuje trestný čin týrání osoby žijící ve společném obydlí. K trestnímu stíhání není potřeba souhlas oběti.",
            "body": [
                (
                    "text",
                    "<h2>Co tento trestný čin postihuje</h2>"
                    "<p>Paragraf 199 trestního zákoníku trestá toho, kdo týrá osobu, se kterou žije ve společném "
                    "obydlí. Může jít o partnerku či partnera, manžela, rodiče, dítě nebo jiného člena rodiny.</p>"
                    "<p>Společné obydlí znamená byt nebo dům, ve kterém lidé skutečně společně žijí. Nerozhoduje, "
                    "zda spolu vedou společnou domácnost, ani kdo je vlastníkem nebo nájemcem.</p>"
                    "<h2>Jaké tresty hrozí</h2>"
                    "<ul>"
                    "<li><strong>6 měsíců až 4 roky</strong> odnětí svobody v základní podobě,</li>"
                    "<li><strong>2 až 8 let</strong>, pokud pachatel týrá zvlášť surově, způsobí těžkou újmu na "
                    "zdraví, týrá nejméně dvě osoby nebo týrání trvá delší dobu,</li>"
                    "<li><strong>5 až 12 let</strong>, pokud způsobí smrt nebo těžkou újmu na zdraví nejméně "
                    "dvěma osobám.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Stíhání nezávisí na vašem souhlasu",
                        "text": "<p>Týrání osoby žijící ve společném obydlí se stíhá bez ohledu na to, zda s tím "
                        "oběť souhlasí. Nemusíte tedy nést tíhu rozhodnutí, zda bude násilná osoba stíhána – "
                        "to je úkolem státu.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>Vztah k vykázání</h2>"
                    "<p>Vykázání a trestní řízení jsou dvě různé věci. Vykázání je preventivní úkon policie, který "
                    "vás chrání a nezakládá záznam v rejstříku trestů. Trestní řízení posuzuje, zda byl spáchán "
                    "trestný čin. Obojí může probíhat současně.</p>"
                    "<p>Jako oběť trestného činu máte práva podle zákona o obětech trestných činů, mimo jiné "
                    "na informace, ochranu soukromí a na to, abyste se nemuseli setkat s pachatelem.</p>",
                ),
                (
                    "faq",
                    {
                        "question": "Jsem zvlášť zranitelná oběť?",
                        "answer": "<p>Velmi pravděpodobně ano. Za zvlášť zranitelnou oběť se považuje mimo jiné "
                        "oběť násilného trestného činu, u níž hrozí zvýšené nebezpečí druhotné újmy kvůli vztahu "
                        "k podezřelému nebo závislosti na něm. Děti jsou zvlášť zranitelnými oběťmi vždy.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "criminal-code-199",
                        "note": "Týrání osoby žijící ve společném obydlí, § 199 zákona č. 40/2009 Sb.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "victims-act",
                        "note": "Práva oběti v trestním řízení.",
                    },
                ),
                ("contact", {"service": "bkb-116006"}),
            ],
        },
        "en": {
            "title": "Abuse of a person living in a shared dwelling (section 199)",
            "slug": "abuse-of-a-person-in-a-shared-dwelling",
            "summary": "The most serious forms of domestic violence fall under the crime of abusing a person who lives in a shared dwelling. Prosecution does not depend on the victim's consent.",
            "body": [
                (
                    "text",
                    "<h2>What the offence covers</h2>"
                    "<p>Section 199 of the Criminal Code punishes anyone who abuses a person they live with in a "
                    "shared dwelling. The victim may be a partner, spouse, parent, child or another family member.</p>"
                    "<p>A shared dwelling is a flat or house where people actually live together. It does not "
                    "matter whether they run a joint household, or who owns or rents the place.</p>"
                    "<h2>Penalties</h2>"
                    "<ul>"
                    "<li><strong>6 months to 4 years</strong> in prison for the basic offence,</li>"
                    "<li><strong>2 to 8 years</strong> if the abuse is especially brutal, causes serious harm to "
                    "health, targets two or more people or goes on for a longer period,</li>"
                    "<li><strong>5 to 12 years</strong> if it causes death or serious harm to the health of two "
                    "or more people.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Prosecution doesn't need your consent",
                        "text": "<p>This offence is prosecuted whether or not the victim agrees. You do not have to "
                        "carry the burden of deciding whether the violent person is prosecuted: that is the state's job.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>How it relates to expulsion</h2>"
                    "<p>An expulsion and a criminal case are two separate things. The expulsion is a preventive "
                    "police measure that protects you and leaves no criminal record. Criminal proceedings decide "
                    "whether a crime was committed. Both can run at the same time.</p>"
                    "<p>As a victim of crime you have rights under the Victims of Crime Act, including the right "
                    "to information, to privacy and to avoid contact with the offender.</p>",
                ),
                (
                    "faq",
                    {
                        "question": "Am I an especially vulnerable victim?",
                        "answer": "<p>Very probably. Especially vulnerable victims include victims of violent crime "
                        "who face a heightened risk of secondary harm because of their relationship with, or "
                        "dependence on, the suspect. Children always count as especially vulnerable victims.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "criminal-code-199",
                        "note": "Abuse of a person living in a shared dwelling, section 199 of Act No. 40/2009 Coll.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "victims-act",
                        "note": "Victims' rights in criminal proceedings.",
                    },
                ),
                ("contact", {"service": "bkb-116006"}),
            ],
        },
    },
    {
        "key": "r-stalking",
        "type": "guidance",
        "section": "criminal-law",
        "visibility": "public",
        "status": "live",
        "reviewed": "2025-08-18",
        "needs_review": True,
        "topics": ["criminal-law", "preliminary-measure", "safety"],
        "audiences": ["endangered-person", "police", "ngo"],
        "regions": ["cz"],
        "cs": {
            "title": "Nebezpečné pronásledování – stalking (§ 354)",
            "slug": "nebezpecne-pronasledovani-stalking",
            "summary": "Dlouhodobé pronásledování, které u oběti může vyvolat důvodnou obavu, je trestný čin. Často se objevuje po rozchodu nebo po vykázání násilné osoby.",
            "body": [
                (
                    "text",
                    "<p>Ne každé násilí probíhá za zavřenými dveřmi. Když se oběť od násilné osoby odstěhuje nebo "
                    "když policie násilnou osobu vykáže, může se násilí přesunout do podoby neustálého "
                    "sledování, zpráv a výhrůžek. Trestní zákoník takové jednání postihuje jako nebezpečné "
                    "pronásledování.</p>"
                    "<h2>Jaké jednání zákon postihuje</h2>"
                    "<p>Jde o dlouhodobé pronásledování, které může u oběti vyvolat důvodnou obavu, například:</p>"
                    "<ul>"
                    "<li>výhrůžky,</li>"
                    "<li>vyhledávání osobní blízkosti nebo sledování,</li>"
                    "<li>vytrvalé kontaktování, třeba telefonem, zprávami nebo e-maily,</li>"
                    "<li>omezování oběti v jejím obvyklém způsobu života,</li>"
                    "<li>zneužívání osobních údajů oběti.</li>"
                    "</ul>"
                    "<p>Dlouhodobost neznamená roky. Podle Nejvyššího soudu (sp. zn. 8 Tdo 178/2019) může "
                    "stačit i jeden měsíc, pokud je jednání intenzivní.</p>",
                ),
                (
                    "text",
                    "<h2>Jaké tresty hrozí</h2>"
                    "<ul>"
                    "<li>odnětí svobody až na 1 rok nebo zákaz činnosti,</li>"
                    "<li>6 měsíců až 3 roky, pokud pachatel pronásleduje dítě nebo těhotnou ženu, je ozbrojen "
                    "nebo jedná spolu s nejméně dvěma osobami.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "Trestní sazby ověřujeme",
                        "text": "<p>Sazby vycházejí ze zdroje, který popisuje znění z roku 2016. Před použitím je "
                        "ověřte v aktuálním znění trestního zákoníku.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>Co můžete dělat</h2>"
                    "<ul>"
                    "<li>Uchovávejte důkazy: zprávy, záznamy hovorů, snímky obrazovky a poznámky s daty a časy.</li>"
                    "<li>Obraťte se na policii. Při bezprostředním ohrožení volejte 158.</li>"
                    "<li>Požádejte soud o předběžné opatření. Může násilné osobě uložit, aby vás "
                    "nepronásledovala a neobtěžovala, aby se k vám nepřibližovala a nesetkávala se s vámi.</li>"
                    "</ul>",
                ),
                (
                    "faq",
                    {
                        "question": "Může jít o stalking, i když mi fyzicky neubližuje?",
                        "answer": "<p>Ano. Trestný čin nevyžaduje fyzický útok. Rozhoduje, zda jde o dlouhodobé "
                        "pronásledování – výhrůžky, sledování, neustálé zprávy nebo omezování vašeho života – "
                        "které může vyvolat důvodnou obavu. Své obavy proto berte vážně a neodkládejte kontakt "
                        "s policií nebo poradnou.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "criminal-code-354",
                        "note": "Nebezpečné pronásledování, § 354 zákona č. 40/2009 Sb.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "zrs-preliminary-measure",
                        "note": "Předběžné opatření může zakázat nežádoucí pronásledování a obtěžování.",
                    },
                ),
                ("contact", {"service": "bkb-116006"}),
                ("contact", {"service": "ic-praha"}),
            ],
        },
        "en": {
            "title": "Stalking (section 354)",
            "slug": "stalking-section-354",
            "summary": "Long-term stalking that can make the victim reasonably afraid is a crime. It often starts after a break-up or after the violent person has been expelled.",
            "body": [
                (
                    "text",
                    "<p>Not all abuse happens behind closed doors. When a victim moves out, or the police expel the "
                    "violent person, the violence may turn into constant following, messages and threats. The "
                    "Criminal Code treats this as stalking (nebezpečné pronásledování).</p>"
                    "<h2>What counts as stalking</h2>"
                    "<p>The offence covers long-term pursuit that can make the victim reasonably afraid, for example:</p>"
                    "<ul>"
                    "<li>threats,</li>"
                    "<li>seeking out the victim's physical presence or following them,</li>"
                    "<li>persistent contact by phone, text or email,</li>"
                    "<li>restricting the victim's normal way of life,</li>"
                    "<li>misusing the victim's personal data.</li>"
                    "</ul>"
                    "<p>“Long-term” does not mean years. According to the Supreme Court (case 8 Tdo 178/2019), "
                    "a single month can be enough if the conduct is intense.</p>",
                ),
                (
                    "text",
                    "<h2>Penalties</h2>"
                    "<ul>"
                    "<li>up to 1 year in prison or a ban on an activity,</li>"
                    "<li>6 months to 3 years if the victim is a child or a pregnant woman, if the offender is "
                    "armed, or if they act together with at least two other people.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "Penalties to be verified",
                        "text": "<p>These penalties come from a source describing the 2016 wording of the Act. Check "
                        "them against the current Criminal Code before relying on them.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>What you can do</h2>"
                    "<ul>"
                    "<li>Keep evidence: messages, call logs, screenshots and notes with dates and times.</li>"
                    "<li>Go to the police. If you are in immediate danger, call 158.</li>"
                    "<li>Ask the court for a preliminary measure. It can order the violent person to stop "
                    "following and harassing you, to keep away from you and not to meet you.</li>"
                    "</ul>",
                ),
                (
                    "faq",
                    {
                        "question": "Can it be stalking if he never touches me?",
                        "answer": "<p>Yes. The offence does not require a physical attack. What matters is long-term "
                        "pursuit – threats, following, endless messages, restricting your life – that can make you "
                        "reasonably afraid. Take your fear seriously and don't put off contacting the police or a "
                        "support service.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "criminal-code-354",
                        "note": "Stalking, section 354 of Act No. 40/2009 Coll.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "zrs-preliminary-measure",
                        "note": "A preliminary measure can prohibit unwanted following and harassment.",
                    },
                ),
                ("contact", {"service": "bkb-116006"}),
                ("contact", {"service": "ic-praha"}),
            ],
        },
    },
    {
        "key": "r-obstructing-expulsion",
        "type": "guidance",
        "section": "criminal-law",
        "visibility": "public",
        "status": "live",
        "reviewed": "2025-08-25",
        "needs_review": False,
        "topics": ["criminal-law", "expulsion", "preliminary-measure"],
        "audiences": ["endangered-person", "police", "court"],
        "regions": ["cz"],
        "cs": {
            "title": "Maření vykázání (§ 337 odst. 2)",
            "slug": "mareni-vykazani",
            "summary": "Když se vykázaná osoba vrací nebo jinak porušuje vykázání či předběžné opatření, jde o přestupek, a při závažném nebo opakovaném jednání o trestný čin.",
            "body": [
                (
                    "text",
                    "<p>Vykázání i předběžné opatření chrání ohroženou osobu jen tehdy, když je násilná osoba "
                    "respektuje. Zákon proto porušení trestá, a to ve dvou rovinách.</p>"
                    "<h2>Přestupek, nebo trestný čin?</h2>"
                    "<ul>"
                    "<li><strong>Méně závažné porušení</strong> vykázání je přestupek.</li>"
                    "<li><strong>Závažné nebo opakované maření</strong> výkonu vykázání nebo předběžného opatření "
                    "je trestný čin maření výkonu úředního rozhodnutí a vykázání podle § 337 odst. 2 trestního "
                    "zákoníku. Hrozí za něj trest odnětí svobody až na 2 roky.</li>"
                    "</ul>"
                    "<h2>Jak maření vypadá v praxi</h2>"
                    "<p>Vykázaná osoba se vrací do bytu nebo do vymezeného okolí, čeká na ohroženou osobu před "
                    "domem, volá jí nebo ji přemlouvá, aby ji pustila dovnitř. V jednom skutečném případě z roku "
                    "2023 se vykázaný muž vrátil domů s tím, že jde „pohlídat děti“; policie ho z bytu znovu "
                    "vyvedla.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "danger",
                        "title": "Vrátil se? Volejte 158",
                        "text": "<p>Nedohadujte se s ním a nepouštějte ho dovnitř. Zavolejte policii a poznamenejte "
                        "si čas, co se stalo a kdo u toho byl.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Co když ho pustím domů sama?",
                        "answer": "<p>To zákon nedovoluje – i ohrožená osoba má povinnost vykázanou osobu do "
                        "obydlí nepouštět. Pokud na vás naléhá nebo vyhrožuje, nemusíte nic řešit sama: volejte "
                        "policii a obraťte se na intervenční centrum.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Platí to i pro předběžné opatření soudu?",
                        "answer": "<p>Ano. Závažné nebo opakované maření předběžného opatření je stejný trestný čin. "
                        "Předběžné opatření navíc může soud vykonat s pomocí policie: vyvede násilnou osobu z bytu "
                        "a odebere jí klíče.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "criminal-code-337",
                        "note": "Maření výkonu úředního rozhodnutí a vykázání, trest až 2 roky.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "zrs-enforcement-493",
                        "note": "Výkon předběžného opatření: vyvedení z obydlí a odebrání klíčů.",
                    },
                ),
                ("contact", {"service": "police-158"}),
            ],
        },
        "en": {
            "title": "Obstructing an expulsion (section 337(2))",
            "slug": "obstructing-an-expulsion",
            "summary": "When an expelled person comes back or otherwise breaches an expulsion or a preliminary measure, it is an administrative offence, and a crime if the breach is serious or repeated.",
            "body": [
                (
                    "text",
                    "<p>An expulsion or a preliminary measure only protects the endangered person if the violent "
                    "person respects it. That is why the law punishes breaches, on two levels.</p>"
                    "<h2>Offence or crime?</h2>"
                    "<ul>"
                    "<li>A <strong>minor breach</strong> of an expulsion is an administrative offence.</li>"
                    "<li><strong>Serious or repeated obstruction</strong> of an expulsion or a preliminary measure "
                    "is the crime of obstructing an official decision and an expulsion under section 337(2) of the "
                    "Criminal Code, punishable by up to 2 years in prison.</li>"
                    "</ul>"
                    "<h2>What it looks like in practice</h2>"
                    "<p>The expelled person comes back to the flat or the surrounding area, waits outside for the "
                    "endangered person, calls them or talks them into opening the door. In one real case from 2023 "
                    "an expelled man turned up at home saying he had come to “babysit”; the police removed him again.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "danger",
                        "title": "Has he come back? Call 158",
                        "text": "<p>Don't argue with him and don't let him in. Call the police and write down the time, "
                        "what happened and who saw it.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "What if I let him in myself?",
                        "answer": "<p>The law doesn't allow that: the endangered person must not let the expelled "
                        "person into the home either. If he pressures or threatens you, you don't have to handle it "
                        "alone. Call the police and contact the intervention centre.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Does this apply to a court's preliminary measure too?",
                        "answer": "<p>Yes. Seriously or repeatedly obstructing a preliminary measure is the same "
                        "crime. The court can also enforce the measure with police help, removing the violent person "
                        "from the home and taking their keys.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "criminal-code-337",
                        "note": "Obstructing an official decision and an expulsion, up to 2 years in prison.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "zrs-enforcement-493",
                        "note": "Enforcing a preliminary measure: removal from the home and taking the keys.",
                    },
                ),
                ("contact", {"service": "police-158"}),
            ],
        },
    },
    # ---------------------------------------------------------------- children
    {
        "key": "r-children-and-expulsion",
        "type": "guidance",
        "section": "children",
        "visibility": "public",
        "status": "live",
        "reviewed": "2025-09-08",
        "needs_review": False,
        "topics": ["children", "expulsion", "cooperation"],
        "audiences": ["endangered-person", "ospod", "police", "social-work"],
        "regions": ["cz", "praha"],
        "cs": {
            "title": "Děti ve společném obydlí: co se při vykázání mění",
            "slug": "deti-ve-spolecnem-obydli-pri-vykazani",
            "summary": "Žije-li ve společném obydlí nezletilé dítě, policie o vykázání informuje také OSPOD. Děti jsou vždy zvlášť zranitelnými oběťmi a mohou se samy obrátit na Linku bezpečí.",
            "body": [
                (
                    "text",
                    "<p>Domácí násilí zasahuje i děti, které samy napadeny nejsou. Vyrůstají ve strachu a napětí "
                    "a násilí doma vidí a slyší. Už v roce 2009 vykázání podle dostupných údajů ochránilo 911 dětí.</p>"
                    "<h2>Policie informuje OSPOD</h2>"
                    "<p>Po vykázání posílá policie kopii úředního záznamu intervenčnímu centru a soudu. Pokud "
                    "ve společném obydlí žije nezletilé dítě, posílá ji také orgánu sociálně-právní ochrany dětí "
                    "(OSPOD). Pro rodiče to bývá zdroj obav. Úkolem OSPOD je ale chránit zájmy dítěte, a k tomu "
                    "patří i jeho ochrana před násilím doma.</p>"
                    "<h2>Děti jako zvlášť zranitelné oběti</h2>"
                    "<p>Podle zákona o obětech trestných činů jsou děti vždy zvlášť zranitelnými oběťmi. "
                    "Registrovaní poskytovatelé pomoci obětem jim proto musí pomoc poskytnout zdarma.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Linka bezpečí 116 111",
                        "text": "<p>Děti a studenti do 25 let včetně se mohou kdykoli zdarma obrátit na Linku "
                        "bezpečí. Funguje nonstop. Řekněte dětem o ní a napište jim číslo tam, kde ho najdou.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>Odcházíte z domova s dětmi?</h2>"
                    "<p>Pokud se rozhodnete odejít z domova a vzít s sebou nezletilé děti, informujte o tom OSPOD. "
                    "Azylové domy s utajenou adresou přijímají ženy i s dětmi; v azylovém domě Acorus může být "
                    "s matkou až pět dětí.</p>"
                    "<h2>Pomoc pro děti a dospívající</h2>"
                    "<ul>"
                    "<li>Intervenční centrum Praha nabízí terapii i dětem.</li>"
                    "<li>Dospívající od 16 let se na intervenční centrum mohou obrátit sami, mladší přicházejí "
                    "v doprovodu zákonného zástupce.</li>"
                    "<li>Nezletilí starší 16 let mohou sami podat návrh na vydání předběžného opatření.</li>"
                    "</ul>",
                ),
                (
                    "legal_reference",
                    {
                        "reference": "police-act-expulsion",
                        "note": "Policie zasílá úřední záznam OSPOD, žije-li ve společném obydlí nezletilé dítě.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "victims-act",
                        "note": "Děti patří mezi zvlášť zranitelné oběti.",
                    },
                ),
                ("contact", {"service": "linka-bezpeci"}),
                ("contact", {"service": "ospod-praha"}),
            ],
        },
        "en": {
            "title": "Children in the home: what changes when someone is expelled",
            "slug": "children-in-the-home-during-expulsion",
            "summary": "If a child under 18 lives in the shared home, the police also notify the child-protection authority (OSPOD). Children always count as especially vulnerable victims and can call Linka bezpečí themselves.",
            "body": [
                (
                    "text",
                    "<p>Domestic violence affects children even when they are not attacked themselves. They grow "
                    "up amid fear and tension, and they see and hear what happens at home. As early as 2009, "
                    "available figures show, expulsions protected 911 children.</p>"
                    "<h2>The police notify OSPOD</h2>"
                    "<p>After an expulsion, the police send a copy of their official record to the intervention "
                    "centre and the court. If a child under 18 lives in the home, a copy also goes to the "
                    "child-protection authority (OSPOD). Parents often find this worrying, but OSPOD's job is to "
                    "protect the child's interests, and that includes protecting them from violence at home.</p>"
                    "<h2>Children as especially vulnerable victims</h2>"
                    "<p>Under the Victims of Crime Act, children are always especially vulnerable victims, so "
                    "registered victim-support providers must help them free of charge.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Linka bezpečí: 116 111",
                        "text": "<p>Children, and students up to and including age 25, can call Linka bezpečí free "
                        "of charge at any time of day or night. Tell your children about it and write the number "
                        "down where they will find it.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>Leaving home with your children?</h2>"
                    "<p>If you decide to leave home and take children under 18 with you, let OSPOD know. Shelters "
                    "at secret addresses take women together with their children; the Acorus shelter accepts a "
                    "mother with up to five children.</p>"
                    "<h2>Help for children and teenagers</h2>"
                    "<ul>"
                    "<li>The Prague Intervention Centre offers therapy for children as well.</li>"
                    "<li>Young people aged 16 and over can contact the intervention centre on their own; younger "
                    "children come with a parent or guardian.</li>"
                    "<li>Minors over 16 can file a motion for a preliminary measure themselves.</li>"
                    "</ul>",
                ),
                (
                    "legal_reference",
                    {
                        "reference": "police-act-expulsion",
                        "note": "The police send the official record to OSPOD when a minor lives in the shared home.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "victims-act",
                        "note": "Children are especially vulnerable victims.",
                    },
                ),
                ("contact", {"service": "linka-bezpeci"}),
                ("contact", {"service": "ospod-praha"}),
            ],
        },
    },
    # ----------------------------------------------------------- professionals
    {
        "key": "r-police-note-after-2025-amendment",
        "type": "guidance",
        "section": "professionals",
        "visibility": "professionals",
        "status": "live",
        "reviewed": "2025-11-10",
        "needs_review": True,
        "topics": ["expulsion", "cooperation", "children", "victims-rights"],
        "audiences": ["police", "ospod", "social-work", "court"],
        "regions": ["cz", "praha"],
        "cs": {
            "title": "Metodická poznámka: vykázání po novele č. 78/2025 Sb.",
            "slug": "metodicka-poznamka-vykazani-po-novele-2025",
            "summary": "Přehled pro policii, OSPOD a spolupracující instituce: co se od 1. července 2025 změnilo, co ohrožené osobě sdělit a které lhůty je třeba ověřit.",
            "body": [
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "Stav ověření",
                        "text": "<p>Lhůty 24 hodin (zaslání záznamu), 3 dny (kontrola, námitka) a 48 hodin "
                        "(nabídka pomoci intervenčním centrem) pocházejí ze zdrojů popisujících úpravu před "
                        "novelou. Zda je novela změnila, dosud ověřujeme. Řiďte se aktuálním zněním zákona "
                        "a interními pokyny.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>Co se změnilo od 1. července 2025</h2>"
                    "<ul>"
                    "<li>Vykázání trvá <strong>14 dní</strong> místo dosavadních 10. Zkontrolujte, že tiskopisy "
                    "potvrzení o vykázání a poučení uvádějí novou délku.</li>"
                    "<li>Občanský zákoník obsahuje v § 3021 zákonnou definici domácího násilí.</li>"
                    "</ul>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Posouzení důvodů",
                            "text": "<p>Vyhodnoťte, zda skutečnosti, zejména předchozí útoky, odůvodňují obavu "
                            "z nebezpečného útoku na život, zdraví nebo svobodu nebo ze zvlášť závažného útoku na "
                            "lidskou důstojnost. Souhlas ohrožené osoby není třeba.</p>",
                        },
                        {
                            "title": "Vymezení prostoru a klíče",
                            "text": "<p>Vymezte obydlí a jeho bezprostřední okolí (např. 100 m) bez ohledu na "
                            "vlastnictví či nájem. Převezměte všechny klíče; vykázaná osoba si může vzít osobní "
                            "věci, cennosti a doklady.</p>",
                        },
                        {
                            "title": "Potvrzení o vykázání",
                            "text": "<p>Vykázání oznamte ústně a oběma osobám předejte proti podpisu písemné "
                            "potvrzení s vymezením prostoru, totožností a poučením o právech a povinnostech.</p>",
                        },
                        {
                            "title": "Předání úředního záznamu",
                            "text": "<p>Kopii záznamu zašlete intervenčnímu centru a soudu příslušnému k "
                            "předběžnému opatření, a žije-li v obydlí nezletilé dítě, také OSPOD – podle dosavadních "
                            "zdrojů do 24 hodin od vstupu do obydlí (ověřte).</p>",
                        },
                        {
                            "title": "Kontrola dodržování",
                            "text": "<p>Dodržování vykázání kontrolujte, podle dosavadních zdrojů do 3 dnů "
                            "(ověřte), v praxi i opakovaně.</p>",
                        },
                    ],
                ),
                (
                    "text",
                    "<h2>Co sdělit ohrožené osobě</h2>"
                    "<ul>"
                    "<li>Vykázání nelze zkrátit ani s jejím souhlasem a vykázanou osobu nesmí pustit do obydlí.</li>"
                    "<li>Vykázaná osoba si smí jednou vyzvednout nezbytné věci, a to jen v doprovodu policie.</li>"
                    "<li>Návrh na předběžné opatření podaný během vykázání vykázání prodlužuje do právní moci "
                    "rozhodnutí soudu.</li>"
                    "<li>Ozve se jí intervenční centrum; pomoc je bezplatná.</li>"
                    "<li>Má práva oběti a často jde o zvlášť zranitelnou oběť s nárokem na bezplatnou pomoc.</li>"
                    "</ul>"
                    "<h2>Porušení vykázání</h2>"
                    "<p>Méně závažné porušení je přestupek; závažné nebo opakované maření je trestný čin podle "
                    "§ 337 odst. 2 trestního zákoníku (až 2 roky).</p>"
                    "<h2>Pro kontext</h2>"
                    "<p>V roce 2022 bylo v ČR vykázáno 1 086 osob, z toho 161 opakovaně; v Praze 156. Za roky "
                    "2007–2022 jde celkem o 18 688 vykázání. Novější souhrnná data zatím nemáme. Intervenční "
                    "centrum Praha koordinuje mezioborovou spolupráci a pořádá setkání interdisciplinárních týmů.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "reference": "amendment-78-2025",
                        "note": "Prodloužení vykázání na 14 dní a definice domácího násilí.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "police-act-expulsion",
                        "note": "Podmínky, rozsah a průběh vykázání.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "criminal-code-337",
                        "note": "Maření výkonu úředního rozhodnutí a vykázání.",
                    },
                ),
                ("contact", {"service": "ic-praha"}),
            ],
        },
        "en": {
            "title": "Practice note: expulsion after Act No. 78/2025 Coll.",
            "slug": "practice-note-expulsion-after-2025-amendment",
            "summary": "An overview for the police, OSPOD and partner agencies: what changed on 1 July 2025, what to tell the endangered person, and which deadlines still need verifying.",
            "body": [
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "Verification status",
                        "text": "<p>The 24-hour (sending the record), 3-day (compliance check, objection) and "
                        "48-hour (intervention centre's offer of help) deadlines come from sources describing the "
                        "law before the amendment. Whether the amendment changed them is still being verified. "
                        "Follow the current wording of the Act and your internal instructions.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>What changed on 1 July 2025</h2>"
                    "<ul>"
                    "<li>An expulsion now lasts <strong>14 days</strong> instead of 10. Make sure your expulsion "
                    "confirmation forms and information sheets show the new length.</li>"
                    "<li>Section 3021 of the Civil Code now contains a statutory definition of domestic violence.</li>"
                    "</ul>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Assess the grounds",
                            "text": "<p>Consider whether the facts, especially previous attacks, suggest a dangerous "
                            "attack on life, health or freedom, or an especially serious attack on human dignity, "
                            "is likely. The endangered person's consent is not required.</p>",
                        },
                        {
                            "title": "Define the area and take the keys",
                            "text": "<p>Define the home and its immediate surroundings (e.g. 100 m), regardless of "
                            "who owns or rents it. Take all keys; the expelled person may take personal belongings, "
                            "valuables and documents.</p>",
                        },
                        {
                            "title": "Expulsion confirmation",
                            "text": "<p>Announce the expulsion orally and give both persons a written confirmation to "
                            "sign for, stating the area, their identities and their rights and duties.</p>",
                        },
                        {
                            "title": "Send the official record",
                            "text": "<p>Send a copy of the record to the intervention centre and the court competent "
                            "for preliminary measures, and to OSPOD if a minor lives in the home – within 24 hours "
                            "of entering the dwelling according to pre-amendment sources (to be verified).</p>",
                        },
                        {
                            "title": "Check compliance",
                            "text": "<p>Check that the expulsion is being respected – within 3 days according to "
                            "pre-amendment sources (to be verified), and in practice more than once.</p>",
                        },
                    ],
                ),
                (
                    "text",
                    "<h2>What to tell the endangered person</h2>"
                    "<ul>"
                    "<li>The expulsion cannot be shortened, even with their consent, and they must not let the "
                    "expelled person in.</li>"
                    "<li>The expelled person may collect essentials once, and only with a police escort.</li>"
                    "<li>A motion for a preliminary measure filed during the expulsion extends it until the "
                    "court's decision becomes final.</li>"
                    "<li>The intervention centre will contact them, and its help is free.</li>"
                    "<li>They have victims' rights and are often an especially vulnerable victim entitled to free help.</li>"
                    "</ul>"
                    "<h2>Breaches</h2>"
                    "<p>A minor breach is an administrative offence; serious or repeated obstruction is a crime "
                    "under section 337(2) of the Criminal Code (up to 2 years).</p>"
                    "<h2>Context</h2>"
                    "<p>In 2022, 1,086 people were expelled in the Czech Republic, 161 of them repeatedly, and 156 "
                    "in Prague. From 2007 to 2022 there were 18,688 expulsions in total; we do not yet have later "
                    "figures. The Prague Intervention Centre coordinates inter-agency cooperation and convenes "
                    "interdisciplinary team meetings.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "reference": "amendment-78-2025",
                        "note": "14-day expulsion and the definition of domestic violence.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "police-act-expulsion",
                        "note": "Conditions, scope and course of an expulsion.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "criminal-code-337",
                        "note": "Obstructing an official decision and an expulsion.",
                    },
                ),
                ("contact", {"service": "ic-praha"}),
            ],
        },
    },
]
