"""The judged query set: what people type, written from the users' side (a social worker
repeating a client's words, a police officer, a partner's English-speaking user), and the
page(s) that should come first (any listed page counts as a hit; the first is the best).

Categories: professional terms, lay words, questions, typos, no diacritics, inflected forms,
and the same in English. Anonymous caller: public pages only."""

# Czech pages
RIGHTS = "prava-ohrozene-osoby-pri-vykazani"
DUTIES = "povinnosti-a-moznosti-vykazane-osoby"
VICTIMS = "prava-obeti-trestnych-cinu"
VULNERABLE = "zvlast-zranitelna-obet"
MONEY = "penezita-pomoc-statu-obetem"
FAQ = "vykazani-caste-otazky"
IC_HELP = "bezplatna-pomoc-intervencniho-centra"
SAFETY = "bezpecnostni-plan-a-dulezita-cisla"
PROCEDURE = "postup-pri-vykazani"
MEASURE = "postup-predbezne-opatreni"
EXTENSION = "postup-prodlouzeni-predbezneho-opatreni"
OBJECTION = "postup-namitka-proti-vykazani"
BREACH = "postup-pri-poruseni-vykazani"
GLANCE = "vykazani-zakladni-prehled"
IC_ROLE = "role-intervencniho-centra"
MOTION = "navrh-na-predbezne-opatreni-s-pomoci-ic"
ABUSE = "tyrani-osoby-zijici-ve-spolecnem-obydli"
STALKING = "nebezpecne-pronasledovani-stalking"
OBSTRUCTION = "mareni-vykazani"
CHILDREN = "deti-ve-spolecnem-obydli-pri-vykazani"
COOPERATION = "spoluprace-instituci-v-praze"
EXPULSION = [GLANCE, PROCEDURE, FAQ, RIGHTS]

# English pages
E_RIGHTS = "rights-of-the-endangered-person-during-expulsion"
E_DUTIES = "duties-of-the-expelled-person"
E_VICTIMS = "rights-of-crime-victims"
E_VULNERABLE = "especially-vulnerable-victims"
E_MONEY = "applying-for-state-financial-assistance"
E_FAQ = "expulsion-faq"
E_IC_HELP = "free-help-from-the-intervention-centre"
E_SAFETY = "safety-planning-and-key-numbers"
E_PROCEDURE = "expulsion-procedure"
E_MEASURE = "preliminary-measure-procedure"
E_EXTENSION = "extending-a-preliminary-measure"
E_OBJECTION = "objection-to-an-expulsion"
E_BREACH = "breach-of-an-expulsion"
E_GLANCE = "expulsion-at-a-glance"
E_IC_ROLE = "role-of-the-intervention-centre"
E_MOTION = "drafting-a-preliminary-measure-motion"
E_ABUSE = "abuse-of-a-person-in-a-shared-dwelling"
E_STALKING = "stalking-section-354"
E_OBSTRUCTION = "obstructing-an-expulsion"
E_CHILDREN = "children-in-the-home-during-expulsion"
E_COOPERATION = "inter-agency-cooperation-prague"
E_EXPULSION = [E_GLANCE, E_PROCEDURE, E_FAQ, E_RIGHTS]

