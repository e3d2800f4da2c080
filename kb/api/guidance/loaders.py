"""Request-scoped batching for page fields. Resolvers register the pages they return;
the first time any page needs its blocks, steps, link targets, translations or
breadcrumbs, the loader fetches them for every registered page at once. A list therefore
costs the same number of queries for one page as for fifty.

Blocks are Wagtail's own values: each block's ``bulk_to_python`` runs once per request
for that block's values on every registered page (not once per page, as Wagtail does;
``kb.wagtail_bulk``), and rich text is resolved for the viewer (see ``richtext``)."""

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar, cast

from django.db.models import Prefetch, prefetch_related_objects
from django.utils import translation
from graphql import FieldNode, GraphQLObjectType, GraphQLResolveInfo, get_named_type
from graphql.execution.collect_fields import collect_sub_fields
from wagtail.blocks import (
    Block,
    ListBlock,
    RichTextBlock,
    StreamBlock,
    StreamValue,
    StructBlock,
)
from wagtail.blocks.list_block import ListValue
from wagtail.models import Page

from kb.guidance import deadlines
from kb.guidance.models import KnowledgePage, ProcedurePage
from kb.guidance.richtext import LinkTarget, page_link_ids, resolve
from kb.wagtail_bulk import bulk_values

from . import registry, selectors
from .page_urls import page_url

BODY = KnowledgePage._meta.get_field("body").stream_block
STEPS = ProcedurePage._meta.get_field("steps").stream_block
P = TypeVar("P", bound=Iterable)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


