"""Did-you-mean is for typos (issue 20): a correctly spelled word, Czech with or without its
diacritics, spoken Czech or English, is never replaced by another word."""

import pytest

from kb.folding import fold
from kb.guidance.visibility import Viewer
from search.query import search
from search.spelling import in_dictionary, is_known, written_forms
from search.types import SearchRequest

# Real questions, spelled right (the first five were "corrected" into other words before).
CZECH = [
    "pritel me mlati",
    "tata rve na mamu",
    "druh mi vyhrozuje",
    "přítel mě mlátí",
    "manžel mě bije a vyhrožuje mi",
    "manzel me bije a vyhrozuje mi",
    "bejvalej mi pořád volá",
    "bejvalej mi porad vola a pise zpravy",
    "nechci u nej bejt",
    "hodil mi klíče z vokna",
    "zavolala jsem policii a přijeli",
    "policie ho vykazala z bytu",
    "co dělat když mě partner tluče",
    "co delat kdyz me partner tluce",
    "syn mi bere penize a vyhrožuje",
    "kde najdu pomoc pro obeti domaciho nasili",
    "bojím se jít domů",
    "bojim se jit domu",
    "manžel kontroluje můj telefon",
    "zakazuje mi stykat se s kamaradkami",
    "tata krici na deti",
    "mám strach o děti",
    "muzu podat navrh na predbezne opatreni",
    "jak dlouho trvá vykázání",
    "potrebuju azylovy dum s detma",
]
ENGLISH = [
    "my husband hits me",
    "he reads my messages",
    "my boyfriend controls my money",
    "my partner threatens to kill me",
    "he took my phone and read my messages",
    "I am afraid to go home",
    "where can I find a shelter",
    "how do I get a restraining order",
    "my ex husband is stalking me",
    "she hit me in front of the children",
    "can the police remove him from the flat",
    "my father beats my mother",
]


# -- the known-word check (no engine) ---------------------------------------------------


@pytest.mark.parametrize("word", ["přítel", "pritel", "mlátí", "mlati", "vyhrožuje", "vyhrozuje"])
def test_czech_words_are_known_with_and_without_diacritics(word):
    assert is_known(word)


@pytest.mark.parametrize("word", ["bejt", "bejvalej", "vokno", "dobrej", "dobrýho", "detma"])
def test_spoken_czech_is_known(word):
    assert is_known(word)


def test_spoken_czech_is_read_as_the_written_form():
    assert "byt" in written_forms("bejt")
    assert "byvaly" in written_forms("bejvalej")
    assert "okno" in written_forms("vokno")


@pytest.mark.parametrize("word", ["husband", "hits", "reads", "messages", "restraining"])
def test_english_words_are_known(word):
    assert is_known(word)


@pytest.mark.parametrize(
    "word", ["vykazni", "opatrenni", "restraning", "bykazani", "husbnd", "vyhrozje", "mlatti"]
)
def test_typos_are_not_known(word):
    assert not in_dictionary(word)
    assert not is_known(word)


def test_the_content_vocabulary_counts_as_known():
    assert not is_known("vykazni")
    assert is_known("Vykázní", vocabulary={"vykazni"})
    # numbers and short words are never typos
    assert is_known("116006") and is_known("ok")


def test_every_sentence_is_known():
    # the dictionary lacks the noun "vykázání"; the content's vocabulary has it
    vocabulary = {"vykazani"}
    for sentence in CZECH + ENGLISH:
        assert all(is_known(word, vocabulary) for word in sentence.split()), sentence


# -- on both engines ----------------------------------------------------------------------


def run(query, locale="cs", **kwargs):
    return search(SearchRequest(query=query, locale=locale, record_analytics=False, **kwargs))


@pytest.mark.django_db
def test_no_suggestion_for_correctly_spelled_questions(engine_settings):
    assert len(CZECH + ENGLISH) >= 30
    offered = {}
    for query in CZECH:
        for viewer in (Viewer(), Viewer(professional=True)):
            suggestion = run(query, viewer=viewer).suggestion
            if suggestion:
                offered[query] = suggestion
    for query in ENGLISH:
        for locale in ("en", "cs"):
            suggestion = run(query, locale=locale).suggestion
            if suggestion:
                offered[f"{query} ({locale})"] = suggestion
    assert not offered


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typo", "locale", "meant"),
    [
        # a wrong first letter defeats typo tolerance: did-you-mean repairs it
        ("bykazani", "cs", "vykazani"),
        ("predbezne bpatreni", "cs", "predbezne opatreni"),
        ("pritel me mlati a vyhrozje", "cs", "pritel me mlati a vyhrozuje"),
        ("domestic biolence", "en", "domestic violence"),
    ],
)
def test_typos_are_still_corrected(engine_settings, typo, locale, meant):
    suggestion = run(typo, locale=locale).suggestion
    assert suggestion and fold(suggestion) == meant, suggestion


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typo", "locale", "meant"),
    [
        ("vykazni", "cs", "vykazani"),
        ("predbezne opatrenni", "cs", "predbezne opatreni"),
        ("expulsoin", "en", "expulsion"),
    ],
)
def test_small_typos_find_the_pages_of_the_word_meant(engine_settings, typo, locale, meant):
    """Typo tolerance forgives these: the pages are found, and a suggestion, if any (only
    when the hits are few), is the word meant."""
    result = run(typo, locale=locale)
    assert result.total > 0
    assert result.suggestion is None or fold(result.suggestion) == meant


@pytest.mark.django_db
def test_no_suggestion_from_a_page_that_became_restricted(fresh_index):
    """Issue 23: term statistics keep a deleted document's words until a segment merge, so
    the suggester kept offering the words of a page just made professionals-only."""
    from kb.guidance.choices import Visibility
    from search import indexer
    from tests.search.test_indexing import publish_new, refresh

    page = publish_new("Metodika kvokání pro hlídky", "metodika-kvokani-hlidky")
    indexer.drain()
    refresh(fresh_index)
    assert run("kvokanj").suggestion == "kvokání"  # a typo of the page's word is repaired

    page.visibility = Visibility.PROFESSIONALS
    page.save_revision().publish()
    indexer.drain()
    refresh(fresh_index)
    anonymous = run("kvokanj")
    assert anonymous.suggestion is None and anonymous.total == 0
    assert run("kvokanj", viewer=Viewer(professional=True)).suggestion == "kvokání"
