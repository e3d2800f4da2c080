"""Organisations and services for the follow-up services directory (demo content).

Facts, phone numbers, e-mails and addresses come only from the project's fact sheet
(``/work/shared/reference/dv-facts-cz.md``, section 5) and from the Intervention
Centre's "About" text (© 2017). Nothing has been added that the sources do not state:
where a fact is missing the field is left empty, ``schedule`` is ``[]`` where the
hours are unknown, and ``free`` is ``True`` only where a source says the service is
free. Web addresses are used only for domains named in the sources.

``needs_verification`` is ``True`` where the fact sheet marks the contact as
unverified: the Intervention Centre Prague (address and phones come from the 2017
text) and the old DONA line number.

The emergency numbers 112, 150, 155, 156 and 158 are free and answered nonstop.
"""

ORGANIZATIONS = [
    {
        "key": "cssp",
        "name": "Centrum sociálních služeb Praha",
        "url": "https://www.csspraha.cz",
        "email": "",
        "cs": {
            "description": (
                "Centrum sociálních služeb Praha je příspěvková organizace zřízená hlavním "
                "městem Prahou. Od 1. ledna 2007 je jeho součástí Intervenční centrum Praha."
            ),
        },
        "en": {
            "description": (
                "Centrum sociálních služeb Praha (Prague Social Services Centre) is a public "
                "body founded by the City of Prague. Since 1 January 2007 the Intervention "
                "Centre Prague has been one of its units."
            ),
        },
    },
    {
        "key": "policie-cr",
        "name": "Policie České republiky",
        "url": "https://www.policie.cz",
        "email": "",
        "cs": {
            "description": (
                "Policie České republiky může násilnou osobu vykázat ze společného obydlí. "
                "O vykázání rozhoduje policista přímo na místě a policie pak kontroluje, "
                "zda ho vykázaná osoba dodržuje."
            ),
        },
        "en": {
            "description": (
                "The Police of the Czech Republic can expel a violent person from the shared "
                "home. The officer on the spot decides on the expulsion, and the police then "
                "check that the expelled person complies with it."
            ),
        },
    },
    {
        "key": "mestska-policie-praha",
        "name": "Městská policie hlavního města Prahy",
        "url": "",
        "email": "",
        "cs": {
            "description": (
                "Městská policie hlavního města Prahy je obecní policie zřízená hlavním městem "
                "Prahou. Tísňová volání přijímá na lince 156."
            ),
        },
        "en": {
            "description": (
                "The Prague Municipal Police is the city's own police force, set up by the "
                "City of Prague. It takes emergency calls on 156."
            ),
        },
    },
    {
        "key": "zzs",
        "name": "Zdravotnická záchranná služba",
        "url": "",
        "email": "",
        "cs": {
            "description": (
                "Zdravotnická záchranná služba poskytuje neodkladnou péči lidem, kteří jsou "
                "zranění nebo jejichž zdraví či život je ohrožen. Přivoláte ji na lince 155."
            ),
        },
        "en": {
            "description": (
                "The emergency medical service provides urgent care to people who are injured "
                "or whose health or life is at risk. You can reach it on 155."
            ),
        },
    },
    {
        "key": "hzs",
        "name": "Hasičský záchranný sbor České republiky",
        "url": "",
        "email": "",
        "cs": {
            "description": (
                "Hasičský záchranný sbor zasahuje u požárů a dalších mimořádných událostí. "
                "Přivoláte ho na lince 150."
            ),
        },
        "en": {
            "description": (
                "The Fire and Rescue Service responds to fires and other emergencies. "
                "You can reach it on 150."
            ),
        },
    },
    {
        "key": "izs",
        "name": "Integrovaný záchranný systém",
        "url": "",
        "email": "",
        "cs": {
            "description": (
                "Integrovaný záchranný systém propojuje policii, hasiče a zdravotnickou "
                "záchrannou službu. Jeho součástí je jednotné evropské číslo tísňového "
                "volání 112."
            ),
        },
        "en": {
            "description": (
                "The Integrated Rescue System links the police, the fire service and the "
                "emergency medical service. It runs the single European emergency number 112."
            ),
        },
    },
    {
        "key": "bkb",
        "name": "Bílý kruh bezpečí, z. s.",
        "url": "https://www.bkb.cz",
        "email": "",
        "cs": {
            "description": (
                "Bílý kruh bezpečí pomáhá obětem a svědkům trestných činů. Provozuje "
                "bezplatnou linku 116 006 a zveřejňuje přehledy o počtu vykázání, které "
                "sestavuje Asociace pracovníků intervenčních center."
            ),
        },
        "en": {
            "description": (
                "Bílý kruh bezpečí (White Circle of Safety) helps victims and witnesses of "
                "crime. It runs the free 116 006 line and publishes the expulsion figures "
                "compiled by the Association of Intervention Centre Workers."
            ),
        },
    },
    {
        "key": "rosa",
        "name": "ROSA – centrum pro týrané a osamělé ženy",
        "url": "https://www.rosacentrum.cz",
        "email": "",
        "cs": {
            "description": (
                "ROSA pomáhá ženám ohroženým domácím násilím a jejich dětem. Provozuje "
                "bezplatnou nonstop linku pro ženy a azylový dům s utajenou adresou."
            ),
        },
        "en": {
            "description": (
                "ROSA helps women at risk of domestic violence and their children. It runs a "
                "free 24/7 line for women and a shelter at a secret address."
            ),
        },
    },
    {
        "key": "acorus",
        "name": "Acorus",
        "url": "https://www.acorus.cz",
        "email": "",
        "cs": {
            "description": (
                "Acorus pomáhá lidem ohroženým domácím násilím. Provozuje nonstop "
                "telefonickou linku a azylový dům s utajenou adresou pro ženy a jejich děti."
            ),
        },
        "en": {
            "description": (
                "Acorus helps people at risk of domestic violence. It runs a 24/7 phone line "
                "and a shelter at a secret address for women and their children."
            ),
        },
    },
    {
        "key": "profem",
        "name": "proFem – centrum pro oběti domácího a sexuálního násilí",
        "url": "https://www.profem.cz",
        "email": "poradna@profem.cz",
        "cs": {
            "description": (
                "proFem pomáhá obětem domácího a sexuálního násilí. Provozuje poradenskou "
                "linku a od ledna 2024 také centrum PORT pro oběti sexuálního násilí v Praze 6."
            ),
        },
        "en": {
            "description": (
                "proFem helps victims of domestic and sexual violence. It runs a counselling "
                "line and, since January 2024, the PORT centre for victims of sexual violence "
                "in Prague 6."
            ),
        },
    },
    {
        "key": "linka-bezpeci",
        "name": "Linka bezpečí",
        "url": "",
        "email": "",
        "cs": {
            "description": (
                "Linka bezpečí provozuje bezplatnou nonstop telefonickou linku 116 111 pro "
                "děti a pro studenty do 25 let."
            ),
        },
        "en": {
            "description": (
                "Linka bezpečí runs 116 111, a free 24/7 phone line for children and for "
                "students up to the age of 25."
            ),
        },
    },
    {
        "key": "mestske-casti-praha",
        "name": "Úřady městských částí Praha 1–22",
        "url": "",
        "email": "",
        "cs": {
            "description": (
                "Při úřadech městských částí Praha 1 až Praha 22 působí orgány "
                "sociálně-právní ochrany dětí (OSPOD). Obrátíte se na ten, v jehož obvodu "
                "dítě žije."
            ),
        },
        "en": {
            "description": (
                "The child-protection authorities (OSPOD) in Prague sit within the district "
                "offices of Prague 1 to Prague 22. Contact the one for the district where the "
                "child lives."
            ),
        },
    },
    {
        "key": "msp",
        "name": "Ministerstvo spravedlnosti České republiky",
        "url": "https://www.justice.cz",
        "email": "",
        "cs": {
            "description": (
                "Ministerstvo spravedlnosti rozhoduje o peněžité pomoci, kterou stát "
                "poskytuje obětem trestných činů podle zákona o obětech trestných činů."
            ),
        },
        "en": {
            "description": (
                "The Ministry of Justice decides on the financial assistance the state gives "
                "to victims of crime under the Victims of Crime Act."
            ),
        },
    },
]

