"""Page URLs in both forms partners use: absolute, and the path as served on the site."""

from django.conf import settings
from django.http import HttpRequest
from wagtail.models import Page, Site

from ..core.urls import absolute_url


def page_url(page: Page, request: HttpRequest | None) -> tuple[str | None, str | None]:
    """``(absolute URL, path)``, or ``(None, None)`` for a page outside every site. The
    URL is built from ``KB_PUBLIC_BASE_URL`` or the request's host (see ``core.urls``);
    without either (webhooks), from the Wagtail site's own root URL."""
    parts = page.get_url_parts(request)
    if not parts or parts[2] is None:
        return None, None
    _site_id, root_url, path = parts
    return absolute_url(path, request) or (root_url or "") + path, path


def tree_url_path(path: str, *, locale: str) -> tuple[str, str] | None:
    """The page tree's ``url_path`` and locale for a path as served, e.g.
    ``/en/rights/x/`` → (``/ic-prague/rights/x/``, ``en``)."""
    segments = [s for s in path.strip().split("/") if s]
    languages = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
    if segments and segments[0] in languages and segments[0] != settings.LANGUAGE_CODE:
        locale, segments = segments[0], segments[1:]
    roots = [r for r in Site.get_site_root_paths() if r.language_code == locale]
    if not roots or not segments:
        return None
    return roots[0].root_path + "/".join(segments) + "/", locale
