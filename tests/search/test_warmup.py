"""The word tables are built ahead of the first search (search.warmup)."""

import pytest

from kb.guidance import lemmas
from search import analytics, spelling
from search.warmup import start_warm_up


@pytest.mark.slow  # seconds of dictionary loading: `make test`, not `make check`
def test_warm_up_builds_the_tables_the_first_search_would_build():
    lemmas._folded_dictionary.cache_clear()
    spelling.dictionary_words.cache_clear()
    analytics.common_words.cache_clear()

    start_warm_up().join(timeout=600)

    assert lemmas._folded_dictionary.cache_info().currsize == len(lemmas.FOLDED_LOOKUP)
    assert spelling.dictionary_words.cache_info().currsize == len(spelling.LANGUAGES)
    assert analytics.common_words.cache_info().currsize == 1
    # and what they hold is what a search reads
    assert "dite" in lemmas.word_forms("detmi", "cs")
    assert spelling.in_dictionary("pritel")
