"""Writes and side effects of guidance: review reminders."""

from collections import defaultdict

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse

from .selectors import pages_due_for_review


def review_reminders_send() -> int:
    """E-mail each content owner the list of their pages that are overdue or due soon.
    Returns how many e-mails went out. Pages without an owner with an e-mail address show up
    in the admin report only."""
    by_owner = defaultdict(list)
    for page in pages_due_for_review():
        owner = page.content_owner
        if owner and owner.is_active and owner.email:
            by_owner[owner].append(page)
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    for owner, pages in by_owner.items():
        lines = [
            f"- {p.title} ({p.locale.language_code}): "
            f"{p.next_review_due:%d. %m. %Y} – {base}{reverse('wagtailadmin_pages:edit', args=[p.pk])}"
            for p in pages
        ]
        send_mail(
            subject=f"Znalostní báze: {len(pages)} stránek k revizi / pages due for review",
            message="Tyto stránky je třeba zkontrolovat / These pages are due for review:\n\n"
            + "\n".join(lines),
            from_email=None,
            recipient_list=[owner.email],
        )
    return len(by_owner)
