from typing import Any

import graphene
from graphql import GraphQLResolveInfo

from kb.guidance.choices import Visibility
from search.models import ObjectType

from ..context import loader_of
from ..core.connection import CountedConnection
from ..core.enums import described_enum
from ..core.nodes import PAGE, SERVICE, database_id_field, global_id
from ..core.urls import absolute_url
from ..guidance.types import KnowledgePage
from ..services.types import Service
from .loaders import SearchLoader

# The API's words for each kind of hit; the kinds themselves are search.models.ObjectType.
SEARCH_HIT_KIND_TEXTS = {
    ObjectType.PAGE: "A guidance or procedure page.",
    ObjectType.SERVICE: "A service from the directory.",
}
SearchHitKind = described_enum(
    "SearchHitKind",
    {kind.name: (kind.value, SEARCH_HIT_KIND_TEXTS[kind]) for kind in ObjectType},
    description="What a search hit is.",
)


class SearchHit(graphene.ObjectType):
    class Meta:
        description = "A page or service that matches a search."

    kind = graphene.Field(SearchHitKind, required=True, description="Page or service.")
    id = graphene.ID(
        required=True,
        description=(
            "Global id of the page or service (unique across both); `node(id:)` returns it."
        ),
    )
    database_id = database_id_field("page or service")
    translation_key = graphene.String(
        required=True, description="The same for every language version."
    )
    title = graphene.String(required=True, description="Title or service name.")
    url = graphene.String(
        description=(
            "Absolute URL where to read it on the knowledge base; null for services, which "
            "have no page there (see `service { url }`)."
        )
    )
    summary = graphene.String(required=True, description="Short description for the result list.")
    page_type = graphene.String(required=True, description="`guidance`, `procedure` or `service`.")
    locale = graphene.String(required=True, description="Language code.")
    last_reviewed = graphene.Date(description="When the content was last checked.")
    is_professionals_only = graphene.Boolean(
        required=True, description="True for content only professional keys can read."
    )
    promoted = graphene.Boolean(required=True, description="Placed first by the editors.")
    page = graphene.Field(KnowledgePage, description="The full page, for page hits.")
    service = graphene.Field(Service, description="The full service, for service hits.")

    @staticmethod
    def resolve_id(hit: Any, _info: GraphQLResolveInfo) -> Any:
        return hit_global_id(hit)

    @staticmethod
    def resolve_database_id(hit: Any, _info: GraphQLResolveInfo) -> Any:
        return hit.id

    @staticmethod
    def resolve_url(hit: Any, info: GraphQLResolveInfo) -> Any:
        return absolute_url(hit.url, info.context.request)

    @staticmethod
    def resolve_translation_key(hit: Any, _info: GraphQLResolveInfo) -> Any:
        return str(hit.translation_key)

    @staticmethod
    def resolve_is_professionals_only(hit: Any, _info: GraphQLResolveInfo) -> Any:
        return hit.visibility != Visibility.PUBLIC

    @staticmethod
    def resolve_page(hit: Any, info: GraphQLResolveInfo) -> Any:
        return loader_of(info, SearchLoader).page(hit) if hit.kind == ObjectType.PAGE else None

    @staticmethod
    def resolve_service(hit: Any, info: GraphQLResolveInfo) -> Any:
        if hit.kind != ObjectType.SERVICE:
            return None
        return loader_of(info, SearchLoader).service(hit)


class Highlight(graphene.ObjectType):
    class Meta:
        description = "Where the query matched, as HTML fragments with `<mark>` around the terms."

    field = graphene.String(required=True, description="The field, e.g. `title` or `body`.")
    fragments = graphene.NonNull(
        graphene.List(graphene.NonNull(graphene.String)), description="Matching fragments."
    )


class FacetValue(graphene.ObjectType):
    class Meta:
        description = "One value of a facet and how many results have it."

    code = graphene.String(required=True, description="The code to filter by.")
    label = graphene.String(required=True, description="Its name in the asked language.")
    count = graphene.Int(required=True, description="How many results have it.")


class Facet(graphene.ObjectType):
    class Meta:
        description = "Counts of results by one property, for filter menus."

    name = graphene.String(
        required=True, description="`topic`, `audience`, `page_type`, `region` or `locale`."
    )
    values = graphene.NonNull(
        graphene.List(graphene.NonNull(FacetValue)), description="Its values with counts."
    )


class OtherLocaleHint(graphene.ObjectType):
    class Meta:
        description = (
            "The asked language found nothing or little, another language has results "
            "(e.g. an English question asked in Czech): offer to search there."
        )

    locale = graphene.String(required=True, description="The language with results, e.g. `en`.")
    total = graphene.Int(required=True, description="How many results it has for you.")


class SearchConnection(CountedConnection):
    class Meta:
        node = SearchHit
        strict_types = True
        description = "Search results, best first."

    class Edge:
        score = graphene.Float(description="Relevance score; only comparable within one search.")
        highlights = graphene.NonNull(
            graphene.List(graphene.NonNull(Highlight)), description="Where the query matched."
        )

    facets = graphene.NonNull(graphene.List(graphene.NonNull(Facet)), description="Facet counts.")
    suggestion = graphene.String(description='A corrected query to offer ("Did you mean …").')
    backend = graphene.String(
        required=True, description="`engine`, or `database` when answered without the engine."
    )
    unavailable_features = graphene.NonNull(
        graphene.List(graphene.NonNull(graphene.String)),
        description="Features this answer lacks (e.g. when the engine is down).",
    )
    match_mode = graphene.String(
        required=True,
        description="`all` when the results contain every word; `most` when too little "
        "matched all of them and results with most of the words are shown.",
    )
    ignored_words = graphene.NonNull(
        graphene.List(graphene.NonNull(graphene.String)),
        description="Words of the query that the results shown do not contain.",
    )
    other_locale_hint = graphene.Field(
        OtherLocaleHint,
        description="When another language has the answer: which, and how many results. "
        "Null otherwise.",
    )
    emergency_contacts = graphene.NonNull(
        graphene.List(graphene.NonNull(Service)),
        description="When nothing matches: emergency numbers and nonstop helplines.",
    )
    entry_pages = graphene.NonNull(
        graphene.List(graphene.NonNull(lambda: EntryPage)),
        description="When nothing matches: the sections of the asked language to start from.",
    )


class EntryPage(graphene.ObjectType):
    class Meta:
        description = "A section of the knowledge base to start reading from."

    title = graphene.String(required=True, description="The section's title.")
    url = graphene.String(required=True, description="Where to read it on the knowledge base.")


class Suggestion(graphene.ObjectType):
    class Meta:
        description = "An autocomplete suggestion."

    text = graphene.String(required=True, description="The suggested title.")
    url = graphene.String(
        description="Absolute URL it leads to on the knowledge base; null for services."
    )
    id = graphene.ID(
        required=True,
        description="Global id of the page or service (unique across both); `node(id:)` takes it.",
    )
    database_id = database_id_field("page or service")
    kind = graphene.Field(SearchHitKind, required=True, description="Page or service.")

    @staticmethod
    def resolve_id(suggestion: Any, _info: GraphQLResolveInfo) -> Any:
        return hit_global_id(suggestion)

    @staticmethod
    def resolve_database_id(suggestion: Any, _info: GraphQLResolveInfo) -> Any:
        return suggestion.id

    @staticmethod
    def resolve_url(suggestion: Any, info: GraphQLResolveInfo) -> Any:
        return absolute_url(suggestion.url, info.context.request)


def hit_global_id(hit: Any) -> str:
    return global_id(SERVICE if hit.kind == ObjectType.SERVICE else PAGE, hit.id)
