import graphene

from search.models import ResultKind

from ..core.connection import page_args
from ..core.enums import described_enum
from ..core.locale import locale_arg
from . import resolvers
from .types import SearchConnection, Suggestion

# The API's words for each kind of result; the kinds themselves are search.models.ResultKind.
SEARCH_TYPE_TEXTS = {
    ResultKind.GUIDANCE: "Guidance pages.",
    ResultKind.PROCEDURE: "Procedure pages.",
    ResultKind.SERVICE: "Services from the directory.",
}
SearchType = described_enum(
    "SearchType",
    {kind.name: (kind.value, SEARCH_TYPE_TEXTS[kind]) for kind in ResultKind},
    description="Kinds of search result.",
)


class SearchFilter(graphene.InputObjectType):
    class Meta:
        description = (
            "Narrows a search. Values within one filter are alternatives; different "
            "filters must all match."
        )

    topic = graphene.List(graphene.NonNull(graphene.String), description="Topic codes.")
    audience = graphene.List(graphene.NonNull(graphene.String), description="Audience codes.")
    region = graphene.List(graphene.NonNull(graphene.String), description="Region codes.")
    type = graphene.List(graphene.NonNull(SearchType), description="Kinds of result.")


class SearchQueries(graphene.ObjectType):
    search = graphene.Field(
        SearchConnection,
        query=graphene.String(
            required=True,
            description="What to look for; Czech forgives missing diacritics and word forms.",
        ),
        locale=locale_arg(),
        filters=graphene.Argument(SearchFilter, description="What to narrow the results to."),
        **page_args(),
        description="Full-text search over pages and services the caller may see.",
        resolver=resolvers.resolve_search,
    )
    autocomplete = graphene.List(
        graphene.NonNull(Suggestion),
        prefix=graphene.String(required=True, description="What the user has typed so far."),
        locale=locale_arg(),
        limit=graphene.Int(description="How many suggestions (default 8, at most 20)."),
        description="Titles that complete what the user is typing.",
        resolver=resolvers.resolve_autocomplete,
    )
