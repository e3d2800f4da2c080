"""Absolute URLs for partners. ``KB_PUBLIC_BASE_URL`` (e.g. ``https://kb.example.org``)
names the public site when it is set; otherwise URLs use the host (and scheme) the API
request came to, so an API served as ``https://api.partner.cz`` never answers with the
demo site's ``http://localhost``."""

from django.conf import settings
from django.http import HttpRequest


def absolute_url(path: str | None, request: HttpRequest | None = None) -> str | None:
    """``path`` (``/en/rights/…``) as an absolute URL; absolute input is returned as is."""
    if not path:
        return None
    if "://" in path:
        return path
    base = settings.KB_PUBLIC_BASE_URL.rstrip("/")
    if base:
        return base + path
    if request is not None:
        return request.build_absolute_uri(path)
    return None
