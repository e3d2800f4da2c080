"""TOO_MANY_ALIASES: aliases repeat expensive fields, so their number is limited. An alias
inside a fragment counts once for every time the fragment is spread."""

from typing import Any

from django.conf import settings
from graphql import FieldNode, GraphQLField

from ..errors import TOO_MANY_ALIASES, ApiError
from .measure import MeasuringRule


class MaxAliasesRule(MeasuringRule):
    def field(self, node: FieldNode, definition: GraphQLField | None, child: Any) -> int:
        return child + (1 if node.alias is not None else 0)

    def check(self, measured: Any) -> ApiError | None:
        limit = settings.KB_API_MAX_ALIASES
        if measured <= limit:
            return None
        return ApiError(
            TOO_MANY_ALIASES,
            f"The query uses {measured} aliases; the limit is {limit}.",
            maxAliases=limit,
        )
