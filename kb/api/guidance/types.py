"""Guidance and procedure pages as partners see them."""

from typing import Any, NamedTuple

import graphene
from django.utils import translation
from graphql import GraphQLResolveInfo

from kb.guidance import blocks as wagtail_blocks
from kb.guidance import deadlines
from kb.guidance.choices import Actor as ActorChoices
from kb.guidance.choices import Counting as CountingChoices
from kb.guidance.choices import PageType as PageTypeChoices
from kb.guidance.choices import TimeUnit as TimeUnitChoices
from kb.guidance.models import KnowledgePage as PageModel

from ..context import loader_of
from ..core.connection import CountedConnection
from ..core.enums import choices_enum, described_enum, label, label_field
from ..core.images import Image, ImageLoader, image_value
from ..core.nodes import PAGE, Node, database_id_field, global_id, node_type
from ..taxonomy.types import Audience, LegalReference, Region, Topic
from .blocks import BodyBlock, RichText
from .loaders import PageLoader
from .registry import presents
from .timeline import Counting, resolve_timeline, timeline_field

Actor = choices_enum(ActorChoices, description="Who must act in a procedure step.")
TimeUnit = choices_enum(TimeUnitChoices, description="Unit of a statutory time limit.")
PAGE_TYPE_DESCRIPTIONS = {
    PageTypeChoices.GUIDANCE: "Guidance on rights, duties and options.",
    PageTypeChoices.PROCEDURE: "A procedure made of ordered steps.",
}
PageType = described_enum(
    "PageType",
    {kind.name: (kind.value, PAGE_TYPE_DESCRIPTIONS[kind]) for kind in PageTypeChoices},
    description="Kind of knowledge page.",
)


def _loader(info: GraphQLResolveInfo) -> PageLoader:
    return loader_of(info, PageLoader)


class ContentOwner(graphene.ObjectType):
    class Meta:
        description = "The editor responsible for a page (name only)."

    name = graphene.String(required=True, description="Full name of the editor.")


class Breadcrumb(graphene.ObjectType):
    class Meta:
        description = "A page above this one: the home page, then the section."

    id = graphene.ID(required=True, description="Database id of the page.")
    title = graphene.String(required=True, description="Title of the page.")
    slug = graphene.String(required=True, description="Slug of the page.")
    url = graphene.String(description="Absolute URL on the knowledge base.")
    url_path = graphene.String(description="Path as served on the site.")

    @staticmethod
    def resolve_url(page: Any, info: GraphQLResolveInfo) -> Any:
        return _loader(info).urls(page)[0]

    @staticmethod
    def resolve_url_path(page: Any, info: GraphQLResolveInfo) -> Any:
        return _loader(info).urls(page)[1]


class Translation(graphene.ObjectType):
    class Meta:
        description = "The same page in another language (only versions the caller may see)."

    id = graphene.ID(required=True, description="Database id of the translated page.")
    locale = graphene.String(required=True, description="Its language code.")
    title = graphene.String(required=True, description="Its title.")
    slug = graphene.String(required=True, description="Its slug.")
    url = graphene.String(description="Its absolute URL on the knowledge base.")
    url_path = graphene.String(description="Its path as served on the site.")

    @staticmethod
    def resolve_locale(page: Any, _info: GraphQLResolveInfo) -> Any:
        return page.locale.language_code

    resolve_url = Breadcrumb.resolve_url
    resolve_url_path = Breadcrumb.resolve_url_path


class PageSource(graphene.ObjectType):
    class Meta:
        description = (
            "Where the page's facts come from: an Act in the official collection, a ministry "
            "or court page, a commentary."
        )

    title = graphene.String(required=True, description="What the source is, e.g. the Act.")
    url = graphene.String(required=True, description="Where to read it.")
    accessed_on = graphene.Date(
        description="When an editor last read it; null when not yet checked against it."
    )


