"""Small typed StreamField blocks for guidance pages. Partners receive each as its own
GraphQL type, so every block keeps to one purpose.

Every top-level block of a stream is a class of its own (``TextBlock`` and ``StepsBlock``
too, though they add nothing to Wagtail's): the API finds a block's GraphQL type by its
class (kb.api.guidance.registry), never by the name it has in a stream. This package does
not know the API: the GraphQL types live in kb.api and name the block class they present,
and a system check (kb.api.checks) stops start-up when a block has none."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from .choices import Actor, Counting, TimeUnit
from .deadlines import limit_text

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


def one_line(block: blocks.StructBlock, value: Any, names: list[str]) -> list[str]:
    """The searchable text of ``value``'s named children as one line: a block is one
    passage of the page's search text, not one passage per field."""
    parts = (
        text
        for name in names
        for text in block.child_blocks[name].get_searchable_content(value.get(name))
    )
    line = " ".join(" ".join(parts).split())
    return [line] if line else []


class TextBlock(blocks.RichTextBlock):
    """A passage of formatted text."""


class CalloutTone(models.TextChoices):
    """How urgent a callout is: the editor's choice, the template's class and the API's
    enum."""

    INFO = "info", _("Information")
    WARNING = "warning", _("Warning")
    DANGER = "danger", _("Danger")


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(choices=CalloutTone.choices, default=CalloutTone.INFO.value)
    title = blocks.CharBlock(required=False, max_length=120)
    text = blocks.RichTextBlock(features=["bold", "italic", "ul", "link"])

    class Meta:
        icon = "warning"
        template = "blocks/callout.html"
        label = _("Warning / callout")
        preview_value = {
            "tone": "warning",
            "title": "Pozor",
            "text": "<p>Vykázání nelze zkrátit.</p>",
        }

    def get_searchable_content(self, value: Any) -> list[str]:
        return one_line(self, value, ["title", "text"])  # the tone is styling, not content


class SimpleStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=160)
    text = blocks.RichTextBlock(features=["bold", "italic", "ul", "link"], required=False)

    class Meta:
        icon = "list-ol"

    def get_searchable_content(self, value: Any) -> list[str]:
        return one_line(self, value, ["title", "text"])


class ContactBlock(blocks.StructBlock):
    service = SnippetChooserBlock("services.Service")

    class Meta:
        icon = "site"
        template = "blocks/contact.html"
        label = _("Contact card")

    def get_searchable_content(self, value: Any) -> list[str]:
        # The name only: the service's own search document carries its phones and address.
        service = value.get("service")
        return [service.name] if service else []


class LegalReferenceBlock(blocks.StructBlock):
    reference = SnippetChooserBlock("taxonomy.LegalReference")
    note = blocks.CharBlock(required=False, max_length=200)

    class Meta:
        icon = "doc-full"
        template = "blocks/legal_reference.html"
        label = _("Legal reference")


class FaqBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=250)
    answer = blocks.RichTextBlock(features=["bold", "italic", "ul", "ol", "link"])

    class Meta:
        icon = "help"
        template = "blocks/faq.html"
        label = _("FAQ item")
        preview_value = {"question": "Jak dlouho trvá vykázání?", "answer": "<p>14 dní.</p>"}

    def get_searchable_content(self, value: Any) -> list[str]:
        return one_line(self, value, ["question", "answer"])


