import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from kb.guidance.models import KnowledgePage
from kb.guidance.selectors import pages_due_for_review

pytestmark = pytest.mark.django_db


def _set_due(page, days_from_today):
    today = timezone.localdate()
    page.last_reviewed = today - datetime.timedelta(days=400)
    page.next_review_due = today + datetime.timedelta(days=days_from_today)
    page.save(update_fields=["last_reviewed", "next_review_due"])


def test_report_lists_overdue_and_soon_pages_but_not_fresh_ones(client, superuser):
    overdue, soon, fresh = KnowledgePage.objects.filter(live=True).order_by("pk")[:3]
    _set_due(overdue, -5)
    _set_due(soon, 20)
    _set_due(fresh, 45)
    client.force_login(superuser)
    response = client.get(reverse("due_for_review"))
    assert response.status_code == 200
    html = response.content.decode()
    assert overdue.title in html and soon.title in html
    assert fresh.title not in html
    assert "Po termínu" in html and "Brzy" in html  # the Czech admin
    due = list(pages_due_for_review())
    assert due.index(overdue) < due.index(soon)


def test_unverified_demo_facts_are_due_for_review():
    overdue = pages_due_for_review().filter(next_review_due__lt=timezone.localdate())
    slugs = set(overdue.values_list("slug", flat=True))
    assert "postup-pri-vykazani" in slugs or overdue.filter(title__icontains="vykáz").exists()
    assert overdue.count() >= 5


def test_report_filters_overdue_only_and_exports_csv(client, superuser):
    overdue, soon = KnowledgePage.objects.filter(live=True).order_by("pk")[:2]
    _set_due(overdue, -1)
    _set_due(soon, 10)
    client.force_login(superuser)
    response = client.get(reverse("due_for_review"), {"state": "overdue"})
    assert overdue.title in response.content.decode()
    assert soon.title not in response.content.decode()
    export = client.get(reverse("due_for_review"), {"export": "csv"})
    assert export.status_code == 200
    body = (
        b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    )
    assert "Příští revize" in body and overdue.title in body


def test_report_is_in_the_reports_menu_and_closed_to_anonymous(client, superuser):
    assert client.get(reverse("due_for_review")).status_code == 302
    client.force_login(superuser)
    assert reverse("due_for_review") in client.get(reverse("wagtailadmin_home")).content.decode()


def test_dashboard_shows_the_editors_own_overdue_pages(client, make_user):
    editor = make_user("vlastnice", "Editors")
    mine, other = KnowledgePage.objects.filter(live=True).order_by("pk")[:2]
    _set_due(mine, -3)
    _set_due(other, -3)
    KnowledgePage.objects.filter(pk=mine.pk).update(content_owner=editor)
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "my-reviews" in html
    assert mine.title in html and other.title not in html


def test_reminders_go_to_owners_with_their_pages(mailoutbox, make_user):
    from django.core.management import call_command

    owner = make_user("garant", "Editors")
    page = KnowledgePage.objects.filter(live=True).order_by("pk").first()
    _set_due(page, -1)
    KnowledgePage.objects.filter(pk=page.pk).update(content_owner=owner)
    call_command("send_review_reminders")
    mine = [m for m in mailoutbox if m.to == [owner.email]]
    assert len(mine) == 1
    assert page.title in mine[0].body and f"/admin/pages/{page.pk}/edit/" in mine[0].body
