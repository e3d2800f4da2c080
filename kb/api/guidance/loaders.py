"""Request-scoped batching for page fields. Resolvers register the pages they return;
the first time any page needs its steps, references, link targets, translations or
breadcrumbs, the loader fetches them for every registered page at once. A list therefore
costs the same number of queries for one page as for fifty."""

from collections import defaultdict

from kb.guidance.models import KnowledgePage, ProcedurePage
from kb.taxonomy.models import LegalReference

from ..services.selectors import services_by_id
from . import selectors
from .richtext import LinkTarget, page_link_ids
from .urls import page_url


def list_items(raw_list) -> list:
    """ListBlock values, in either of Wagtail's storage formats."""
    return [
        item["value"] if isinstance(item, dict) and item.get("type") == "item" else item
        for item in raw_list or []
    ]


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


class PageLoader:
    def __init__(self, context):
        self.viewer = context.viewer
        self.request = context.request
        self._pages: dict[int, KnowledgePage] = {}
        self._steps: dict[int, list] = {}
        self._scanned: set[int] = set()
        self._wanted: dict[str, set[int]] = defaultdict(set)
        self._loaded: dict[str, dict] = defaultdict(dict)
        self._translations: dict[int, list] = {}
        self._ancestors: dict[int, list] = {}
        self._urls: dict[int, tuple] = {}
        self._memo: dict = {}

    def memo(self, key, build):
        """``build()`` once per request for ``key``."""
        if key not in self._memo:
            self._memo[key] = build()
        return self._memo[key]

    def register(self, pages):
        for page in pages:
            self._pages.setdefault(page.pk, page)
        return pages

    # -- raw StreamField data ----------------------------------------------------------

    def body_raw(self, page) -> list[dict]:
        return list(page.body.raw_data)

    def steps_raw(self, page) -> list[dict]:
        self.register([page])
        if page.pk not in self._steps:
            self._load_steps()
        return self._steps[page.pk]

    def _load_steps(self):
        missing = [p for pk, p in self._pages.items() if pk not in self._steps]
        to_fetch = []
        for page in missing:
            if isinstance(page, ProcedurePage):  # a preview revision carries its own steps
                self._steps[page.pk] = list(page.steps.raw_data)
            elif page.specific_class is ProcedurePage:
                to_fetch.append(page.pk)
            else:
                self._steps[page.pk] = []
        if to_fetch:
            for procedure in ProcedurePage.objects.filter(pk__in=to_fetch).only("steps"):
                self._steps[procedure.pk] = list(procedure.steps.raw_data)
        for pk in to_fetch:
            self._steps.setdefault(pk, [])

    # -- objects referenced from StreamFields ------------------------------------------

    def _scan(self):
        unscanned = [p for pk, p in self._pages.items() if pk not in self._scanned]
        for page in unscanned:
            self._scanned.add(page.pk)
            body, steps = self.body_raw(page), self.steps_raw(page)
            for block in body:
                value = block.get("value")
                if block.get("type") == "contact" and isinstance(value, dict):
                    self._want("service", value.get("service"))
                elif block.get("type") == "legal_reference" and isinstance(value, dict):
                    self._want("reference", value.get("reference"))
            for block in steps:
                for ref in list_items((block.get("value") or {}).get("legal_basis")):
                    self._want("reference", ref)
            for text in _strings([body, steps]):
                if "linktype" in text:
                    for pk in page_link_ids(text):
                        self._want("link", pk)

    def _want(self, kind: str, pk) -> None:
        if isinstance(pk, int):
            self._wanted[kind].add(pk)

    def _get(self, kind: str, pk, fetch):
        if pk is None:
            return None
        self._scan()
        loaded = self._loaded[kind]
        if pk not in loaded:
            wanted = (self._wanted[kind] | {pk}) - loaded.keys()
            found = fetch(wanted)
            for key in wanted:
                loaded[key] = found.get(key)
        return loaded[pk]

    def service(self, pk):
        return self._get("service", pk, lambda ids: services_by_id(ids=ids))

    def reference(self, pk):
        return self._get("reference", pk, lambda ids: LegalReference.objects.in_bulk(ids))

    def link_target(self, pk) -> LinkTarget | None:
        return self._get("link", pk, self._fetch_link_targets)

    def _fetch_link_targets(self, ids) -> dict[int, LinkTarget]:
        targets = {}
        for page in selectors.link_targets(viewer=self.viewer, page_ids=ids):
            url, path = self.urls(page)
            targets[page.pk] = LinkTarget(
                id=page.pk,
                slug=page.slug,
                title=page.title,
                locale=page.locale.language_code,
                url=url,
                url_path=path,
            )
        return targets

    # -- around the page ---------------------------------------------------------------

    def urls(self, page) -> tuple[str | None, str | None]:
        if page.pk not in self._urls:
            self._urls[page.pk] = page_url(page, self.request)
        return self._urls[page.pk]

    def translations(self, page) -> list[KnowledgePage]:
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

    def ancestors(self, page) -> list:
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
