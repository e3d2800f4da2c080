"""The ``locale`` argument every root field takes: a language code, Czech by default."""

import graphene
from django.conf import settings

from ..errors import BAD_USER_INPUT, ApiError


def content_languages() -> list[str]:
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def locale_arg() -> graphene.String:
    return graphene.String(
        description=(
            f"Language code: {', '.join(content_languages())} (default {settings.LANGUAGE_CODE})."
        )
    )


def locale_code(value: str | None) -> str:
    code = (value or settings.LANGUAGE_CODE).strip().lower()
    if code not in content_languages():
        raise ApiError(
            BAD_USER_INPUT,
            f"Unknown locale {value!r}; use one of {', '.join(content_languages())}.",
        )
    return code
