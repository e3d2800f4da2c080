"""QUERY_TOO_DEEP: how deeply fields nest. Introspection (from ``__schema`` or ``__type``
down) has its own, looser allowance, as GraphiQL's schema query nests type references."""

from typing import Any

from django.conf import settings
from graphql import FieldNode, GraphQLField

from ..errors import QUERY_TOO_DEEP, ApiError
from .measure import INTROSPECTION_ROOTS, STOP_AT, MeasuringRule

INTROSPECTION_MAX_DEPTH = 16


class MaxDepthRule(MeasuringRule):
    # (deepest data field, deepest introspection field); 0 when there is none.
    empty = (0, 0)

    def field(
        self, node: FieldNode, definition: GraphQLField | None, child: Any
    ) -> tuple[int, int]:
        data, introspection = child
        if node.name.value in INTROSPECTION_ROOTS:
            return (0, 1 + max(data, introspection))
        return (1 + data, 1 + introspection if introspection else 0)

    def merge(self, first: Any, second: Any) -> tuple[int, int]:
        return (max(first[0], second[0]), max(first[1], second[1]))

    def cut(self) -> tuple[int, int]:
        return (STOP_AT, 0)

    def check(self, measured: Any) -> ApiError | None:
        data, introspection = measured
        limit = settings.KB_API_MAX_DEPTH
        if data <= limit and introspection <= INTROSPECTION_MAX_DEPTH:
            return None
        return ApiError(
            QUERY_TOO_DEEP,
            f"The query nests fields {max(data, introspection)} deep; the limit is {limit}.",
            maxDepth=limit,
        )
