"""The public GraphQL contract: one root Query composed of each domain's queries. The SDL
is committed in schema.graphql; regenerate it with `python manage.py graphql_schema`."""

import graphene

from .core.locale import Locale, make_lenient
from .guidance.schema import GuidanceQueries
from .guidance.sync import SyncQueries
from .guidance.types import GuidancePage, ProcedurePage
from .nodes import NodeQueries
from .search.feedback import SearchMutations
from .search.schema import SearchQueries
from .services.schema import ServicesQueries
from .taxonomy.schema import TaxonomyQueries


class Query(
    GuidanceQueries,
    ServicesQueries,
    TaxonomyQueries,
    SearchQueries,
    NodeQueries,
    SyncQueries,
    graphene.ObjectType,
):
    class Meta:
        description = (
            "Guidance, procedures and the services directory of the Intervention Centre "
            "Prague knowledge base."
        )


class Mutation(SearchMutations, graphene.ObjectType):
    class Meta:
        description = "The one write partners may make: feedback on a search (POST only)."


# Both page types implement KnowledgePage; list them so they exist even where no field
# names them directly.
schema = graphene.Schema(query=Query, mutation=Mutation, types=[GuidancePage, ProcedurePage])
# `locale: "en"` (the old string form) keeps working; see core.locale.
make_lenient(schema.graphql_schema.get_type(Locale._meta.name))