# (category, locale, query, pages that answer it)
JUDGED = [
    # -- Czech, professionals' terms
    ("cs professional", "cs", "vykázání", EXPULSION),
    ("cs professional", "cs", "postup při vykázání", [PROCEDURE]),
    ("cs professional", "cs", "předběžné opatření", [MEASURE, MOTION]),
    ("cs professional", "cs", "prodloužení předběžného opatření", [EXTENSION]),
    ("cs professional", "cs", "návrh na předběžné opatření", [MOTION, MEASURE]),
    ("cs professional", "cs", "námitka proti vykázání", [OBJECTION]),
    ("cs professional", "cs", "porušení vykázání", [BREACH, OBSTRUCTION]),
    ("cs professional", "cs", "maření výkonu úředního rozhodnutí vykázání", [OBSTRUCTION, BREACH]),
    ("cs professional", "cs", "§ 199 týrání osoby žijící ve společném obydlí", [ABUSE]),
    ("cs professional", "cs", "nebezpečné pronásledování § 354", [STALKING]),
    ("cs professional", "cs", "zvlášť zranitelná oběť", [VULNERABLE]),
    ("cs professional", "cs", "peněžitá pomoc státu obětem", [MONEY]),
    ("cs professional", "cs", "práva obětí trestných činů", [VICTIMS]),
    ("cs professional", "cs", "intervenční centrum", [IC_ROLE, IC_HELP]),
    ("cs professional", "cs", "spolupráce institucí po vykázání", [COOPERATION]),
    ("cs professional", "cs", "ospod vykázání děti", [CHILDREN, COOPERATION]),
    ("cs professional", "cs", "společné obydlí děti", [CHILDREN]),
    ("cs professional", "cs", "bezpečnostní plán", [SAFETY]),
    ("cs professional", "cs", "povinnosti vykázané osoby", [DUTIES]),
    ("cs professional", "cs", "práva ohrožené osoby", [RIGHTS, VICTIMS]),
    # -- Czech, lay words
    ("cs lay", "cs", "odvolání proti vykázání", [OBJECTION]),
    ("cs lay", "cs", "soudní zákaz přiblížení", [MEASURE, MOTION, EXTENSION]),
    ("cs lay", "cs", "odškodnění pro oběť", [MONEY]),
    ("cs lay", "cs", "peníze od státu pro oběť", [MONEY]),
    ("cs lay", "cs", "bezpečný dům", [SAFETY, IC_HELP]),
    ("cs lay", "cs", "azylový dům", [SAFETY, IC_HELP]),
    ("cs lay", "cs", "agresor se vrátil domů", [BREACH, OBSTRUCTION]),
    ("cs lay", "cs", "násilník nedodržel vykázání", [BREACH, OBSTRUCTION]),
    ("cs lay", "cs", "manžel mě bije", [EXPULSION[0], RIGHTS, ABUSE, SAFETY, IC_HELP]),
    ("cs lay", "cs", "bývalý přítel mě sleduje a obtěžuje", [STALKING]),
    ("cs lay", "cs", "stalking", [STALKING]),
    ("cs lay", "cs", "sociálka a děti", [CHILDREN, COOPERATION]),
    ("cs lay", "cs", "vyhodili ho z bytu", EXPULSION),
    ("cs lay", "cs", "policie ho vyhodila z domu", EXPULSION),
    ("cs lay", "cs", "kam utéct před násilím", [SAFETY, IC_HELP]),
    ("cs lay", "cs", "pomoc zdarma po vykázání", [IC_HELP, IC_ROLE]),
    ("cs lay", "cs", "týrání doma", [ABUSE]),
    ("cs lay", "cs", "zákaz vstupu do bytu", EXPULSION + [DUTIES]),
    ("cs lay", "cs", "důležitá telefonní čísla", [SAFETY]),
    ("cs lay", "cs", "kde si vyzvednu věci když jsem vykázaný", [DUTIES]),
    # -- Czech, questions
    ("cs question", "cs", "jak dlouho trvá vykázání", EXPULSION + [DUTIES]),
    ("cs question", "cs", "co dělat když se vykázaný vrátí", [BREACH, OBSTRUCTION, FAQ]),
    ("cs question", "cs", "jak podat námitku proti vykázání", [OBJECTION]),
    ("cs question", "cs", "jak požádat o peněžitou pomoc", [MONEY]),
    ("cs question", "cs", "kdo může podat návrh na předběžné opatření", [MOTION, MEASURE]),
    ("cs question", "cs", "jak prodloužit předběžné opatření", [EXTENSION]),
    ("cs question", "cs", "co smí vykázaná osoba", [DUTIES]),
    ("cs question", "cs", "kdy se ozve intervenční centrum", [IC_HELP, IC_ROLE]),
    ("cs question", "cs", "co se stane s dětmi při vykázání", [CHILDREN]),
    ("cs question", "cs", "mám nárok na odškodnění", [MONEY, VICTIMS]),
    ("cs question", "cs", "musím se odstěhovat když mě vykázali", [DUTIES, FAQ]),
    ("cs question", "cs", "jaká práva má oběť trestného činu", [VICTIMS, VULNERABLE]),
    ("cs question", "cs", "kdo je zvlášť zranitelná oběť", [VULNERABLE]),
    ("cs question", "cs", "co dělat když mi hrozí nebezpečí", [SAFETY]),
    ("cs question", "cs", "je stalking trestný čin", [STALKING]),
    # -- Czech, typos
    ("cs typo", "cs", "vykazny", EXPULSION),
    ("cs typo", "cs", "vykázáni", EXPULSION),
    ("cs typo", "cs", "predbezne opatreni navhr", [MOTION, MEASURE]),
    ("cs typo", "cs", "namitak proti vykazani", [OBJECTION]),
    ("cs typo", "cs", "pronasledovaní stalkig", [STALKING]),
    ("cs typo", "cs", "zranitelna obet zvlast", [VULNERABLE]),
    ("cs typo", "cs", "penezita pomco", [MONEY]),
    ("cs typo", "cs", "intervencni centrun", [IC_ROLE, IC_HELP]),
    ("cs typo", "cs", "bezpecnosti plan", [SAFETY]),
    ("cs typo", "cs", "tyrani osboy", [ABUSE]),
    # -- Czech, no diacritics
    ("cs ascii", "cs", "vykazani", EXPULSION),
    ("cs ascii", "cs", "predbezne opatreni", [MEASURE, MOTION]),
    ("cs ascii", "cs", "prodlouzeni predbezneho opatreni", [EXTENSION]),
    ("cs ascii", "cs", "namitka proti vykazani", [OBJECTION]),
    ("cs ascii", "cs", "poruseni vykazani", [BREACH, OBSTRUCTION]),
    ("cs ascii", "cs", "mareni vykazani", [OBSTRUCTION, BREACH]),
    ("cs ascii", "cs", "tyrani ve spolecnem obydli", [ABUSE]),
    ("cs ascii", "cs", "penezita pomoc obetem", [MONEY]),
    ("cs ascii", "cs", "odskodneni obeti", [MONEY]),
    ("cs ascii", "cs", "zvlast zranitelna obet", [VULNERABLE]),
    ("cs ascii", "cs", "deti pri vykazani", [CHILDREN]),
    ("cs ascii", "cs", "prava ohrozene osoby", [RIGHTS, VICTIMS]),
    ("cs ascii", "cs", "bezpecnostni plan", [SAFETY]),
    ("cs ascii", "cs", "intervencni centrum pomoc", [IC_HELP, IC_ROLE]),
    ("cs ascii", "cs", "spoluprace instituci", [COOPERATION]),
    # -- Czech, inflected forms
    ("cs inflected", "cs", "vykázaného", EXPULSION + [DUTIES]),
    ("cs inflected", "cs", "vykázanému", EXPULSION + [DUTIES]),
    ("cs inflected", "cs", "předběžným opatřením", [MEASURE, MOTION, EXTENSION]),
    ("cs inflected", "cs", "námitce proti vykázání", [OBJECTION]),
    ("cs inflected", "cs", "obětem trestných činů", [VICTIMS, MONEY]),
    ("cs inflected", "cs", "intervenčním centru", [IC_ROLE, IC_HELP]),
    ("cs inflected", "cs", "dětem ve společném obydlí", [CHILDREN]),
    ("cs inflected", "cs", "pronásledováním", [STALKING]),
    ("cs inflected", "cs", "peněžité pomoci", [MONEY]),
    ("cs inflected", "cs", "zranitelných obětí", [VULNERABLE]),
    # -- English, professionals' terms
    ("en professional", "en", "expulsion", E_EXPULSION),
    ("en professional", "en", "expulsion procedure", [E_PROCEDURE]),
    ("en professional", "en", "preliminary measure", [E_MEASURE, E_MOTION]),
    ("en professional", "en", "extending a preliminary measure", [E_EXTENSION]),
    ("en professional", "en", "objection to an expulsion", [E_OBJECTION]),
    ("en professional", "en", "breach of an expulsion", [E_BREACH, E_OBSTRUCTION]),
    ("en professional", "en", "obstructing an expulsion section 337", [E_OBSTRUCTION]),
    ("en professional", "en", "stalking section 354", [E_STALKING]),
    ("en professional", "en", "especially vulnerable victim", [E_VULNERABLE]),
    ("en professional", "en", "state financial assistance", [E_MONEY]),
    ("en professional", "en", "intervention centre", [E_IC_ROLE, E_IC_HELP]),
    ("en professional", "en", "shared dwelling abuse", [E_ABUSE]),
    # -- English, lay words
    ("en lay", "en", "restraining order", [E_MEASURE, E_MOTION, E_EXTENSION]),
    ("en lay", "en", "appeal against expulsion", [E_OBJECTION]),
    ("en lay", "en", "compensation for victims", [E_MONEY]),
    ("en lay", "en", "safe house", [E_SAFETY, E_IC_HELP]),
    ("en lay", "en", "my partner hits me", [E_SAFETY, E_RIGHTS, E_IC_HELP, E_ABUSE]),
    ("en lay", "en", "stalker following me", [E_STALKING]),
    ("en lay", "en", "kicked out by the police", E_EXPULSION),
    ("en lay", "en", "child welfare expulsion", [E_CHILDREN, E_COOPERATION]),
    ("en lay", "en", "he came back despite the ban", [E_BREACH, E_OBSTRUCTION]),
    ("en lay", "en", "free help", [E_IC_HELP]),
    ("en lay", "en", "emergency numbers", [E_SAFETY]),
    # -- English, questions
    (
        "en question",
        "en",
        "what happens if the expelled person comes back",
        [E_BREACH, E_OBSTRUCTION, E_FAQ],
    ),
    ("en question", "en", "do I have to leave my home if I am expelled", [E_DUTIES, E_FAQ]),
    ("en question", "en", "how long does an expulsion last", E_EXPULSION + [E_DUTIES]),
    ("en question", "en", "how do I object to an expulsion", [E_OBJECTION]),
    ("en question", "en", "how can I get money from the state as a victim", [E_MONEY]),
    ("en question", "en", "who can file a motion for a preliminary measure", [E_MOTION, E_MEASURE]),
    ("en question", "en", "what are my rights as a crime victim", [E_VICTIMS, E_VULNERABLE]),
    ("en question", "en", "what happens to the children during an expulsion", [E_CHILDREN]),
    ("en question", "en", "what should I do if I am in danger", [E_SAFETY]),
    ("en question", "en", "is stalking a crime", [E_STALKING]),
    # -- English, typos
    ("en typo", "en", "expulsoin", E_EXPULSION),
    ("en typo", "en", "preliminary meassure", [E_MEASURE, E_MOTION]),
    ("en typo", "en", "stalkign", [E_STALKING]),
    ("en typo", "en", "vulnerble victims", [E_VULNERABLE]),
    ("en typo", "en", "intervension centre", [E_IC_ROLE, E_IC_HELP]),
    ("en typo", "en", "finacial assistance", [E_MONEY]),
    # -- English, inflected forms
    ("en inflected", "en", "expelled persons duties", [E_DUTIES]),
    ("en inflected", "en", "objecting to expulsions", [E_OBJECTION]),
    ("en inflected", "en", "breaching an expulsion", [E_BREACH, E_OBSTRUCTION]),
    ("en inflected", "en", "extended preliminary measures", [E_EXTENSION]),
]