class KnowledgePage(graphene.Interface):
    class Meta:
        interfaces = (Node,)
        description = "A guidance or procedure page."

    id = graphene.ID(
        required=True,
        description=(
            "Globally unique id of the page in this language; `page(id:)` and `node(id:)` take it."
        ),
    )
    database_id = database_id_field("page in this language")
    translation_key = graphene.String(
        required=True, description="The same for every language version of the page."
    )
    page_type = graphene.Field(PageType, required=True, description="Guidance or procedure.")
    title = graphene.String(required=True, description="Title.")
    slug = graphene.String(required=True, description="Slug (last part of the path).")
    locale = graphene.String(required=True, description="Language code.")
    url = graphene.String(description="Absolute URL on the knowledge base.")
    url_path = graphene.String(description="Path as served on the site, e.g. `/en/rights/…/`.")
    summary = graphene.String(required=True, description="One or two sentences for lists.")
    asked_as = graphene.NonNull(
        graphene.List(graphene.NonNull(graphene.String)),
        description=(
            "How people ask for this page: questions and phrasings in their own words, as "
            'editors collected them (e.g. to show as "You may be asking…"); may be empty.'
        ),
    )
    illustration = graphene.Field(Image, description="A diagram or photo for the page, if any.")
    sources = graphene.NonNull(
        graphene.List(graphene.NonNull(PageSource)),
        description="The sources of the page's facts, in the editors' order; may be empty.",
    )
    body = graphene.NonNull(
        graphene.List(graphene.NonNull(BodyBlock)), description="The body as typed blocks."
    )
    body_html = graphene.String(required=True, description="The body rendered as HTML.")
    is_professionals_only = graphene.Boolean(
        required=True, description="True for pages only professional keys can read."
    )
    owner = graphene.Field(ContentOwner, description="The editor responsible, if set.")
    last_reviewed = graphene.Date(required=True, description="When the content was last checked.")
    next_review_due = graphene.Date(required=True, description="When it must be checked again.")
    review_overdue = graphene.Boolean(
        required=True, description="True when the review date has passed: show a caution."
    )
    first_published_at = graphene.DateTime(description="When first published.")
    last_published_at = graphene.DateTime(description="When last published.")
    topics = graphene.NonNull(graphene.List(graphene.NonNull(Topic)), description="Topics.")
    audiences = graphene.NonNull(
        graphene.List(graphene.NonNull(Audience)), description="Who it is written for."
    )
    regions = graphene.NonNull(
        graphene.List(graphene.NonNull(Region)), description="Where it applies."
    )
    ancestors = graphene.NonNull(
        graphene.List(graphene.NonNull(Breadcrumb)),
        description="Breadcrumbs from the home page down to the page's section.",
    )
    translations = graphene.NonNull(
        graphene.List(graphene.NonNull(Translation)),
        description="Other language versions the caller may see.",
    )
    is_fallback = graphene.Boolean(
        required=True,
        description=(
            "True when this page stands in for a translation that does not exist "
            "(`page(fallback: true)`): it is in its own `locale`, not the one asked for."
        ),
    )

    @classmethod
    def resolve_type(cls, page: Any, _info: GraphQLResolveInfo) -> Any:
        return PAGE_TYPES[page.specific_class.page_type]

    @staticmethod
    def resolve_id(page: Any, _info: GraphQLResolveInfo) -> Any:
        return global_id(PAGE, page.pk)

    @staticmethod
    def resolve_database_id(page: Any, _info: GraphQLResolveInfo) -> Any:
        return page.pk

    @staticmethod
    def resolve_is_fallback(page: Any, _info: GraphQLResolveInfo) -> Any:
        return getattr(page, "is_fallback", False)

    @staticmethod
    def resolve_translation_key(page: Any, _info: GraphQLResolveInfo) -> Any:
        return str(page.translation_key)

    @staticmethod
    def resolve_page_type(page: Any, _info: GraphQLResolveInfo) -> Any:
        return page.specific_class.page_type.value

    @staticmethod
    def resolve_locale(page: Any, _info: GraphQLResolveInfo) -> Any:
        return page.locale.language_code

    resolve_url = Breadcrumb.resolve_url
    resolve_url_path = Breadcrumb.resolve_url_path

    @staticmethod
    def resolve_asked_as(page: Any, _info: GraphQLResolveInfo) -> Any:
        return page.asked_as_list

    @staticmethod
    def resolve_sources(page: Any, _info: GraphQLResolveInfo) -> Any:
        return page.sources.all()

    @staticmethod
    def resolve_illustration(page: Any, info: GraphQLResolveInfo) -> Any:
        if page.illustration_id is None:
            return None
        loader_of(info, ImageLoader).prefetch(_loader(info).illustrations())
        return image_value(page.illustration, page.illustration_alt)

    @staticmethod
    def resolve_body(page: Any, info: GraphQLResolveInfo) -> Any:
        return list(_loader(info).body(page))

    @staticmethod
    def resolve_body_html(page: Any, info: GraphQLResolveInfo) -> Any:
        loader = _loader(info)
        return loader.render_stream(page, loader.body(page))

    @staticmethod
    def resolve_owner(page: Any, _info: GraphQLResolveInfo) -> Any:
        owner = page.content_owner
        name = owner.get_full_name() if owner else ""
        return ContentOwner(name=name) if name else None

    @staticmethod
    def resolve_topics(page: Any, _info: GraphQLResolveInfo) -> Any:
        return page.topics.all()

    @staticmethod
    def resolve_audiences(page: Any, _info: GraphQLResolveInfo) -> Any:
        return page.audiences.all()

    @staticmethod
    def resolve_regions(page: Any, _info: GraphQLResolveInfo) -> Any:
        return page.regions.all()

    @staticmethod
    def resolve_ancestors(page: Any, info: GraphQLResolveInfo) -> Any:
        return _loader(info).ancestors(page)

    @staticmethod
    def resolve_translations(page: Any, info: GraphQLResolveInfo) -> Any:
        return _loader(info).translations(page)


