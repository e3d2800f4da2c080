"""Approving a page in Legal review records the review; pages whose reminders reach nobody
and abandoned drafts show up in reports."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from kb.guidance.models import GuidanceIndexPage, GuidancePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def overdue_page(make_user):
    section = GuidanceIndexPage.objects.filter(locale=Locale.get_default()).first()
    today = timezone.localdate()
    page = GuidancePage(
        title="Metodika po termínu",
        slug="metodika-po-terminu",
        summary="Shrnutí.",
        live=False,
        last_reviewed=today - datetime.timedelta(days=800),
        next_review_due=today - datetime.timedelta(days=70),
        content_owner=make_user("owner", "Editors"),
    )
    section.add_child(instance=page)
    page.save_revision()
    return page


def _approve(client, page, reviewer):
    page.refresh_from_db()
    workflow = page.get_workflow()
    workflow.start(page, page.content_owner)
    page.refresh_from_db()
    task_state = page.current_workflow_state.current_task_state
    client.force_login(reviewer)
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    response = client.post(url, {"comment": "OK"})
    assert response.status_code in (200, 302)


def test_approval_moves_the_review_dates_and_records_the_reviewer(client, make_user, overdue_page):
    reviewer = make_user("pravnik", "Legal reviewers")
    interval = overdue_page.next_review_due - overdue_page.last_reviewed
    _approve(client, overdue_page, reviewer)

    page = GuidancePage.objects.get(pk=overdue_page.pk)
    today = timezone.localdate()
    assert page.live
    assert page.last_reviewed == today
    assert page.next_review_due == today + interval
    assert page.last_reviewed_by == reviewer
    assert not page.review_overdue
    # A later edit starts from the latest revision: it must carry the new dates too.
    latest = page.get_latest_revision_as_object()
    assert latest.last_reviewed == today
    assert latest.last_reviewed_by_id == reviewer.pk


def test_overdue_page_leaves_the_due_report_after_approval(client, make_user, overdue_page):
    reviewer = make_user("pravnik", "Legal reviewers")
    client.force_login(reviewer)
    report = reverse("due_for_review_results")
    assert "Metodika po termínu" in client.get(report, {"state": "overdue"}).content.decode()
    _approve(client, overdue_page, reviewer)
    client.force_login(reviewer)
    assert "Metodika po termínu" not in client.get(report, {"state": "overdue"}).content.decode()


def test_pages_without_an_active_owner_are_reported(client, superuser, overdue_page):
    client.force_login(superuser)
    url = reverse("pages_without_owner_results")
    assert "Metodika po termínu" not in client.get(url).content.decode()
    owner = overdue_page.content_owner
    owner.is_active = False
    owner.save()
    assert "Metodika po termínu" in client.get(url).content.decode()
    assert client.get(reverse("pages_without_owner")).status_code == 200


def test_abandoned_drafts_are_reported(client, superuser, overdue_page):
    client.force_login(superuser)
    url = reverse("abandoned_drafts_results")
    assert "Metodika po termínu" not in client.get(url).content.decode()
    old = timezone.now() - datetime.timedelta(days=40)
    GuidancePage.objects.filter(pk=overdue_page.pk).update(latest_revision_created_at=old)
    assert "Metodika po termínu" in client.get(url).content.decode()
    assert client.get(reverse("abandoned_drafts")).status_code == 200
