"""Taxonomy and legal references for the demo site.

Codes are stable identifiers shared by every locale; partner sites filter by them.
Facts come from the project's fact sheet; items marked ``needs_verification`` are shown
to editors as needing review.
"""

TOPICS = [
    {"code": "expulsion", "cs": "Vykázání", "en": "Expulsion"},
    {"code": "preliminary-measure", "cs": "Předběžné opatření", "en": "Preliminary measure"},
    {"code": "victims-rights", "cs": "Práva obětí", "en": "Victims' rights"},
    {"code": "criminal-law", "cs": "Trestné činy", "en": "Criminal offences"},
    {"code": "children", "cs": "Děti a domácí násilí", "en": "Children and domestic violence"},
    {"code": "safety", "cs": "Bezpečí a krizová pomoc", "en": "Safety and crisis help"},
    {"code": "intervention-centre", "cs": "Intervenční centrum", "en": "Intervention centre"},
    {"code": "cooperation", "cs": "Spolupráce institucí", "en": "Inter-agency cooperation"},
    {"code": "financial-help", "cs": "Finanční pomoc", "en": "Financial assistance"},
]

# ``professional`` audiences are the professions; the endangered person is the public audience.
AUDIENCES = [
    {
        "code": "endangered-person",
        "cs": "Ohrožená osoba",
        "en": "Endangered person",
        "professional": False,
    },
    {"code": "police", "cs": "Policie", "en": "Police", "professional": True},
    {"code": "social-work", "cs": "Sociální práce", "en": "Social work", "professional": True},
    {
        "code": "ospod",
        "cs": "OSPOD",
        "en": "Child-protection authority (OSPOD)",
        "professional": True,
    },
    {"code": "court", "cs": "Soud", "en": "Court", "professional": True},
    {"code": "ngo", "cs": "Neziskové organizace", "en": "NGOs", "professional": True},
]

REGIONS = [
    {"code": "cz", "cs": "Celá Česká republika", "en": "Whole Czech Republic"},
    {"code": "praha", "cs": "Hlavní město Praha", "en": "Prague"},
]

LEGAL_REFERENCES = [
    {
        "key": "police-act-expulsion",
        "act_number": 273,
        "act_year": 2008,
        "section": "§ 44–47",
        "cs": "Zákon o Policii České republiky – vykázání",
        "en": "Police of the Czech Republic Act – expulsion",
        "url": "https://www.zakonyprolidi.cz/cs/2008-273",
        "current_as_of": "2025-07-01",
    },
    {
        "key": "amendment-78-2025",
        "act_number": 78,
        "act_year": 2025,
        "section": "",
        "cs": "Novela zavádějící čtrnáctidenní vykázání a definici domácího násilí",
        "en": "Amendment introducing the 14-day expulsion and a definition of domestic violence",
        "url": "https://www.zakonyprolidi.cz/cs/2025-78",
        "current_as_of": "2025-07-01",
    },
    {
        "key": "civil-code-3021",
        "act_number": 89,
        "act_year": 2012,
        "section": "§ 3021",
        "cs": "Občanský zákoník – definice domácího násilí",
        "en": "Civil Code – definition of domestic violence",
        "url": "https://www.zakonyprolidi.cz/cs/2012-89",
        "current_as_of": "2025-07-01",
    },
    {
        "key": "social-services-60a",
        "act_number": 108,
        "act_year": 2006,
        "section": "§ 60a",
        "cs": "Zákon o sociálních službách – intervenční centra",
        "en": "Social Services Act – intervention centres",
        "url": "https://www.zakonyprolidi.cz/cs/2006-108",
        "current_as_of": "2025-07-01",
    },
    {
        "key": "zrs-preliminary-measure",
        "act_number": 292,
        "act_year": 2013,
        "section": "§ 400–414",
        "cs": "Zákon o zvláštních řízeních soudních – předběžné opatření",
        "en": "Special Court Proceedings Act – preliminary measure",
        "url": "https://www.zakonyprolidi.cz/cs/2013-292",
        "current_as_of": "2025-07-01",
    },
    {
        "key": "zrs-enforcement-493",
        "act_number": 292,
        "act_year": 2013,
        "section": "§ 493",
        "cs": "Zákon o zvláštních řízeních soudních – výkon předběžného opatření",
        "en": "Special Court Proceedings Act – enforcing a preliminary measure",
        "url": "https://www.zakonyprolidi.cz/cs/2013-292",
        "current_as_of": "2025-07-01",
    },
    {
        "key": "criminal-code-199",
        "act_number": 40,
        "act_year": 2009,
        "section": "§ 199",
        "cs": "Trestní zákoník – týrání osoby žijící ve společném obydlí",
        "en": "Criminal Code – abuse of a person living in a shared dwelling",
        "url": "https://www.zakonyprolidi.cz/cs/2009-40",
        "current_as_of": "2025-07-01",
    },
    {
        "key": "criminal-code-354",
        "act_number": 40,
        "act_year": 2009,
        "section": "§ 354",
        "cs": "Trestní zákoník – nebezpečné pronásledování",
        "en": "Criminal Code – stalking",
        "url": "https://www.zakonyprolidi.cz/cs/2009-40",
        "current_as_of": "2025-07-01",
    },
    {
        "key": "criminal-code-337",
        "act_number": 40,
        "act_year": 2009,
        "section": "§ 337 odst. 2",
        "cs": "Trestní zákoník – maření výkonu úředního rozhodnutí a vykázání",
        "en": "Criminal Code – obstructing an official decision and an expulsion",
        "url": "https://www.zakonyprolidi.cz/cs/2009-40",
        "current_as_of": "2025-07-01",
    },
    {
        "key": "victims-act",
        "act_number": 45,
        "act_year": 2013,
        "section": "",
        "cs": "Zákon o obětech trestných činů",
        "en": "Victims of Crime Act",
        "url": "https://www.zakonyprolidi.cz/cs/2013-45",
        "current_as_of": "2025-07-01",
    },
    {
        "key": "victims-act-financial",
        "act_number": 45,
        "act_year": 2013,
        "section": "§ 23–37",
        "cs": "Zákon o obětech trestných činů – peněžitá pomoc státu",
        "en": "Victims of Crime Act – state financial assistance",
        "url": "https://www.zakonyprolidi.cz/cs/2013-45",
        "current_as_of": "2025-07-01",
        "needs_verification": True,
    },
]
