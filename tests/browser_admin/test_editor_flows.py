"""An editor and a legal reviewer in the real admin (Czech), in Debian's Chromium."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import Locale

from kb.folding import fold
from kb.guidance.models import ProcedurePage
from kb.services.models import Service
from kb.taxonomy.models import LegalReference

from .conftest import approve, sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_editor_corrects_a_services_phone_number(tab, admin_site, staff, shots):
    staff("redaktorka", "Editors")
    service = Service.objects.filter(locale__language_code="cs", phones__isnull=False).first()
    sign_in(tab, admin_site, "redaktorka")
    word = fold(max(service.name.split(), key=len))
    tab.goto(f"{admin_site}/admin/snippets/services/service/?q={word}")
    expect(tab.get_by_role("link", name=service.name).first).to_be_visible()
    tab.goto(f"{admin_site}/admin/snippets/services/service/edit/{service.pk}/")
    number = tab.locator("input[name='phones-0-number']")
    number.fill("+420 222 333 444")
    shots(tab, "01-editor-fixes-phone")
    tab.locator("button[type=submit]").filter(has_text="Uložit").first.click()
    expect(tab.locator(".messages")).to_be_visible()
    assert service.phones.filter(number="+420 222 333 444").exists()


def test_legal_reference_chooser_searches_without_diacritics_in_the_page_locale(
    tab, admin_site, staff, shots
):
    staff("redaktor", "Editors")
    page = ProcedurePage.objects.filter(locale__language_code="cs").first()
    reference = LegalReference.objects.filter(locale__language_code="cs").first()
    english = reference.get_translation_or_none(Locale.objects.get(language_code="en"))
    sign_in(tab, admin_site, "redaktor")
    tab.goto(f"{admin_site}/admin/pages/{page.pk}/edit/")
    # The first step's legal basis already has a reference: "…" → "change" opens the chooser.
    chooser = tab.locator("[data-chooser-url*='legalreference']").first
    chooser.locator("[data-w-dropdown-target=toggle]").click()
    tab.locator("[data-chooser-action-choose]:visible").first.click()
    modal = tab.locator(".modal")
    word = max(reference.short_title.split(), key=len)
    modal.locator("input[name=q]").fill(fold(word))
    expect(modal.get_by_text(reference.short_title).first).to_be_visible()
    shots(tab, "02-legal-reference-chooser")
    if english is not None and english.short_title != reference.short_title:
        expect(modal.get_by_text(english.short_title)).to_have_count(0)


def test_legal_reviewer_approves_and_review_dates_move(tab, admin_site, staff, shots):
    editor = staff("autor", "Editors")
    staff("pravnicka", "Legal reviewers")
    page = ProcedurePage.objects.filter(locale__language_code="cs").first()
    old = timezone.localdate() - datetime.timedelta(days=500)
    ProcedurePage.objects.filter(pk=page.pk).update(
        last_reviewed=old, next_review_due=old + datetime.timedelta(days=365)
    )
    page.refresh_from_db()
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)

    sign_in(tab, admin_site, "pravnicka")
    approve(tab, admin_site, page)
    shots(tab, "03-reviewer-approved")
    page.refresh_from_db()
    assert page.last_reviewed == timezone.localdate()
    assert page.next_review_due == timezone.localdate() + datetime.timedelta(days=365)


def test_czech_page_offers_czech_taxonomy_and_translation_maps_it(tab, admin_site, staff, shots):
    from kb.guidance.models import GuidanceIndexPage, GuidancePage
    from kb.taxonomy.models import Topic

    staff("prekladatel", "Editors")
    cs = Locale.objects.get(language_code="cs")
    section = GuidanceIndexPage.objects.filter(locale=cs).first()
    page = GuidancePage(title="Bezpečnostní plán", slug="bezpecnostni-plan-test", summary="S.")
    section.add_child(instance=page)
    page.topics = [Topic.objects.get(code="expulsion", locale=cs)]
    page.save_revision().publish()

    sign_in(tab, admin_site, "prekladatel")
    tab.goto(f"{admin_site}/admin/pages/{page.pk}/edit/")
    options = tab.locator("select[name=topics] option").all_inner_texts()
    english_names = set(
        Topic.objects.filter(locale__language_code="en").values_list("name", flat=True)
    )
    czech_names = set(Topic.objects.filter(locale=cs).values_list("name", flat=True))
    assert set(options) == czech_names
    assert not set(options) & (english_names - czech_names)
    shots(tab, "04-czech-taxonomy-only")

    tab.goto(f"{admin_site}/admin/translation/submit/page/{page.pk}/")
    tab.locator("input[name=locales]").check()
    tab.locator("form button[type=submit], form input[type=submit]").last.click()
    tab.wait_for_url("**/admin/pages/**/edit/**")
    copy = page.get_translation(Locale.objects.get(language_code="en")).specific
    english = Topic.objects.get(code="expulsion", locale__language_code="en")
    selected = tab.locator("select[name=topics] option:checked").all_inner_texts()
    assert selected == [english.name]
    assert list(copy.topics.all()) == [english]
    shots(tab, "05-translation-has-english-taxonomy")


def test_service_chooser_in_a_contact_card_searches_without_diacritics(
    tab, admin_site, staff, shots
):
    from kb.guidance.models import GuidanceIndexPage, GuidancePage

    staff("redaktorka2", "Editors")
    cs = Locale.objects.get(language_code="cs")
    service = Service.objects.filter(locale=cs, name__icontains="interven").first()
    other = Service.objects.filter(locale=cs).exclude(pk=service.pk).first()
    section = GuidanceIndexPage.objects.filter(locale=cs).first()
    page = GuidancePage(
        title="Kontakty",
        slug="kontakty-prohlizec",
        summary="S.",
        body=[{"type": "contact", "value": {"service": other.pk}}],
    )
    section.add_child(instance=page)
    page.save_revision().publish()

    sign_in(tab, admin_site, "redaktorka2")
    tab.goto(f"{admin_site}/admin/pages/{page.pk}/edit/")
    chooser = tab.locator("[data-chooser-url*='services/service']").first
    chooser.locator("[data-w-dropdown-target=toggle]").click()
    tab.locator("[data-chooser-action-choose]:visible").first.click()
    modal = tab.locator(".modal")
    modal.locator("input[name=q]").fill("intervencni")
    modal.get_by_role("link", name=service.name).first.click()
    expect(chooser.locator("[data-chooser-title]")).to_have_text(service.name)
    shots(tab, "06-service-chosen")