class GuidancePage(graphene.ObjectType):
    class Meta:
        interfaces = (Node, KnowledgePage)
        description = "Guidance on rights, duties and options."


class TimeLimit(graphene.ObjectType):
    class Meta:
        description = "A statutory time limit, as data."

    amount = graphene.Int(required=True, description="How many units, e.g. 24.")
    unit = graphene.Field(TimeUnit, required=True, description="Hours, days, weeks or months.")
    unit_label = label_field("The unit")
    counts_from = graphene.String(
        required=True,
        description=(
            "What the limit counts from: the code of one of the procedure's `events`, or "
            "`step:<position>` for another step's deadline."
        ),
    )
    counting = graphene.Field(
        Counting,
        required=True,
        description="From the exact moment, or by calendar days (the event's day not counted).",
    )
    moves_to_working_day = graphene.Boolean(
        required=True,
        description="A last day on a Saturday, Sunday or public holiday moves to the next "
        "working day.",
    )
    needs_verification = graphene.Boolean(
        required=True, description="The rule has not been verified against the current Act."
    )
    starts_from = graphene.String(
        description="When the time starts running, e.g. `from entering the dwelling`.",
        deprecation_reason="Use `countsFrom` and the procedure's `events`; this is the label.",
    )

    @staticmethod
    def resolve_counts_from(limit: Any, _info: GraphQLResolveInfo) -> Any:
        return limit.get("counts_from") or ""

    @staticmethod
    def resolve_counting(limit: Any, _info: GraphQLResolveInfo) -> Any:
        return limit.get("counting") or CountingChoices.MOMENT

    @staticmethod
    def resolve_moves_to_working_day(limit: Any, _info: GraphQLResolveInfo) -> Any:
        return bool(limit.get("moves_to_working_day"))

    @staticmethod
    def resolve_needs_verification(limit: Any, _info: GraphQLResolveInfo) -> Any:
        return bool(limit.get("needs_verification"))

    @staticmethod
    def resolve_starts_from(limit: Any, _info: GraphQLResolveInfo) -> Any:
        return limit.get("starts_from") or None

    @staticmethod
    def resolve_unit_label(limit: Any, _info: GraphQLResolveInfo) -> Any:
        return label(TimeUnitChoices, limit.get("unit"), locale=limit["locale"])


@presents(wagtail_blocks.ProcedureEventBlock)
class ProcedureEvent(graphene.ObjectType):
    class Meta:
        description = "Something that happens in a procedure and starts time limits running."

    code = graphene.String(required=True, description="Stable code, e.g. `expulsion`.")
    label = graphene.String(required=True, description="e.g. `from the expulsion`.")
    starts_timeline = graphene.Boolean(
        required=True,
        description="Happens at the `start` given to `timeline`; other events have no date.",
    )


class NumberedStep(NamedTuple):
    position: int
    step: Any  # the step's StreamChild
    starts_from: str = ""  # the label of what its time limit counts from
    locale: str = ""  # its page's language