SERVICES = [
    # ------------------------------------------------------------------
    # Intervention centre
    # ------------------------------------------------------------------
    {
        "key": "ic-praha",
        "organization": "cssp",
        "category": "intervention-centre",
        "cs": {
            "name": "Intervenční centrum Praha",
            "description": (
                "Intervenční centrum pomáhá lidem ohroženým domácím násilím, především po "
                "vykázání násilné osoby ze společného obydlí, ale i tehdy, když k vykázání "
                "nedošlo. Po vykázání mu policie pošle úřední záznam a centrum se pak samo "
                "ozve ohrožené osobě a nabídne jí pomoc. Poskytuje hlavně ambulantně "
                "sociálně-právní a právní poradenství, psychologickou podporu a terapii pro "
                "děti a pomáhá sepsat návrh na vydání předběžného opatření. Zároveň v Praze "
                "koordinuje spolupráci policie, OSPOD a dalších institucí."
            ),
            "eligibility": (
                "Lidé od 16 let ohrožení domácím násilím, po vykázání i bez něj; děti "
                "mladší 16 let v doprovodu zákonného zástupce."
            ),
            "fees": "Zdarma",
        },
        "en": {
            "name": "Intervention Centre Prague",
            "description": (
                "The Intervention Centre helps people at risk of domestic violence, above all "
                "after the violent person has been expelled from the shared home, but also "
                "where there has been no expulsion. After an expulsion the police send it the "
                "official record, and the centre then contacts the endangered person to offer "
                "help. Working mainly with clients who come in person, it provides social and "
                "legal counselling, psychological support and therapy for children, and helps "
                "draft a motion for a preliminary measure. It also coordinates the police, "
                "OSPOD and other agencies in Prague."
            ),
            "eligibility": (
                "People aged 16 and over at risk of domestic violence, with or without an "
                "expulsion; children under 16 accompanied by a legal guardian."
            ),
            "fees": "Free",
        },
        "phones": [
            {
                "number": "281 911 883",
                "kind": "voice",
                "nonstop": False,
                "free": False,
                "cs": "Telefon",
                "en": "Phone",
            },
            {
                "number": "734 510 292",
                "kind": "voice",
                "nonstop": False,
                "free": False,
                "cs": "Mobilní telefon",
                "en": "Mobile phone",
            },
        ],
        "email": "icpraha@csspraha.cz",
        "url": "https://www.intervencnicentrum.cz",
        "location": {"address": "Chelčického 39", "city": "Praha 3 – Žižkov", "postal_code": ""},
        "schedule": [],
        "languages": ["cs"],
        "areas": ["praha"],
        "topics": [
            "intervention-centre",
            "expulsion",
            "preliminary-measure",
            "safety",
            "children",
            "cooperation",
        ],
        "audiences": ["endangered-person", "police", "ospod", "social-work", "court"],
        "min_age": 16,
        "max_age": None,
        "free": True,
        "last_verified": "2024-05-01",
        "needs_verification": True,
    },
    # ------------------------------------------------------------------
    # Emergency numbers
    # ------------------------------------------------------------------
    {
        "key": "police-158",
        "organization": "policie-cr",
        "category": "emergency",
        "cs": {
            "name": "Policie ČR – tísňová linka 158",
            "description": (
                "Pokud vám hrozí bezprostřední nebezpečí, volejte tísňovou linku policie 158; "
                "volání je zdarma. Policista na místě může násilnou osobu vykázat ze "
                "společného obydlí a jeho okolí i bez vašeho souhlasu. Od 1. července 2025 "
                "trvá vykázání 14 dní. Linku 158 volejte i tehdy, když se vykázaná osoba "
                "pokusí vrátit nebo vás kontaktovat."
            ),
            "eligibility": "Kdokoli, kdo je v ohrožení nebo potřebuje přivolat policii.",
            "fees": "Zdarma",
        },
        "en": {
            "name": "Police of the Czech Republic – emergency line 158",
            "description": (
                "If you are in immediate danger, call the police emergency line 158; the call "
                "is free. The officer on the spot can expel the violent person from the "
                "shared home and its surroundings, even without your consent. Since 1 July "
                "2025 an expulsion lasts 14 days. Call 158 as well if the expelled person "
                "tries to come back or to contact you."
            ),
            "eligibility": "Anyone who is in danger or needs the police.",
            "fees": "Free",
        },
        "phones": [
            {
                "number": "158",
                "kind": "emergency",
                "nonstop": True,
                "free": True,
                "cs": "Tísňová linka policie",
                "en": "Police emergency line",
            },
        ],
        "email": "",
        "url": "",
        "location": None,
        "schedule": "nonstop",
        "languages": ["cs"],
        "areas": ["cz"],
        "topics": ["expulsion", "safety", "criminal-law"],
        "audiences": ["endangered-person"],
        "min_age": None,
        "max_age": None,
        "free": True,
        "last_verified": "2025-09-15",
        "needs_verification": False,
    },
    {
        "key": "municipal-police-156",
        "organization": "mestska-policie-praha",
        "category": "emergency",
        "cs": {
            "name": "Městská policie – tísňová linka 156",
            "description": (
                "Tísňová linka městské policie 156 je zdarma; v Praze ji obsluhuje Městská "
                "policie hlavního města Prahy. O vykázání násilné osoby ze společného obydlí "
                "však rozhoduje Policie České republiky, proto při domácím násilí volejte "
                "především linku 158."
            ),
            "eligibility": "Kdokoli, kdo potřebuje přivolat městskou policii.",
            "fees": "Zdarma",
        },
        "en": {
            "name": "Municipal police – emergency line 156",
            "description": (
                "The municipal police emergency line 156 is free; in Prague it is answered by "
                "the Prague Municipal Police. Expelling a violent person from the shared home, "
                "however, is a decision for the Police of the Czech Republic, so in a domestic "
                "violence situation call 158 first."
            ),
            "eligibility": "Anyone who needs the municipal police.",
            "fees": "Free",
        },
        "phones": [
            {
                "number": "156",
                "kind": "emergency",
                "nonstop": True,
                "free": True,
                "cs": "Tísňová linka městské policie",
                "en": "Municipal police emergency line",
            },
        ],
        "email": "",
        "url": "",
        "location": None,
        "schedule": "nonstop",
        "languages": ["cs"],
        "areas": ["praha"],
        "topics": ["safety"],
        "audiences": ["endangered-person"],
        "min_age": None,
        "max_age": None,
        "free": True,
        "last_verified": "2025-09-15",
        "needs_verification": False,
    },
    {
        "key": "ambulance-155",
        "organization": "zzs",
        "category": "emergency",
        "cs": {
            "name": "Zdravotnická záchranná služba – linka 155",
            "description": (
                "Jste-li zranění nebo je ohrožen něčí život či zdraví, volejte zdravotnickou "
                "záchrannou službu na lince 155; volání je zdarma. Zdravotníci ošetří "
                "zranění, která vám násilná osoba způsobila."
            ),
            "eligibility": "Kdokoli, kdo potřebuje neodkladnou zdravotní pomoc.",
            "fees": "Zdarma",
        },
        "en": {
            "name": "Emergency medical service – line 155",
            "description": (
                "If you are injured or someone's life or health is at risk, call the "
                "emergency medical service on 155; the call is free. The paramedics will "
                "treat injuries caused by the violent person."
            ),
            "eligibility": "Anyone who needs urgent medical help.",
            "fees": "Free",
        },
        "phones": [
            {
                "number": "155",
                "kind": "emergency",
                "nonstop": True,
                "free": True,
                "cs": "Záchranná služba",
                "en": "Ambulance",
            },
        ],
        "email": "",
        "url": "",
        "location": None,
        "schedule": "nonstop",
        "languages": ["cs"],
        "areas": ["cz"],
        "topics": ["safety"],
        "audiences": ["endangered-person"],
        "min_age": None,
        "max_age": None,
        "free": True,
        "last_verified": "2025-09-15",
        "needs_verification": False,
    },
    {
        "key": "emergency-112",
        "organization": "izs",
        "category": "emergency",
        "cs": {
            "name": "Jednotné evropské číslo tísňového volání 112",
            "description": (
                "Číslo 112 je jednotné tísňové číslo platné v celé Evropské unii a volání "
                "na ně je zdarma. Operátor podle situace přivolá policii, záchrannou službu "
                "nebo hasiče."
            ),
            "eligibility": "Kdokoli v tísni.",
            "fees": "Zdarma",
        },
        "en": {
            "name": "Single European emergency number 112",
            "description": (
                "112 is the single emergency number used across the European Union, and the "
                "call is free. Depending on the situation, the operator will send the police, "
                "an ambulance or the fire service."
            ),
            "eligibility": "Anyone in an emergency.",
            "fees": "Free",
        },
        "phones": [
            {
                "number": "112",
                "kind": "emergency",
                "nonstop": True,
                "free": True,
                "cs": "Tísňové volání",
                "en": "Emergency call",
            },
        ],
        "email": "",
        "url": "",
        "location": None,
        "schedule": "nonstop",
        "languages": ["cs"],
        "areas": ["cz"],
        "topics": ["safety"],
        "audiences": ["endangered-person"],
        "min_age": None,
        "max_age": None,
        "free": True,
        "last_verified": "2025-09-15",
        "needs_verification": False,
    },
    {
        "key": "fire-150",
        "organization": "hzs",
        "category": "emergency",
        "cs": {
            "name": "Hasičský záchranný sbor – linka 150",
            "description": (
                "Tísňová linka hasičů 150 je zdarma. Volejte ji při požáru nebo jiné "
                "mimořádné události."
            ),
            "eligibility": "Kdokoli v tísni.",
            "fees": "Zdarma",
        },
        "en": {
            "name": "Fire and Rescue Service – line 150",
            "description": (
                "The fire service emergency line 150 is free. Call it in case of a fire or "
                "another emergency."
            ),
            "eligibility": "Anyone in an emergency.",
            "fees": "Free",
        },
        "phones": [
            {
                "number": "150",
                "kind": "emergency",
                "nonstop": True,
                "free": True,
                "cs": "Hasiči",
                "en": "Fire service",
            },
        ],
        "email": "",
        "url": "",
        "location": None,
        "schedule": "nonstop",
        "languages": ["cs"],
        "areas": ["cz"],
        "topics": ["safety"],
        "audiences": ["endangered-person"],
        "min_age": None,
        "max_age": None,
        "free": True,
        "last_verified": "2025-09-15",
        "needs_verification": False,
    },
    # ------------------------------------------------------------------
    # Bílý kruh bezpečí
    # ------------------------------------------------------------------
    {
        "key": "bkb-116006",
        "organization": "bkb",
        "category": "helpline",
        "cs": {
            "name": "Linka pomoci obětem 116 006",
            "description": (
                "Linka 116 006 Bílého kruhu bezpečí pomáhá obětem trestných činů a domácího "
                "násilí. Je bezplatná, funguje nonstop a můžete na ni volat anonymně. "
                "Provozuje se od 20. února 2015 a podle Bílého kruhu bezpečí na ni tehdy "
                "přešla DONA linka, která obětem domácího násilí pomáhala od roku 2001."
            ),
            "eligibility": "Oběti trestných činů a domácího násilí; volat lze anonymně.",
            "fees": "Zdarma",
        },
        "en": {
            "name": "Victim helpline 116 006",
            "description": (
                "Bílý kruh bezpečí's 116 006 line helps victims of crime and domestic "
                "violence. It is free, open 24/7 and you can call anonymously. It has been "
                "running since 20 February 2015; according to Bílý kruh bezpečí, the DONA "
                "line, which had helped victims of domestic violence since 2001, was merged "
                "into it at that time."
            ),
            "eligibility": "Victims of crime and domestic violence; calls can be anonymous.",
            "fees": "Free",
        },
        "phones": [
            {
                "number": "116 006",
                "kind": "helpline",
                "nonstop": True,
                "free": True,
                "cs": "Linka pomoci obětem",
                "en": "Victim helpline",
            },
        ],
        "email": "",
        "url": "https://www.116006.cz",
        "location": None,
        "schedule": "nonstop",
        "languages": ["cs"],
        "areas": ["cz"],
        "topics": ["victims-rights", "safety", "criminal-law"],
        "audiences": ["endangered-person"],
        "min_age": None,
        "max_age": None,
        "free": True,
        "last_verified": "2025-10-01",
        "needs_verification": False,
    },
    {
        "key": "bkb-nonstop",
        "organization": "bkb",
        "category": "helpline",
        "cs": {
            "name": "Nonstop linka Bílého kruhu bezpečí",
            "description": (
                "Na nonstop lince 257 317 110 pomáhá Bílý kruh bezpečí obětem i svědkům "
                "trestných činů. Jde o běžné pražské číslo, hovor se proto účtuje podle "
                "vašeho tarifu. Zdarma se můžete obrátit na linku 116 006."
            ),
            "eligibility": "Oběti a svědci trestných činů.",
            "fees": "Běžný tarif",
        },
        "en": {
            "name": "Bílý kruh bezpečí 24/7 line",
            "description": (
                "On its 24/7 line 257 317 110, Bílý kruh bezpečí helps victims and witnesses "
                "of crime. It is an ordinary Prague number, so the call is charged at your "
                "normal rate. For a free call, use the 116 006 line."
            ),
            "eligibility": "Victims and witnesses of crime.",
            "fees": "Normal call rate",
        },
        "phones": [
            {
                "number": "257 317 110",
                "kind": "helpline",
                "nonstop": True,
                "free": False,
                "cs": "Nonstop linka",
                "en": "24/7 line",
            },
        ],
        "email": "",
        "url": "https://www.bkb.cz",
        "location": None,
        "schedule": "nonstop",
        "languages": ["cs"],
        "areas": ["cz"],
        "topics": ["victims-rights", "criminal-law", "safety"],
        "audiences": ["endangered-person"],
        "min_age": None,
        "max_age": None,
        "free": False,
        "last_verified": "2025-10-01",
        "needs_verification": False,
    },
    {
        "key": "dona-line",
        "organization": "bkb",
        "category": "helpline",
        "cs": {
            "name": "DONA linka",
            "description": (
                "DONA linka pro oběti domácího násilí začala fungovat 11. září 2001. Podle "
                "Bílého kruhu bezpečí se v roce 2015 stala součástí bezplatné linky 116 006. "
                "Charita Hradec Králové stále uvádí nonstop číslo 251 511 313 (za běžný "
                "tarif), není ale ověřeno, zda dosud funguje – spolehlivější je volat "
                "na 116 006."
            ),
            "eligibility": "Oběti domácího násilí.",
            "fees": "Běžný tarif",
        },
        "en": {
            "name": "DONA line",
            "description": (
                "The DONA line for victims of domestic violence opened on 11 September 2001. "
                "According to Bílý kruh bezpečí, it became part of the free 116 006 line in "
                "2015. Charita Hradec Králové still lists the 24/7 number 251 511 313 (normal "
                "call rate), but whether it still works has not been verified, so 116 006 is "
                "the safer choice."
            ),
            "eligibility": "Victims of domestic violence.",
            "fees": "Normal call rate",
        },
        "phones": [
            {
                "number": "251 511 313",
                "kind": "helpline",
                "nonstop": True,
                "free": False,
                "cs": "DONA linka (neověřeno)",
                "en": "DONA line (unverified)",
            },
        ],
        "email": "",
        "url": "",
        "location": None,
        "schedule": "nonstop",
        "languages": ["cs"],
        "areas": ["cz"],
        "topics": ["safety", "victims-rights"],
        "audiences": ["endangered-person"],
        "min_age": None,
        "max_age": None,
        "free": False,
        "last_verified": "2024-05-01",
        "needs_verification": True,
    },
    # ------------------------------------------------------------------
    # ROSA
    # ------------------------------------------------------------------
    {
        "key": "rosa-helpline",
        "organization": "rosa",
        "category": "helpline",
        "cs": {
            "name": "Linka ROSA pro ženy",
            "description": (
                "ROSA provozuje bezplatnou telefonickou linku 800 60 50 80 pro ženy. "
                "Od 15. června 2022 funguje nonstop, 24 hodin denně a 7 dní v týdnu."
            ),
            "eligibility": "Ženy ohrožené domácím násilím.",
            "fees": "Zdarma",
        },
        "en": {
            "name": "ROSA line for women",
            "description": (
                "ROSA runs the free phone line 800 60 50 80 for women. Since 15 June 2022 it "
                "has been open 24 hours a day, 7 days a week."
            ),
            "eligibility": "Women at risk of domestic violence.",
            "fees": "Free",
        },
        "phones": [
            {
                "number": "800 60 50 80",
                "kind": "helpline",
                "nonstop": True,
                "free": True,
                "cs": "Bezplatná linka pro ženy",
                "en": "Free line for women",
            },
        ],
        "email": "",
        "url": "https://www.rosacentrum.cz",
        "location": None,
        "schedule": "nonstop",
        "languages": ["cs"],
        "areas": ["cz"],
        "topics": ["safety"],
        "audiences": ["endangered-person"],
        "min_age": None,
        "max_age": None,
        "free": True,
        "last_verified": "2025-10-01",
        "needs_verification": False,
    },
    {
        "key": "rosa-shelter",
        "organization": "rosa",
        "category": "shelter",
        "cs": {
            "name": "Azylový dům ROSA",
            "description": (
                "Azylový dům ROSA poskytuje bezpečné ubytování ženám a jejich dětem, které "
                "potřebují odejít z domova před domácím násilím. Adresa domu je utajená. "
                "Krizový pobyt v délce až 7 dnů je zdarma. S organizací ROSA se můžete "
                "spojit přes její bezplatnou nonstop linku pro ženy 800 60 50 80."
            ),
            "eligibility": "Ženy ohrožené domácím násilím a jejich děti.",
            "fees": "Krizový pobyt do 7 dnů zdarma",
        },
        "en": {
            "name": "ROSA shelter",
            "description": (
                "The ROSA shelter offers safe accommodation to women and their children who "
                "need to leave home because of domestic violence. The shelter's address is "
                "secret. A crisis stay of up to 7 days is free. You can reach ROSA through "
                "its free 24/7 line for women, 800 60 50 80."
            ),
            "eligibility": "Women at risk of domestic violence and their children.",
            "fees": "Crisis stays of up to 7 days are free",
        },
        "phones": [],
        "email": "",
        "url": "https://www.rosacentrum.cz",
        "location": None,
        "schedule": [],
        "languages": ["cs"],
        "areas": ["cz"],
        "topics": ["safety", "children"],
        "audiences": ["endangered-person", "social-work", "ngo"],
        "min_age": None,
        "max_age": None,
        "free": False,
        "last_verified": "2025-10-01",
        "needs_verification": False,
    },
    # ------------------------------------------------------------------
    # Acorus
    # ------------------------------------------------------------------
    {
        "key": "acorus-helpline",
        "organization": "acorus",
        "category": "helpline",
        "cs": {
            "name": "Nonstop linka Acorus",
            "description": (
                "Acorus provozuje nonstop telefonickou linku 283 892 772 pro lidi ohrožené "
                "domácím násilím. Jde o běžné pražské číslo, hovor se účtuje podle vašeho "
                "tarifu. Acorus upozorňuje, že vykázání platí bez ohledu na to, kdo byt nebo "
                "dům vlastní či má v nájmu."
            ),
            "eligibility": "Lidé ohrožení domácím násilím.",
            "fees": "Běžný tarif",
        },
        "en": {
            "name": "Acorus 24/7 line",
            "description": (
                "Acorus runs the 24/7 phone line 283 892 772 for people at risk of domestic "
                "violence. It is an ordinary Prague number, so the call is charged at your "
                "normal rate. Acorus points out that an expulsion applies regardless of who "
                "owns or rents the flat or house."
            ),
            "eligibility": "People at risk of domestic violence.",
            "fees": "Normal call rate",
        },
        "phones": [
            {
                "number": "283 892 772",
                "kind": "helpline",
                "nonstop": True,
                "free": False,
                "cs": "Nonstop linka",
                "en": "24/7 line",
            },
        ],
        "email": "",
        "url": "https://www.acorus.cz",
        "location": None,
        "schedule": "nonstop",
        "languages": ["cs"],
        "areas": ["cz"],
        "topics": ["safety", "expulsion"],
        "audiences": ["endangered-person"],
        "min_age": None,
        "max_age": None,
        "free": False,
        "last_verified": "2025-10-01",
        "needs_verification": False,
    },
    {
        "key": "acorus-shelter",
        "organization": "acorus",
        "category": "shelter",
        "cs": {
            "name": "Azylový dům Acorus",
            "description": (
                "Azylový dům Acorus poskytuje ubytování ženám, které odcházejí od domácího "
                "násilí, a to i s dětmi (nejvýše pěti). Adresa domu je utajená. S organizací "
                "Acorus se můžete spojit přes její nonstop linku 283 892 772."
            ),
            "eligibility": "Ženy ohrožené domácím násilím, případně s dětmi (nejvýše pět dětí).",
            "fees": "Cenu ověřte u poskytovatele",
        },
        "en": {
            "name": "Acorus shelter",
            "description": (
                "The Acorus shelter offers accommodation to women escaping domestic violence, "
                "including with their children (up to five). The shelter's address is secret. "
                "You can reach Acorus through its 24/7 line, 283 892 772."
            ),
            "eligibility": "Women at risk of domestic violence, with up to five children.",
            "fees": "Ask the provider about the cost",
        },
        "phones": [],
        "email": "",
        "url": "https://www.acorus.cz",
        "location": None,
        "schedule": [],
        "languages": ["cs"],
        "areas": ["cz"],
        "topics": ["safety", "children"],
        "audiences": ["endangered-person", "social-work", "ngo"],
        "min_age": None,
        "max_age": None,
        "free": False,
        "last_verified": "2025-10-01",
        "needs_verification": False,
    },
    # ------------------------------------------------------------------
    # proFem
    # ------------------------------------------------------------------
    {
        "key": "profem-counselling",
        "organization": "profem",
        "category": "counselling",
        "cs": {
            "name": "Poradna proFem",
            "description": (
                "Poradna proFem pomáhá obětem domácího a sexuálního násilí. Zavolat můžete "
                "na poradenskou linku 608 22 22 77 nebo napsat na poradna@profem.cz. "
                "Jde o běžné mobilní číslo, hovor se účtuje podle vašeho tarifu."
            ),
            "eligibility": "Oběti domácího a sexuálního násilí.",
            "fees": "Běžný tarif",
        },
        "en": {
            "name": "proFem counselling",
            "description": (
                "proFem's counselling service helps victims of domestic and sexual violence. "
                "You can call the counselling line 608 22 22 77 or write to "
                "poradna@profem.cz. It is an ordinary mobile number, so the call is charged "
                "at your normal rate."
            ),
            "eligibility": "Victims of domestic and sexual violence.",
            "fees": "Normal call rate",
        },
        "phones": [
            {
                "number": "608 22 22 77",
                "kind": "voice",
                "nonstop": False,
                "free": False,
                "cs": "Poradenská linka",
                "en": "Counselling line",
            },
        ],
        "email": "poradna@profem.cz",
        "url": "https://www.profem.cz",
        "location": None,
        "schedule": [],
        "languages": ["cs"],
        "areas": ["cz"],
        "topics": ["victims-rights", "safety", "criminal-law"],
        "audiences": ["endangered-person"],
        "min_age": None,
        "max_age": None,
        "free": False,
        "last_verified": "2025-10-01",
        "needs_verification": False,
    },
    {
        "key": "profem-port",
        "organization": "profem",
        "category": "counselling",
        "cs": {
            "name": "Centrum PORT",
            "description": (
                "Centrum PORT organizace proFem pomáhá obětem sexuálního násilí. Sídlí "
                "v Břevnovské ulici v Praze 6 a funguje od ledna 2024."
            ),
            "eligibility": "Oběti sexuálního násilí.",
            "fees": "Cenu ověřte u poskytovatele",
        },
        "en": {
            "name": "PORT centre",
            "description": (
                "proFem's PORT centre helps victims of sexual violence. It is based in "
                "Břevnovská Street in Prague 6 and opened in January 2024."
            ),
            "eligibility": "Victims of sexual violence.",
            "fees": "Ask the provider about the cost",
        },
        "phones": [],
        "email": "",
        "url": "https://www.profem.cz",
        "location": {"address": "Břevnovská 6", "city": "Praha 6", "postal_code": ""},
        "schedule": [],
        "languages": ["cs"],
        "areas": ["praha"],
        "topics": ["victims-rights", "criminal-law"],
        "audiences": ["endangered-person"],
        "min_age": None,
        "max_age": None,
        "free": False,
        "last_verified": "2025-10-01",
        "needs_verification": False,
    },
    # ------------------------------------------------------------------
    # Children
    # ------------------------------------------------------------------
    {
        "key": "linka-bezpeci",
        "organization": "linka-bezpeci",
        "category": "helpline",
        "cs": {
            "name": "Linka bezpečí 116 111",
            "description": (
                "Linka bezpečí je bezplatná nonstop telefonická linka pro děti. Obrátit se "
                "na ni mohou také studenti do 25 let včetně. Zavolat může i dítě, které "
                "doma zažívá násilí nebo je jeho svědkem."
            ),
            "eligibility": "Děti a studenti do 25 let včetně.",
            "fees": "Zdarma",
        },
        "en": {
            "name": "Linka bezpečí 116 111",
            "description": (
                "Linka bezpečí is a free 24/7 phone line for children. Students up to and "
                "including the age of 25 can call it too. Children who experience or witness "
                "violence at home can also call."
            ),
            "eligibility": "Children, and students up to and including the age of 25.",
            "fees": "Free",
        },
        "phones": [
            {
                "number": "116 111",
                "kind": "helpline",
                "nonstop": True,
                "free": True,
                "cs": "Linka bezpečí",
                "en": "Child helpline",
            },
        ],
        "email": "",
        "url": "",
        "location": None,
        "schedule": "nonstop",
        "languages": ["cs"],
        "areas": ["cz"],
        "topics": ["children", "safety"],
        "audiences": ["endangered-person"],
        "min_age": None,
        "max_age": 25,
        "free": True,
        "last_verified": "2025-10-01",
        "needs_verification": False,
    },
    {
        "key": "ospod-praha",
        "organization": "mestske-casti-praha",
        "category": "child-protection",
        "cs": {
            "name": "OSPOD v Praze",
            "description": (
                "Orgán sociálně-právní ochrany dětí (OSPOD) chrání práva a zájmy dětí. "
                "Pokud ve společném obydlí žije nezletilé dítě, policie o vykázání informuje "
                "i OSPOD. Jestliže odcházíte z domova s nezletilými dětmi, dejte o tom OSPOD "
                "vědět. V Praze působí OSPOD při úřadech městských částí Praha 1 až Praha 22."
            ),
            "eligibility": "Nezletilé děti a jejich rodiče či jiní pečující.",
            "fees": "Cenu ověřte u poskytovatele",
        },
        "en": {
            "name": "OSPOD (child-protection authority) in Prague",
            "description": (
                "The child-protection authority (OSPOD) protects children's rights and "
                "interests. If a minor lives in the shared home, the police also notify "
                "OSPOD of the expulsion. If you leave home with minor children, let OSPOD "
                "know. In Prague, OSPOD sits within the district offices of Prague 1 to "
                "Prague 22."
            ),
            "eligibility": "Minor children and their parents or other carers.",
            "fees": "Ask the provider about the cost",
        },
        "phones": [],
        "email": "",
        "url": "",
        "location": None,
        "schedule": [],
        "languages": ["cs"],
        "areas": ["praha"],
        "topics": ["children", "expulsion", "cooperation"],
        "audiences": ["endangered-person", "ospod", "police", "social-work"],
        "min_age": None,
        "max_age": None,
        "free": False,
        "last_verified": "2025-10-01",
        "needs_verification": False,
    },
    # ------------------------------------------------------------------
    # Financial help
    # ------------------------------------------------------------------
    {
        "key": "msp-financial-help",
        "organization": "msp",
        "category": "financial",
        "cs": {
            "name": "Peněžitá pomoc státu obětem trestných činů",
            "description": (
                "Ministerstvo spravedlnosti poskytuje obětem trestných činů peněžitou pomoc "
                "od státu. Při újmě na zdraví jde o paušální částku 10 000 Kč, při těžké "
                "újmě na zdraví 50 000 Kč, nebo o úhradu prokázaných nákladů až do výše "
                "200 000 Kč. Žádost je třeba podat do 2 let ode dne, kdy se oběť o újmě "
                "dozvěděla, nejpozději však do 5 let od spáchání trestného činu."
            ),
            "eligibility": "Oběti trestných činů, které utrpěly újmu na zdraví.",
            "fees": "Cenu ověřte u poskytovatele",
        },
        "en": {
            "name": "State financial assistance for victims of crime",
            "description": (
                "The Ministry of Justice provides state financial assistance to victims of "
                "crime. It is a lump sum of CZK 10,000 for an injury, CZK 50,000 for serious "
                "harm to health, or reimbursement of proven costs of up to CZK 200,000. You "
                "must apply within 2 years of learning of the harm, and no later than 5 years "
                "after the crime was committed."
            ),
            "eligibility": "Victims of crime who have suffered harm to their health.",
            "fees": "Ask the provider about the cost",
        },
        "phones": [],
        "email": "",
        "url": "https://www.justice.cz",
        "location": None,
        "schedule": [],
        "languages": ["cs"],
        "areas": ["cz"],
        "topics": ["financial-help", "victims-rights"],
        "audiences": ["endangered-person", "social-work", "ngo"],
        "min_age": None,
        "max_age": None,
        "free": False,
        "last_verified": "2025-10-01",
        "needs_verification": False,
    },
]
