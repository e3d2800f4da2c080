"""Guidance pages: a section index, general guidance (e.g. legal rights) and procedures
made of ordered steps. Both content types share KnowledgePage, so lists, the review report
and the search index query one table."""

import datetime
from typing import Any

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from . import deadlines, timeline_page
from .blocks import BodyBlock, ProcedureEventsBlock, ProcedureStepsBlock
from .choices import PageType, Visibility
from .forms import AsciiSlugPageForm, KnowledgePageForm
from .lemmas import search_fold
from .phrasings import asked_as_field, split
from .review import REVIEW_CYCLE
from .visibility import Viewer, user_is_professional, visible_pages


class GuidanceIndexPage(Page):
    intro = RichTextField(
        blank=True, features=["bold", "italic", "link"], verbose_name=_("introduction")
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    base_form_class = AsciiSlugPageForm

    parent_page_types = ["home.HomePage"]
    subpage_types = ["guidance.GuidancePage", "guidance.ProcedurePage"]

    class Meta:
        verbose_name = _("guidance section")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        viewer = Viewer.for_user(request.user)
        context["children"] = visible_pages(KnowledgePage.objects.child_of(self), viewer).order_by(
            "title"
        )
        return context


def _stream_text(stream: Any, *, skip: tuple[str, ...] = ()) -> str:
    """One line per passage of a StreamField's searchable text, without the blocks of the
    ``skip`` types."""
    if not stream:
        return ""
    texts = (
        text
        for child in stream
        if child.block_type not in skip
        for text in child.block.get_searchable_content(child.value)
    )
    lines = (" ".join(text.split()) for text in texts)
    return "\n".join(line for line in lines if line)


# The blocks that show a service's contact card: their text (the service's name) is the
# page's `cards` search field, not its body, so that a card's words ("Policie České
# republiky") count little for the page that shows it; the service itself carries them.
CARD_BLOCKS = ("contact",)


def _cards_text(stream: Any) -> str:
    if not stream:
        return ""
    texts = (
        text
        for child in stream
        if child.block_type in CARD_BLOCKS
        for text in child.block.get_searchable_content(child.value)
    )
    return "\n".join(" ".join(text.split()) for text in texts if text.strip())


def default_next_review() -> datetime.date:
    return timezone.localdate() + REVIEW_CYCLE


class KnowledgePage(Page):
    """Common fields of every guidance page. Not created directly."""

    summary = models.TextField(
        max_length=400,
        help_text=_("One or two sentences shown in search results and lists."),
        verbose_name=_("summary"),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))
    asked_as = asked_as_field()
    visibility = models.CharField(
        max_length=16,
        choices=Visibility.choices,
        default=Visibility.PUBLIC,
        help_text=_("Professionals-only pages are never shown to the public or public API keys."),
        verbose_name=_("visibility"),
    )
    content_owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owned_guidance",
        verbose_name=_("content owner"),
        help_text=_("The editor responsible for keeping this page correct."),
    )
    last_reviewed = models.DateField(_("last reviewed"), default=timezone.localdate)
    next_review_due = models.DateField(_("next review due"), default=default_next_review)
    last_reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("last reviewed by"),
        help_text=_("Set when a legal reviewer approves the page."),
    )
    topics = ParentalManyToManyField(
        "taxonomy.Topic", blank=True, related_name="pages", verbose_name=_("topics")
    )
    audiences = ParentalManyToManyField(
        "taxonomy.Audience", blank=True, related_name="pages", verbose_name=_("audiences")
    )
    regions = ParentalManyToManyField(
        "taxonomy.Region", blank=True, related_name="pages", verbose_name=_("regions")
    )
    illustration = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("illustration"),
        help_text=_("Optional: a diagram or photo shown at the top of the page."),
    )
    illustration_alt = models.CharField(
        _("illustration alternative text"),
        max_length=400,
        blank=True,
        help_text=_("What the illustration shows, for people who cannot see it."),
    )
    # Accent-folded plain text of the whole page: the database search fallback matches on it.
    search_text = models.TextField(blank=True, editable=False)

    # The optional illustration comes last: most pages have none.
    illustration_panel = MultiFieldPanel(
        [FieldPanel("illustration"), FieldPanel("illustration_alt")],
        heading=_("Illustration"),
    )
    # Where the page's facts come from (PageSource rows), under the body.
    sources_panel = InlinePanel("sources", heading=_("Sources"), label=_("source"))
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("asked_as"),
        FieldPanel("body"),
        illustration_panel,
        sources_panel,
    ]
    review_panels = [
        FieldPanel("visibility"),
        FieldPanel("content_owner"),
        FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("next_review_due")]),
        FieldPanel("last_reviewed_by", read_only=True),
    ]
    classification_panels = [
        MultiFieldPanel(
            [FieldPanel("topics"), FieldPanel("audiences"), FieldPanel("regions")],
            heading=_("Classification"),
        )
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("asked_as", boost=2),
        index.SearchField("body"),
        index.FilterField("visibility"),
    ]

    base_form_class = KnowledgePageForm
    is_creatable = False
    parent_page_types = ["guidance.GuidanceIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("knowledge page")

    page_type: PageType  # set by each concrete page class

    @property
    def step_values(self) -> list:
        """The page's procedure steps (StructValues), in order; none for guidance."""
        return []

    def legal_references(self) -> list:
        """Every legal reference the page relies on (steps first, then the body), each
        once, in order of appearance."""
        found = {}
        for step in self.step_values:
            for reference in step.get("legal_basis") or []:
                if reference is not None:
                    found.setdefault(reference.pk, reference)
        for block in self.body or []:
            if block.block_type == "legal_reference" and block.value.get("reference"):
                found.setdefault(block.value["reference"].pk, block.value["reference"])
        return list(found.values())

    @property
    def asked_as_list(self) -> list[str]:
        """How people ask for this page, one phrasing each."""
        return split(self.asked_as)

    def search_texts(self) -> dict[str, str]:
        """The page's plain text per search field (search documents, database search); each
        block gives its text through its own ``get_searchable_content``."""
        legal = (f"{r.citation} {r.short_title}".strip() for r in self.legal_references())
        return {
            "title": self.title,
            "summary": self.summary or "",
            "asked_as": "\n".join(self.asked_as_list),
            "steps": _stream_text(getattr(self, "steps", None)),
            "legal": "\n".join(legal),
            "body": _stream_text(self.body, skip=CARD_BLOCKS),
            "cards": _cards_text(self.body),
        }

    def stored_search_text(self) -> str:
        """``search_text``: the folded plain text with its folded lemmas (database search),
        without the contact cards' text: the database finds a card's words on the service."""
        texts = self.search_texts()
        texts.pop("cards", None)
        language = self.locale.language_code if self.locale_id else None
        return search_fold(" ".join(texts.values()), language)

    @property
    def is_professionals_only(self) -> bool:
        return self.visibility == Visibility.PROFESSIONALS

    @property
    def review_overdue(self) -> bool:
        return self.next_review_due < timezone.localdate()

    def clean(self) -> None:
        super().clean()
        if self.illustration_id and not self.illustration_alt.strip():
            raise ValidationError(
                {"illustration_alt": _("Say what the illustration shows (alternative text).")}
            )
        if self.last_reviewed and self.last_reviewed > timezone.localdate():
            raise ValidationError({"last_reviewed": _("The last review cannot be in the future.")})
        if (
            self.last_reviewed
            and self.next_review_due
            and self.next_review_due <= self.last_reviewed
        ):
            raise ValidationError(
                {
                    "next_review_due": _(
                        "The next review must be after the last review (%(date)s)."
                    )
                    % {"date": self.last_reviewed.strftime("%d. %m. %Y")}
                }
            )

    def save(self, *args: Any, **kwargs: Any) -> None:
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "body" in update_fields:
            self.search_text = self.stored_search_text()
            if update_fields is not None:
                kwargs["update_fields"] = [*update_fields, "search_text"]
        return super().save(*args, **kwargs)

    def serve(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not self.is_professionals_only:
            return super().serve(request, *args, **kwargs)
        if not user_is_professional(request.user):
            if not request.user.is_authenticated:
                # Exactly what a missing page answers: a guessed URL reveals nothing.
                raise Http404
            # A signed-in non-professional gets the sign-in form and a note, no loop.
            return redirect_to_login(request.get_full_path())
        response = super().serve(request, *args, **kwargs)
        patch_cache_control(response, private=True)
        return response


def _panels(model_content_panels: list[Any]) -> Any:
    from wagtail.admin.panels import ObjectList, TabbedInterface

    return TabbedInterface(
        [
            ObjectList(model_content_panels, heading=_("Content")),
            ObjectList(
                KnowledgePage.review_panels + KnowledgePage.classification_panels,
                heading=_("Review and audience"),
            ),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )


class GuidancePage(KnowledgePage):
    """Guidance on rights, duties and options, e.g. the rights of the endangered person."""

    edit_handler = _panels(KnowledgePage.content_panels)

    parent_page_types = ["guidance.GuidanceIndexPage"]
    subpage_types: list[str] = []
    template = "guidance/guidance_page.html"
    page_type = PageType.GUIDANCE

    class Meta:
        verbose_name = _("guidance page")


class ProcedurePage(KnowledgePage):
    """A procedure as ordered steps, each with an actor, a time limit and its legal basis."""

    events = StreamField(
        ProcedureEventsBlock(),
        blank=True,
        verbose_name=_("events"),
        help_text=_(
            "What happens in this procedure and starts time limits running; each step's time "
            "limit counts from one of these (by code) or from another step."
        ),
    )
    steps = StreamField(ProcedureStepsBlock(), verbose_name=_("steps"))

    content_panels = KnowledgePage.content_panels[:3] + [
        FieldPanel("events"),
        FieldPanel("steps"),
        FieldPanel("body", heading=_("Further information")),
        KnowledgePage.illustration_panel,
        KnowledgePage.sources_panel,
    ]
    edit_handler = _panels(content_panels)
    search_fields = KnowledgePage.search_fields + [index.SearchField("steps", boost=1.5)]

    parent_page_types = ["guidance.GuidanceIndexPage"]
    subpage_types: list[str] = []
    template = "guidance/procedure_page.html"
    page_type = PageType.PROCEDURE

    class Meta:
        verbose_name = _("procedure page")

    @property
    def step_values(self) -> list:
        return [block.value for block in self.steps if block.block_type == "step"]

    @property
    def event_values(self) -> list[deadlines.Event]:
        return deadlines.events_from(b.value for b in self.events or [] if b.block_type == "event")

    def anchor_labels(self) -> dict[str, str]:
        """What each anchor a time limit may name reads as, in the active language:
        event codes and ``step:<n>``."""
        return deadlines.anchor_labels(self.event_values, self.step_values)

    def clean(self) -> None:
        super().clean()
        found = deadlines.problems(self.step_values, self.event_values)
        if found:
            raise ValidationError(
                {
                    "steps": [
                        (_("Step %(n)d: %(problem)s") % {"n": n, "problem": text}) if n else text
                        for n, _code, text in found
                    ]
                }
            )

    def serve(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if self.is_professionals_only and not user_is_professional(request.user):
            return super().serve(request, *args, **kwargs)
        form, calendar = timeline_page.handle(self, request)
        if calendar is not None:
            return calendar
        request.timeline_form = form  # type: ignore[attr-defined]
        response = super().serve(request, *args, **kwargs)
        return timeline_page.private(response) if form.submitted else response

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context["timeline_form"] = getattr(request, "timeline_form", None)
        context["has_deadlines"] = any(
            deadlines.has_limit(step.get("time_limit")) for step in self.step_values
        )
        return context

    def timeline(
        self, start: datetime.datetime, now: datetime.datetime
    ) -> list[deadlines.Deadline]:
        """The concrete deadlines of every step for events at ``start`` (see
        kb.guidance.deadlines)."""
        return deadlines.timeline(self.step_values, self.event_values, start, now)


class PageSource(Orderable):
    """Where a page's facts come from: an Act in the official collection, a ministry or
    court page, a commentary. Shown under the page as "Sources" and given to partners."""

    page = ParentalKey(
        KnowledgePage, on_delete=models.CASCADE, related_name="sources", verbose_name=_("page")
    )
    title = models.CharField(
        _("title"),
        max_length=300,
        help_text=_("E.g. 'Act No. 141/1961 Coll., Criminal Procedure Code, § 88b'."),
    )
    url = models.URLField(_("URL"), max_length=500)
    accessed_on = models.DateField(
        _("looked at on"),
        null=True,
        blank=True,
        help_text=_("When an editor last read the source; empty when not yet checked."),
    )

    panels = [FieldPanel("title"), FieldRowPanel([FieldPanel("url"), FieldPanel("accessed_on")])]

    class Meta(Orderable.Meta):
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self) -> str:
        return self.title


def page_models() -> dict[str, type[KnowledgePage]]:
    """The page class of each page type."""
    return {model.page_type: model for model in KnowledgePage.__subclasses__()}
