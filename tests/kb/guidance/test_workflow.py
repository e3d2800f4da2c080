"""Publishing goes through the 'Legal review' workflow that Wagtail runs."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, Workflow

from kb.guidance.models import GuidanceIndexPage, GuidancePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft():
    section = GuidanceIndexPage.objects.filter(locale=Locale.get_default()).first()
    page = GuidancePage(title="Nová metodika", slug="nova-metodika", summary="Shrnutí.", live=False)
    section.add_child(instance=page)
    page.save_revision()
    return page


def test_whole_tree_uses_legal_review_workflow(draft):
    workflow = draft.get_workflow()
    assert workflow == Workflow.objects.get(name="Legal review")
    assert [t.name for t in workflow.tasks] == ["Legal review"]


def edit_form(draft, **action: str) -> dict:
    """The page edit form as the admin posts it, unchanged but for the action button."""
    return {
        "title": draft.title,
        "slug": draft.slug,
        "summary": draft.summary,
        "body-count": "0",
        "visibility": "public",
        "sources-TOTAL_FORMS": "0",
        "sources-INITIAL_FORMS": "0",
        "sources-MIN_NUM_FORMS": "0",
        "sources-MAX_NUM_FORMS": "1000",
        "last_reviewed": draft.last_reviewed.isoformat(),
        "next_review_due": draft.next_review_due.isoformat(),
        **action,
    }


def test_editor_submits_and_legal_reviewer_approves(client, make_user, draft):
    editor = make_user("editor", "Editors")
    reviewer = make_user("pravnik", "Legal reviewers")

    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    response = client.post(edit_url, edit_form(draft, **{"action-submit": "Submit"}))
    assert response.status_code == 302, response.content[:2000]
    draft.refresh_from_db()
    state = draft.current_workflow_state
    assert state is not None and state.status == "in_progress"
    assert not draft.live

    task_state = state.current_task_state
    assert task_state.task.specific.user_can_access_editor(draft, reviewer)
    client.force_login(reviewer)
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=[draft.pk, "approve", task_state.pk]
    )
    response = client.post(approve_url, {"comment": "Právně v pořádku."})
    assert response.status_code in (200, 302)
    draft.refresh_from_db()
    assert draft.live
    assert draft.current_workflow_state is None


def test_editor_cannot_publish_directly(client, make_user, draft):
    client.force_login(make_user("editor2", "Editors"))
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[draft.pk]),
        edit_form(draft, **{"action-publish": "Publish"}),
    )
    assert response.status_code in (200, 302, 403)
    draft.refresh_from_db()
    assert not draft.live


def test_revisions_and_scheduled_publishing_come_from_wagtail(draft):
    import datetime

    from django.utils import timezone

    draft.title = "Nová metodika v2"
    revision = draft.save_revision()
    assert draft.revisions.count() == 2
    draft.go_live_at = timezone.now() + datetime.timedelta(days=2)
    revision = draft.save_revision()
    revision.publish()
    draft.refresh_from_db()
    assert not draft.live
    assert revision.approved_go_live_at is not None
