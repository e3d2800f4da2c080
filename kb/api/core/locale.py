"""The ``locale`` argument every root field takes: a content language, Czech by default.

Its type is the ``Locale`` enum (``CS``, ``EN``). Until version 2 of this contract it was a
free string, so the enum also reads the old spellings: a string literal or variable value
``"en"``/``"EN"`` is taken as ``EN``. Only a variable *declared* ``String`` can no longer be
passed (declare it ``Locale``)."""

from enum import Enum
from typing import Any

import graphene
from django.utils.translation import get_language_info
from graphql import GraphQLEnumType, GraphQLResolveInfo, StringValueNode, Undefined

from kb.languages import DEFAULT_LANGUAGE, language_codes

from ..errors import BAD_USER_INPUT, ApiError

Locale = graphene.Enum.from_enum(
    Enum("Locale", {code.upper().replace("-", "_"): code for code in language_codes()}),
    description=lambda member: (
        "A content language."
        if member is None
        else f"{get_language_info(member.value)['name']} (`{member.value}`)."
    ),
)


def locale_arg(**kwargs: Any) -> graphene.Argument:
    return graphene.Argument(
        Locale,
        description=f"Content language (default {DEFAULT_LANGUAGE.upper()}).",
        **kwargs,
    )


def locale_code(value: Any, info: GraphQLResolveInfo | None = None) -> str:
    """The language code ``value`` (enum member, code or None) names; with ``info``, the
    answer remembers it for its ``Content-Language`` header."""
    value = getattr(value, "value", value)
    if value is None:
        value = DEFAULT_LANGUAGE
    code = value.strip().lower() if isinstance(value, str) else None
    if code not in language_codes():
        raise ApiError(
            BAD_USER_INPUT,
            f"Unknown locale {value!r}; use one of {', '.join(language_codes())}.",
        )
    if info is not None:
        info.context.locales.add(code)
    return code


def make_lenient(graphql_type: GraphQLEnumType) -> None:
    """Let the ``Locale`` enum also read ``"en"`` written as a string (the old form)."""
    by_code = {name.lower(): name for name in graphql_type.values}
    strict_literal, strict_value = graphql_type.parse_literal, graphql_type.parse_value

    def parse_literal(node: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(node, StringValueNode):
            name = by_code.get(node.value.strip().lower())
            return graphql_type.values[name].value if name else Undefined
        return strict_literal(node, *args, **kwargs)

    def parse_value(value: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(value, str) and value.strip().lower() in by_code:
            value = by_code[value.strip().lower()]
        return strict_value(value, *args, **kwargs)

    graphql_type.parse_literal = parse_literal  # type: ignore[method-assign,assignment]
    graphql_type.parse_value = parse_value  # type: ignore[method-assign,assignment]
