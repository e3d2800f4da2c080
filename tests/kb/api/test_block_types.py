"""Every StreamField block of every model has one GraphQL type (kb.api.guidance.registry)
and is rendered by a template: its own when it is a top-level block of a stream a page
renders, its top-level ancestor's otherwise. A block without a type is never dropped."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from django.apps import apps
from django.template.loader import get_template
from wagtail import blocks
from wagtail.fields import StreamField

from kb.api.checks import every_block_has_a_type
from kb.api.guidance.blocks import BodyBlock, HtmlBlock
from kb.api.guidance.registry import BLOCK_TYPES, shown, type_for
from kb.api.schema import schema
from kb.guidance import blocks as wagtail_blocks

TEMPLATES = Path(__file__).resolve().parents[3] / "templates"
# Streams no page renders: a procedure's events are data its time limits count from.
DATA_STREAMS = {"guidance.ProcedurePage.events"}


def streams() -> Iterator[tuple[str, blocks.StreamBlock]]:
    for model in apps.get_models():
        for field in model._meta.local_fields:
            if isinstance(field, StreamField):
                yield f"{model._meta.label}.{field.name}", field.stream_block


def children(block: blocks.Block) -> Iterator[tuple[str, blocks.Block]]:
    if isinstance(block, (blocks.StreamBlock, blocks.StructBlock)):
        yield from block.child_blocks.items()
    elif isinstance(block, blocks.ListBlock):
        yield "item", block.child_block


def descendants(path: str, block: blocks.Block) -> Iterator[tuple[str, blocks.Block]]:
    for name, child in children(block):
        yield f"{path}.{name}", child
        yield from descendants(f"{path}.{name}", child)


TOP_LEVEL = [
    (f"{stream}.{name}", child)
    for stream, stream_block in streams()
    for name, child in stream_block.child_blocks.items()
]


def test_the_walk_finds_every_stream():
    assert {stream for stream, _block in streams()} == {
        "guidance.KnowledgePage.body",
        "guidance.ProcedurePage.events",
        "guidance.ProcedurePage.steps",
    }
    assert len(TOP_LEVEL) == 9


@pytest.mark.parametrize(("path", "block"), TOP_LEVEL, ids=[p for p, _b in TOP_LEVEL])
def test_every_top_level_block_has_a_graphql_type(path, block):
    graphene_type = type_for(block)
    assert graphene_type is not None, f"{path} has no GraphQL type"
    assert schema.graphql_schema.get_type(graphene_type._meta.name) is not None


def test_every_body_block_is_a_member_of_the_union():
    union = schema.graphql_schema.get_type(BodyBlock._meta.name)
    members = {t.name for t in union.types}
    body = dict(streams())["guidance.KnowledgePage.body"]
    assert {type_for(child)._meta.name for child in body.child_blocks.values()} | {
        "HtmlBlock"
    } == members


@pytest.mark.parametrize(("path", "block"), TOP_LEVEL, ids=[p for p, _b in TOP_LEVEL])
def test_every_rendered_top_level_block_has_a_template(path, block):
    stream = path.rsplit(".", 1)[0]
    if stream in DATA_STREAMS:
        assert getattr(block.meta, "template", None) is None
        field = stream.rsplit(".", 1)[1]
        rendered = [t for t in TEMPLATES.rglob("*.html") if f"page.{field}" in t.read_text()]
        assert rendered == [], f"{stream} is rendered after all: give its blocks templates"
        return
    assert getattr(block.meta, "template", None), f"{path} has no template"
    get_template(block.meta.template)  # it exists


@pytest.mark.parametrize(("path", "block"), TOP_LEVEL, ids=[p for p, _b in TOP_LEVEL])
def test_nested_blocks_are_rendered_by_their_top_level_blocks_template(path, block):
    """A nested block's own template would be ignored: the top-level template renders
    its fields itself (e.g. a step's time limit through ``{% deadline %}``)."""
    for nested_path, nested in descendants(path, block):
        assert getattr(nested.meta, "template", None) is None, (
            f"{nested_path} has a template its parent's template does not use"
        )


def test_the_start_up_check_passes():
    assert every_block_has_a_type() == []


def test_the_start_up_check_names_a_block_without_a_type(monkeypatch):
    monkeypatch.delitem(BLOCK_TYPES, wagtail_blocks.FaqBlock)
    [error] = every_block_has_a_type()
    assert error.id == "kb_api.E001"
    assert "guidance.KnowledgePage.body.faq" in error.msg


def test_a_block_without_a_type_reaches_partners_as_html():
    class Untyped(blocks.StructBlock):
        text = blocks.CharBlock()

    block = Untyped()
    child = blocks.StreamValue.StreamChild(block, block.to_python({"text": "x"}), id="a")
    assert type_for(block) is None
    assert shown(block, child.value)
    assert BodyBlock.resolve_type(child, None) is HtmlBlock
