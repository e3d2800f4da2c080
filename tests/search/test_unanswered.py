"""Unanswered questions: grouped, private (names never stored or shown), counted with
click-through, and answered from the report by adding a phrasing to a page's draft."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from kb.folding import fold
from kb.guidance.models import KnowledgePage
from kb.guidance.phrasings import split
from search import analytics
from search.models import AnsweredQuestion, SearchQueryDaily

pytestmark = pytest.mark.django_db

NAMES = [
    "Jana", "Petr", "Novák", "Nováková", "Dvořák", "Svoboda", "Svobodová", "Jan", "Eva",
    "Tomáš", "Lucie", "Novotný", "Černý", "Procházka", "Karel", "Martin", "Marie", "Josef",
]  # fmt: skip
STREETS = ["Vinohradská", "Žitná", "Na Poříčí", "Sokolská", "ul. Lidická", "Korunní"]


def _seed(query, *, days=3, zero=True, opened=0, locale="cs"):
    today = timezone.localdate()
    text = analytics.normalise_query(query, locale)
    for age in range(days):
        SearchQueryDaily.objects.create(
            day=today - datetime.timedelta(days=age),
            locale=locale,
            query=text,
            searches=2,
            zero_results=2 if zero else 0,
            opened=opened,
        )
    return text


def test_lay_words_of_the_language_are_kept_for_editors():
    assert analytics.normalise_query("pritel me mlati") == "pritel me mlati"
    assert analytics.normalise_query("kamaradka ma modriny") == "kamaradka ma modriny"
    assert analytics.normalise_query("my husband hits me", "en") == "my husband hits me"


@pytest.mark.parametrize("name", NAMES)
def test_first_names_and_surnames_are_never_stored(name):
    for query in (
        f"{name} me mlati",
        f"pritel {name} me mlati",
        f"{name.lower()} me bije",
        f"{fold(name)} vyhrozuje",
    ):
        stored = analytics.normalise_query(query)
        assert fold(name) not in stored.split(), (query, stored)


@pytest.mark.parametrize("street", STREETS)
def test_streets_and_numbers_are_never_stored(street):
    stored = analytics.normalise_query(f"bydli v {street} 12 a bije me")
    for word in fold(street).replace(".", " ").split():
        if len(word) > 2:
            assert word not in stored.split(), stored
    assert "12" not in stored


def test_names_never_reach_the_table_or_the_report(admin_client):
    for query in ["Jana Nováková me bije", "Petr Dvořák vyhrozuje", "svoboda novak mlati"]:
        for _ in range(3):
            analytics.record_search(query=query, locale="cs", total=0)
    analytics.flush()
    stored = " ".join(SearchQueryDaily.objects.values_list("query", flat=True))
    for name in ("jana", "novakova", "petr", "dvorak", "svoboda", "novak"):
        assert name not in stored.split()
    html = admin_client.get(reverse("search_analytics")).content.decode().lower()
    for name in ("nováková", "novakova", "dvořák", "dvorak", "svoboda"):
        assert name not in html


def test_the_same_question_in_another_word_order_is_one_group():
    _seed("co je vykazani", days=2)
    _seed("vykazani co to je", days=2)
    rows = analytics.unanswered_questions(min_days=2)
    groups = [r for r in rows if r.key == "vykazani"]
    assert len(groups) == 1
    assert groups[0].searches == 8
    assert set(groups[0].variants) == {"co je vykazani", "vykazani co to je"}


@override_settings(SEARCH_ANALYTICS_MIN_DAYS=3)
def test_a_question_seen_on_fewer_days_than_the_threshold_is_not_shown():
    _seed("pritel me mlati", days=2)
    assert analytics.unanswered_questions() == []
    _seed("pritel mlati me", days=3)
    assert [r.key for r in analytics.unanswered_questions()] == ["mlati pritel"]


def test_results_nobody_opened_are_unanswered_and_opened_ones_are_not():
    _seed("kamaradka ma modriny", zero=False, opened=0)
    _seed("druh mi vyhrozuje", zero=False, opened=1)
    keys = [r.key for r in analytics.unanswered_questions(min_days=2)]
    assert "kamaradka ma modriny" in keys
    assert "druh vyhrozuje" not in keys


def test_the_search_page_ping_counts_an_opened_result(client):
    response = client.post(reverse("search:opened") + "?q=druh+mi+vyhrozuje&lang=cs")
    assert response.status_code == 204
    client.post(reverse("search:opened") + "?q=Druh mi VYHROŽUJE&lang=cs")
    row = SearchQueryDaily.objects.get(query="druh mi vyhrozuje")
    assert (row.opened, row.searches) == (2, 0)
    assert client.get(reverse("search:opened") + "?q=x").status_code == 405


@override_settings(SEARCH_URL="")
def test_search_page_hits_carry_the_ping_to_the_opened_endpoint(client):
    page = client.get("/search/", {"q": "vykázání"}).content.decode()
    assert 'ping="/search/opened/?q=vyk%C3%A1z%C3%A1n%C3%AD&amp;lang=cs"' in page


def _report_row(client, key):
    html = client.get(reverse("search_analytics")).content.decode()
    return f'data-unanswered-row="{key}"' in html


def _overview():
    return KnowledgePage.objects.get(slug="vykazani-zakladni-prehled").specific


def test_an_editor_adds_the_phrasing_on_a_new_draft_revision(make_user, client):
    _seed("pritel me mlati")
    client.force_login(make_user("editor", "Editors"))
    assert _report_row(client, "mlati pritel")
    chooser = client.get(
        reverse("search_analytics_choose_page"),
        {"key": "mlati pritel", "phrasing": "pritel me mlati", "locale": "cs", "title": "vykáz"},
    )
    page = _overview()
    assert page.title in chooser.content.decode()
    revisions = page.revisions.count()
    live_before = page.asked_as
    response = client.post(
        reverse("search_analytics_add_phrasing", args=[page.pk]),
        {"phrasing": "pritel me  mlati", "key": "mlati pritel", "locale": "cs"},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert "pritel me mlati" in response.content.decode()  # the success message
    page.refresh_from_db()
    assert page.revisions.count() == revisions + 1
    draft = page.get_latest_revision_as_object()
    assert split(draft.asked_as)[-1] == "pritel me mlati"
    # Not published by it: the live page is unchanged and has unpublished changes.
    assert page.asked_as == live_before and page.has_unpublished_changes
    answered = AnsweredQuestion.objects.get()
    assert (answered.key, answered.page_id) == ("mlati pritel", page.pk)
    assert not _report_row(client, "mlati pritel")


def test_a_phrasing_with_a_name_or_phone_is_refused(make_user, client):
    client.force_login(make_user("editor", "Editors"))
    page = _overview()
    url = reverse("search_analytics_add_phrasing", args=[page.pk])
    for bad in ("muj muz Petr Novak me bije", "zavolejte mi 777 123 456", "x" * 201):
        response = client.post(url, {"phrasing": bad, "key": "bije", "locale": "cs"})
        assert response.status_code == 200
        assert "data-phrasing-errors" in response.content.decode()
    assert not AnsweredQuestion.objects.exists()
    assert page.revisions.count() == _overview().revisions.count()


def test_a_user_without_edit_rights_cannot_add_a_phrasing(django_user_model, client):
    group = Group.objects.create(name="Analysts")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_searchquerydaily"),
    )
    user = django_user_model.objects.create_user("analyst", "a@example.invalid", "pw")
    user.groups.add(group)
    client.force_login(user)
    page = _overview()
    revisions = page.revisions.count()
    assert client.get(reverse("search_analytics")).status_code == 200
    chooser = client.get(reverse("search_analytics_choose_page"), {"locale": "cs"})
    assert page.title not in chooser.content.decode()
    url = reverse("search_analytics_add_phrasing", args=[page.pk])
    refused = client.post(url, {"phrasing": "pritel me mlati", "locale": "cs"})
    # Wagtail's admin answers a PermissionDenied with a redirect to the dashboard.
    assert refused.status_code in (302, 403)
    assert refused.status_code == 403 or refused["Location"] == reverse("wagtailadmin_home")
    assert page.revisions.count() == revisions
    assert not AnsweredQuestion.objects.exists()


def test_the_report_and_the_chooser_speak_czech(superuser, client):
    _seed("pritel me mlati")
    client.force_login(superuser)  # the admin's default language is Czech
    report = client.get(reverse("search_analytics")).content.decode()
    assert "Nezodpovězené otázky" in report and "Přidat ke stránce" in report
    assert "Unanswered questions" not in report
    chooser = client.get(reverse("search_analytics_choose_page"), {"phrasing": "pritel"})
    assert "Která stránka na tuto otázku odpovídá?" in chooser.content.decode()
    form = client.get(reverse("search_analytics_add_phrasing", args=[_overview().pk]))
    assert "Přidat formulaci" in form.content.decode()
    assert "Tak, jak ji lidé píší" in form.content.decode()
