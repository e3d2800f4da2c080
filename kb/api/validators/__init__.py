"""Limits on what one GraphQL document may ask, as graphql-core validation rules that run
before the standard ones (so an abusive document is refused before anything else reads it):
depth, aliases, list nesting and cost. Each measures every fragment definition once."""

from graphql import ValidationRule

from .aliases import MaxAliasesRule
from .cost import MaxCostRule
from .depth import MaxDepthRule
from .list_nesting import MaxListNestingRule
from .measure import MeasuringRule

RULES = (MaxDepthRule, MaxAliasesRule, MaxListNestingRule, MaxCostRule)

__all__ = [
    "RULES",
    "MaxAliasesRule",
    "MaxCostRule",
    "MaxDepthRule",
    "MaxListNestingRule",
    "MeasuringRule",
    "limit_rules",
]


def limit_rules(
    *, variables: object = None, operation_name: str | None = None
) -> list[type[ValidationRule]]:
    """The rules for one request: the page sizes its variables give count toward cost, and
    only the operation it runs is measured."""
    bound = {
        "variables": variables if isinstance(variables, dict) else {},
        "operation_name": operation_name,
    }
    return [type(rule.__name__, (rule,), bound) for rule in RULES]
