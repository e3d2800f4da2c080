"""Admin views: the search analytics report (top, zero-result and unanswered queries) and
the one-click way from an unanswered question to a page's "How people ask"."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page

from kb.guidance.models import KnowledgePage
from kb.guidance.phrasings import MAX_LENGTH, problems, split

from .analytics import mark_answered, top_queries, unanswered_questions, unknown_word_counts

PERIODS = (7, 30, 90)
CHOOSER_SIZE = 50


def _locale(request: HttpRequest) -> str | None:
    locale = request.GET.get("locale") or request.POST.get("locale") or None
    return locale if locale in dict(settings.LANGUAGES) else None


@permission_required("search.view_searchquerydaily", raise_exception=True)
def search_analytics_report(request: HttpRequest) -> HttpResponse:
    try:
        days = int(request.GET.get("days", 30))
    except ValueError:
        days = 30
    days = days if days in PERIODS else 30
    locale = _locale(request)
    return render(
        request,
        "search/admin/analytics_report.html",
        {
            "top": top_queries(days=days, locale=locale)[:50],
            "zero": top_queries(days=days, locale=locale, zero_only=True)[:50],
            "unanswered": unanswered_questions(days=days, locale=locale),
            "unknown": unknown_word_counts(days=days, locale=locale),
            "min_days": settings.SEARCH_ANALYTICS_MIN_DAYS,
            "days": days,
            "periods": PERIODS,
            "locale": locale,
            "languages": settings.LANGUAGES,
            "retention_days": settings.SEARCH_ANALYTICS_RETENTION_DAYS,
        },
    )


def _question(request: HttpRequest) -> dict[str, str]:
    """The unanswered question a chooser step is about (as the report's row gave it)."""
    data = request.POST if request.method == "POST" else request.GET
    return {
        "key": data.get("key", "")[:100],
        "phrasing": data.get("phrasing", "")[:MAX_LENGTH],
        "locale": _locale(request) or settings.LANGUAGE_CODE,
    }


@permission_required("search.view_searchquerydaily", raise_exception=True)
def choose_page(request: HttpRequest) -> HttpResponse:
    """Step 1: which page should have answered? The pages of the question's language that
    the editor may edit, narrowed by a title search."""
    question = _question(request)
    title = request.GET.get("title", "").strip()[:100]
    pages = KnowledgePage.objects.filter(locale__language_code=question["locale"])
    if title:
        pages = pages.filter(title__icontains=title)
    editable = [
        page
        for page in pages.order_by("title")[: CHOOSER_SIZE * 4]
        if page.permissions_for_user(request.user).can_edit()
    ][:CHOOSER_SIZE]
    return render(
        request,
        "search/admin/choose_page.html",
        {"question": question, "pages": editable, "title": title},
    )


class PhrasingForm(forms.Form):
    phrasing = forms.CharField(
        label=gettext_lazy("Phrasing"),
        max_length=MAX_LENGTH,
        help_text=gettext_lazy(
            "As people type it; without names, phone numbers or e-mails. It is added to the "
            "page's “How people ask” on a new draft revision."
        ),
    )
    key = forms.CharField(widget=forms.HiddenInput, required=False, max_length=100)
    locale = forms.CharField(widget=forms.HiddenInput, required=False, max_length=8)

    def clean_phrasing(self) -> str:
        phrasing = " ".join(self.cleaned_data["phrasing"].split())
        found = problems([phrasing])
        if found:
            raise ValidationError(found)
        return phrasing


@permission_required("search.view_searchquerydaily", raise_exception=True)
def add_phrasing(request: HttpRequest, page_id: int) -> HttpResponse:
    """Step 2: confirm (and edit) the phrasing; it is appended to the page's "How people
    ask" on a new draft revision, which the editor then publishes or submits for review as
    the page's workflow says. Nothing is published here."""
    page = get_object_or_404(Page, pk=page_id).specific
    if (
        not isinstance(page, KnowledgePage)
        or not page.permissions_for_user(request.user).can_edit()
    ):
        raise PermissionDenied
    question = _question(request)
    form = PhrasingForm(request.POST or None, initial=question)
    if request.method == "POST" and form.is_valid():
        phrasing = form.cleaned_data["phrasing"]
        draft = page.get_latest_revision_as_object()
        listed = split(draft.asked_as)
        if phrasing.casefold() not in {p.casefold() for p in listed}:
            listed.append(phrasing)
        found = problems(listed)
        if not found:
            draft.asked_as = "\n".join(listed)
            try:
                draft.save_revision(user=request.user, log_action=True)
            except ValidationError as error:
                found = error.messages
        if found:
            for problem in found:
                form.add_error("phrasing", problem)
        else:
            mark_answered(locale=question["locale"], key=question["key"], page_id=page.pk)
            messages.success(
                request,
                _(
                    "“%(phrasing)s” was added to “How people ask” on a new draft of this "
                    "page. Publish it (or submit it for review) so that search finds it."
                )
                % {"phrasing": phrasing},
            )
            return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    return render(
        request,
        "search/admin/add_phrasing.html",
        {"page": page, "form": form, "question": question},
    )
