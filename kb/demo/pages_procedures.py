"""Demo pages for the sections "procedures" (Postupy) and "professionals" (Pro odborníky).

Content is based only on the project's fact sheet (shared/reference/dv-facts-cz.md).
Pages that state the 24-hour, 48-hour or 3-day deadlines, the often-cited 6-month cap
of a preliminary measure, or other facts the fact sheet marks as unverified carry
``needs_review: True``: whether Act No. 78/2025 Coll. (in force 1 July 2025) changed
those deadlines has not been verified against the consolidated Act.
"""

PAGES = [
    # ------------------------------------------------------------------
    # 1. Expulsion procedure (procedure)
    # ------------------------------------------------------------------
    {
        "key": "p-expulsion-procedure",
        "type": "procedure",
        "section": "procedures",
        "visibility": "public",
        "status": "live",
        "reviewed": "2025-09-12",
        "needs_review": True,
        "topics": ["expulsion", "intervention-centre", "cooperation"],
        "audiences": ["police", "endangered-person", "social-work", "ospod", "court"],
        "regions": ["cz"],
        "cs": {
            "title": "Postup při vykázání krok za krokem",
            "slug": "postup-pri-vykazani",
            "summary": "Co se děje od chvíle, kdy policista na místě rozhodne o vykázání, až do konce čtrnáctidenní lhůty: kdo co dělá, v jaké lhůtě a podle jakého ustanovení.",
            "body": [
                (
                    "text",
                    "<h2>Kdy policie vykazuje</h2>"
                    "<p>Policista vykáže násilnou osobu ze společného obydlí, jestliže lze na základě zjištěných skutečností, "
                    "zejména předchozích útoků, očekávat nebezpečný útok na život, zdraví nebo svobodu anebo zvlášť závažný "
                    "útok na lidskou důstojnost. Souhlas ohrožené osoby není potřeba a vykázat lze i v nepřítomnosti násilné osoby.</p>"
                    "<p>Od 1. července 2025 trvá vykázání <strong>14 dní</strong> (dříve 10 dní) a nelze je zkrátit, "
                    "ani kdyby o to ohrožená osoba sama žádala.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "Ověřte lhůty 24 hodin, 48 hodin a 3 dnů",
                        "text": "<p>Tyto lhůty uvádíme podle zdrojů, které popisují úpravu před novelou č. 78/2025 Sb. "
                        "Zda je novela změnila, zatím ověřujeme. Před použitím v praxi je porovnejte s aktuálním zněním zákona.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "police-act-expulsion",
                        "note": "Důvody a rozsah vykázání, povinnosti vykázané osoby, námitka a oznamovací povinnost policie.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "amendment-78-2025",
                        "note": "Prodloužení vykázání z 10 na 14 dní s účinností od 1. 7. 2025.",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Může ohrožená osoba vykázanou osobu pustit zpátky domů?",
                        "answer": "<p>Ne. Vykázání platí celých 14 dní a ohrožená osoba nesmí vykázanou osobu do obydlí pustit. "
                        "Pokud se vykázaná osoba vrátí, volejte policii na lince 158.</p>",
                    },
                ),
                ("contact", {"service": "ic-praha"}),
                ("contact", {"service": "police-158"}),
            ],
        },
        "en": {
            "title": "The expulsion procedure step by step",
            "slug": "expulsion-procedure",
            "summary": "What happens from the moment a police officer decides on the spot to expel someone until the 14-day period ends: who acts, by when, and on what legal basis.",
            "body": [
                (
                    "text",
                    "<h2>When the police expel</h2>"
                    "<p>A police officer expels a violent person from the shared home when the facts, above all earlier "
                    "attacks, give reason to expect a dangerous attack on someone's life, health or freedom, or an especially "
                    "serious attack on their dignity. The endangered person does not have to agree, and the violent person "
                    "can be expelled even if they are not there.</p>"
                    "<p>Since 1 July 2025 an expulsion lasts <strong>14 days</strong> (previously 10). It cannot be cut short, "
                    "not even at the endangered person's request.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "Check the 24-hour, 48-hour and 3-day deadlines",
                        "text": "<p>These deadlines are taken from sources describing the rules before Act No. 78/2025 Coll. "
                        "We have not yet confirmed whether the amendment changed them. Check them against the current "
                        "text of the Act before relying on them.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "police-act-expulsion",
                        "note": "Grounds and scope of an expulsion, the expelled person's duties, objections and the police duty to notify.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "amendment-78-2025",
                        "note": "Extends the expulsion from 10 to 14 days from 1 July 2025.",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Can the endangered person let the expelled person back in?",
                        "answer": "<p>No. The expulsion runs for the full 14 days and the endangered person must not let the "
                        "expelled person into the home. If they come back, call the police on 158.</p>",
                    },
                ),
                ("contact", {"service": "ic-praha"}),
                ("contact", {"service": "police-158"}),
            ],
        },
        "steps": [
            {
                "actor": "police",
                "time_limit": None,
                "legal_basis": ["police-act-expulsion", "amendment-78-2025"],
                "cs": {
                    "title": "Rozhodnutí o vykázání na místě",
                    "text": "<p>Policista posoudí situaci, rozhodne o vykázání a ústně je oznámí. Vymezí prostor, kam vykázaná "
                    "osoba nesmí vstoupit: společné obydlí a jeho bezprostřední okolí (například 100 metrů). Nezáleží na tom, "
                    "kdo byt nebo dům vlastní či pronajímá.</p>",
                },
                "en": {
                    "title": "The officer decides on the spot",
                    "text": "<p>The officer assesses the situation, decides on the expulsion and announces it orally. They "
                    "define the area the expelled person must stay out of: the shared home and its immediate surroundings "
                    "(for example 100 metres), regardless of who owns or rents it.</p>",
                },
            },
            {
                "actor": "police",
                "time_limit": None,
                "legal_basis": ["police-act-expulsion"],
                "cs": {
                    "title": "Písemné potvrzení o vykázání",
                    "text": "<p>Obě osoby dostanou proti podpisu potvrzení o vykázání. Je v něm vymezený prostor, údaje "
                    "o totožnosti a poučení o právech a povinnostech.</p>",
                },
                "en": {
                    "title": "Written confirmation",
                    "text": "<p>Both people sign for a written confirmation of the expulsion. It sets out the area, "
                    "the identities of those involved, and their rights and duties.</p>",
                },
            },
            {
                "actor": "expelled-person",
                "time_limit": None,
                "legal_basis": ["police-act-expulsion"],
                "cs": {
                    "title": "Odchod z obydlí a odevzdání klíčů",
                    "text": "<p>Vykázaná osoba musí okamžitě odejít, do vymezeného prostoru se nevracet, nekontaktovat "
                    "ohroženou osobu a odevzdat všechny klíče. Vzít si smí osobní věci, cennosti a doklady.</p>",
                },
                "en": {
                    "title": "Leaving and handing over the keys",
                    "text": "<p>The expelled person must leave at once, stay out of the area, have no contact with the "
                    "endangered person and hand over every key. They may take personal belongings, valuables and documents.</p>",
                },
            },
            {
                "actor": "police",
                "time_limit": {
                    "amount": 24,
                    "unit": "hours",
                    "cs": "od vstupu do obydlí",
                    "en": "from entering the dwelling",
                },
                "legal_basis": ["police-act-expulsion"],
                "cs": {
                    "title": "Zaslání úředního záznamu",
                    "text": "<p>Policie zašle opis úředního záznamu intervenčnímu centru a soudu příslušnému k rozhodování "
                    "o předběžném opatření. Žije-li ve společném obydlí nezletilé dítě, zašle jej také OSPOD.</p>",
                },
                "en": {
                    "title": "Sending the official record",
                    "text": "<p>The police send a copy of the official record to the intervention centre and to the court "
                    "that deals with preliminary measures. If a child lives in the home, OSPOD gets a copy too.</p>",
                },
            },
            {
                "actor": "intervention-centre",
                "time_limit": {
                    "amount": 48,
                    "unit": "hours",
                    "cs": "od obdržení úředního záznamu",
                    "en": "from receiving the official record",
                },
                "legal_basis": ["social-services-60a"],
                "cs": {
                    "title": "Intervenční centrum nabídne pomoc",
                    "text": "<p>Intervenční centrum se ozve ohrožené osobě a nabídne jí bezplatnou pomoc, včetně pomoci "
                    "s návrhem na předběžné opatření.</p>",
                },
                "en": {
                    "title": "The intervention centre offers help",
                    "text": "<p>The intervention centre contacts the endangered person and offers free help, including "
                    "help with a motion for a preliminary measure.</p>",
                },
            },
            {
                "actor": "police",
                "time_limit": {
                    "amount": 3,
                    "unit": "days",
                    "cs": "od vykázání",
                    "en": "from the expulsion",
                },
                "legal_basis": ["police-act-expulsion"],
                "cs": {
                    "title": "Kontrola dodržování",
                    "text": "<p>Policie ověří, zda vykázaná osoba zákaz dodržuje. V praxi kontroluje i opakovaně.</p>",
                },
                "en": {
                    "title": "Compliance check",
                    "text": "<p>The police check that the expelled person is keeping away. In practice they often check more than once.</p>",
                },
            },
            {
                "actor": "expelled-person",
                "time_limit": {
                    "amount": 3,
                    "unit": "days",
                    "cs": "od vykázání",
                    "en": "from the expulsion",
                },
                "legal_basis": ["police-act-expulsion"],
                "cs": {
                    "title": "Případná námitka",
                    "text": "<p>Vykázaná osoba může podat námitku ústně na místě, nebo písemně. Námitka vykázání "
                    "neodkládá; rozhoduje o ní krajské ředitelství policie.</p>",
                },
                "en": {
                    "title": "Objection, if any",
                    "text": "<p>The expelled person may object on the spot or in writing. The objection does not suspend "
                    "the expulsion; the regional police directorate decides on it.</p>",
                },
            },
            {
                "actor": "expelled-person",
                "time_limit": None,
                "legal_basis": ["police-act-expulsion"],
                "cs": {
                    "title": "Vyzvednutí nezbytných věcí",
                    "text": "<p>Během vykázání si vykázaná osoba může jednou, v doprovodu policie, vyzvednout věci, "
                    "které nezbytně potřebuje, například k výkonu práce.</p>",
                },
                "en": {
                    "title": "Collecting necessities",
                    "text": "<p>Once during the expulsion, accompanied by the police, the expelled person may collect "
                    "things they really need, such as work items.</p>",
                },
            },
            {
                "actor": "endangered-person",
                "time_limit": {
                    "amount": 14,
                    "unit": "days",
                    "cs": "od vykázání (po dobu jeho trvání)",
                    "en": "from the expulsion (while it lasts)",
                },
                "legal_basis": ["zrs-preliminary-measure"],
                "cs": {
                    "title": "Návrh na předběžné opatření",
                    "text": "<p>Potřebuje-li ohrožená osoba delší ochranu, podá k soudu návrh na předběžné opatření. "
                    "Podáním návrhu během vykázání se vykázání prodlouží do právní moci rozhodnutí soudu.</p>",
                },
                "en": {
                    "title": "Motion for a preliminary measure",
                    "text": "<p>If longer protection is needed, the endangered person files a motion for a preliminary "
                    "measure. Filing it during the expulsion extends the expulsion until the court's decision becomes final.</p>",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # 2. Preliminary measure procedure (procedure)
    # ------------------------------------------------------------------
    {
        "key": "p-preliminary-measure-procedure",
        "type": "procedure",
        "section": "procedures",
        "visibility": "public",
        "status": "live",
        "reviewed": "2025-09-18",
        "needs_review": True,
        "topics": ["preliminary-measure", "expulsion"],
        "audiences": ["endangered-person", "court", "social-work", "ngo"],
        "regions": ["cz"],
        "cs": {
            "title": "Předběžné opatření: od návrhu k výkonu",
            "slug": "postup-predbezne-opatreni",
            "summary": "Jak ohrožená osoba získá předběžné opatření podle § 400–414 zákona o zvláštních řízeních soudních, jak rychle soud rozhoduje, jak dlouho opatření platí a jak se vykoná.",
            "body": [
                (
                    "text",
                    "<h2>K čemu předběžné opatření slouží</h2>"
                    "<p>Vykázání chrání ohroženou osobu 14 dní. Potřebuje-li ochranu na delší dobu, může požádat soud "
                    "o předběžné opatření. Soud je vydá <strong>jen na návrh</strong>. Návrh se podává u obecného soudu "
                    "navrhovatele, tedy u soudu určeného podle ohrožené osoby, nikoli podle násilné osoby.</p>"
                    "<h3>Co může soud uložit</h3>"
                    "<ul><li>opustit společné obydlí a jeho okolí, případně do něj nevstupovat,</li>"
                    "<li>nepřibližovat se k navrhovateli a nesetkávat se s ním,</li>"
                    "<li>zdržet se nežádoucího sledování a obtěžování.</li></ul>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Návrh podaný během vykázání prodlužuje vykázání",
                        "text": "<p>Pokud ohrožená osoba podá návrh v době, kdy vykázání ještě trvá, vykázání se prodlužuje "
                        "až do právní moci rozhodnutí soudu o návrhu. Ochrana se tak nepřeruší.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "Lhůtu 48 hodin ověřte",
                        "text": "<p>Lhůtu, ve které soud o návrhu rozhoduje, uvádíme podle zdrojů starších než novela "
                        "č. 78/2025 Sb. Před použitím ji ověřte v aktuálním znění zákona.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "zrs-preliminary-measure",
                        "note": "Návrh, rozhodnutí, obsah, trvání a prodloužení předběžného opatření.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "zrs-enforcement-493",
                        "note": "Výkon předběžného opatření: vykázání z obydlí a odebrání klíčů.",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Může návrh podat i nezletilý?",
                        "answer": "<p>Ano. Nezletilý starší 16 let může návrh na předběžné opatření podat sám.</p>",
                    },
                ),
                ("contact", {"service": "ic-praha"}),
            ],
        },
        "en": {
            "title": "Preliminary measure: from motion to enforcement",
            "slug": "preliminary-measure-procedure",
            "summary": "How an endangered person obtains a preliminary measure under sections 400–414 of the Special Court Proceedings Act, how fast the court decides, how long the measure lasts and how it is enforced.",
            "body": [
                (
                    "text",
                    "<h2>What a preliminary measure is for</h2>"
                    "<p>An expulsion protects the endangered person for 14 days. When protection is needed for longer, "
                    "they can ask the court for a preliminary measure. The court issues one <strong>only on a motion</strong>. "
                    "The motion goes to the applicant's own local court, not the court where the violent person lives.</p>"
                    "<h3>What the court can order</h3>"
                    "<ul><li>to leave the shared home and its surroundings, or not to enter them,</li>"
                    "<li>to keep away from the applicant and not meet them,</li>"
                    "<li>to stop unwanted following and harassment.</li></ul>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "A motion filed during the expulsion extends it",
                        "text": "<p>If the endangered person files the motion while the expulsion is still running, the "
                        "expulsion is extended until the court's decision on the motion becomes final, so there is no gap in protection.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "Check the 48-hour deadline",
                        "text": "<p>The deadline for the court's decision is taken from sources that predate Act No. 78/2025 Coll. "
                        "Check it against the current text of the Act before relying on it.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "zrs-preliminary-measure",
                        "note": "Motion, decision, content, duration and extension of the measure.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "zrs-enforcement-493",
                        "note": "Enforcement: removal from the home and taking the keys.",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Can a minor file the motion?",
                        "answer": "<p>Yes. A minor over 16 can file a motion for a preliminary measure on their own.</p>",
                    },
                ),
                ("contact", {"service": "ic-praha"}),
            ],
        },
        "steps": [
            {
                "actor": "endangered-person",
                "time_limit": {
                    "amount": 14,
                    "unit": "days",
                    "cs": "od vykázání, má-li se vykázání prodloužit",
                    "en": "from the expulsion, if it is to be extended",
                },
                "legal_basis": ["zrs-preliminary-measure"],
                "cs": {
                    "title": "Podání návrhu",
                    "text": "<p>Ohrožená osoba podá návrh u svého obecného soudu. Popíše násilí, kvůli kterému je společné "
                    "soužití nesnesitelné, nebo nežádoucí sledování či obtěžování. S návrhem pomáhá intervenční centrum.</p>",
                },
                "en": {
                    "title": "Filing the motion",
                    "text": "<p>The endangered person files the motion with their own local court, describing violence that "
                    "makes living together unbearable, or unwanted following or harassment. The intervention centre helps draft it.</p>",
                },
            },
            {
                "actor": "court",
                "time_limit": {
                    "amount": 48,
                    "unit": "hours",
                    "cs": "od podání návrhu",
                    "en": "from the filing of the motion",
                },
                "legal_basis": ["zrs-preliminary-measure"],
                "cs": {
                    "title": "Rozhodnutí soudu bez jednání",
                    "text": "<p>Soud o návrhu rozhodne bez nařízení jednání.</p>",
                },
                "en": {
                    "title": "The court decides without a hearing",
                    "text": "<p>The court decides on the motion without holding a hearing.</p>",
                },
            },
            {
                "actor": "court",
                "time_limit": {
                    "amount": 1,
                    "unit": "months",
                    "cs": "od vydání opatření (doba jeho trvání)",
                    "en": "from issue (how long it lasts)",
                },
                "legal_basis": ["zrs-preliminary-measure"],
                "cs": {
                    "title": "Vykonatelnost a doba trvání",
                    "text": "<p>Předběžné opatření je vykonatelné vydáním a trvá jeden měsíc.</p>",
                },
                "en": {
                    "title": "Enforceable at once, lasts one month",
                    "text": "<p>The measure is enforceable as soon as it is issued and lasts one month.</p>",
                },
            },
            {
                "actor": "expelled-person",
                "time_limit": None,
                "legal_basis": ["zrs-preliminary-measure"],
                "cs": {
                    "title": "Povinnosti násilné osoby",
                    "text": "<p>Násilná osoba musí dodržovat všechno, co jí soud uložil: nevstupovat do obydlí, "
                    "nepřibližovat se k navrhovateli, nesetkávat se s ním a neobtěžovat ho.</p>",
                },
                "en": {
                    "title": "The violent person's duties",
                    "text": "<p>The violent person must comply with everything the court ordered: stay out of the home, "
                    "keep away from the applicant, not meet them and not harass them.</p>",
                },
            },
            {
                "actor": "endangered-person",
                "time_limit": {
                    "amount": 1,
                    "unit": "months",
                    "cs": "od vydání opatření – návrh podejte dřív, než uplyne",
                    "en": "from issue – file before the month runs out",
                },
                "legal_basis": ["zrs-preliminary-measure"],
                "cs": {
                    "title": "Návrh na prodloužení",
                    "text": "<p>Je-li ochrana potřeba i dál, podá ohrožená osoba návrh na prodloužení ještě před "
                    "uplynutím měsíce. Opatření pak trvá, dokud soud o návrhu nerozhodne.</p>",
                },
                "en": {
                    "title": "Motion to extend",
                    "text": "<p>If protection is still needed, the endangered person files a motion to extend before the "
                    "month runs out. The measure then stays in force until the court decides.</p>",
                },
            },
            {
                "actor": "court",
                "time_limit": None,
                "legal_basis": ["zrs-enforcement-493"],
                "cs": {
                    "title": "Výkon předběžného opatření",
                    "text": "<p>Nedodrží-li násilná osoba opatření, soud je vykoná za součinnosti policie: osobu z obydlí "
                    "vykáže a odebere jí klíče.</p>",
                },
                "en": {
                    "title": "Enforcement",
                    "text": "<p>If the violent person does not comply, the court enforces the measure with the police, "
                    "removing them from the home and taking their keys.</p>",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # 3. Extending a preliminary measure (procedure)
    # ------------------------------------------------------------------
    {
        "key": "p-extend-preliminary-measure",
        "type": "procedure",
        "section": "procedures",
        "visibility": "public",
        "status": "live",
        "reviewed": "2025-10-02",
        "needs_review": True,
        "topics": ["preliminary-measure"],
        "audiences": ["endangered-person", "court", "social-work", "ngo"],
        "regions": ["cz"],
        "cs": {
            "title": "Prodloužení předběžného opatření",
            "slug": "postup-prodlouzeni-predbezneho-opatreni",
            "summary": "Předběžné opatření trvá jeden měsíc. Kdo potřebuje ochranu déle, musí včas podat návrh na prodloužení – tato stránka vysvětluje kdy a jak.",
            "body": [
                (
                    "text",
                    "<h2>Proč hlídat konec měsíce</h2>"
                    "<p>Předběžné opatření podle zákona o zvláštních řízeních soudních je vykonatelné hned po vydání "
                    "a trvá <strong>jeden měsíc</strong>. Pak bez dalšího skončí. Pokud ohrožená osoba ochranu potřebuje "
                    "dál, musí soud požádat o prodloužení – a to dřív, než měsíc uplyne.</p>"
                    "<p>Podaný návrh na prodloužení drží opatření v platnosti, dokud o něm soud nerozhodne. "
                    "Mezi koncem původního opatření a rozhodnutím o prodloužení tak nevznikne mezera.</p>"
                    "<h3>Z praxe Intervenčního centra Praha</h3>"
                    "<p>Jedné klientce soud opatření nejprve prodloužil o měsíc a potom o další tři měsíce.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "Celková maximální doba není ověřená",
                        "text": "<p>Často se uvádí, že předběžné opatření může trvat celkem nejvýše šest měsíců. "
                        "V konzultovaných zdrojích jsme to nenašli – údaj ověřte v aktuálním znění zákona.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "zrs-preliminary-measure",
                        "note": "Doba trvání a prodloužení předběžného opatření.",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "O kolik soud opatření prodlouží?",
                        "answer": "<p>To záleží na soudu a na okolnostech případu. V návrhu proto popište, proč ohrožení "
                        "trvá a co se od vydání opatření stalo.</p>",
                    },
                ),
                ("contact", {"service": "ic-praha"}),
            ],
        },
        "en": {
            "title": "Extending a preliminary measure",
            "slug": "extending-a-preliminary-measure",
            "summary": "A preliminary measure lasts one month. Anyone who needs protection for longer must apply to extend it in time; this page explains when and how.",
            "body": [
                (
                    "text",
                    "<h2>Why the end of the month matters</h2>"
                    "<p>A preliminary measure under the Special Court Proceedings Act is enforceable as soon as it is "
                    "issued and lasts <strong>one month</strong>. After that it simply lapses. If the endangered person "
                    "still needs protection, they must ask the court to extend it before the month is up.</p>"
                    "<p>Once the motion to extend has been filed, the measure stays in force until the court decides, "
                    "so there is no gap between the original order and the decision on the extension.</p>"
                    "<h3>From the Prague intervention centre's practice</h3>"
                    "<p>In one client's case the court first extended the measure by a month and then by another three months.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "The overall maximum is unverified",
                        "text": "<p>It is often said that a preliminary measure can last no more than six months in total. "
                        "We did not find this in the sources we consulted, so check it against the current Act.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "zrs-preliminary-measure",
                        "note": "Duration and extension of the preliminary measure.",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "How long will the court extend it for?",
                        "answer": "<p>That depends on the court and the circumstances. Explain in the motion why the danger "
                        "continues and what has happened since the measure was issued.</p>",
                    },
                ),
                ("contact", {"service": "ic-praha"}),
            ],
        },
        "steps": [
            {
                "actor": "intervention-centre",
                "time_limit": None,
                "legal_basis": ["social-services-60a"],
                "cs": {
                    "title": "Ohlídat datum konce",
                    "text": "<p>Intervenční centrum spolu s ohroženou osobou zjistí, kdy opatření skončí, a domluví se, "
                    "zda bude prodloužení potřeba.</p>",
                },
                "en": {
                    "title": "Note the end date",
                    "text": "<p>The intervention centre and the endangered person work out when the measure ends and "
                    "agree whether an extension is needed.</p>",
                },
            },
            {
                "actor": "endangered-person",
                "time_limit": {
                    "amount": 1,
                    "unit": "months",
                    "cs": "od vydání opatření – návrh podejte dřív, než uplyne",
                    "en": "from issue – file before the month runs out",
                },
                "legal_basis": ["zrs-preliminary-measure"],
                "cs": {
                    "title": "Podání návrhu na prodloužení",
                    "text": "<p>Ohrožená osoba podá soudu návrh na prodloužení. Popíše, proč ohrožení trvá; "
                    "s textem pomůže intervenční centrum.</p>",
                },
                "en": {
                    "title": "File the motion to extend",
                    "text": "<p>The endangered person files the motion, explaining why the danger continues. "
                    "The intervention centre can help with the wording.</p>",
                },
            },
            {
                "actor": "court",
                "time_limit": None,
                "legal_basis": ["zrs-preliminary-measure"],
                "cs": {
                    "title": "Opatření trvá do rozhodnutí",
                    "text": "<p>Návrh podaný včas drží předběžné opatření v platnosti, dokud soud o prodloužení nerozhodne.</p>",
                },
                "en": {
                    "title": "The measure continues meanwhile",
                    "text": "<p>A motion filed in time keeps the measure in force until the court decides on the extension.</p>",
                },
            },
            {
                "actor": "court",
                "time_limit": None,
                "legal_basis": ["zrs-preliminary-measure"],
                "cs": {
                    "title": "Rozhodnutí o prodloužení",
                    "text": "<p>Soud rozhodne, zda a na jak dlouho opatření prodlouží.</p>",
                },
                "en": {
                    "title": "The court decides",
                    "text": "<p>The court decides whether to extend the measure and for how long.</p>",
                },
            },
            {
                "actor": "police",
                "time_limit": None,
                "legal_basis": ["zrs-enforcement-493", "criminal-code-337"],
                "cs": {
                    "title": "Pomoc při porušení",
                    "text": "<p>Poruší-li násilná osoba opatření, zasahuje policie (linka 158). Soud může opatření vykonat "
                    "za součinnosti policie a závažné nebo opakované maření je trestným činem.</p>",
                },
                "en": {
                    "title": "If the measure is breached",
                    "text": "<p>If the violent person breaches the measure, the police step in (call 158). The court can "
                    "enforce it with police help, and serious or repeated obstruction is a crime.</p>",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # 4. Objection against an expulsion (procedure)
    # ------------------------------------------------------------------
    {
        "key": "p-objection-procedure",
        "type": "procedure",
        "section": "procedures",
        "visibility": "public",
        "status": "live",
        "reviewed": "2025-08-27",
        "needs_review": True,
        "topics": ["expulsion"],
        "audiences": ["police", "social-work", "ngo", "endangered-person"],
        "regions": ["cz"],
        "cs": {
            "title": "Námitka proti vykázání",
            "slug": "postup-namitka-proti-vykazani",
            "summary": "Vykázaná osoba může proti vykázání podat námitku. Námitka však vykázání neodkládá: vykázání platí dál, i když o ní krajské ředitelství policie ještě nerozhodlo.",
            "body": [
                (
                    "text",
                    "<h2>Co je námitka a co nezmění</h2>"
                    "<p>Vykázání není správní rozhodnutí, ale faktický úkon policie. Vykázaná osoba se proti němu "
                    "může bránit námitkou, kterou podá ústně hned na místě, nebo písemně. Poučení o tomto právu "
                    "najde v potvrzení o vykázání.</p>"
                    "<p>Podstatné je, že námitka <strong>nemá odkladný účinek</strong>. Vykázání platí dál a vykázaná "
                    "osoba musí všechny povinnosti dodržovat, i když námitku podala.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "Ověřte lhůtu tří dnů",
                        "text": "<p>Třídenní lhůtu pro písemnou námitku uvádíme podle zdrojů popisujících úpravu "
                        "před novelou č. 78/2025 Sb. Ověřte ji v aktuálním znění zákona.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "police-act-expulsion",
                        "note": "Námitka proti vykázání a její vyřízení.",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Může se vykázaná osoba vrátit domů, když podala námitku?",
                        "answer": "<p>Ne. Do vymezeného prostoru nesmí vstoupit po celou dobu vykázání. Pro nezbytné věci "
                        "si může jednou dojít v doprovodu policie.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Mění námitka něco pro ohroženou osobu?",
                        "answer": "<p>Ne. Ohrožená osoba může dál využít pomoc intervenčního centra a podat návrh "
                        "na předběžné opatření.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Kdo o námitce rozhoduje?",
                        "answer": "<p>Krajské ředitelství policie, nikoli policista, který vykázání provedl. Podaná námitka "
                        "na vykázání nic nemění: platí v plném rozsahu – tedy 14 dní, případně déle, pokud ohrožená osoba mezitím "
                        "podá návrh na předběžné opatření.</p>",
                    },
                ),
                ("contact", {"service": "police-158"}),
            ],
        },
        "en": {
            "title": "Objecting to an expulsion",
            "slug": "objection-to-an-expulsion",
            "summary": "An expelled person can lodge an objection, but it does not suspend the expulsion: it stays in force while the regional police directorate considers the objection.",
            "body": [
                (
                    "text",
                    "<h2>What an objection does and does not change</h2>"
                    "<p>An expulsion is not an administrative decision but a factual act of the police. The expelled "
                    "person can challenge it by objecting orally on the spot or in writing. The written confirmation "
                    "of the expulsion tells them about this right.</p>"
                    "<p>Crucially, an objection <strong>does not suspend</strong> the expulsion. It stays in force and the "
                    "expelled person must keep to all their duties even after objecting.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "Check the 3-day deadline",
                        "text": "<p>The 3-day deadline for a written objection is taken from sources describing the rules "
                        "before Act No. 78/2025 Coll. Check it against the current text of the Act.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "police-act-expulsion",
                        "note": "Objections to an expulsion and how they are decided.",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Can the expelled person go home after objecting?",
                        "answer": "<p>No. They must stay out of the area for the whole expulsion. They may collect "
                        "necessities once, accompanied by the police.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Does an objection affect the endangered person?",
                        "answer": "<p>No. The endangered person can still get help from the intervention centre and "
                        "file a motion for a preliminary measure.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Who decides on the objection?",
                        "answer": "<p>The regional police directorate, not the officer who carried out the expulsion. Lodging "
                        "an objection changes nothing: the expulsion applies in full – 14 days, or longer if the endangered person files a "
                        "motion for a preliminary measure in the meantime.</p>",
                    },
                ),
                ("contact", {"service": "police-158"}),
            ],
        },
        "steps": [
            {
                "actor": "police",
                "time_limit": None,
                "legal_basis": ["police-act-expulsion"],
                "cs": {
                    "title": "Poučení v potvrzení o vykázání",
                    "text": "<p>Policista předá vykázané osobě potvrzení o vykázání, které obsahuje poučení o jejích "
                    "právech a povinnostech.</p>",
                },
                "en": {
                    "title": "Information in the confirmation",
                    "text": "<p>The officer gives the expelled person the written confirmation, which explains their rights and duties.</p>",
                },
            },
            {
                "actor": "expelled-person",
                "time_limit": None,
                "legal_basis": ["police-act-expulsion"],
                "cs": {
                    "title": "Ústní námitka na místě",
                    "text": "<p>Vykázaná osoba může námitku vznést ústně hned při vykázání.</p>",
                },
                "en": {
                    "title": "Oral objection on the spot",
                    "text": "<p>The expelled person can object orally while the expulsion is being carried out.</p>",
                },
            },
            {
                "actor": "expelled-person",
                "time_limit": {
                    "amount": 3,
                    "unit": "days",
                    "cs": "od vykázání",
                    "en": "from the expulsion",
                },
                "legal_basis": ["police-act-expulsion"],
                "cs": {
                    "title": "Písemná námitka",
                    "text": "<p>Místo toho může námitku podat písemně ve lhůtě 3 dnů.</p>",
                },
                "en": {
                    "title": "Written objection",
                    "text": "<p>Alternatively, they can object in writing within 3 days.</p>",
                },
            },
            {
                "actor": "expelled-person",
                "time_limit": None,
                "legal_basis": ["police-act-expulsion"],
                "cs": {
                    "title": "Vykázání dál platí",
                    "text": "<p>Námitka nemá odkladný účinek. Vykázaná osoba se nesmí vrátit ani kontaktovat ohroženou osobu.</p>",
                },
                "en": {
                    "title": "The expulsion stays in force",
                    "text": "<p>The objection has no suspensive effect. The expelled person must not return or contact the endangered person.</p>",
                },
            },
            {
                "actor": "police",
                "time_limit": None,
                "legal_basis": ["police-act-expulsion"],
                "cs": {
                    "title": "Rozhodnutí krajského ředitelství",
                    "text": "<p>O námitce rozhodne krajské ředitelství policie.</p>",
                },
                "en": {
                    "title": "The regional directorate decides",
                    "text": "<p>The regional police directorate decides on the objection.</p>",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # 5. Breach of an expulsion (procedure)
    # ------------------------------------------------------------------
    {
        "key": "p-breach-procedure",
        "type": "procedure",
        "section": "procedures",
        "visibility": "public",
        "status": "live",
        "reviewed": "2025-10-14",
        "needs_review": False,
        "topics": ["expulsion", "criminal-law", "safety", "preliminary-measure"],
        "audiences": ["endangered-person", "police", "social-work"],
        "regions": ["cz"],
        "cs": {
            "title": "Když vykázaná osoba poruší vykázání",
            "slug": "postup-pri-poruseni-vykazani",
            "summary": "Co dělat, když se vykázaná osoba vrací nebo ohroženou osobu kontaktuje, a kdy jde o přestupek a kdy o trestný čin maření výkonu úředního rozhodnutí a vykázání.",
            "body": [
                (
                    "callout",
                    {
                        "tone": "danger",
                        "title": "Při ohrožení volejte 158",
                        "text": "<p>Když se vykázaná osoba pokouší dostat do bytu, čeká před domem nebo vás kontaktuje, "
                        "volejte policii na lince 158 nebo tísňovou linku 112.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>Přestupek, nebo trestný čin?</h2>"
                    "<p>Vykázaná osoba nesmí po dobu vykázání vstoupit do vymezeného prostoru ani kontaktovat ohroženou "
                    "osobu. Drobné porušení vykázání je <strong>přestupkem</strong>. Závažné nebo opakované maření vykázání "
                    "či předběžného opatření je trestným činem <strong>maření výkonu úředního rozhodnutí a vykázání</strong> "
                    "podle § 337 odst. 2 trestního zákoníku, za který hrozí trest odnětí svobody až na 2 roky.</p>"
                    "<p>Příklad z praxe: vykázaný muž se vrátil domů, aby „pohlídal děti“. Policie ho odvedla.</p>"
                    "<h3>Co by ohrožená osoba dělat neměla</h3>"
                    "<p>Vykázanou osobu do obydlí nepouštějte, ani když prosí nebo slibuje, že se nic nestane. "
                    "Zákaz se týká i vás.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "reference": "criminal-code-337",
                        "note": "Závažné nebo opakované maření vykázání či předběžného opatření, trest až 2 roky.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "zrs-enforcement-493",
                        "note": "Výkon předběžného opatření soudem za součinnosti policie.",
                    },
                ),
                ("contact", {"service": "police-158"}),
                ("contact", {"service": "ic-praha"}),
            ],
        },
        "en": {
            "title": "When the expelled person breaches the expulsion",
            "slug": "breach-of-an-expulsion",
            "summary": "What to do when the expelled person comes back or gets in touch, and when this is a minor offence and when it is the crime of obstructing an official decision and an expulsion.",
            "body": [
                (
                    "callout",
                    {
                        "tone": "danger",
                        "title": "If you are in danger, call 158",
                        "text": "<p>If the expelled person tries to get into the flat, waits outside the building or "
                        "contacts you, call the police on 158 or the emergency number 112.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>Minor offence or crime?</h2>"
                    "<p>During the expulsion the expelled person must stay out of the defined area and must not contact "
                    "the endangered person. A minor breach is an <strong>offence</strong> (přestupek). Serious or repeated "
                    "obstruction of an expulsion or a preliminary measure is the crime of <strong>obstructing an official "
                    "decision and an expulsion</strong> under section 337(2) of the Criminal Code, punishable by up to 2 years "
                    "in prison.</p>"
                    "<p>A real case: an expelled man came back home to ‘babysit’ and the police removed him.</p>"
                    "<h3>What the endangered person should not do</h3>"
                    "<p>Do not let the expelled person in, however much they plead or promise. The ban applies to you as well.</p>",
                ),
                (
                    "legal_reference",
                    {
                        "reference": "criminal-code-337",
                        "note": "Serious or repeated obstruction of an expulsion or preliminary measure; up to 2 years.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "zrs-enforcement-493",
                        "note": "The court enforces a preliminary measure with police help.",
                    },
                ),
                ("contact", {"service": "police-158"}),
                ("contact", {"service": "ic-praha"}),
            ],
        },
        "steps": [
            {
                "actor": "endangered-person",
                "time_limit": None,
                "legal_basis": ["police-act-expulsion"],
                "cs": {
                    "title": "Nepouštět a volat policii",
                    "text": "<p>Ohrožená osoba vykázanou osobu do obydlí nepustí a zavolá policii. "
                    "Je dobré si zapsat, kdy a jak se vykázaná osoba ozvala.</p>",
                },
                "en": {
                    "title": "Keep the door shut and call the police",
                    "text": "<p>The endangered person does not let the expelled person in and calls the police. It helps "
                    "to note when and how the expelled person made contact.</p>",
                },
            },
            {
                "actor": "police",
                "time_limit": None,
                "legal_basis": ["police-act-expulsion"],
                "cs": {
                    "title": "Zákrok policie",
                    "text": "<p>Policie přijede, porušování ukončí a vykázanou osobu z vymezeného prostoru odvede.</p>",
                },
                "en": {
                    "title": "Police intervention",
                    "text": "<p>The police attend, stop the breach and remove the expelled person from the area.</p>",
                },
            },
            {
                "actor": "police",
                "time_limit": None,
                "legal_basis": ["police-act-expulsion", "criminal-code-337"],
                "cs": {
                    "title": "Posouzení: přestupek, nebo trestný čin",
                    "text": "<p>Drobné porušení se řeší jako přestupek. Závažné nebo opakované maření vykázání je trestným "
                    "činem podle § 337 odst. 2 trestního zákoníku.</p>",
                },
                "en": {
                    "title": "Assessment: offence or crime",
                    "text": "<p>A minor breach is dealt with as an offence. Serious or repeated obstruction is a crime under "
                    "section 337(2) of the Criminal Code.</p>",
                },
            },
            {
                "actor": "court",
                "time_limit": None,
                "legal_basis": ["zrs-enforcement-493", "criminal-code-337"],
                "cs": {
                    "title": "Porušení předběžného opatření",
                    "text": "<p>Platí-li už předběžné opatření, soud je vykoná za součinnosti policie: násilnou osobu z obydlí "
                    "vykáže a odebere jí klíče. Závažné nebo opakované maření je rovněž trestným činem.</p>",
                },
                "en": {
                    "title": "Breach of a preliminary measure",
                    "text": "<p>If a preliminary measure is already in place, the court enforces it with the police, removing "
                    "the violent person and taking their keys. Serious or repeated obstruction is also a crime.</p>",
                },
            },
            {
                "actor": "intervention-centre",
                "time_limit": None,
                "legal_basis": ["social-services-60a"],
                "cs": {
                    "title": "Podpora intervenčního centra",
                    "text": "<p>Intervenční centrum nabídne ohrožené osobě poradenství a podporu, a pokud ještě nepodala návrh "
                    "na předběžné opatření, pomůže jí ho připravit.</p>",
                },
                "en": {
                    "title": "Support from the intervention centre",
                    "text": "<p>The intervention centre offers the endangered person counselling and support and, if no motion for "
                    "a preliminary measure has been filed yet, helps prepare one.</p>",
                },
            },
        ],
    },
    # ------------------------------------------------------------------
    # 6. Expulsion at a glance (guidance)
    # ------------------------------------------------------------------
    {
        "key": "p-expulsion-overview",
        "type": "guidance",
        "section": "procedures",
        "visibility": "public",
        "status": "live",
        "reviewed": "2025-07-21",
        "needs_review": False,
        "topics": ["expulsion"],
        "audiences": ["endangered-person", "police", "social-work", "ospod", "court", "ngo"],
        "regions": ["cz"],
        "cs": {
            "title": "Vykázání v kostce",
            "slug": "vykazani-zakladni-prehled",
            "summary": "Co je vykázání, kdo o něm rozhoduje, odkud a na jak dlouho se vykazuje a co se změnilo 1. července 2025, kdy se vykázání prodloužilo z 10 na 14 dní.",
            "body": [
                (
                    "text",
                    "<h2>Co je vykázání</h2>"
                    "<p>Vykázání je opatření policie, které chrání ohroženou osobu před násilnou osobou, se kterou žije "
                    "ve společném obydlí. Nejde o trest ani o správní rozhodnutí, ale o faktický úkon policie, který "
                    "má zabránit dalšímu útoku. Samo vykázání nezakládá záznam v rejstříku trestů.</p>"
                    "<h2>Kdo rozhoduje</h2>"
                    "<p>Rozhoduje policista přímo na místě. Souhlas ohrožené osoby není potřeba a násilnou osobu lze "
                    "vykázat i tehdy, když u zásahu není.</p>"
                    "<h2>Odkud a na jak dlouho</h2>"
                    "<ul><li><strong>Prostor:</strong> společné obydlí a jeho bezprostřední okolí, které určí policista "
                    "(například 100 metrů), bez ohledu na to, kdo je vlastníkem nebo nájemcem.</li>"
                    "<li><strong>Doba:</strong> 14 dní. Zkrátit ji nelze, ani když s tím ohrožená osoba souhlasí.</li>"
                    "<li><strong>Prodloužení:</strong> podá-li ohrožená osoba během vykázání návrh na předběžné opatření, "
                    "vykázání trvá až do právní moci rozhodnutí soudu.</li></ul>"
                    "<h2>Povinnosti vykázané osoby</h2>"
                    "<p>Vykázaná osoba musí hned odejít, nevracet se, nekontaktovat ohroženou osobu a odevzdat všechny klíče. "
                    "Proti vykázání může podat námitku, která však vykázání neodkládá.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Od 1. července 2025: 14 dní místo 10",
                        "text": "<p>Novela č. 78/2025 Sb. prodloužila vykázání z 10 na 14 dní a do občanského zákoníku "
                        "(§ 3021) doplnila definici domácího násilí. Starší příručky a letáky ještě uvádějí 10 dní.</p>",
                    },
                ),
                (
                    "text",
                    "<h3>Krátce z historie</h3>"
                    "<p>Vykázání zavedl od 1. ledna 2007 zákon č. 135/2006 Sb. do tehdejšího zákona o policii. "
                    "Od 1. ledna 2009 je upraveno v § 44–47 zákona č. 273/2008 Sb., o Policii České republiky.</p>",
                ),
                (
                    "legal_reference",
                    {"reference": "police-act-expulsion", "note": "Základní úprava vykázání."},
                ),
                (
                    "legal_reference",
                    {
                        "reference": "amendment-78-2025",
                        "note": "Prodloužení na 14 dní od 1. 7. 2025.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "civil-code-3021",
                        "note": "Zákonná definice domácího násilí doplněná novelou.",
                    },
                ),
                ("contact", {"service": "police-158"}),
                ("contact", {"service": "ic-praha"}),
            ],
        },
        "en": {
            "title": "Expulsion at a glance",
            "slug": "expulsion-at-a-glance",
            "summary": "What an expulsion is, who decides, where it applies and for how long, and what changed on 1 July 2025, when it was extended from 10 to 14 days.",
            "body": [
                (
                    "text",
                    "<h2>What an expulsion is</h2>"
                    "<p>An expulsion (vykázání) is a police measure that protects an endangered person from a violent "
                    "person they live with. It is neither a punishment nor an administrative decision but a factual act "
                    "of the police, meant to prevent another attack. An expulsion on its own leaves no criminal record.</p>"
                    "<h2>Who decides</h2>"
                    "<p>The police officer at the scene. The endangered person's consent is not required, and the violent "
                    "person can be expelled even if they are not present.</p>"
                    "<h2>Where and for how long</h2>"
                    "<ul><li><strong>Area:</strong> the shared home and its immediate surroundings as set by the officer "
                    "(for example 100 metres), whoever owns or rents it.</li>"
                    "<li><strong>Duration:</strong> 14 days. It cannot be shortened, even with the endangered person's agreement.</li>"
                    "<li><strong>Extension:</strong> if the endangered person files a motion for a preliminary measure during "
                    "the expulsion, it lasts until the court's decision becomes final.</li></ul>"
                    "<h2>The expelled person's duties</h2>"
                    "<p>They must leave immediately, stay away, avoid all contact with the endangered person and hand over "
                    "every key. They may object, but an objection does not suspend the expulsion.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Since 1 July 2025: 14 days instead of 10",
                        "text": "<p>Act No. 78/2025 Coll. extended the expulsion from 10 to 14 days and added a statutory "
                        "definition of domestic violence to section 3021 of the Civil Code. Older handbooks and leaflets still say 10 days.</p>",
                    },
                ),
                (
                    "text",
                    "<h3>A short history</h3>"
                    "<p>Expulsion was introduced on 1 January 2007 by Act No. 135/2006 Coll. in the former Police Act. "
                    "Since 1 January 2009 it has been governed by sections 44–47 of Act No. 273/2008 Coll., the Police Act.</p>",
                ),
                (
                    "legal_reference",
                    {"reference": "police-act-expulsion", "note": "Core rules on expulsion."},
                ),
                (
                    "legal_reference",
                    {
                        "reference": "amendment-78-2025",
                        "note": "Extension to 14 days from 1 July 2025.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "civil-code-3021",
                        "note": "Statutory definition of domestic violence added by the amendment.",
                    },
                ),
                ("contact", {"service": "police-158"}),
                ("contact", {"service": "ic-praha"}),
            ],
        },
    },
    # ------------------------------------------------------------------
    # 7. Intervention centre's role (guidance)
    # ------------------------------------------------------------------
    {
        "key": "p-intervention-centre-role",
        "type": "guidance",
        "section": "procedures",
        "visibility": "public",
        "status": "live",
        "reviewed": "2025-08-06",
        "needs_review": True,
        "topics": ["intervention-centre", "cooperation", "expulsion"],
        "audiences": ["endangered-person", "police", "social-work", "ospod", "ngo"],
        "regions": ["cz", "praha"],
        "cs": {
            "title": "Role intervenčního centra a Intervenční centrum Praha",
            "slug": "role-intervencniho-centra",
            "summary": "Intervenční centrum se ozve ohrožené osobě po vykázání, pomáhá jí zdarma a propojuje policii, OSPOD a další instituce. V Praze tuto službu poskytuje Centrum sociálních služeb Praha.",
            "body": [
                (
                    "text",
                    "<h2>Co intervenční centrum dělá</h2>"
                    "<p>Intervenční centra jsou sociální službou podle § 60a zákona o sociálních službách. Když policie "
                    "vykáže násilnou osobu, zašle intervenčnímu centru úřední záznam. Intervenční centrum pak musí "
                    "ohrožené osobě nabídnout pomoc <strong>nejpozději do 48 hodin od obdržení záznamu</strong>. "
                    "Pomáhá ale i bez vykázání – na žádost ohrožené osoby nebo z vlastního podnětu.</p>"
                    "<p>Služby jsou <strong>bezplatné</strong> a mohou být ambulantní, terénní nebo pobytové.</p>"
                    "<h2>Intervenční centrum Praha</h2>"
                    "<p>Pražské intervenční centrum vzniklo 1. ledna 2007, spolu se zavedením vykázání. Je součástí "
                    "Centra sociálních služeb Praha, příspěvkové organizace zřízené hlavním městem Prahou.</p>"
                    "<ul><li>Pracuje převážně ambulantně.</li>"
                    "<li>Pomáhá lidem od 16 let; mladším 16 let v doprovodu zákonného zástupce.</li>"
                    "<li>Nabízí sociálně-právní a právní poradenství, psychologickou podporu a terapii pro děti.</li>"
                    "<li>Pomáhá sepsat návrh na předběžné opatření.</li>"
                    "<li>Koordinuje spolupráci policie, OSPOD a dalších institucí v Praze a pořádá setkání "
                    "interdisciplinárních týmů.</li></ul>",
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "K ověření",
                        "text": "<p>Lhůtu 48 hodin uvádíme podle zdrojů starších než novela č. 78/2025 Sb.; zda se změnila, "
                        "ověřujeme. Neověřili jsme ani aktuální adresu a telefon pražského centra – platné kontakty "
                        "najdete v kontaktním bloku níže.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "social-services-60a",
                        "note": "Povinnosti intervenčních center a formy jejich služeb.",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Musí být násilná osoba vykázaná, abych se mohla obrátit na intervenční centrum?",
                        "answer": "<p>Ne. Intervenční centrum pomáhá i lidem ohroženým domácím násilím, u nichž k vykázání nedošlo.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Pomáhá Intervenční centrum Praha i dětem?",
                        "answer": "<p>Ano. Lidé od 16 let mohou přijít sami, mladší v doprovodu zákonného zástupce. "
                        "Centrum nabízí i terapii pro děti, které domácí násilí zažily. Děti se mohou kdykoli obrátit "
                        "také na Linku bezpečí.</p>",
                    },
                ),
                ("contact", {"service": "ic-praha"}),
                ("contact", {"service": "linka-bezpeci"}),
            ],
        },
        "en": {
            "title": "The intervention centre's role and the Prague Intervention Centre",
            "slug": "role-of-the-intervention-centre",
            "summary": "After an expulsion, the intervention centre contacts the endangered person, helps them free of charge and links up the police, OSPOD and other agencies. In Prague the service is run by the Centre for Social Services Prague.",
            "body": [
                (
                    "text",
                    "<h2>What an intervention centre does</h2>"
                    "<p>Intervention centres are a social service under section 60a of the Social Services Act. When the "
                    "police expel a violent person, they send the official record to the intervention centre, which must "
                    "offer help to the endangered person <strong>within 48 hours of receiving it</strong>. Centres also help "
                    "without an expulsion, when someone asks or on their own initiative.</p>"
                    "<p>Their services are <strong>free</strong> and can be outpatient, field-based or residential.</p>"
                    "<h2>The Prague Intervention Centre</h2>"
                    "<p>The Prague centre opened on 1 January 2007, when expulsion was introduced. It is part of the Centre "
                    "for Social Services Prague (Centrum sociálních služeb Praha), a body set up by the City of Prague.</p>"
                    "<ul><li>It works mainly on an outpatient basis.</li>"
                    "<li>It helps people aged 16 and over; younger people come with a legal guardian.</li>"
                    "<li>It offers social and legal counselling, psychological support and therapy for children.</li>"
                    "<li>It helps draft motions for a preliminary measure.</li>"
                    "<li>It coordinates the police, OSPOD and other agencies in Prague and runs interdisciplinary team meetings.</li></ul>",
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "To be verified",
                        "text": "<p>The 48-hour deadline comes from sources that predate Act No. 78/2025 Coll.; we are checking "
                        "whether it changed. The Prague centre's current address and phone number are also unverified – "
                        "use the contact block below.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "social-services-60a",
                        "note": "Duties of intervention centres and the forms of their services.",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Does there have to be an expulsion before I can contact the centre?",
                        "answer": "<p>No. The intervention centre also helps people at risk of domestic violence where nobody has been expelled.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Does the Prague centre help children?",
                        "answer": "<p>Yes. People aged 16 and over can come on their own; younger ones come with a legal "
                        "guardian. The centre also offers therapy for children who have lived through domestic violence. "
                        "Children can also call Linka bezpečí at any time.</p>",
                    },
                ),
                ("contact", {"service": "ic-praha"}),
                ("contact", {"service": "linka-bezpeci"}),
            ],
        },
    },
    # ------------------------------------------------------------------
    # 8. Inter-agency cooperation (guidance)
    # ------------------------------------------------------------------
    {
        "key": "p-interagency-cooperation",
        "type": "guidance",
        "section": "professionals",
        "visibility": "public",
        "status": "live",
        "reviewed": "2025-08-19",
        "needs_review": False,
        "topics": ["cooperation", "intervention-centre", "children"],
        "audiences": ["police", "social-work", "ospod", "court", "ngo"],
        "regions": ["praha"],
        "cs": {
            "title": "Spolupráce institucí po vykázání",
            "slug": "spoluprace-instituci-v-praze",
            "summary": "Kdo v Praze po vykázání za co odpovídá – policie, intervenční centrum, soud, OSPOD a neziskové organizace – a jak Intervenční centrum Praha jejich spolupráci koordinuje.",
            "body": [
                (
                    "text",
                    "<h2>Kdo co dělá</h2>"
                    "<ul><li><strong>Policie</strong> rozhodne o vykázání, vydá potvrzení, odebere klíče, zašle úřední záznam "
                    "intervenčnímu centru, soudu a případně OSPOD a kontroluje dodržování vykázání.</li>"
                    "<li><strong>Intervenční centrum</strong> kontaktuje ohroženou osobu, nabídne jí bezplatnou pomoc "
                    "a pomůže s návrhem na předběžné opatření.</li>"
                    "<li><strong>Soud</strong> rozhoduje o předběžném opatření, jeho prodloužení a výkonu.</li>"
                    "<li><strong>OSPOD</strong> dostává záznam, pokud ve společném obydlí žije nezletilé dítě, "
                    "a řeší ochranu dítěte.</li>"
                    "<li><strong>Neziskové organizace</strong> nabízejí krizové linky, poradenství a azylové domy "
                    "s utajenou adresou.</li></ul>"
                    "<h2>Koordinace v Praze</h2>"
                    "<p>Intervenční centrum Praha je hlavním koordinátorem interdisciplinární spolupráce mezi policií, "
                    "OSPOD a dalšími institucemi v hlavním městě. Organizuje a garantuje setkání interdisciplinárních "
                    "týmů, pořádá vzdělávací akce a poskytuje informace odborné i laické veřejnosti.</p>"
                    "<h3>Jak putují informace</h3>"
                    "<ol><li>Policie vykáže násilnou osobu a sepíše úřední záznam.</li>"
                    "<li>Opis záznamu dostane intervenční centrum, soud příslušný pro předběžné opatření a – žije-li v obydlí "
                    "nezletilé dítě – OSPOD.</li>"
                    "<li>Intervenční centrum osloví ohroženou osobu a nabídne jí pomoc.</li>"
                    "<li>Ohrožená osoba může podat návrh na předběžné opatření; pokud ho podá během vykázání, vykázání se prodlouží.</li>"
                    "<li>Soud rozhodne a v případě potřeby předběžné opatření vykoná za součinnosti policie.</li></ol>"
                    "<h3>Co spolupráci usnadňuje</h3>"
                    "<ul><li>znát kontaktní osobu v každé instituci,</li>"
                    "<li>sjednotit informace, které ohrožená osoba dostává, aby se nerozcházely,</li>"
                    "<li>počítat s tím, že od 1. 7. 2025 trvá vykázání 14 dní, a aktualizovat interní postupy.</li></ul>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Děti ve společném obydlí",
                        "text": "<p>Žije-li ve společném obydlí nezletilé dítě, policie zasílá záznam také OSPOD. "
                        "Každý, kdo odchází z domova s nezletilými dětmi, by měl OSPOD informovat.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "police-act-expulsion",
                        "note": "Oznamovací povinnost policie po vykázání.",
                    },
                ),
                (
                    "legal_reference",
                    {"reference": "social-services-60a", "note": "Úloha intervenčních center."},
                ),
                ("contact", {"service": "ic-praha"}),
                ("contact", {"service": "ospod-praha"}),
            ],
        },
        "en": {
            "title": "Inter-agency cooperation after an expulsion",
            "slug": "inter-agency-cooperation-prague",
            "summary": "Who is responsible for what after an expulsion in Prague – police, intervention centre, court, OSPOD and NGOs – and how the Prague Intervention Centre coordinates them.",
            "body": [
                (
                    "text",
                    "<h2>Who does what</h2>"
                    "<ul><li><strong>Police</strong> decide on the expulsion, issue the confirmation, take the keys, send the "
                    "official record to the intervention centre, the court and, where relevant, OSPOD, and check compliance.</li>"
                    "<li><strong>The intervention centre</strong> contacts the endangered person, offers free help and assists "
                    "with a motion for a preliminary measure.</li>"
                    "<li><strong>The court</strong> decides on preliminary measures, their extension and enforcement.</li>"
                    "<li><strong>OSPOD</strong>, the child-protection authority, receives the record when a child lives in "
                    "the home and deals with the child's protection.</li>"
                    "<li><strong>NGOs</strong> run crisis lines, counselling and shelters at secret addresses.</li></ul>"
                    "<h2>Coordination in Prague</h2>"
                    "<p>The Prague Intervention Centre is the main coordinator of interdisciplinary cooperation between the "
                    "police, OSPOD and other agencies in the city. It organises and oversees interdisciplinary team meetings, "
                    "runs training events and informs both professionals and the public.</p>"
                    "<h3>How information flows</h3>"
                    "<ol><li>The police expel the violent person and write an official record.</li>"
                    "<li>The intervention centre, the court responsible for preliminary measures and – if a child lives in the "
                    "home – OSPOD each receive a copy.</li>"
                    "<li>The intervention centre reaches out to the endangered person and offers help.</li>"
                    "<li>The endangered person may file a motion for a preliminary measure; filing during the expulsion extends it.</li>"
                    "<li>The court decides and, if necessary, enforces the measure with the police.</li></ol>"
                    "<h3>What makes cooperation easier</h3>"
                    "<ul><li>knowing a named contact in each agency,</li>"
                    "<li>making sure the endangered person hears the same information from everyone,</li>"
                    "<li>updating internal procedures for the 14-day expulsion in force since 1 July 2025.</li></ul>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Children in the home",
                        "text": "<p>If a child lives in the shared home, the police also send the record to OSPOD. Anyone "
                        "leaving home with children should let OSPOD know.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "police-act-expulsion",
                        "note": "The police duty to notify after an expulsion.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "social-services-60a",
                        "note": "The role of intervention centres.",
                    },
                ),
                ("contact", {"service": "ic-praha"}),
                ("contact", {"service": "ospod-praha"}),
            ],
        },
    },
    # ------------------------------------------------------------------
    # 9. Statistics (guidance, professionals only)
    # ------------------------------------------------------------------
    {
        "key": "p-expulsion-statistics",
        "type": "guidance",
        "section": "professionals",
        "visibility": "professionals",
        "status": "live",
        "reviewed": "2025-09-03",
        "needs_review": False,
        "topics": ["expulsion"],
        "audiences": ["police", "social-work", "ospod", "court", "ngo"],
        "regions": ["cz", "praha"],
        "cs": {
            "title": "Statistika vykázání 2007–2022",
            "slug": "statistika-vykazani",
            "summary": "Počty vykázání v České republice od zavedení institutu v roce 2007 do roku 2022, podle údajů Asociace pracovníků intervenčních center zveřejněných Bílým kruhem bezpečí.",
            "body": [
                (
                    "text",
                    "<h2>Počty vykázání v ČR</h2>"
                    "<ul><li><strong>2007:</strong> 862 (první rok)</li>"
                    "<li><strong>2008:</strong> 679</li>"
                    "<li><strong>2009:</strong> 778–780; vykázáno bylo i 16 žen a vykázání chránilo 911 dětí</li>"
                    "<li><strong>2010:</strong> 1 058</li>"
                    "<li><strong>2011:</strong> 1 430 (nejvíce za sledované období)</li>"
                    "<li><strong>2012–2017:</strong> 1 306–1 407 ročně; opakovaná vykázání tvořila 12,5–13,8 %</li>"
                    "<li><strong>2021:</strong> 960 (dopočteno z meziročního nárůstu)</li>"
                    "<li><strong>2022:</strong> 1 086, z toho 161 opakovaných</li></ul>"
                    "<p>Od roku 2007 do roku 2022 policie vykázala celkem <strong>18 688</strong> osob.</p>"
                    "<h2>Praha a kraje</h2>"
                    "<p>V Praze bylo v roce 2022 vykázáno 156 osob; nejvíce vykázání měl Ústecký kraj (177). "
                    "V prvním pololetí 2017 bylo v Praze 104 vykázání.</p>"
                    "<h2>Jak čísla číst</h2>"
                    "<ul><li>Všechna uvedená data pocházejí z doby, kdy vykázání trvalo 10 dní.</li>"
                    "<li>V letech 2012–2017 bylo opakované zhruba každé osmé vykázání; v roce 2022 připadlo "
                    "na opakovaná vykázání necelých 15 % (161 z 1 086).</li>"
                    "<li>U roku 2009 se zdroje mírně liší, proto uvádíme rozpětí.</li></ul>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Data od roku 2023 chybějí",
                        "text": "<p>Souhrnná čísla za rok 2023 a novější jsme v dostupných zdrojích nenašli. Údaj za rok 2021 "
                        "není publikovaný přímo: vychází z toho, že rok 2022 přinesl o 126 vykázání více.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Kdo statistiky sbírá?",
                        "answer": "<p>Data shromažďuje Asociace pracovníků intervenčních center a zveřejňuje je Bílý kruh bezpečí.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Ovlivní čísla prodloužení vykázání na 14 dní?",
                        "answer": "<p>To zatím nevíme. Čísla za dobu po 1. 7. 2025 nejsou k dispozici a srovnání se starším "
                        "obdobím bude třeba číst s ohledem na změnu délky vykázání.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "police-act-expulsion",
                        "note": "Vykázání podle § 44–47, dříve § 21a–21d zákona č. 283/1991 Sb.",
                    },
                ),
            ],
        },
        "en": {
            "title": "Expulsion statistics 2007–2022",
            "slug": "expulsion-statistics",
            "summary": "Number of expulsions in the Czech Republic from 2007, when the measure was introduced, to 2022, based on figures from the Association of Intervention Centre Workers published by Bílý kruh bezpečí.",
            "body": [
                (
                    "text",
                    "<h2>Expulsions in the Czech Republic</h2>"
                    "<ul><li><strong>2007:</strong> 862 (first year)</li>"
                    "<li><strong>2008:</strong> 679</li>"
                    "<li><strong>2009:</strong> 778–780; 16 of those expelled were women, and 911 children were protected</li>"
                    "<li><strong>2010:</strong> 1,058</li>"
                    "<li><strong>2011:</strong> 1,430 (the highest in the period)</li>"
                    "<li><strong>2012–2017:</strong> 1,306–1,407 a year, with repeat expulsions at 12.5–13.8%</li>"
                    "<li><strong>2021:</strong> 960 (derived from the year-on-year increase)</li>"
                    "<li><strong>2022:</strong> 1,086, of which 161 were repeat expulsions</li></ul>"
                    "<p>Between 2007 and 2022 the police expelled <strong>18,688</strong> people in total.</p>"
                    "<h2>Prague and the regions</h2>"
                    "<p>Prague recorded 156 expulsions in 2022; the Ústí region had the most (177). In the first half "
                    "of 2017 there were 104 expulsions in Prague.</p>"
                    "<h2>Reading the figures</h2>"
                    "<ul><li>All of these figures date from the time when an expulsion lasted 10 days.</li>"
                    "<li>In 2012–2017 roughly one expulsion in eight was a repeat; in 2022 repeat expulsions "
                    "made up just under 15% (161 of 1,086).</li>"
                    "<li>Sources differ slightly for 2009, hence the range.</li></ul>",
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "No data from 2023 onwards",
                        "text": "<p>We have not found national figures for 2023 or later. The 2021 figure was not published "
                        "directly: it is derived from the reported rise of 126 expulsions in 2022.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Who collects these figures?",
                        "answer": "<p>The Association of Intervention Centre Workers collects them and Bílý kruh bezpečí publishes them.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Will the 14-day expulsion change the numbers?",
                        "answer": "<p>We do not know yet. There are no figures for the period after 1 July 2025, and comparisons "
                        "with earlier years will need to take the longer expulsion into account.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "police-act-expulsion",
                        "note": "Expulsion under sections 44–47, previously sections 21a–21d of Act No. 283/1991 Coll.",
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------
    # 10. Checklist for police officers (guidance, professionals only)
    # ------------------------------------------------------------------
    {
        "key": "p-checklist-police",
        "type": "guidance",
        "section": "professionals",
        "visibility": "professionals",
        "status": "live",
        "reviewed": "2025-09-25",
        "needs_review": True,
        "topics": ["expulsion", "cooperation", "children"],
        "audiences": ["police"],
        "regions": ["cz"],
        "cs": {
            "title": "Kontrolní seznam pro policisty: vykázání",
            "slug": "kontrolni-seznam-pro-policisty",
            "summary": "Stručný přehled úkonů při vykázání a po něm, od posouzení důvodů na místě po kontrolu dodržování a řešení porušení.",
            "body": [
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "Lhůty ověřte v aktuálním znění zákona",
                        "text": "<p>Délka vykázání 14 dní platí od 1. 7. 2025. Lhůty 24 hodin a 3 dny uvádíme podle zdrojů "
                        "popisujících úpravu před novelou č. 78/2025 Sb.; zda se změnily, ověřujeme.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>Na místě</h2>"
                    "<ul><li>Posuďte, zda zjištěné skutečnosti, zejména předchozí útoky, odůvodňují očekávání nebezpečného "
                    "útoku na život, zdraví nebo svobodu, nebo zvlášť závažného útoku na lidskou důstojnost.</li>"
                    "<li>Souhlas ohrožené osoby nepotřebujete; vykázat lze i nepřítomnou osobu.</li>"
                    "<li>Vymezte prostor: společné obydlí a jeho bezprostřední okolí (např. 100 m). Vlastnictví ani nájem nerozhoduje.</li>"
                    "<li>Vykázání ústně oznamte a oběma osobám předejte proti podpisu <strong>potvrzení o vykázání</strong>.</li>"
                    "<li>Převezměte <strong>všechny klíče</strong>; vykázaná osoba si smí vzít osobní věci, cennosti a doklady.</li>"
                    "<li>Poučte o námitce: ústně na místě nebo písemně do 3 dnů, bez odkladného účinku.</li>"
                    "<li>Upozorněte ohroženou osobu, že vykázanou osobu nesmí pustit dovnitř a že se jí ozve intervenční centrum.</li></ul>"
                    "<h2>Po zásahu</h2>"
                    "<ul><li>Do <strong>24 hodin</strong> od vstupu do obydlí zašlete opis úředního záznamu intervenčnímu "
                    "centru a soudu příslušnému pro předběžné opatření.</li>"
                    "<li>Žije-li v obydlí nezletilé dítě, zašlete záznam také <strong>OSPOD</strong>.</li>"
                    "<li>Do <strong>3 dnů</strong> zkontrolujte dodržování vykázání; kontrolu je vhodné opakovat.</li>"
                    "<li>Nezbytné věci si vykázaná osoba smí vyzvednout jednou, a to v doprovodu policie.</li></ul>"
                    "<h2>Při porušení</h2>"
                    "<ul><li>Drobné porušení: přestupek.</li>"
                    "<li>Závažné nebo opakované maření vykázání či předběžného opatření: trestný čin podle § 337 odst. 2 "
                    "trestního zákoníku.</li>"
                    "<li>Myslete na to, že podáním návrhu na předběžné opatření se vykázání prodlužuje do právní moci rozhodnutí soudu.</li></ul>",
                ),
                (
                    "legal_reference",
                    {
                        "reference": "police-act-expulsion",
                        "note": "§ 44–47: vykázání, potvrzení, námitka, oznámení.",
                    },
                ),
                (
                    "legal_reference",
                    {"reference": "amendment-78-2025", "note": "14 dní od 1. 7. 2025."},
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
            "title": "Checklist for police officers: expulsion",
            "slug": "checklist-for-police-officers",
            "summary": "A short list of what to do during and after an expulsion, from assessing the grounds at the scene to checking compliance and dealing with breaches.",
            "body": [
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "Check the deadlines against the current Act",
                        "text": "<p>The 14-day duration applies from 1 July 2025. The 24-hour and 3-day deadlines come from "
                        "sources describing the rules before Act No. 78/2025 Coll.; we are checking whether they changed.</p>",
                    },
                ),
                (
                    "text",
                    "<h2>At the scene</h2>"
                    "<ul><li>Assess whether the facts, especially earlier attacks, justify expecting a dangerous attack on "
                    "life, health or freedom, or an especially serious attack on human dignity.</li>"
                    "<li>You do not need the endangered person's consent, and you can expel someone who is not present.</li>"
                    "<li>Define the area: the shared home and its immediate surroundings (e.g. 100 m). Ownership and tenancy are irrelevant.</li>"
                    "<li>Announce the expulsion orally and give both people a <strong>written confirmation</strong> to sign for.</li>"
                    "<li>Collect <strong>all keys</strong>; the expelled person may take personal items, valuables and documents.</li>"
                    "<li>Explain the objection: orally on the spot or in writing within 3 days, with no suspensive effect.</li>"
                    "<li>Tell the endangered person not to let the expelled person in and that the intervention centre will be in touch.</li></ul>"
                    "<h2>After the call-out</h2>"
                    "<ul><li>Within <strong>24 hours</strong> of entering the home, send a copy of the official record to the "
                    "intervention centre and to the court that deals with preliminary measures.</li>"
                    "<li>If a child lives in the home, send it to <strong>OSPOD</strong> as well.</li>"
                    "<li>Check compliance within <strong>3 days</strong>; repeat checks are advisable.</li>"
                    "<li>The expelled person may collect necessities once, accompanied by the police.</li></ul>"
                    "<h2>If the expulsion is breached</h2>"
                    "<ul><li>Minor breach: an offence.</li>"
                    "<li>Serious or repeated obstruction of an expulsion or preliminary measure: a crime under section 337(2) "
                    "of the Criminal Code.</li>"
                    "<li>Remember that a motion for a preliminary measure extends the expulsion until the court's decision is final.</li></ul>",
                ),
                (
                    "legal_reference",
                    {
                        "reference": "police-act-expulsion",
                        "note": "Sections 44–47: expulsion, confirmation, objection, notification.",
                    },
                ),
                (
                    "legal_reference",
                    {"reference": "amendment-78-2025", "note": "14 days from 1 July 2025."},
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
    # ------------------------------------------------------------------
    # 11. Checklist for OSPOD workers (guidance, professionals only)
    # ------------------------------------------------------------------
    {
        "key": "p-checklist-ospod",
        "type": "guidance",
        "section": "professionals",
        "visibility": "professionals",
        "status": "live",
        "reviewed": "2025-10-08",
        "needs_review": True,
        "topics": ["children", "expulsion", "cooperation", "preliminary-measure"],
        "audiences": ["ospod", "social-work"],
        "regions": ["cz", "praha"],
        "cs": {
            "title": "Kontrolní seznam pro pracovníky OSPOD",
            "slug": "kontrolni-seznam-pro-ospod",
            "summary": "Co má pracovník nebo pracovnice OSPOD vědět a udělat, když dostane od policie záznam o vykázání z domácnosti, kde žije nezletilé dítě.",
            "body": [
                (
                    "text",
                    "<h2>Když přijde úřední záznam</h2>"
                    "<ul><li>Policie zasílá OSPOD opis úředního záznamu o vykázání, pokud ve společném obydlí žije nezletilé "
                    "dítě. Podle zdrojů k úpravě před novelou tak činí do 24 hodin od vstupu do obydlí.</li>"
                    "<li>Stejný záznam dostává intervenční centrum a soud příslušný pro předběžné opatření. Domluvte se "
                    "s intervenčním centrem, abyste rodinu neoslovovali každý jinak.</li>"
                    "<li>Pamatujte, že vykázání trvá od 1. 7. 2025 <strong>14 dní</strong> a ohrožená osoba nesmí vykázanou "
                    "osobu pustit domů, ani kvůli hlídání dětí.</li></ul>"
                    "<h2>Ochrana dítěte</h2>"
                    "<ul><li>Předběžné opatření může dítě chránit i po skončení vykázání. Nezletilý starší 16 let může "
                    "návrh podat sám.</li>"
                    "<li>Pokud rodič s dětmi z domova odchází, má OSPOD informovat; připomeňte to i ohrožené osobě.</li>"
                    "<li>Intervenční centrum Praha nabízí terapii pro děti. Klienty přijímá od 16 let, mladší "
                    "v doprovodu zákonného zástupce.</li>"
                    "<li>Dětem a studentům do 25 let včetně můžete doporučit Linku bezpečí 116 111 (zdarma, nonstop).</li></ul>"
                    "<h2>Spolupráce v Praze</h2>"
                    "<p>Intervenční centrum Praha koordinuje spolupráci policie, OSPOD a dalších institucí a pořádá setkání "
                    "interdisciplinárních týmů. Účast na nich usnadňuje řešení konkrétních případů.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "Lhůtu 24 hodin ověřte",
                        "text": "<p>Zda novela č. 78/2025 Sb. změnila lhůtu pro zaslání záznamu, zatím ověřujeme. "
                        "Před použitím ji porovnejte s aktuálním zněním zákona.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Může se vykázaný rodič vrátit, aby pohlídal děti?",
                        "answer": "<p>Ne. Vykázaná osoba nesmí do vymezeného prostoru vstoupit ani kvůli dětem. V jednom "
                        "zdokumentovaném případě se vykázaný muž vrátil „hlídat děti“ a policie ho odvedla. "
                        "Závažné nebo opakované porušení vykázání je trestným činem.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "police-act-expulsion",
                        "note": "Zaslání úředního záznamu OSPOD, žije-li v obydlí nezletilý.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "zrs-preliminary-measure",
                        "note": "Předběžné opatření a návrh podaný nezletilým starším 16 let.",
                    },
                ),
                ("contact", {"service": "ic-praha"}),
                ("contact", {"service": "linka-bezpeci"}),
            ],
        },
        "en": {
            "title": "Checklist for OSPOD workers",
            "slug": "checklist-for-ospod-workers",
            "summary": "What child-protection (OSPOD) workers need to know and do when the police send them the record of an expulsion from a home where a child lives.",
            "body": [
                (
                    "text",
                    "<h2>When the official record arrives</h2>"
                    "<ul><li>The police send OSPOD a copy of the official record when a child lives in the shared home. Sources "
                    "describing the pre-amendment rules put this at within 24 hours of entering the home.</li>"
                    "<li>The intervention centre and the court that deals with preliminary measures get the same record. "
                    "Coordinate with the intervention centre so the family is not approached in conflicting ways.</li>"
                    "<li>Since 1 July 2025 the expulsion lasts <strong>14 days</strong>, and the endangered person must not let "
                    "the expelled person back in – not even to look after the children.</li></ul>"
                    "<h2>Protecting the child</h2>"
                    "<ul><li>A preliminary measure can protect the child after the expulsion ends. A minor over 16 can file "
                    "the motion themselves.</li>"
                    "<li>A parent leaving home with the children should inform OSPOD; remind the endangered person of this.</li>"
                    "<li>The Prague Intervention Centre offers therapy for children. It takes clients from 16, younger ones with a legal guardian.</li>"
                    "<li>Children, and students up to and including 25, can call Linka bezpečí on 116 111 (free, nonstop).</li></ul>"
                    "<h2>Cooperation in Prague</h2>"
                    "<p>The Prague Intervention Centre coordinates the police, OSPOD and other agencies and runs interdisciplinary "
                    "team meetings, which make individual cases easier to handle.</p>",
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "Check the 24-hour deadline",
                        "text": "<p>We are still checking whether Act No. 78/2025 Coll. changed the deadline for sending the record. "
                        "Compare it with the current text of the Act before relying on it.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Can an expelled parent come back to look after the children?",
                        "answer": "<p>No. The expelled person must stay out of the area, children or not. In one documented "
                        "case an expelled man came back to ‘babysit’ and the police removed him. Serious or repeated "
                        "breaches of an expulsion are a crime.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "police-act-expulsion",
                        "note": "Sending the record to OSPOD when a minor lives in the home.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "zrs-preliminary-measure",
                        "note": "Preliminary measures, including motions by minors over 16.",
                    },
                ),
                ("contact", {"service": "ic-praha"}),
                ("contact", {"service": "linka-bezpeci"}),
            ],
        },
    },
    # ------------------------------------------------------------------
    # 12. Checklist for court staff (guidance, professionals only)
    # ------------------------------------------------------------------
    {
        "key": "p-checklist-court",
        "type": "guidance",
        "section": "professionals",
        "visibility": "professionals",
        "status": "live",
        "reviewed": "2025-10-21",
        "needs_review": True,
        "topics": ["preliminary-measure", "expulsion", "cooperation"],
        "audiences": ["court"],
        "regions": ["cz"],
        "cs": {
            "title": "Kontrolní seznam pro soudy: vykázání a předběžné opatření",
            "slug": "kontrolni-seznam-pro-soudy",
            "summary": "Přehled pro soudce, asistenty a kancelář soudu: co soud dostává od policie, jak rychle rozhoduje o návrhu na předběžné opatření a co platí pro jeho trvání, prodloužení a výkon.",
            "body": [
                (
                    "text",
                    "<h2>Vstupy</h2>"
                    "<ul><li>Po vykázání zasílá policie soudu příslušnému pro předběžné opatření opis úředního záznamu, "
                    "podle zdrojů k úpravě před novelou do 24 hodin od vstupu do obydlí.</li>"
                    "<li>Předběžné opatření se vydává <strong>jen na návrh</strong>. Příslušný je obecný soud navrhovatele.</li>"
                    "<li>Návrh může podat i nezletilý starší 16 let.</li>"
                    "<li>Návrh musí popisovat násilí, které činí společné soužití nesnesitelným, nebo nežádoucí sledování či obtěžování.</li></ul>"
                    "<h2>Rozhodnutí</h2>"
                    "<ul><li>Soud rozhoduje <strong>do 48 hodin, bez jednání</strong>.</li>"
                    "<li>Lze uložit: opustit společné obydlí a jeho okolí nebo do něj nevstupovat, nepřibližovat se "
                    "k navrhovateli, nesetkávat se s ním a zdržet se nežádoucího sledování a obtěžování.</li>"
                    "<li>Opatření je vykonatelné vydáním a trvá jeden měsíc.</li></ul>"
                    "<h2>Souvislost s vykázáním</h2>"
                    "<ul><li>Návrh podaný během vykázání prodlužuje vykázání do právní moci rozhodnutí o návrhu.</li>"
                    "<li>Vykázání trvá od 1. 7. 2025 14 dní (dříve 10).</li></ul>"
                    "<h2>Prodloužení a výkon</h2>"
                    "<ul><li>Návrh na prodloužení podaný před uplynutím doby trvání drží opatření v platnosti do rozhodnutí soudu.</li>"
                    "<li>Výkon: soud za součinnosti policie osobu z obydlí vykáže a odebere jí klíče (§ 493).</li>"
                    "<li>Závažné nebo opakované maření předběžného opatření je trestným činem podle § 337 odst. 2 trestního zákoníku.</li></ul>",
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "K ověření",
                        "text": "<p>Lhůty 24 a 48 hodin pocházejí ze zdrojů starších než novela č. 78/2025 Sb. Často uváděnou "
                        "šestiměsíční maximální dobu trvání předběžného opatření jsme v konzultovaných zdrojích nenašli. "
                        "Obojí ověřte v aktuálním znění zákona.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "zrs-preliminary-measure",
                        "note": "§ 400–414: návrh, rozhodnutí, trvání, prodloužení.",
                    },
                ),
                (
                    "legal_reference",
                    {"reference": "zrs-enforcement-493", "note": "Výkon předběžného opatření."},
                ),
                (
                    "legal_reference",
                    {
                        "reference": "police-act-expulsion",
                        "note": "Zaslání úředního záznamu soudu.",
                    },
                ),
                ("contact", {"service": "ic-praha"}),
            ],
        },
        "en": {
            "title": "Checklist for court staff: expulsion and preliminary measures",
            "slug": "checklist-for-court-staff",
            "summary": "An overview for judges, judicial assistants and court registries: what the court receives from the police, how fast it decides on a motion for a preliminary measure, and the rules on duration, extension and enforcement.",
            "body": [
                (
                    "text",
                    "<h2>Inputs</h2>"
                    "<ul><li>After an expulsion the police send a copy of the official record to the court that deals with "
                    "preliminary measures – within 24 hours of entering the home, according to sources on the pre-amendment rules.</li>"
                    "<li>A preliminary measure is issued <strong>only on a motion</strong>, to the applicant's own local court.</li>"
                    "<li>A minor over 16 may file the motion.</li>"
                    "<li>The motion must describe violence that makes living together unbearable, or unwanted following or harassment.</li></ul>"
                    "<h2>Decision</h2>"
                    "<ul><li>The court decides <strong>within 48 hours, without a hearing</strong>.</li>"
                    "<li>It may order the person to leave or not enter the shared home and its surroundings, keep away from "
                    "the applicant, not meet them, and stop unwanted following and harassment.</li>"
                    "<li>The measure is enforceable once issued and lasts one month.</li></ul>"
                    "<h2>Link with the expulsion</h2>"
                    "<ul><li>A motion filed during the expulsion extends it until the decision on the motion becomes final.</li>"
                    "<li>Since 1 July 2025 an expulsion lasts 14 days (previously 10).</li></ul>"
                    "<h2>Extension and enforcement</h2>"
                    "<ul><li>A motion to extend filed before the measure expires keeps it in force until the court decides.</li>"
                    "<li>Enforcement: the court, with the police, removes the person from the home and takes their keys (section 493).</li>"
                    "<li>Serious or repeated obstruction of a preliminary measure is a crime under section 337(2) of the Criminal Code.</li></ul>",
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "To be verified",
                        "text": "<p>The 24- and 48-hour deadlines come from sources that predate Act No. 78/2025 Coll. The often-cited "
                        "six-month maximum for a preliminary measure was not found in the sources we consulted. Check both against "
                        "the current Act.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "zrs-preliminary-measure",
                        "note": "Sections 400–414: motion, decision, duration, extension.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "zrs-enforcement-493",
                        "note": "Enforcing the preliminary measure.",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "police-act-expulsion",
                        "note": "Sending the official record to the court.",
                    },
                ),
                ("contact", {"service": "ic-praha"}),
            ],
        },
    },
    # ------------------------------------------------------------------
    # 13. Drafting a motion with the IC's help (guidance)
    # ------------------------------------------------------------------
    {
        "key": "p-motion-drafting",
        "type": "guidance",
        "section": "procedures",
        "visibility": "public",
        "status": "live",
        "reviewed": "2025-11-04",
        "needs_review": False,
        "topics": ["preliminary-measure", "intervention-centre"],
        "audiences": ["endangered-person", "social-work", "ngo"],
        "regions": ["cz", "praha"],
        "cs": {
            "title": "Jak sepsat návrh na předběžné opatření s pomocí intervenčního centra",
            "slug": "navrh-na-predbezne-opatreni-s-pomoci-ic",
            "summary": "Návrh na předběžné opatření nemusíte psát sami. Intervenční centrum vám pomůže popsat, co se stalo, a podat návrh včas – ideálně ještě během vykázání.",
            "body": [
                (
                    "text",
                    "<h2>Proč podat návrh během vykázání</h2>"
                    "<p>Vykázání trvá 14 dní. Podáte-li návrh na předběžné opatření v této době, vykázání se prodlouží až "
                    "do právní moci rozhodnutí soudu. Mezi vykázáním a soudní ochranou tak nevznikne mezera. Soud o návrhu "
                    "rozhoduje rychle a bez jednání.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Domluvte si schůzku v intervenčním centru",
                            "text": "<p>Po vykázání se vám intervenční centrum ozve samo. Můžete se ale obrátit i přímo na ně. "
                            "Pomoc je zdarma a pražské centrum přijímá klienty od 16 let.</p>",
                        },
                        {
                            "title": "Popište, co se stalo",
                            "text": "<p>Návrh musí popsat násilí, kvůli kterému je společné soužití nesnesitelné, nebo nežádoucí "
                            "sledování či obtěžování. Co nejkonkrétněji uveďte, kdy a jak k útokům docházelo.</p>",
                        },
                        {
                            "title": "Řekněte, co od soudu potřebujete",
                            "text": "<p>Soud může násilné osobě uložit, aby opustila společné obydlí nebo do něj nevstupovala, "
                            "nepřibližovala se k vám, nesetkávala se s vámi a přestala vás sledovat a obtěžovat.</p>",
                        },
                        {
                            "title": "Podejte návrh u správného soudu",
                            "text": "<p>Návrh patří k vašemu obecnému soudu, ne k soudu násilné osoby. Nezletilý starší 16 let "
                            "může návrh podat sám.</p>",
                        },
                        {
                            "title": "Pohlídejte si konec opatření",
                            "text": "<p>Předběžné opatření trvá jeden měsíc. Potřebujete-li ochranu déle, podejte s pomocí "
                            "intervenčního centra včas návrh na prodloužení.</p>",
                        },
                    ],
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "Nezůstávejte na to sami",
                        "text": "<p>Intervenční centra pomáhají s návrhy na předběžné opatření běžně. Pomohou vám také "
                        "s dalšími sociálně-právními otázkami a nabídnou psychologickou podporu.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Musí být násilná osoba vykázaná, abych mohla návrh podat?",
                        "answer": "<p>Ne. Návrh můžete podat i bez předchozího vykázání. Pokud ale vykázání právě trvá, "
                        "podejte návrh ještě během něj – vykázání se tím prodlouží.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "zrs-preliminary-measure",
                        "note": "Náležitosti návrhu a obsah předběžného opatření.",
                    },
                ),
                ("contact", {"service": "ic-praha"}),
            ],
        },
        "en": {
            "title": "Drafting a motion for a preliminary measure with the intervention centre",
            "slug": "drafting-a-preliminary-measure-motion",
            "summary": "You do not have to write the motion on your own. The intervention centre will help you describe what happened and file it in time, ideally while the expulsion is still running.",
            "body": [
                (
                    "text",
                    "<h2>Why file during the expulsion</h2>"
                    "<p>An expulsion lasts 14 days. If you file a motion for a preliminary measure within that time, the "
                    "expulsion is extended until the court's decision becomes final, so there is no gap between the police "
                    "measure and the court's protection. The court decides quickly and without a hearing.</p>",
                ),
                (
                    "steps",
                    [
                        {
                            "title": "Arrange to see the intervention centre",
                            "text": "<p>After an expulsion the centre will contact you, but you can also get in touch yourself. "
                            "Help is free, and the Prague centre works with clients aged 16 and over.</p>",
                        },
                        {
                            "title": "Describe what happened",
                            "text": "<p>The motion must describe violence that makes living together unbearable, or unwanted "
                            "following or harassment. Be as specific as you can about when and how the attacks happened.</p>",
                        },
                        {
                            "title": "Say what you need from the court",
                            "text": "<p>The court can order the violent person to leave or stay out of the shared home, keep "
                            "away from you, not meet you, and stop following and harassing you.</p>",
                        },
                        {
                            "title": "File it with the right court",
                            "text": "<p>The motion goes to your own local court, not the violent person's. A minor over 16 "
                            "can file it themselves.</p>",
                        },
                        {
                            "title": "Keep track of the end date",
                            "text": "<p>A preliminary measure lasts one month. If you need protection for longer, file a motion "
                            "to extend it in good time, again with the centre's help.</p>",
                        },
                    ],
                ),
                (
                    "callout",
                    {
                        "tone": "info",
                        "title": "You do not have to do this alone",
                        "text": "<p>Helping with these motions is routine work for intervention centres. They can also help "
                        "with other social and legal questions and offer psychological support.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Does the violent person have to be expelled before I can file?",
                        "answer": "<p>No, you can file without an expulsion. But if an expulsion is running, file while it "
                        "lasts – that extends it.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {
                        "reference": "zrs-preliminary-measure",
                        "note": "What the motion must contain and what the court can order.",
                    },
                ),
                ("contact", {"service": "ic-praha"}),
            ],
        },
    },
    # ------------------------------------------------------------------
    # 14. Working notes on the 2025 amendment (guidance, DRAFT, Czech only)
    # ------------------------------------------------------------------
    {
        "key": "p-amendment-2025-notes",
        "type": "guidance",
        "section": "professionals",
        "visibility": "professionals",
        "status": "draft",
        "reviewed": "2025-07-15",
        "needs_review": True,
        "topics": ["expulsion", "preliminary-measure", "cooperation"],
        "audiences": ["police", "social-work", "ospod", "court", "ngo"],
        "regions": ["cz"],
        "cs": {
            "title": "Novela č. 78/2025 Sb.: co se mění ve vykázání (pracovní verze)",
            "slug": "novela-2025-pracovni-poznamky",
            "summary": "Pracovní poznámky k novele účinné od 1. července 2025: co je jisté, co zatím ověřujeme a které metodiky a letáky je potřeba aktualizovat.",
            "body": [
                (
                    "text",
                    "<h2>Co víme jistě</h2>"
                    "<ul><li>Novela č. 78/2025 Sb. nabyla účinnosti <strong>1. července 2025</strong>.</li>"
                    "<li>Vykázání se prodloužilo z 10 na <strong>14 dní</strong>.</li>"
                    "<li>Do občanského zákoníku (§ 3021) přibyla zákonná definice domácího násilí.</li></ul>"
                    "<h2>Co ověřujeme</h2>"
                    "<ul><li>Zda se změnila lhůta 24 hodin pro zaslání úředního záznamu intervenčnímu centru, soudu a OSPOD.</li>"
                    "<li>Zda se změnila lhůta 48 hodin, do které intervenční centrum nabízí pomoc ohrožené osobě.</li>"
                    "<li>Zda se změnily třídenní lhůty pro kontrolu dodržování vykázání a pro písemnou námitku.</li>"
                    "<li>Zda platí často uváděná šestiměsíční maximální doba předběžného opatření.</li></ul>"
                    "<h2>Co aktualizovat</h2>"
                    "<p>Většina dostupných příruček, letáků a metodik popisuje desetidenní vykázání. Před zveřejněním "
                    "projděte všechny texty, které uvádějí 10 dní, a sjednoťte je na 14 dní.</p>"
                    "<h2>Dopady pro praxi</h2>"
                    "<ul><li>Ohrožená osoba má na podání návrhu na předběžné opatření během vykázání o čtyři dny více.</li>"
                    "<li>Statistiky za období po 1. 7. 2025 nebude možné bez komentáře srovnávat se staršími roky.</li>"
                    "<li>Informační materiály pro ohrožené osoby a poučení, která dostávají, je třeba zkontrolovat "
                    "s ohledem na novou délku vykázání.</li></ul>",
                ),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "Pracovní verze – nezveřejňovat",
                        "text": "<p>Stránka čeká na porovnání s konsolidovaným zněním zákona o policii a zákona o zvláštních "
                        "řízeních soudních.</p>",
                    },
                ),
                (
                    "faq",
                    {
                        "question": "Mění novela roli intervenčního centra?",
                        "answer": "<p>Povinnost intervenčního centra nabídnout ohrožené osobě pomoc po obdržení úředního "
                        "záznamu trvá. Zda se změnila lhůta, ve které to musí udělat, zatím ověřujeme. Novou definici "
                        "domácího násilí v § 3021 občanského zákoníku budeme citovat až po porovnání s konsolidovaným zněním.</p>",
                    },
                ),
                (
                    "legal_reference",
                    {"reference": "amendment-78-2025", "note": "Novela účinná od 1. 7. 2025."},
                ),
                (
                    "legal_reference",
                    {"reference": "civil-code-3021", "note": "Nová definice domácího násilí."},
                ),
                (
                    "legal_reference",
                    {
                        "reference": "police-act-expulsion",
                        "note": "Ustanovení o vykázání, jichž se novela týká.",
                    },
                ),
            ],
        },
        "en": None,
    },
]
