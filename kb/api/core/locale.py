"""The ``locale`` argument every root field takes: a language code, Czech by default."""

import graphene

from kb.languages import DEFAULT_LANGUAGE, language_codes

from ..errors import BAD_USER_INPUT, ApiError


def locale_arg() -> graphene.String:
    return graphene.String(
        description=(f"Language code: {', '.join(language_codes())} (default {DEFAULT_LANGUAGE}).")
    )


def locale_code(value: str | None) -> str:
    code = (value or DEFAULT_LANGUAGE).strip().lower()
    if code not in language_codes():
        raise ApiError(
            BAD_USER_INPUT,
            f"Unknown locale {value!r}; use one of {', '.join(language_codes())}.",
        )
    return code
