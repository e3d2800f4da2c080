"""A page's topics, audiences and regions come from its own language, and translating a page
points the copy at the counterparts in the target language."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Locale

from kb.guidance.models import ProcedurePage
from kb.services.models import Service
from kb.taxonomy.models import Audience, LegalReference, Region, Topic


@pytest.fixture
def editor_client(client, superuser):
    client.force_login(superuser)
    return client


def _czech_procedure():
    return ProcedurePage.objects.filter(locale__language_code="cs").first()


@pytest.mark.django_db
def test_czech_page_editor_offers_only_czech_taxonomy(editor_client):
    page = _czech_procedure()
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    form = response.context["form"]
    for name in ("topics", "audiences", "regions"):
        codes = {item.locale.language_code for item in form.fields[name].queryset}
        assert codes == {"cs"}, name


@pytest.mark.django_db
def test_english_topic_on_a_czech_page_is_rejected(editor_client):
    page = _czech_procedure()
    form = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).context["form"]
    english = Topic.objects.get(code="expulsion", locale__language_code="en")
    czech = Topic.objects.get(code="expulsion", locale__language_code="cs")
    assert list(form.fields["topics"].clean([czech.pk])) == [czech]
    with pytest.raises(ValidationError):
        form.fields["topics"].clean([english.pk])


def _translate(client, page, language="en"):
    locale = Locale.objects.get(language_code=language)
    url = reverse("simple_translation:submit_page_translation", args=[page.pk])
    response = client.post(url, {"locales": [locale.pk]})
    assert response.status_code == 302
    return page.get_translation(locale).specific


@pytest.mark.django_db
def test_translation_maps_taxonomy_services_and_legal_references(editor_client):
    en = Locale.objects.get(language_code="en")
    page = _czech_procedure()
    # A fresh Czech page so that no English translation exists yet.
    source = ProcedurePage(
        title="Zkušební postup",
        slug="zkusebni-postup",
        summary="Shrnutí.",
        locale=page.locale,
    )
    page.get_parent().add_child(instance=source)
    source.topics = list(Topic.objects.filter(locale=page.locale)[:2])
    source.audiences = list(Audience.objects.filter(locale=page.locale)[:2])
    source.regions = list(Region.objects.filter(locale=page.locale)[:1])
    service = Service.objects.filter(locale=page.locale).first()
    reference = LegalReference.objects.filter(locale=page.locale).first()
    source.body = [{"type": "contact", "value": {"service": service.pk}}]
    source.steps = [
        {
            "type": "step",
            "value": {
                "actor": "police",
                "title": "Krok",
                "time_limit": {},
                "text": "<p>Text.</p>",
                "legal_basis": [reference.pk],
            },
        }
    ]
    source.save_revision().publish()

    copy = _translate(editor_client, source)

    assert copy.locale == en
    for name in ("topics", "audiences", "regions"):
        source_keys = sorted(str(t.translation_key) for t in getattr(source, name).all())
        copied = list(getattr(copy, name).all())
        assert {t.locale_id for t in copied} == {en.pk}, name
        assert sorted(str(t.translation_key) for t in copied) == source_keys, name
    latest = copy.get_latest_revision_as_object()
    assert {t.locale_id for t in latest.topics.all()} == {en.pk}
    contact = next(b for b in latest.body if b.block_type == "contact")
    assert contact.value["service"].locale_id == en.pk
    assert contact.value["service"].translation_key == service.translation_key
    step = next(b for b in latest.steps if b.block_type == "step")
    assert [r.locale_id for r in step.value["legal_basis"]] == [en.pk]


@pytest.mark.django_db
def test_translating_a_service_maps_its_taxonomy(editor_client):
    cs = Locale.objects.get(language_code="cs")
    en = Locale.objects.get(language_code="en")
    source = Service.objects.filter(locale=cs).first()
    copy = source.copy_for_translation(cs)  # a fresh Czech service to translate
    copy.code = "zkusebni-sluzba"
    copy.translation_key = __import__("uuid").uuid4()
    copy.save()
    copy.topics = list(Topic.objects.filter(locale=cs)[:2])
    copy.audiences = list(Audience.objects.filter(locale=cs)[:1])
    copy.service_areas = list(Region.objects.filter(locale=cs)[:1])
    copy.save()

    url = reverse(
        "simple_translation:submit_snippet_translation",
        args=["services", "service", copy.pk],
    )
    response = editor_client.post(url, {"locales": [en.pk]})
    assert response.status_code == 302
    english = copy.get_translation(en)
    for name in ("topics", "audiences", "service_areas"):
        items = list(getattr(english, name).all())
        assert items and {item.locale_id for item in items} == {en.pk}, name
        assert sorted(str(i.translation_key) for i in items) == sorted(
            str(i.translation_key) for i in getattr(copy, name).all()
        )
