import datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from kb.taxonomy.models import LegalReference

pytestmark = pytest.mark.django_db


def test_citation_reads_like_czech_law():
    ref = LegalReference(
        act_number=273,
        act_year=2008,
        section="§ 44–47",
        short_title="Vykázání",
        current_as_of=datetime.date(2025, 7, 1),
    )
    assert ref.citation == "273/2008 Sb., § 44–47"
    assert str(ref) == "273/2008 Sb., § 44–47 – Vykázání"
    ref.section = ""
    assert ref.citation == "273/2008 Sb."


def test_implausible_year_is_rejected():
    ref = LegalReference(
        act_number=273,
        act_year=208,
        short_title="x",
        locale=Locale.get_default(),
        current_as_of=datetime.date(2025, 7, 1),
    )
    with pytest.raises(ValidationError) as error:
        ref.full_clean()
    assert "act_year" in error.value.message_dict


def test_references_exist_in_both_languages_as_translations():
    cs = LegalReference.objects.filter(locale__language_code="cs", act_number=273).first()
    en = cs.get_translation(Locale.objects.get(language_code="en"))
    assert en.short_title != cs.short_title
    assert en.citation == cs.citation
