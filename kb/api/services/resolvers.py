import re
from collections.abc import Iterable
from typing import Any

from django.db.models import QuerySet
from graphql import GraphQLResolveInfo

from kb.services.models import Service

from ..core.connection import build_connection, paginate
from ..core.locale import locale_code
from ..errors import BAD_USER_INPUT, ApiError
from . import selectors
from .types import ServiceConnection

LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")


def _languages(codes: Iterable[str] | None) -> tuple[str, ...]:
    codes = tuple(code.strip().lower() for code in codes or ())
    for code in codes:
        if not LANGUAGE_CODE.match(code):
            raise ApiError(BAD_USER_INPUT, f"{code!r} is not an ISO 639-1 language code.")
    return codes


def resolve_services(
    _root: Any,
    info: GraphQLResolveInfo,
    locale: Any = None,
    filters: dict[str, Any] | None = None,
    first: int | None = None,
    after: str | None = None,
) -> Any:
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


def resolve_emergency_contacts(
    _root: Any, info: GraphQLResolveInfo, locale: Any = None
) -> QuerySet[Service]:
    return selectors.emergency_contacts(locale=locale_code(locale, info))
