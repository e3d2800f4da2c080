"""Which GraphQL type presents each StreamField block, keyed by the Wagtail block class.

A type names the block it presents: ``@presents(blocks.CalloutBlock)`` above the graphene
class. The page loader then asks that type whether a loaded block is shown (``shown``),
lets it load the raw values of every block of its kind at once (``load``, e.g. with the
related rows its fields read in the same query) and fetch what its fields read for all of
them (``prepare``).

Why a registry in kb.api rather than an API shape declared on the block, as grapple does:
kb.guidance must not import kb.api (nor graphene), and these types do more than list
fields: they batch-load related rows, decide what a partner is shown and read the
request's loaders. A declaration on the block would be a second, weaker description of
the same type, or would pull the API into the domain. Keyed by class, the block class is
the only name the two sides share (a rename is an import error, not a silently missing
block), and ``kb.api.checks`` refuses to start when a block of any StreamField
has no type. Should a block still come without one (checks skipped), the union answers it
as ``HtmlBlock`` (id + rendered HTML): it is never dropped."""

from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from django.apps import apps
from django.db.models import Model
from wagtail.blocks import Block, StreamBlock
from wagtail.fields import StreamField

T = TypeVar("T", bound=type)

BLOCK_TYPES: dict[type[Block], type] = {}


def presents(block_class: type[Block]) -> Callable[[T], T]:
    """Register the decorated GraphQL type as the one partners receive ``block_class`` as."""

    def register(graphene_type: T) -> T:
        if block_class in BLOCK_TYPES:
            raise ValueError(f"{block_class.__name__} already has a GraphQL type.")
        BLOCK_TYPES[block_class] = graphene_type
        return graphene_type

    return register


def type_for(block: Block) -> type | None:
    """The GraphQL type of ``block`` (a subclass inherits its parent's), or None."""
    for cls in type(block).__mro__:
        if cls in BLOCK_TYPES:
            return BLOCK_TYPES[cls]
    return None


def types_of(stream_block: StreamBlock) -> list[type]:
    """The native types of a stream's blocks, in the stream's order, each once."""
    found = (type_for(child) for child in stream_block.child_blocks.values())
    return list(dict.fromkeys(t for t in found if t is not None))


def shown(block: Block, value: Any) -> bool:
    """False when the block's type says partners are not shown this value (e.g. a contact
    card whose service was withdrawn); a block without a type is shown, as HTML."""
    return getattr(type_for(block), "shown", lambda _value: True)(value)


def load(block: Block, raw_values: list) -> list:
    """The native values of ``raw_values`` (one ``bulk_to_python`` unless the type loads
    them itself), prepared for the type's fields."""
    graphene_type = type_for(block)
    loader = getattr(graphene_type, "load", None)
    values = block.bulk_to_python(raw_values) if loader is None else loader(block, raw_values)
    prepare = getattr(graphene_type, "prepare", None)
    if prepare is not None:
        prepare(values)
    return values


def stream_fields() -> Iterator[tuple[type[Model], StreamField]]:
    """Every StreamField of every installed model (each where it is declared)."""
    for model in apps.get_models():
        for field in model._meta.local_fields:
            if isinstance(field, StreamField):
                yield model, field


def blocks_without_type() -> list[tuple[str, type[Block]]]:
    """``(model.field.block name, block class)`` of every top-level StreamField block no
    GraphQL type presents."""
    return [
        (f"{model._meta.label}.{field.name}.{name}", type(child))
        for model, field in stream_fields()
        for name, child in field.stream_block.child_blocks.items()
        if type_for(child) is None
    ]
