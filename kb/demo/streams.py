"""StreamField values from demo data files, validated by the blocks themselves.

A data file writes blocks as `{type, value}` tables and names snippets by key. Here the keys
become primary keys, every block gets a stable id, and the result goes through the field's
own `to_python` and `clean`, so a bad block fails the way an editor's form would."""

import uuid
from collections.abc import Callable, Iterator
from typing import Any

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.base import get_error_json_data
from wagtail.blocks.stream_block import StreamValue
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

TEXT_BLOCKS = (blocks.CharBlock, blocks.TextBlock, blocks.RichTextBlock, blocks.ChoiceBlock)


class DemoContentError(Exception):
    """Demo content that an editor's form would reject; the message names file and block."""


class StreamBuilder:
    """Builds the StreamField values of one page in one language.

    `id_prefix` makes block ids stable across runs; `snippet_pk(model, key)` finds a snippet
    in the page's language. Errors start with ": " so the caller can put the file first."""

    def __init__(
        self,
        *,
        id_prefix: str,
        namespace: uuid.UUID,
        snippet_pk: Callable[[type, str], int | None],
    ):
        self.id_prefix = id_prefix
        self.namespace = namespace
        self.snippet_pk = snippet_pk

    def build(self, field: StreamField, data: list) -> StreamValue:
        """The cleaned StreamValue for `field` (a StreamField) from data-file blocks."""
        block = field.stream_block
        try:
            raw = self._raw(block, data, field.name)
        except DemoContentError as error:
            raise DemoContentError(f": {error}") from None
        try:
            return block.clean(block.to_python(raw))
        except ValidationError as error:
            problems = "; ".join(_messages(get_error_json_data(error), field.name))
            raise DemoContentError(f": {problems}") from error

    def _id(self, path: str) -> str:
        return str(uuid.uuid5(self.namespace, f"{self.id_prefix}/{path}"))

    def _raw(self, block: blocks.Block, data: Any, path: str) -> Any:
        if isinstance(block, blocks.BaseStreamBlock):
            result = []
            for i, child in enumerate(_expect(data, list, path)):
                here = f"{path}[{i}]"
                kind = _expect(child, dict, here).get("type")
                if kind not in block.child_blocks:
                    raise DemoContentError(
                        f"{here}: unknown block type {kind!r}; blocks here: "
                        + ", ".join(block.child_blocks)
                    )
                if set(child) - {"type", "value"}:
                    raise DemoContentError(f"{here}: a block has only a type and a value")
                value = self._raw(block.child_blocks[kind], child.get("value"), here)
                result.append({"type": kind, "value": value, "id": self._id(here)})
            return result
        if isinstance(block, blocks.ListBlock):
            return [
                {
                    "type": "item",
                    "value": self._raw(block.child_block, item, f"{path}[{i}]"),
                    "id": self._id(f"{path}[{i}]"),
                }
                for i, item in enumerate(_expect(data, list, path))
            ]
        if isinstance(block, blocks.StructBlock):
            unknown = set(_expect(data, dict, path)) - set(block.child_blocks)
            if unknown:
                raise DemoContentError(
                    f"{path}: unknown field(s) {', '.join(sorted(unknown))}; fields here: "
                    + ", ".join(block.child_blocks)
                )
            return {
                name: self._raw(block.child_blocks[name], value, f"{path}.{name}")
                for name, value in data.items()
            }
        if isinstance(block, TEXT_BLOCKS) and data is not None:
            return _expect(data, str, path)
        if isinstance(block, SnippetChooserBlock | ImageChooserBlock) and data is not None:
            pk = self.snippet_pk(block.target_model, data)
            if pk is None:
                raise DemoContentError(
                    f"{path}: no {block.target_model._meta.label} with key {data!r}"
                )
            return pk
        return data


def _expect(data: Any, kind: type, path: str) -> Any:
    if not isinstance(data, kind):
        raise DemoContentError(f"{path}: expected a {kind.__name__}, found {data!r}")
    return data


def _messages(error: dict, path: str) -> Iterator[str]:
    for message in error.get("messages", []):
        yield f"{path}: {message}"
    for key, child in error.get("blockErrors", {}).items():
        yield from _messages(child, f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}")
