import pytest
from django.core.exceptions import ValidationError

from search.analysis import index_body, shipped_synonyms
from search.colloquial import lay_rules
from search.models import SearchSynonym

pytestmark = pytest.mark.django_db


def test_shipped_lists_cover_the_domain_vocabulary():
    czech = " ".join(shipped_synonyms("cs"))
    for term in ("vykázání", "násilník", "předběžné opatření", "ospod", "agresor"):
        assert term in czech
    assert "expulsion" in " ".join(shipped_synonyms("en"))


def test_editors_terms_extend_the_index_synonyms():
    SearchSynonym.objects.create(locale="cs", terms="bytová nouze, ztráta bydlení")
    rules = index_body("cs")["settings"]["index"]["analysis"]["filter"]["kb_synonyms"]["synonyms"]
    assert "bytová nouze, ztráta bydlení, bytova nouze, ztrata bydleni" in rules
    assert len(rules) == len(shipped_synonyms("cs")) + 1 + len(lay_rules("cs"))


def test_every_group_also_matches_when_typed_without_diacritics():
    rules = index_body("cs")["settings"]["index"]["analysis"]["filter"]["kb_synonyms"]["synonyms"]
    expulsion = next(r for r in rules if r.startswith("vykázání"))
    assert "vykazani" in expulsion.split(", ") and "vykázat" in expulsion.split(", ")


def test_a_single_term_is_rejected_with_a_clear_error():
    with pytest.raises(ValidationError) as error:
        SearchSynonym(locale="cs", terms="jen jedno").full_clean()
    assert "alespoň dva" in str(error.value)
