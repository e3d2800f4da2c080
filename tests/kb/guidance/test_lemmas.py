"""Lemmatised, folded search text: what the database search and the admin match on."""

from kb.guidance.lemmas import search_fold, word_forms


def test_stored_text_keeps_the_folded_words_and_adds_their_lemmas():
    text = search_fold("Pomoc obětem a dětmi", "cs")
    assert text.startswith("pomoc obetem a detmi")
    assert {"obet", "dite"} <= set(text.split())


def test_accented_and_accent_free_query_words_reach_the_same_lemma():
    assert "dite" in word_forms("dětmi", "cs")
    assert "dite" in word_forms("detmi", "cs")
    assert "obet" in word_forms("obetem", "cs")
    assert word_forms("obetem", "cs")[0] == "obetem"


def test_english_lemmas_and_unknown_locales():
    assert "order" in word_forms("orders", "en")
    assert "order" in word_forms("orders", None)  # both languages when the locale is unknown
    assert search_fold("", "cs") == ""


def test_the_lemmas_can_be_told_apart_from_what_was_written():
    from kb.guidance.lemmas import without_lemmas

    assert without_lemmas(search_fold("Svobodu", "cs")) == "svobodu"
