"""Top-level sections of the guidance tree (children of the home page)."""

SECTIONS = [
    {
        "key": "rights",
        "cs": {
            "title": "Práva a ochrana",
            "slug": "prava-a-ochrana",
            "intro": "Jaká práva má ohrožená osoba a oběť domácího násilí a jak ji chrání zákon.",
        },
        "en": {
            "title": "Rights and protection",
            "slug": "rights-and-protection",
            "intro": "The rights of endangered persons and victims of domestic violence and how the law protects them.",
        },
    },
    {
        "key": "procedures",
        "cs": {
            "title": "Postupy",
            "slug": "postupy",
            "intro": "Co se musí stát, kdo to udělá, do kdy a podle jakého ustanovení.",
        },
        "en": {
            "title": "Procedures",
            "slug": "procedures",
            "intro": "What must happen, who does it, by when and on which legal basis.",
        },
    },
    {
        "key": "criminal-law",
        "cs": {
            "title": "Trestné činy",
            "slug": "trestne-ciny",
            "intro": "Trestné činy, které souvisejí s domácím násilím.",
        },
        "en": {
            "title": "Criminal offences",
            "slug": "criminal-offences",
            "intro": "Criminal offences related to domestic violence.",
        },
    },
    {
        "key": "children",
        "cs": {
            "title": "Děti",
            "slug": "deti",
            "intro": "Co mění přítomnost dětí ve společném obydlí.",
        },
        "en": {
            "title": "Children",
            "slug": "children",
            "intro": "What changes when children live in the shared home.",
        },
    },
    {
        "key": "professionals",
        "cs": {
            "title": "Pro odborníky",
            "slug": "pro-odborniky",
            "intro": "Metodické informace pro policii, OSPOD, soudy a pomáhající organizace.",
        },
        "en": {
            "title": "For professionals",
            "slug": "for-professionals",
            "intro": "Guidance for police, child-protection workers, courts and helping organisations.",
        },
    },
]