class ImageBlock(blocks.StructBlock):
    """A photo, map or diagram that serves the text; its alt text says what it shows."""

    image = ImageChooserBlock()
    alt = blocks.CharBlock(
        max_length=400,
        label=_("Alternative text"),
        help_text=_(
            "What the image shows, for people who cannot see it, e.g. 'Map: the "
            "entrance is from Chelčického street'."
        ),
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        label = _("Image")

    def get_searchable_content(self, value: Any) -> list[str]:
        return one_line(self, value, ["caption", "alt"])


class StepsBlock(blocks.ListBlock):
    """A numbered list of simple steps (not a statutory procedure)."""


class BodyBlock(blocks.StreamBlock):
    text = TextBlock(features=RICH_TEXT_FEATURES, template="blocks/text.html")
    callout = CalloutBlock()
    steps = StepsBlock(
        SimpleStepBlock(), icon="list-ol", template="blocks/step_list.html", label=_("Steps")
    )
    contact = ContactBlock()
    legal_reference = LegalReferenceBlock()
    faq = FaqBlock()
    image = ImageBlock()


class TimeLimitBlock(blocks.StructBlock):
    """A statutory time limit stored as data: amount + unit, what it counts from (one of the
    page's events, or ``step:<n>`` for another step's deadline) and how it is counted, so
    that kb.guidance.deadlines can compute a concrete due date."""

    amount = blocks.IntegerBlock(required=False, min_value=1, max_value=1000)
    unit = blocks.ChoiceBlock(choices=TimeUnit.choices, required=False)
    counts_from = blocks.CharBlock(
        required=False,
        max_length=40,
        help_text=_(
            "The code of one of this procedure's events (e.g. 'expulsion'), or 'step:4' to "
            "count from the deadline of step 4."
        ),
    )
    counting = blocks.ChoiceBlock(
        choices=Counting.choices,
        default=Counting.MOMENT,
        required=False,
        help_text=_(
            "Hours run from the exact moment; days, weeks and months by the calendar, where "
            "the day of the event does not count."
        ),
    )
    moves_to_working_day = blocks.BooleanBlock(
        required=False,
        help_text=_(
            "A last day on a Saturday, Sunday or public holiday moves to the next working day."
        ),
    )
    needs_verification = blocks.BooleanBlock(
        required=False,
        help_text=_("Tick when this rule has not been checked against the current Act."),
    )

    class Meta:
        icon = "time"
        label = _("Time limit")

    def get_searchable_content(self, value: Any) -> list[str]:
        if not value or not value.get("amount"):
            return []
        return [limit_text(int(value["amount"]), value.get("unit") or "").strip()]

    def clean(self, value: Any) -> Any:
        value = super().clean(value)
        amount, unit = value.get("amount"), value.get("unit")
        counting = value.get("counting") or Counting.MOMENT
        errors = {}
        if amount and not unit:
            errors["unit"] = ValidationError(_("Choose hours, days, weeks or months."))
        if unit and not amount:
            errors["amount"] = ValidationError(_("Enter how many %(unit)s.") % {"unit": unit})
        if not amount and not unit:
            if value.get("counts_from"):
                errors["amount"] = ValidationError(_("A time limit needs an amount."))
            elif value.get("moves_to_working_day"):
                errors["moves_to_working_day"] = ValidationError(
                    _("There is no time limit to move.")
                )
        if amount and unit and not (value.get("counts_from") or "").strip():
            errors["counts_from"] = ValidationError(
                _("Choose the event or step the time limit counts from.")
            )
        if unit == TimeUnit.HOURS and counting == Counting.CALENDAR:
            errors["counting"] = ValidationError(_("Hours run from the exact moment."))
        if unit in (TimeUnit.WEEKS, TimeUnit.MONTHS) and counting == Counting.MOMENT:
            errors["counting"] = ValidationError(_("Weeks and months are counted by the calendar."))
        if value.get("moves_to_working_day") and unit and counting == Counting.MOMENT:
            errors["moves_to_working_day"] = ValidationError(
                _(
                    "Only a limit counted by calendar days can move to the next working day; "
                    "a limit in hours ends at its exact moment."
                )
            )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class ProcedureEventBlock(blocks.StructBlock):
    """Something that happens in a procedure and starts time limits running, e.g. the
    expulsion. Time limits name it by its code; its label reads after the amount."""

    code = blocks.RegexBlock(
        regex=r"^[a-z][a-z0-9-]{0,39}$",
        error_messages={"invalid": _("Use lowercase letters, digits and hyphens.")},
        help_text=_("Stable code used by time limits, e.g. 'expulsion'."),
    )
    label = blocks.CharBlock(
        max_length=160, help_text=_("As read after the amount, e.g. 'from the expulsion'.")
    )
    starts_timeline = blocks.BooleanBlock(
        required=False,
        help_text=_(
            "Happens at the moment the reader enters in “When did it happen?”. Events that "
            "are not ticked have no date, and steps counting from them show none."
        ),
    )

    class Meta:
        icon = "date"
        label = _("Event")


class ProcedureEventsBlock(blocks.StreamBlock):
    event = ProcedureEventBlock()


class ProcedureStepBlock(blocks.StructBlock):
    actor = blocks.ChoiceBlock(choices=Actor.choices, required=True, help_text=_("Who must act."))
    title = blocks.CharBlock(max_length=200)
    time_limit = TimeLimitBlock(required=False)
    text = blocks.RichTextBlock(features=["bold", "italic", "ul", "ol", "link"])
    legal_basis = blocks.ListBlock(
        SnippetChooserBlock("taxonomy.LegalReference"), default=[], min_num=0
    )

    class Meta:
        icon = "order"
        template = "blocks/procedure_step.html"
        label = _("Procedure step")

    def get_searchable_content(self, value: Any) -> list[str]:
        # The legal basis is searched through the page's legal references.
        return one_line(self, value, ["actor", "title", "time_limit", "text"])

    def clean(self, value: Any) -> Any:
        try:
            return super().clean(value)
        except StructBlockValidationError as error:
            if "actor" in error.block_errors and not value.get("actor"):
                error.block_errors["actor"] = ValidationError(
                    _("Every step needs an actor: choose who must act (police, court, …).")
                )
            raise


class ProcedureStepsBlock(blocks.StreamBlock):
    step = ProcedureStepBlock()

    class Meta:
        min_num = 1


# Migrations record TextBlock and StepsBlock as the Wagtail blocks they store their data
# as (their options are passed as arguments, not Meta, for the same reason): the subclasses
# exist for the API's registry and the start-up check, and change nothing in the database.
DECONSTRUCT_ALIASES = {
    TextBlock: "wagtail.blocks.RichTextBlock",
    StepsBlock: "wagtail.blocks.ListBlock",
}
