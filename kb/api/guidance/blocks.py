"""One GraphQL type per body block, under the ``BodyBlock`` union; each names the Wagtail
block class it presents (``@presents``, see ``registry`` for why). Each type reads the
block's Wagtail value (a StreamChild) directly. Every block also implements
``ContentBlock`` (id + rendered HTML), so a partner can fall back to HTML for a block type
it does not render natively, and a body block with no type of its own reaches partners as
``HtmlBlock``."""

import copy
from typing import Any

import graphene
from django.db.models import prefetch_related_objects
from graphql import GraphQLResolveInfo
from wagtail.blocks import StreamValue

from kb.guidance import blocks as wagtail_blocks

from ..context import loader_of
from ..core.enums import described_enum
from ..core.images import Image, image_value
from ..services.selectors import service_relations
from ..services.types import Service
from ..taxonomy.types import LegalReference
from . import selectors
from .loaders import BODY, PageLoader, lookup_name, requested_fields
from .registry import presents, type_for, types_of

# A contact card's service: what its HTML reads is fetched with the blocks, the service's
# taxonomy (by its GraphQL field) only when the query asks for it.
_ON_DEMAND = {"service_areas": "serviceAreas", "topics": "topics", "audiences": "audiences"}
ON_DEMAND_RELATIONS = {
    _ON_DEMAND[lookup_name(lookup)]: lookup
    for lookup in service_relations()
    if lookup_name(lookup) in _ON_DEMAND
}
CARD_RELATIONS = tuple(
    lookup for lookup in service_relations() if lookup_name(lookup) not in _ON_DEMAND
)


class LinkedPage(graphene.ObjectType):
    class Meta:
        description = "The knowledge-base page an internal link points to."

    id = graphene.ID(required=True, description="Database id of the page.")
    slug = graphene.String(required=True, description="Slug of the page.")
    title = graphene.String(required=True, description="Title of the page.")
    locale = graphene.String(required=True, description="Language code of the page.")
    url = graphene.String(required=True, description="Absolute URL on the knowledge base.")
    url_path = graphene.String(required=True, description="Path as served on the site.")


class RichTextLink(graphene.ObjectType):
    class Meta:
        description = (
            "A link inside rich text. Links to content the caller may not see are not "
            "listed (their text stays in the HTML, without the link)."
        )

    text = graphene.String(required=True, description="The link's text.")
    url = graphene.String(required=True, description="Where it points (absolute for pages).")
    page = graphene.Field(LinkedPage, description="The target page; null for external links.")

    @staticmethod
    def resolve_page(link: Any, _info: GraphQLResolveInfo) -> Any:
        return link.target


class RichText(graphene.ObjectType):
    class Meta:
        description = (
            "Formatted text. Internal links carry `data-page-id` and `data-page-slug` "
            "attributes so partners can point them at their own pages."
        )

    html = graphene.String(
        required=True, description="HTML fragment (p, h2, h3, ul, ol, strong, em, a)."
    )
    text = graphene.String(required=True, description="The same as plain text.")
    links = graphene.NonNull(
        graphene.List(graphene.NonNull(RichTextLink)), description="Links, in order."
    )

    # The root is Wagtail's rich text value, resolved for the viewer (PartnerRichText).
    @staticmethod
    def resolve_html(value: Any, _info: GraphQLResolveInfo) -> str:
        return value.source

    @staticmethod
    def resolve_text(value: Any, _info: GraphQLResolveInfo) -> str:
        return value.text

    @staticmethod
    def resolve_links(value: Any, _info: GraphQLResolveInfo) -> list:
        return value.links


class ContentBlock(graphene.Interface):
    class Meta:
        description = "What every content block has."

    id = graphene.ID(required=True, description="Stable id of the block within its page.")
    html = graphene.String(
        required=True, description="The block rendered as on the knowledge base."
    )

    @staticmethod
    def resolve_id(child: StreamValue.StreamChild, _info: GraphQLResolveInfo) -> str:
        return child.id or ""

    @staticmethod
    def resolve_html(child: StreamValue.StreamChild, info: GraphQLResolveInfo) -> str:
        return loader_of(info, PageLoader).render(child)


def _value_field(
    name: str, default: Any, child: StreamValue.StreamChild, _info: GraphQLResolveInfo, **_args: Any
) -> Any:
    """Fields of a block type read the block's value: ``child.value[name]``."""
    return child.value.get(name, default)


def _block_meta(description: str) -> type:
    return type(
        "Meta",
        (),
        {
            "interfaces": (ContentBlock,),
            "description": description,
            "default_resolver": _value_field,
        },
    )


@presents(wagtail_blocks.TextBlock)
class TextBlock(graphene.ObjectType):
    Meta = _block_meta("A passage of formatted text.")

    text = graphene.Field(RichText, required=True, description="The text.")

    @staticmethod
    def resolve_text(child: StreamValue.StreamChild, _info: GraphQLResolveInfo) -> Any:
        return child.value


# The tones are kb.guidance's; what each means for a partner is said here.
TONE_DESCRIPTIONS = {
    wagtail_blocks.CalloutTone.INFO: "Background information.",
    wagtail_blocks.CalloutTone.WARNING: "Something to take care about.",
    wagtail_blocks.CalloutTone.DANGER: "A risk to safety or of losing a right.",
}
CalloutTone = described_enum(
    "CalloutTone",
    {tone.name: (tone.value, TONE_DESCRIPTIONS[tone]) for tone in wagtail_blocks.CalloutTone},
    description="How urgent a callout is.",
)


