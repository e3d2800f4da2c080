"""``locale`` was a ``String`` before it became the ``Locale`` enum. Operations written then
declare ``$locale: String``; this rule lets such a variable stand where a ``Locale`` is
expected (the resolver checks its value and answers BAD_USER_INPUT for an unknown code).
Every other variable usage is checked exactly as the standard rule does."""

import re

from graphql import GraphQLError, specified_rules
from graphql.validation import VariablesInAllowedPositionRule

STRING_AS_LOCALE = re.compile(r"of type 'String!?' used in position expecting type 'Locale!?'\.$")


class VariablesInAllowedPositionOrLocaleString(VariablesInAllowedPositionRule):
    def report_error(self, error: GraphQLError) -> None:
        if not STRING_AS_LOCALE.search(error.message):
            super().report_error(error)


STANDARD_RULES = tuple(
    VariablesInAllowedPositionOrLocaleString if rule is VariablesInAllowedPositionRule else rule
    for rule in specified_rules
)
