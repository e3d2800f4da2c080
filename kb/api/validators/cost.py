"""QUERY_TOO_COMPLEX: every field costs 1, multiplied by the page size (``first``) of every
connection above it, so one wide page or many narrow ones cost alike. A fragment costs what
its fields cost, each time it is spread. A field that asks the search engine (``search``,
``autocomplete``) costs KB_API_SEARCH_COST more: twenty aliased searches are twenty engine
round trips (and on the database fallback, twenty scans), not twenty fields."""

from typing import Any

from django.conf import settings
from graphql import FieldNode, GraphQLField, IntValueNode, VariableNode

from ..errors import QUERY_TOO_COMPLEX, ApiError
from .measure import MeasuringRule

# Root fields that run a search.
SEARCHING_FIELDS = ("search", "autocomplete")


class MaxCostRule(MeasuringRule):
    def field(self, node: FieldNode, definition: GraphQLField | None, child: Any) -> int:
        own = 1 + self.search_cost(definition)
        if definition is not None and "first" in definition.args:
            return own + self.page_size(node) * child
        return own + child

    def search_cost(self, definition: GraphQLField | None) -> int:
        if definition is None:
            return 0
        root = self.context.schema.query_type
        searching = root.fields if root else {}
        if any(searching.get(name) is definition for name in SEARCHING_FIELDS):
            return int(settings.KB_API_SEARCH_COST)
        return 0

    def check(self, measured: Any) -> ApiError | None:
        limit = settings.KB_API_MAX_COST
        if measured <= limit:
            return None
        return ApiError(
            QUERY_TOO_COMPLEX,
            f"The query would cost {measured}; the limit is {limit}. "
            "Ask for fewer items per page or fewer fields.",
            cost=measured,
            maxCost=limit,
        )

    def page_size(self, node: FieldNode) -> int:
        for argument in node.arguments:
            if argument.name.value != "first":
                continue
            value = argument.value
            if isinstance(value, IntValueNode):
                return _clamp(int(value.value))
            if isinstance(value, VariableNode):
                given = (self.variables or {}).get(value.name.value)
                if isinstance(given, int) and not isinstance(given, bool):
                    return _clamp(given)
        return settings.KB_API_DEFAULT_PAGE_SIZE


def _clamp(size: int) -> int:
    # Sizes over the maximum are refused by the field itself; cost counts what may run.
    return max(1, min(size, settings.KB_API_MAX_PAGE_SIZE))
