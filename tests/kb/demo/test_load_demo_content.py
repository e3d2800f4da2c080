import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page

from kb.guidance.choices import Visibility
from kb.guidance.models import KnowledgePage, ProcedurePage
from kb.services.models import Service
from kb.taxonomy.models import LegalReference, Topic

pytestmark = pytest.mark.django_db


def _counts():
    return {
        "pages": Page.objects.count(),
        "services": Service.objects.count(),
        "topics": Topic.objects.count(),
        "references": LegalReference.objects.count(),
        "revisions": sum(p.revisions.count() for p in KnowledgePage.objects.all()),
    }


def test_demo_site_has_the_promised_content():
    cs, en = Locale.objects.get(language_code="cs"), Locale.objects.get(language_code="en")
    live_cs = KnowledgePage.objects.live().filter(locale=cs)
    assert live_cs.count() >= 25
    assert KnowledgePage.objects.live().filter(locale=en).count() >= 20
    assert Service.objects.filter(locale=cs).count() >= 15
    assert live_cs.filter(visibility=Visibility.PROFESSIONALS).count() >= 3
    assert KnowledgePage.objects.filter(live=False).count() >= 2
    assert ProcedurePage.objects.live().filter(locale=cs).count() >= 5


def test_english_pages_are_translations_of_czech_ones():
    en = Locale.objects.get(language_code="en")
    for page in KnowledgePage.objects.filter(locale=en):
        assert page.get_translation_or_none(Locale.get_default()) is not None


def test_expulsion_lasts_14_days_in_the_procedure():
    procedure = ProcedurePage.objects.get(slug="postup-pri-vykazani")
    limits = [(s["time_limit"]["amount"], s["time_limit"]["unit"]) for s in procedure.step_values]
    assert (14, "days") in limits
    assert {s["actor"] for s in procedure.step_values} >= {"police", "intervention-centre"}


def test_second_run_creates_nothing(capsys):
    before = _counts()
    call_command("load_demo_content")
    assert _counts() == before
    assert "nothing created" in capsys.readouterr().out


def test_unverified_contacts_are_flagged():
    ic = Service.objects.get(code="ic-praha", locale=Locale.get_default())
    assert ic.needs_verification
