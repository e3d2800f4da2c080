from kb.guidance.models import KnowledgePage

from ..context import loader_of, viewer_of
from ..core.connection import build_connection, paginate
from ..core.ids import database_id
from ..core.locale import locale_code
from ..errors import BAD_USER_INPUT, ApiError
from . import selectors
from .loaders import PageLoader
from .page_urls import tree_url_path
from .preview import previewed_page
from .types import KnowledgePageConnection


def _register(info, pages):
    return loader_of(info, PageLoader).register(pages)


def resolve_page(_root, info, id=None, url_path=None, locale=None, preview_token=None):
    if preview_token is not None:
        draft = previewed_page(preview_token, page_id=id)
        info.context.no_store = True  # a draft must never sit in a shared cache
        return _register(info, [draft])[0]
    if (id is None) == (url_path is None):
        raise ApiError(BAD_USER_INPUT, "Give either `id` or `urlPath`.")
    viewer = viewer_of(info)
    page: KnowledgePage | None = None
    if id is not None:
        page = selectors.page_by_id(viewer=viewer, page_id=database_id(id))
        if page is not None and locale is not None:
            # Partners keep one id and ask for the language they show.
            page = selectors.page_in_locale(viewer=viewer, page=page, locale=locale_code(locale))
    else:
        found = tree_url_path(url_path, locale=locale_code(locale))
        if found:
            page = selectors.page_by_url_path(viewer=viewer, url_path=found[0])
    return _register(info, [page])[0] if page else None


def resolve_pages(_root, info, locale=None, filters=None, first=None, after=None):
    filters = filters or {}
    pages = selectors.page_list(
        viewer=viewer_of(info),
        locale=locale_code(locale),
        topics=tuple(filters.get("topic") or ()),
        audiences=tuple(filters.get("audience") or ()),
        regions=tuple(filters.get("region") or ()),
        page_types=tuple(getattr(t, "value", t) for t in filters.get("type") or ()),
    )
    items, total, at = paginate(pages, first=first, after=after)
    return build_connection(KnowledgePageConnection, _register(info, items), total=total, at=at)


def resolve_procedure(_root, info, slug, locale=None):
    page = selectors.procedure_by_slug(
        viewer=viewer_of(info), slug=slug, locale=locale_code(locale)
    )
    return _register(info, [page])[0] if page else None
