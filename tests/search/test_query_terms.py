"""What the database fallback looks for in a query (search/backends/query_terms.py)."""

import pytest

from search.backends.query_terms import content_words, terms

pytestmark = pytest.mark.django_db  # editors' synonyms are read from the database


def test_question_and_stop_words_are_dropped_unless_nothing_else_is_left():
    assert content_words("jak dlouho trvá vykázání") == ["trvá", "vykázání"]
    assert content_words("what happens if I am expelled") == ["expelled"]
    assert content_words("co je") == ["co", "je"]


def test_a_lay_phrase_is_one_concept_that_also_matches_the_professional_term():
    (concept,) = terms("odškodné", "cs")
    phrases = {" ".join(word.forms[0] for word in option) for option in concept.options}
    assert {"odskodne", "penezita pomoc", "odskodneni"} <= phrases


def test_the_professional_term_is_taken_as_typed():
    (term,) = terms("ohrožená osoba", "cs")
    assert len(term.options) == 1  # not widened to "oběť" or "poškozená"


def test_two_word_concepts_and_other_words_stay_separate_terms():
    assert len(terms("zákaz vstupu Praha", "cs")) == 2
