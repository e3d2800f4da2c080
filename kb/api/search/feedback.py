"""``searchFeedback``: a partner tells us whether the results of a search helped (a result
was opened, or nothing helped). It adds one to an aggregated count of the masked query
(search.analytics): nothing about the caller, the reader or the time of day is stored, and
the query keeps only known words, as when it was searched.

Each call costs one more request against the caller's rate-limit bucket, so aliases or a
batch cannot record more than the caller may ask."""

from typing import Any

import graphene
from graphql import GraphQLResolveInfo

from search.analytics import Outcome, record_outcome
from search.types import MAX_QUERY_LENGTH

from ..context import ApiContext
from ..core.enums import described_enum
from ..core.locale import locale_arg, locale_code
from ..errors import BAD_USER_INPUT, RATE_LIMITED, ApiError, RequestRejected
from ..ratelimit import client_bucket, rate_limit_hit

# A stable reason beside the BAD_USER_INPUT code, for partners' programs.
INVALID_QUERY = "INVALID_SEARCH_FEEDBACK_QUERY"

SearchOutcome = described_enum(
    "SearchOutcome",
    {
        "OPENED": (Outcome.OPENED, "The reader opened a result of the search."),
        "NOT_HELPFUL": (Outcome.NOT_HELPFUL, "The reader said no result helped."),
    },
    description="What became of a search.",
)


class SearchFeedbackPayload(graphene.ObjectType):
    class Meta:
        description = "The answer to searchFeedback."

    recorded = graphene.Boolean(
        required=True,
        description="Whether it was counted (false when no word of the query may be stored).",
    )


def resolve_search_feedback(
    _root: Any, info: GraphQLResolveInfo, query: str, outcome: Any, locale: Any = None
) -> SearchFeedbackPayload:
    text = " ".join(query.split())
    if not text or len(text) > MAX_QUERY_LENGTH:
        raise ApiError(
            BAD_USER_INPUT,
            f"`query` must be 1 to {MAX_QUERY_LENGTH} characters: the search as it was typed.",
            reason=INVALID_QUERY,
        )
    code = locale_code(locale, info)
    context: ApiContext = info.context
    bucket, limit = client_bucket(context.request, context.api_key)
    try:
        rate_limit_hit(bucket=bucket, limit=limit)
    except RequestRejected as rejected:
        raise ApiError(RATE_LIMITED, rejected.message) from None
    stored = record_outcome(query=text, locale=code, outcome=getattr(outcome, "value", outcome))
    return SearchFeedbackPayload(recorded=bool(stored))


class SearchMutations(graphene.ObjectType):
    search_feedback = graphene.Field(
        SearchFeedbackPayload,
        query=graphene.String(required=True, description="The search as it was typed."),
        outcome=graphene.Argument(
            SearchOutcome,
            required=True,
            description="Whether a result was opened or nothing helped.",
        ),
        locale=locale_arg(),
        description=(
            "Report whether a search helped. Only an aggregated count per query (its known "
            "words) and day is kept; nothing about the reader."
        ),
        resolver=resolve_search_feedback,
    )


__all__ = ["SearchMutations"]
