"""Which browser origins may read answers: those in KB_API_CORS_ORIGINS ("*" for any),
plus each key's own origins for requests made with that key. No cookies are ever
honoured, so credentials are never allowed."""

from django.conf import settings
from django.http import HttpResponse

from .models import ApiKey

ALLOW_HEADERS = "Authorization, Content-Type, If-None-Match"
EXPOSE_HEADERS = "ETag, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset"
PREFLIGHT_MAX_AGE = "600"


def _normalise(origin: str) -> str:
    return origin.strip().rstrip("/").lower()


def _settings_allow(origin: str) -> bool:
    allowed = {_normalise(o) for o in settings.KB_API_CORS_ORIGINS}
    return "*" in allowed or _normalise(origin) in allowed


def origin_allowed(origin: str | None, api_key: ApiKey | None) -> bool:
    if not origin:
        return False
    if _settings_allow(origin):
        return True
    return api_key is not None and _normalise(origin) in {_normalise(o) for o in api_key.origins}


def preflight_allowed(origin: str | None) -> bool:
    """A preflight carries no key, so any active key's origin passes it; the real
    request is then checked against its own key."""
    if not origin:
        return False
    if _settings_allow(origin):
        return True
    wanted = _normalise(origin)
    candidates = ApiKey.objects.filter(is_active=True, allowed_origins__icontains=wanted)
    return any(wanted in {_normalise(o) for o in key.origins} for key in candidates)


def add_cors_headers(response: HttpResponse, origin: str) -> None:
    response["Access-Control-Allow-Origin"] = origin
    response["Access-Control-Expose-Headers"] = EXPOSE_HEADERS


def preflight_response(origin: str | None) -> HttpResponse:
    response = HttpResponse(status=204)
    if origin and preflight_allowed(origin):
        add_cors_headers(response, origin)
        response["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        response["Access-Control-Allow-Headers"] = ALLOW_HEADERS
        response["Access-Control-Max-Age"] = PREFLIGHT_MAX_AGE
    response["Vary"] = "Origin"
    return response
