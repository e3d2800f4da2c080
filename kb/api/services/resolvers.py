import re

from ..core.connection import build_connection, paginate
from ..core.locale import locale_code
from ..errors import BAD_USER_INPUT, ApiError
from . import selectors
from .types import ServiceConnection

LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")


def _languages(codes) -> tuple[str, ...]:
    codes = tuple(code.strip().lower() for code in codes or ())
    for code in codes:
        if not LANGUAGE_CODE.match(code):
            raise ApiError(BAD_USER_INPUT, f"{code!r} is not an ISO 639-1 language code.")
    return codes


def resolve_services(_root, info, locale=None, filters=None, first=None, after=None):
    filters = filters or {}
    services = selectors.service_list(
        locale=locale_code(locale, info),
        regions=tuple(filters.get("region") or ()),
        categories=tuple(getattr(c, "value", c) for c in filters.get("category") or ()),
        audiences=tuple(filters.get("audience") or ()),
        languages=_languages(filters.get("language")),
        open_now=filters.get("open_now"),
    )
    items, total, at = paginate(services, first=first, after=after)
    return build_connection(ServiceConnection, items, total=total, at=at)


def resolve_emergency_contacts(_root, info, locale=None):
    return selectors.emergency_contacts(locale=locale_code(locale, info))
