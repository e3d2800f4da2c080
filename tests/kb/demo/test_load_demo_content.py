import datetime

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


@pytest.mark.parametrize(
    ("slug", "english_slug"),
    [
        ("co-je-domaci-nasili", "what-domestic-violence-is"),
        ("jak-poznat-domaci-nasili", "recognising-domestic-violence"),
        ("jak-muze-pomoci-pribuzny-nebo-soused", "how-a-relative-or-neighbour-can-help"),
    ],
)
def test_pages_people_look_for_first_are_live_in_both_languages(client, slug, english_slug):
    page = KnowledgePage.objects.get(slug=slug, locale__language_code="cs")
    english = KnowledgePage.objects.get(slug=english_slug, locale__language_code="en")
    assert page.live and english.live and page.translation_key == english.translation_key
    assert page.visibility == english.visibility == Visibility.PUBLIC
    for each in (page, english):
        html = client.get(each.url).content.decode()
        assert each.title in html
        # facts not in the reference sheet are flagged on the page and in the review report
        assert "Ověřujeme" in html or "Being verified" in html
        assert each.next_review_due <= each.last_reviewed + datetime.timedelta(days=90)


def test_domestic_violence_page_gives_the_2025_statutory_definition(client):
    html = client.get(KnowledgePage.objects.get(slug="co-je-domaci-nasili").url).content.decode()
    assert "§ 3021 občanského zákoníku" in html and "78/2025 Sb." in html
    assert "1. července 2025" in html and "14 dní" in html
    assert "Cyklus násilí" in html and "Podoby domácího násilí" in html