class PageLoader:
    def __init__(self, context: Any) -> None:
        self.viewer = context.viewer
        self.request = context.request
        self._pages: dict[int, KnowledgePage] = {}
        self._raw_steps: dict[int, list] = {}
        self._raw_events: dict[int, list] = {}
        self._child_pages: dict[int, KnowledgePage] = {}  # id(step child) → its page
        self._streams: dict[tuple[str, int], StreamValue] = {}
        self._locales: dict[int, str] = {}  # id(stream child) → its page's language
        self._links: dict[int, LinkTarget | None] = {}
        self._translations: dict[int, list] = {}
        self._ancestors: dict[int, list] = {}
        self._urls: dict[int, tuple] = {}
        self._prefetched: set[tuple] = set()
        self._anchor_labels: dict[tuple, dict[str, str]] = {}

    def register(self, pages: P) -> P:
        for page in pages:
            self._pages.setdefault(page.pk, page)
        return pages

    def illustrations(self) -> list:
        """The loaded illustrations of every registered page (for one renditions query)."""
        return [
            p.illustration
            for p in self._pages.values()
            if p.illustration_id and "illustration" in p._state.fields_cache
        ]

    # -- StreamFields ------------------------------------------------------------------

    def body(self, page: KnowledgePage) -> StreamValue:
        """The page's body blocks that partners are shown, resolved for the viewer."""
        return self._stream("body", page)

    def steps(self, page: KnowledgePage) -> StreamValue:
        """The page's procedure steps (empty for guidance), resolved for the viewer."""
        return self._stream("steps", page)

    def render(self, child: StreamValue.StreamChild) -> str:
        """A block of a loaded stream, rendered in its page's language (a step names what
        its time limit counts from, as on the site)."""
        language = self._locales[id(child)]
        if translation.get_language() != language:
            with translation.override(language):
                return self.render(child)
        page = self._child_pages.get(id(child))
        if page is None:
            return str(child.render())
        return str(child.render(context={"anchor_labels": self.anchor_labels(page)}))

    def anchor_labels(self, page: KnowledgePage) -> dict[str, str]:
        """Event codes and ``step:<n>`` → their labels, in the active language (once per
        page and language)."""
        key = (page.pk, translation.get_language())
        if key not in self._anchor_labels:
            steps = [b.value for b in self.steps(page) if b.block_type == "step"]
            self._anchor_labels[key] = deadlines.anchor_labels(self.events(page), steps)
        return self._anchor_labels[key]

    def render_stream(self, page: KnowledgePage, stream: StreamValue) -> str:
        with translation.override(page.locale.language_code):
            return str(stream.render_as_block())

    def _stream(self, field: str, page: KnowledgePage) -> StreamValue:
        self.register([page])
        if (field, page.pk) not in self._streams:
            pages = [p for pk, p in self._pages.items() if (field, pk) not in self._streams]
            raw = {p.pk: self._raw(field, p) for p in pages}
            self._fetch_links({pk for data in raw.values() for pk in _link_ids(data)})
            stream_block = BODY if field == "body" else STEPS
            natives = _natives(stream_block, raw)
            for each in pages:
                children = [
                    (
                        item["type"],
                        self._resolved(stream_block.child_blocks[item["type"]], value),
                        item.get("id"),
                    )
                    for item, value in natives[each.pk]
                ]
                stream = StreamValue(stream_block, children)
                for child in stream:
                    self._locales[id(child)] = each.locale.language_code
                    if field == "steps":
                        self._child_pages[id(child)] = each
                self._streams[(field, each.pk)] = stream
        return self._streams[(field, page.pk)]

    def _raw(self, field: str, page: KnowledgePage) -> list[dict]:
        if field == "body":
            return list(page.body.raw_data)
        if page.pk not in self._raw_steps:
            self._load_raw_steps()
        return self._raw_steps[page.pk]

    def _load_raw_steps(self) -> None:
        missing = [p for pk, p in self._pages.items() if pk not in self._raw_steps]
        to_fetch = []
        for page in missing:
            if isinstance(page, ProcedurePage):  # a preview revision carries its own steps
                self._raw_steps[page.pk] = list(page.steps.raw_data)
                self._raw_events[page.pk] = list(page.events.raw_data)
            elif page.specific_class is ProcedurePage:
                procedure = page._state.fields_cache.get("procedurepage")
                if procedure is None:
                    to_fetch.append(page.pk)
                else:  # read with the page (``selectors``)
                    self._raw_steps[page.pk] = list(procedure.steps.raw_data)
                    self._raw_events[page.pk] = list(procedure.events.raw_data)
            else:
                self._raw_steps[page.pk] = []
        if to_fetch:
            for procedure in ProcedurePage.objects.filter(pk__in=to_fetch).only("steps", "events"):
                self._raw_steps[procedure.pk] = list(procedure.steps.raw_data)
                self._raw_events[procedure.pk] = list(procedure.events.raw_data)
        for pk in to_fetch:
            self._raw_steps.setdefault(pk, [])

    def events(self, page: KnowledgePage) -> list[deadlines.Event]:
        """The procedure's events (what its time limits count from); none for guidance."""
        self.register([page])
        if page.pk not in self._raw_steps:
            self._load_raw_steps()
        raw = self._raw_events.get(page.pk, [])
        return deadlines.events_from(item["value"] for item in raw if item.get("type") == "event")

    def _resolved(self, block: Block, value: Any) -> Any:
        """``value`` with each rich text in it resolved for the viewer."""
        if isinstance(block, RichTextBlock):
            return resolve(getattr(value, "source", ""), target_for=self.link_target)
        if isinstance(block, StructBlock):
            return block.meta.value_class(
                block,
                [
                    (name, self._resolved(child, value.get(name)))
                    for name, child in block.child_blocks.items()
                ],
            )
        if isinstance(block, ListBlock):
            return ListValue(block, values=[self._resolved(block.child_block, v) for v in value])
        if isinstance(block, StreamBlock):
            return StreamValue(
                block,
                [(c.block_type, self._resolved(c.block, c.value), c.id) for c in value],
            )
        return value

    def prefetch_for_blocks(self, block_class: type[Block], key: str, lookups: tuple) -> None:
        """``lookups`` for the object under ``key`` of every loaded body block of
        ``block_class`` (objects that have them already are skipped)."""
        memo = (block_class, key, tuple(lookup_name(x) for x in lookups), len(self._streams))
        if memo in self._prefetched:
            return
        self._prefetched.add(memo)
        objects = [
            child.value[key]
            for (field, _pk), stream in self._streams.items()
            if field == "body"
            for child in stream
            if isinstance(child.block, block_class) and child.value.get(key) is not None
        ]
        prefetch_related_objects(objects, *lookups)

    # -- rich-text link targets --------------------------------------------------------

    def link_target(self, pk: int) -> LinkTarget | None:
        if pk not in self._links:
            self._fetch_links({pk})
        return self._links[pk]

    def _fetch_links(self, ids: Iterable[int]) -> None:
        wanted = set(ids) - self._links.keys()
        if not wanted:
            return
        for pk in wanted:
            self._links[pk] = None
        for page in selectors.link_targets(viewer=self.viewer, page_ids=wanted):
            url, path = self.urls(page)
            self._links[page.pk] = LinkTarget(
                id=page.pk,
                slug=page.slug,
                title=page.title,
                locale=page.locale.language_code,
                url=url,
                url_path=path,
            )

    # -- around the page ---------------------------------------------------------------

    def urls(self, page: Page) -> tuple[str | None, str | None]:
        if page.pk not in self._urls:
            self._urls[page.pk] = page_url(page, self.request)
        return self._urls[page.pk]

    def translations(self, page: KnowledgePage) -> list[KnowledgePage]:
        self.register([page])
        if page.pk not in self._translations:
            missing = [p for pk, p in self._pages.items() if pk not in self._translations]
            by_key = defaultdict(list)
            for other in selectors.translations_of(
                viewer=self.viewer,
                translation_keys={p.translation_key for p in missing},
                exclude_ids=[p.pk for p in missing],
            ):
                by_key[other.translation_key].append(other)
            for p in missing:
                self._translations[p.pk] = by_key[p.translation_key]
        return self._translations[page.pk]

    def ancestors(self, page: KnowledgePage) -> list:
        """From the home page down to the page's parent."""
        self.register([page])
        if page.pk not in self._ancestors:
            missing = [p for pk, p in self._pages.items() if pk not in self._ancestors]
            step = KnowledgePage.steplen
            # Depth 1 is the tree root, which no partner should see.
            paths = {p.path[: step * depth] for p in missing for depth in range(2, p.depth)}
            by_path = {a.path: a for a in selectors.ancestors_by_path(paths=paths)}
            for p in missing:
                chain = (by_path.get(p.path[: step * d]) for d in range(2, p.depth))
                self._ancestors[p.pk] = [a for a in chain if a is not None]
        return self._ancestors[page.pk]


