"""LISTS_TOO_NESTED: lists inside lists multiply work. Introspection may nest three (what
the standard schema query needs), data a little more (``KB_API_MAX_LIST_NESTING``)."""

from typing import Any, overload

from django.conf import settings
from graphql import FieldNode, GraphQLField, get_nullable_type, is_list_type

from ..errors import LISTS_TOO_NESTED, ApiError
from .measure import INTROSPECTION_ROOTS, MeasuringRule

INTROSPECTION_MAX_LIST_NESTING = 3


class MaxListNestingRule(MeasuringRule):
    # (most lists above a data field, most above an introspection field); None when there
    # is no such field.
    empty = (None, None)

    def field(
        self, node: FieldNode, definition: GraphQLField | None, child: Any
    ) -> tuple[int | None, int | None]:
        # graphql-core's get_nullable_type overloads omit the GraphQLNonNull output types.
        own = (
            1 if definition is not None and is_list_type(get_nullable_type(definition.type)) else 0  # type: ignore[arg-type]
        )
        data, introspection = child
        if node.name.value in INTROSPECTION_ROOTS:
            return (None, own + _max(_max(data, introspection), 0))
        return (
            own + _max(data, 0),
            None if introspection is None else own + introspection,
        )

    def merge(self, first: Any, second: Any) -> tuple[int | None, int | None]:
        return (_max(first[0], second[0]), _max(first[1], second[1]))

    def check(self, measured: Any) -> ApiError | None:
        data, introspection = measured
        if (data or 0) <= settings.KB_API_MAX_LIST_NESTING and (
            introspection or 0
        ) <= INTROSPECTION_MAX_LIST_NESTING:
            return None
        return ApiError(
            LISTS_TOO_NESTED,
            "The query nests lists inside lists too deeply.",
            maxListNesting=settings.KB_API_MAX_LIST_NESTING,
        )


@overload
def _max(first: int | None, second: int) -> int: ...
@overload
def _max(first: int, second: int | None) -> int: ...
@overload
def _max(first: int | None, second: int | None) -> int | None: ...
def _max(first: int | None, second: int | None) -> int | None:
    if first is None:
        return second
    if second is None:
        return first
    return max(first, second)