@presents(wagtail_blocks.ProcedureStepBlock)
class ProcedureStep(graphene.ObjectType):
    class Meta:
        description = "One step of a procedure: who acts, by when, and on which legal basis."

    id = graphene.ID(required=True, description="Stable id of the step within its page.")
    position = graphene.Int(required=True, description="1 for the first step, and so on.")
    actor = graphene.Field(Actor, required=True, description="Who must act.")
    actor_label = label_field("Who must act")
    title = graphene.String(required=True, description="What happens.")
    time_limit = graphene.Field(TimeLimit, description="The deadline, if there is one.")
    text = graphene.Field(RichText, required=True, description="Details.")
    legal_basis = graphene.NonNull(
        graphene.List(graphene.NonNull(LegalReference)), description="The provisions behind it."
    )
    html = graphene.String(required=True, description="The step rendered as on the knowledge base.")

    # The root is a NumberedStep; its fields read the step block's value.
    @staticmethod
    def resolve_id(root: Any, _info: GraphQLResolveInfo) -> Any:
        return root.step.id or ""

    @staticmethod
    def resolve_position(root: Any, _info: GraphQLResolveInfo) -> Any:
        return root.position

    @staticmethod
    def resolve_actor(root: Any, _info: GraphQLResolveInfo) -> Any:
        return root.step.value.get("actor") or ""

    @staticmethod
    def resolve_actor_label(root: Any, _info: GraphQLResolveInfo) -> Any:
        return label(ActorChoices, root.step.value.get("actor"), locale=root.locale)

    @staticmethod
    def resolve_title(root: Any, _info: GraphQLResolveInfo) -> Any:
        return root.step.value.get("title") or ""

    @staticmethod
    def resolve_time_limit(root: Any, _info: GraphQLResolveInfo) -> Any:
        limit = root.step.value.get("time_limit")
        if not deadlines.has_limit(limit):
            return None
        return {**limit, "starts_from": root.starts_from, "locale": root.locale}

    @staticmethod
    def resolve_text(root: Any, _info: GraphQLResolveInfo) -> Any:
        return root.step.value.get("text")

    @staticmethod
    def resolve_legal_basis(root: Any, _info: GraphQLResolveInfo) -> Any:
        return [ref for ref in root.step.value.get("legal_basis") or [] if ref is not None]

    @staticmethod
    def resolve_html(root: Any, info: GraphQLResolveInfo) -> Any:
        return _loader(info).render(root.step)


class ProcedurePage(graphene.ObjectType):
    class Meta:
        interfaces = (Node, KnowledgePage)
        description = "A procedure as ordered steps."

    steps = graphene.NonNull(
        graphene.List(graphene.NonNull(ProcedureStep)), description="The steps, in order."
    )
    events = graphene.NonNull(
        graphene.List(graphene.NonNull(ProcedureEvent)),
        description="What the steps' time limits count from.",
    )
    timeline = timeline_field()

    @staticmethod
    def resolve_steps(page: Any, info: GraphQLResolveInfo) -> Any:
        return _numbered_steps(page, info)

    @staticmethod
    def resolve_events(page: Any, info: GraphQLResolveInfo) -> Any:
        return _loader(info).events(page)

    @staticmethod
    def resolve_timeline(page: Any, info: GraphQLResolveInfo, start: Any) -> Any:
        return resolve_timeline(
            page, info, _numbered_steps(page, info), _loader(info).events(page), start
        )


def _numbered_steps(page: Any, info: GraphQLResolveInfo) -> list[NumberedStep]:
    loader = _loader(info)
    steps = [b for b in loader.steps(page) if b.block_type == "step"]
    with translation.override(page.locale.language_code):
        labels = loader.anchor_labels(page)
    return [
        NumberedStep(
            position,
            step,
            labels.get(_counts_from(step.value), ""),
            page.locale.language_code,
        )
        for position, step in enumerate(steps, start=1)
    ]


def _counts_from(step_value: Any) -> str:
    return ((step_value.get("time_limit") or {}).get("counts_from") or "").strip()


class KnowledgePageConnection(CountedConnection):
    class Meta:
        node = KnowledgePage
        strict_types = True
        description = "A page of knowledge pages."


PAGE_TYPES = {PageTypeChoices.GUIDANCE: GuidancePage, PageTypeChoices.PROCEDURE: ProcedurePage}
node_type(PageModel, KnowledgePage.resolve_type)
