"""Time-limit wording has one home (deadlines.limit_text): the page tag, the rule text of
the API and .ics, and the step's search text all read the same."""

import pytest
from django.utils import translation

from kb.guidance.blocks import TimeLimitBlock
from kb.guidance.deadlines import limit_text


@pytest.mark.parametrize(
    ("language", "amount", "unit", "plain", "within"),
    [
        ("en", 1, "hours", "1 hour", "within 1 hour"),
        ("en", 24, "hours", "24 hours", "within 24 hours"),
        ("en", 2, "months", "2 months", "within 2 months"),
        ("cs", 1, "hours", "1 hodina", "do 1 hodiny"),
        ("cs", 3, "days", "3 dny", "do 3 dnů"),
        ("cs", 24, "hours", "24 hodin", "do 24 hodin"),
        ("cs", 2, "weeks", "2 týdny", "do 2 týdnů"),
    ],
)
def test_both_forms_in_both_languages(language, amount, unit, plain, within):
    with translation.override(language):
        assert limit_text(amount, unit) == plain
        assert limit_text(amount, unit, within=True) == within


def test_an_unknown_unit_reads_as_amount_and_unit():
    assert limit_text(3, "fortnights") == "3 fortnights"
    assert limit_text(3, "fortnights", within=True) == "3 fortnights"


def test_the_search_text_of_a_time_limit_is_the_same_wording():
    block = TimeLimitBlock()
    with translation.override("cs"):
        assert block.get_searchable_content({"amount": 24, "unit": "hours"}) == ["24 hodin"]
        assert block.get_searchable_content({"amount": 24, "unit": ""}) == ["24"]
        assert block.get_searchable_content({"amount": None, "unit": "hours"}) == []