def lookup_name(lookup: str | Prefetch) -> str:
    """The name of a ``prefetch_related`` lookup (a string or a ``Prefetch``)."""
    return lookup if isinstance(lookup, str) else lookup.prefetch_to


def selected_fields(
    info: GraphQLResolveInfo,
    object_type: str | None = None,
    field_nodes: list[FieldNode] | None = None,
) -> dict[str, list]:
    """The fields the query selects on the resolved field's object (through fragments
    too), by name, with their nodes; ``object_type`` names the object type when the
    field's is abstract, ``field_nodes`` a nested field's nodes instead of the field's."""
    named = info.schema.get_type(object_type) if object_type else get_named_type(info.return_type)
    fields = collect_sub_fields(
        info.schema,
        info.fragments,
        info.variable_values,
        cast(GraphQLObjectType, named),  # an interface's fields are collected alike
        info.field_nodes if field_nodes is None else field_nodes,
    )
    by_name: dict[str, list] = defaultdict(list)
    for nodes in fields.values():
        by_name[nodes[0].name.value] += nodes
    return by_name


def requested_fields(info: GraphQLResolveInfo, object_type: str | None = None) -> set[str]:
    """Names of the fields the query selects on the resolved field's object."""
    return set(selected_fields(info, object_type))


def _link_ids(raw: Any) -> set[int]:
    """Pages linked from rich text anywhere in raw StreamField data."""
    return {pk for text in _strings(raw) if "linktype" in text for pk in page_link_ids(text)}


def _natives(stream_block: StreamBlock, raw: dict[int, list]) -> dict[int, list]:
    """Native values of the raw blocks of several streams, ``{key: [(raw item, value)]}``:
    each block's GraphQL type loads and prepares the values of its kind for all streams
    together (``registry.load``, one ``bulk_to_python`` by default), and leaves out the
    ones partners are not shown (``registry.shown``)."""
    places, entries = [], []
    for key, items in raw.items():
        for item in items:
            block = stream_block.child_blocks.get(item.get("type"))
            if block is not None:  # a block type no longer defined is skipped, as Wagtail does
                places.append((key, item))
                entries.append((block, item.get("value")))
    natives: dict[int, list] = {key: [] for key in raw}
    values = bulk_values(entries, load=registry.load)
    for (key, item), (block, _raw), value in zip(places, entries, values, strict=True):
        if registry.shown(block, value):
            natives[key].append((item, value))
    return natives
