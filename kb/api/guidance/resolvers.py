from typing import Any

from graphql import GraphQLResolveInfo

from kb.guidance.models import KnowledgePage

from ..context import loader_of, viewer_of
from ..core.connection import build_connection, paginate
from ..core.locale import locale_code
from ..core.nodes import page_key
from ..errors import BAD_USER_INPUT, ApiError
from . import selectors
from .loaders import PageLoader, selected_fields
from .page_urls import tree_url_path
from .preview import previewed_page
from .types import KnowledgePageConnection

# A page's GraphQL fields → what a single page is read with (``selectors.ALL_RELATIONS``).
FIELD_RELATIONS = {
    "owner": "content_owner",
    "illustration": "illustration",
    "topics": "topics",
    "audiences": "audiences",
    "regions": "regions",
    "steps": "procedurepage",
    "events": "procedurepage",
    "timeline": "procedurepage",
}


TERM_TYPES = {"topics": "Topic", "audiences": "Audience", "regions": "Region"}


def _relations(info: GraphQLResolveInfo) -> set[str]:
    """What the query reads of the page (on either page type); ``topics:locale`` when it
    reads the terms' language too."""
    relations = set()
    for page_type in ("GuidancePage", "ProcedurePage"):
        for name, nodes in selected_fields(info, page_type).items():
            if name not in FIELD_RELATIONS:
                continue
            relations.add(FIELD_RELATIONS[name])
            if name in TERM_TYPES and "locale" in selected_fields(info, TERM_TYPES[name], nodes):
                relations.add(f"{name}:locale")
    return relations


def _register(info: GraphQLResolveInfo, pages: list) -> list:
    return loader_of(info, PageLoader).register(pages)


def resolve_page(
    _root: Any,
    info: GraphQLResolveInfo,
    id: Any = None,
    url_path: Any = None,
    locale: Any = None,
    preview_token: str | None = None,
    fallback: bool = False,
) -> Any:
    if preview_token is not None:
        # A draft must never sit in a shared cache, nor an answer to a guessed token.
        info.context.no_store = True
        draft = previewed_page(preview_token, page_id=None if id is None else page_key(id))
        return _register(info, [draft])[0]
    if (id is None) == (url_path is None):
        raise ApiError(BAD_USER_INPUT, "Give either `id` or `urlPath`.")
    viewer, relations = viewer_of(info), _relations(info)
    page: KnowledgePage | None = None
    if id is not None:
        if locale is None:
            page = selectors.page_by_id(viewer=viewer, page_id=page_key(id), relations=relations)
        else:
            # Partners keep one id and ask for the language they show.
            page = selectors.page_by_id(viewer=viewer, page_id=page_key(id), relations=())
            translated = page and selectors.page_in_locale(
                viewer=viewer, page=page, locale=locale_code(locale, info), relations=relations
            )
            if page is not None and translated is None and fallback:
                page = selectors.with_relations(page, relations)
                page.is_fallback = True  # marked as such
            else:
                page = translated
    else:
        found = tree_url_path(url_path, locale=locale_code(locale, info))
        if found:
            page = selectors.page_by_url_path(viewer=viewer, url_path=found[0], relations=relations)
    return _register(info, [page])[0] if page else None


def resolve_pages(
    _root: Any,
    info: GraphQLResolveInfo,
    locale: Any = None,
    filters: Any = None,
    updated_since: Any = None,
    order: Any = None,
    first: int | None = None,
    after: str | None = None,
) -> Any:
    filters = filters or {}
    pages = selectors.page_list(
        viewer=viewer_of(info),
        locale=locale_code(locale, info),
        topics=tuple(filters.get("topic") or ()),
        audiences=tuple(filters.get("audience") or ()),
        regions=tuple(filters.get("region") or ()),
        page_types=tuple(getattr(t, "value", t) for t in filters.get("type") or ()),
        updated_since=updated_since,
        order=getattr(order, "value", order) or "site",
    )
    items, total, at = paginate(pages, first=first, after=after)
    return build_connection(KnowledgePageConnection, _register(info, items), total=total, at=at)


def resolve_procedure(_root: Any, info: GraphQLResolveInfo, slug: str, locale: Any = None) -> Any:
    page = selectors.procedure_by_slug(
        viewer=viewer_of(info),
        slug=slug,
        locale=locale_code(locale, info),
        relations=_relations(info),
    )
    return _register(info, [page])[0] if page else None
