"""Page StreamFields as partners receive them: typed blocks with their references already
loaded (through the request's PageLoader) and rich text already resolved, plus the HTML the
site's own block templates render from the same values."""

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from django.utils import translation
from wagtail.blocks import ListBlock, StreamValue, StructValue
from wagtail.rich_text import RichText as WagtailRichText

from kb.guidance.choices import Actor
from kb.guidance.models import KnowledgePage, ProcedurePage

from . import richtext
from .loaders import list_items

BODY = KnowledgePage._meta.get_field("body").stream_block
STEPS = ProcedurePage._meta.get_field("steps").stream_block


@dataclass(eq=False)
class Block:
    id: str
    block_type: str
    native: Any  # the value Wagtail's block template expects
    locale: str

    @cached_property
    def html(self) -> str:
        with translation.override(self.locale):
            return str(BODY.child_blocks[self.block_type].render(self.native))


@dataclass(eq=False)
class TextBlock(Block):
    text: richtext.RichText = None


@dataclass(eq=False)
class CalloutBlock(Block):
    tone: str = "info"
    title: str = ""
    text: richtext.RichText = None


@dataclass(frozen=True)
class SimpleStep:
    title: str
    text: richtext.RichText | None


@dataclass(eq=False)
class StepsBlock(Block):
    steps: list[SimpleStep] = field(default_factory=list)


@dataclass(eq=False)
class ContactBlock(Block):
    service: Any = None


@dataclass(eq=False)
class LegalReferenceBlock(Block):
    reference: Any = None
    note: str = ""


@dataclass(eq=False)
class FaqBlock(Block):
    question: str = ""
    answer: richtext.RichText = None


@dataclass(frozen=True)
class TimeLimit:
    amount: int
    unit: str
    starts_from: str


@dataclass(eq=False)
class ProcedureStep:
    id: str
    position: int
    actor: str
    title: str
    time_limit: TimeLimit | None
    text: richtext.RichText
    legal_basis: list
    native: Any
    locale: str

    @cached_property
    def html(self) -> str:
        with translation.override(self.locale):
            label = Actor(self.actor).label if self.actor in Actor.values else self.actor
            return str(
                STEPS.child_blocks["step"].render(self.native, context={"actor_label": label})
            )


class _Reader:
    """Reads one page's raw blocks; references come from the shared loader."""

    def __init__(self, page, loader):
        self.loader = loader
        self.locale = page.locale.language_code

    def rich(self, source) -> richtext.RichText:
        return richtext.resolve(source or "", target_for=self.loader.link_target)

    @staticmethod
    def native_rich(text: richtext.RichText | None):
        # Already expanded: Wagtail's own expansion finds no database links left to query.
        return WagtailRichText(text.html) if text is not None else None

    def struct(self, block_def, **values):
        return StructValue(block_def, [(name, values.get(name)) for name in block_def.child_blocks])

    def body_block(self, raw: dict) -> Block | None:
        kind, value, block_id = raw.get("type"), raw.get("value"), raw.get("id") or ""
        common = {"id": block_id, "block_type": kind, "locale": self.locale}
        definition = BODY.child_blocks.get(kind)
        if kind == "text":
            text = self.rich(value)
            return TextBlock(native=self.native_rich(text), text=text, **common)
        if not isinstance(value, (dict, list)) or definition is None:
            return None
        if kind == "callout":
            text = self.rich(value.get("text"))
            native = self.struct(
                definition,
                tone=value.get("tone") or "info",
                title=value.get("title") or "",
                text=self.native_rich(text),
            )
            return CalloutBlock(
                native=native, tone=native["tone"], title=native["title"], text=text, **common
            )
        if kind == "steps":
            steps = [
                SimpleStep(
                    title=item.get("title") or "",
                    text=self.rich(item["text"]) if item.get("text") else None,
                )
                for item in list_items(value)
                if isinstance(item, dict)
            ]
            child = definition.child_block if isinstance(definition, ListBlock) else None
            native = [
                self.struct(child, title=s.title, text=self.native_rich(s.text)) for s in steps
            ]
            return StepsBlock(native=native, steps=steps, **common)
        if kind == "contact":
            service = self.loader.service(value.get("service"))
            if service is None:  # withdrawn or deleted: no card rather than an empty one
                return None
            return ContactBlock(
                native=self.struct(definition, service=service), service=service, **common
            )
        if kind == "legal_reference":
            reference = self.loader.reference(value.get("reference"))
            if reference is None:
                return None
            note = value.get("note") or ""
            native = self.struct(definition, reference=reference, note=note)
            return LegalReferenceBlock(native=native, reference=reference, note=note, **common)
        if kind == "faq":
            answer = self.rich(value.get("answer"))
            question = value.get("question") or ""
            native = self.struct(definition, question=question, answer=self.native_rich(answer))
            return FaqBlock(native=native, question=question, answer=answer, **common)
        return None

    def step(self, raw: dict, position: int) -> ProcedureStep | None:
        value = raw.get("value")
        if raw.get("type") != "step" or not isinstance(value, dict):
            return None
        definition = STEPS.child_blocks["step"]
        limit = value.get("time_limit") or {}
        time_limit = None
        if limit.get("amount") and limit.get("unit"):
            time_limit = TimeLimit(
                amount=int(limit["amount"]),
                unit=limit["unit"],
                starts_from=limit.get("starts_from") or "",
            )
        references = [self.loader.reference(pk) for pk in list_items(value.get("legal_basis"))]
        references = [r for r in references if r is not None]
        text = self.rich(value.get("text"))
        native = self.struct(
            definition,
            actor=value.get("actor") or "",
            title=value.get("title") or "",
            time_limit=self.struct(
                definition.child_blocks["time_limit"],
                amount=time_limit.amount if time_limit else None,
                unit=time_limit.unit if time_limit else "",
                starts_from=time_limit.starts_from if time_limit else "",
            ),
            text=self.native_rich(text),
            legal_basis=references,
        )
        return ProcedureStep(
            id=raw.get("id") or "",
            position=position,
            actor=native["actor"],
            title=native["title"],
            time_limit=time_limit,
            text=text,
            legal_basis=references,
            native=native,
            locale=self.locale,
        )


def body_blocks(page, loader) -> list[Block]:
    def build():
        reader = _Reader(page, loader)
        return [b for b in (reader.body_block(raw) for raw in loader.body_raw(page)) if b]

    return loader.memo(("body", page.pk), build)


def body_html(page, loader) -> str:
    blocks = body_blocks(page, loader)
    value = StreamValue(BODY, [(b.block_type, b.native, b.id) for b in blocks])
    with translation.override(page.locale.language_code):
        return str(BODY.render(value))


def procedure_steps(page, loader) -> list[ProcedureStep]:
    def build():
        reader = _Reader(page, loader)
        steps = []
        for raw in loader.steps_raw(page):
            step = reader.step(raw, position=len(steps) + 1)
            if step is not None:
                steps.append(step)
        return steps

    return loader.memo(("steps", page.pk), build)
