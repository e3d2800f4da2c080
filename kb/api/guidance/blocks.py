"""One GraphQL type per body block, under the ``BodyBlock`` union. Every block also
implements ``ContentBlock`` (id + rendered HTML), so a partner can fall back to HTML for a
block type it does not render natively yet."""

import graphene

from ..core.enums import described_enum
from ..services.types import Service
from ..taxonomy.types import LegalReference
from . import streams


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
    def resolve_page(link, _info):
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


class ContentBlock(graphene.Interface):
    class Meta:
        description = "What every content block has."

    id = graphene.ID(required=True, description="Stable id of the block within its page.")
    html = graphene.String(
        required=True, description="The block rendered as on the knowledge base."
    )


def _block_meta(description: str):
    return type("Meta", (), {"interfaces": (ContentBlock,), "description": description})


class TextBlock(graphene.ObjectType):
    Meta = _block_meta("A passage of formatted text.")

    text = graphene.Field(RichText, required=True, description="The text.")


CalloutTone = described_enum(
    "CalloutTone",
    {
        "INFO": ("info", "Background information."),
        "WARNING": ("warning", "Something to take care about."),
        "DANGER": ("danger", "A risk to safety or of losing a right."),
    },
    description="How urgent a callout is.",
)


class CalloutBlock(graphene.ObjectType):
    Meta = _block_meta("A highlighted note: information, a warning or a danger.")

    tone = graphene.Field(CalloutTone, required=True, description="How urgent it is.")
    title = graphene.String(description="Heading of the callout, if any.")
    text = graphene.Field(RichText, required=True, description="The callout's text.")

    @staticmethod
    def resolve_title(block, _info):
        return block.title or None


class SimpleStep(graphene.ObjectType):
    class Meta:
        description = "One item of a numbered list of steps."

    title = graphene.String(required=True, description="What to do.")
    text = graphene.Field(RichText, description="Details, if any.")


class StepsBlock(graphene.ObjectType):
    Meta = _block_meta("A numbered list of simple steps (not a statutory procedure).")

    steps = graphene.NonNull(
        graphene.List(graphene.NonNull(SimpleStep)), description="The steps, in order."
    )


class ContactBlock(graphene.ObjectType):
    Meta = _block_meta("A contact card for a service.")

    service = graphene.Field(Service, required=True, description="The service.")


class LegalReferenceBlock(graphene.ObjectType):
    Meta = _block_meta("A provision of law cited in the text.")

    reference = graphene.Field(LegalReference, required=True, description="The provision.")
    note = graphene.String(description="Why it is cited, if said.")

    @staticmethod
    def resolve_note(block, _info):
        return block.note or None


class FaqBlock(graphene.ObjectType):
    Meta = _block_meta("A question and its answer.")

    question = graphene.String(required=True, description="The question.")
    answer = graphene.Field(RichText, required=True, description="The answer.")


TYPES = {
    streams.TextBlock: TextBlock,
    streams.CalloutBlock: CalloutBlock,
    streams.StepsBlock: StepsBlock,
    streams.ContactBlock: ContactBlock,
    streams.LegalReferenceBlock: LegalReferenceBlock,
    streams.FaqBlock: FaqBlock,
}


class BodyBlock(graphene.Union):
    class Meta:
        description = "A block of a page body; one type per kind of block."
        types = tuple(TYPES.values())

    @classmethod
    def resolve_type(cls, instance, _info):
        return TYPES[type(instance)]
