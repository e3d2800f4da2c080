"""HTTP caching of GET answers. The ETag is a hash of the answer itself, so it changes
exactly when what the caller would receive changes: publishing, unpublishing or editing a
service needs no separate invalidation step."""

import hashlib

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.http import parse_etags, quote_etag


def etag_for(content: bytes) -> str:
    return quote_etag(hashlib.sha256(content).hexdigest()[:40])


def not_modified(request: HttpRequest, etag: str) -> bool:
    header = request.headers.get("If-None-Match")
    if not header:
        return False
    tags = parse_etags(header)
    # If-None-Match uses the weak comparison (RFC 9110, 13.1.2): W/"x" matches "x". Proxies
    # that compress answers (nginx's gzip) turn strong ETags weak.
    return "*" in tags or _opaque(etag) in {_opaque(tag) for tag in tags}


def _opaque(tag: str) -> str:
    return tag.removeprefix("W/")


def cache_control(*, keyed: bool, no_store: bool) -> str:
    if no_store:
        return "no-store"
    # Keyed answers may hold professionals-only content: only the caller's own cache.
    scope = "private" if keyed else "public"
    return f"{scope}, max-age={settings.KB_API_CACHE_MAX_AGE}"


def apply(
    request: HttpRequest, response: HttpResponse, *, keyed: bool, no_store: bool
) -> HttpResponse:
    """Adds ETag and Cache-Control to a successful GET answer, or turns it into a 304."""
    control = cache_control(keyed=keyed, no_store=no_store)
    if no_store:
        response["Cache-Control"] = control
        return response
    etag = etag_for(response.content)
    if not_modified(request, etag):
        response = HttpResponse(status=304)
    response["ETag"] = etag
    response["Cache-Control"] = control
    return response