@presents(wagtail_blocks.CalloutBlock)
class CalloutBlock(graphene.ObjectType):
    Meta = _block_meta("A highlighted note: information, a warning or a danger.")

    tone = graphene.Field(CalloutTone, required=True, description="How urgent it is.")
    title = graphene.String(description="Heading of the callout, if any.")
    text = graphene.Field(RichText, required=True, description="The callout's text.")

    @staticmethod
    def resolve_title(child: StreamValue.StreamChild, _info: GraphQLResolveInfo) -> str | None:
        return child.value.get("title") or None


class SimpleStep(graphene.ObjectType):
    class Meta:
        description = "One item of a numbered list of steps."

    title = graphene.String(required=True, description="What to do.")
    text = graphene.Field(RichText, description="Details, if any.")

    @staticmethod
    def resolve_text(value: Any, _info: GraphQLResolveInfo) -> Any:
        return value.get("text") or None


@presents(wagtail_blocks.StepsBlock)
class StepsBlock(graphene.ObjectType):
    Meta = _block_meta("A numbered list of simple steps (not a statutory procedure).")

    steps = graphene.NonNull(
        graphene.List(graphene.NonNull(SimpleStep)), description="The steps, in order."
    )

    @staticmethod
    def resolve_steps(child: StreamValue.StreamChild, _info: GraphQLResolveInfo) -> list:
        return list(child.value)


@presents(wagtail_blocks.ContactBlock)
class ContactBlock(graphene.ObjectType):
    Meta = _block_meta("A contact card for a service.")

    service = graphene.Field(Service, required=True, description="The service.")

    @staticmethod
    def shown(value: Any) -> bool:
        # withdrawn or deleted: no card rather than an empty one
        return value.get("service") is not None and value["service"].is_active

    @staticmethod
    def load(block: wagtail_blocks.ContactBlock, raw_values: list) -> list:
        """As Wagtail's ``bulk_to_python``, with each service's organisation, logo and
        locale read in the same query."""
        ids = [raw.get("service") for raw in raw_values]
        found = selectors.services_for_cards(pk for pk in ids if pk is not None)
        values = block.bulk_to_python(
            [{k: v for k, v in raw.items() if k != "service"} for raw in raw_values]
        )
        seen = set()
        for value, pk in zip(values, ids, strict=True):
            service = found.get(pk)
            # a service on several cards: one instance each, as Wagtail does
            value["service"] = copy.copy(service) if service and pk in seen else service
            seen.add(pk)
        return values

    @staticmethod
    def prepare(values: list) -> None:
        # what the card's HTML reads; the taxonomy only when asked (``resolve_service``)
        services = [v["service"] for v in values if v.get("service") is not None]
        prefetch_related_objects(services, *CARD_RELATIONS)

    @staticmethod
    def resolve_service(child: StreamValue.StreamChild, info: GraphQLResolveInfo) -> Any:
        wanted = tuple(
            lookup
            for field, lookup in ON_DEMAND_RELATIONS.items()
            if field in requested_fields(info)
        )
        if wanted:
            loader_of(info, PageLoader).prefetch_for_blocks(
                wagtail_blocks.ContactBlock, "service", wanted
            )
        return child.value["service"]


@presents(wagtail_blocks.LegalReferenceBlock)
class LegalReferenceBlock(graphene.ObjectType):
    Meta = _block_meta("A provision of law cited in the text.")

    reference = graphene.Field(LegalReference, required=True, description="The provision.")
    note = graphene.String(description="Why it is cited, if said.")

    @staticmethod
    def shown(value: Any) -> bool:
        return value.get("reference") is not None

    @staticmethod
    def resolve_note(child: StreamValue.StreamChild, _info: GraphQLResolveInfo) -> str | None:
        return child.value.get("note") or None


@presents(wagtail_blocks.FaqBlock)
class FaqBlock(graphene.ObjectType):
    Meta = _block_meta("A question and its answer.")

    question = graphene.String(required=True, description="The question.")
    answer = graphene.Field(RichText, required=True, description="The answer.")


@presents(wagtail_blocks.ImageBlock)
class ImageBlock(graphene.ObjectType):
    Meta = _block_meta("A photo, map or diagram with its alternative text and caption.")

    image = graphene.Field(Image, required=True, description="The image.")
    caption = graphene.String(description="Caption shown under the image, if any.")

    @staticmethod
    def shown(value: Any) -> bool:
        return value.get("image") is not None

    @staticmethod
    def prepare(values: list) -> None:
        # every image block of the answer's pages: their renditions in one query
        images = [v["image"] for v in values if v.get("image") is not None]
        prefetch_related_objects(images, "renditions")

    @staticmethod
    def resolve_image(child: StreamValue.StreamChild, _info: GraphQLResolveInfo) -> Any:
        return image_value(child.value["image"], child.value.get("alt") or "")

    @staticmethod
    def resolve_caption(child: StreamValue.StreamChild, _info: GraphQLResolveInfo) -> str | None:
        return child.value.get("caption") or None


class HtmlBlock(graphene.ObjectType):
    Meta = _block_meta(
        "A body block without a type of its own in this API (yet): render its `html`."
    )


class BodyBlock(graphene.Union):
    class Meta:
        description = "A block of a page body; one type per kind of block."
        types = (*types_of(BODY), HtmlBlock)

    @classmethod
    def resolve_type(cls, child: StreamValue.StreamChild, _info: GraphQLResolveInfo) -> type:
        return type_for(child.block) or HtmlBlock
