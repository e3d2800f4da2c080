import graphene

from ..core.locale import locale_arg
from . import resolvers
from .types import Audience, Region, Topic


class TaxonomyQueries(graphene.ObjectType):
    topics = graphene.List(
        graphene.NonNull(Topic),
        locale=locale_arg(),
        description="Every topic, by name; use the codes to filter pages and services.",
        resolver=resolvers.resolve_topics,
    )
    audiences = graphene.List(
        graphene.NonNull(Audience),
        locale=locale_arg(),
        description="Every audience, by name.",
        resolver=resolvers.resolve_audiences,
    )
    regions = graphene.List(
        graphene.NonNull(Region),
        locale=locale_arg(),
        description="Every region, by name.",
        resolver=resolvers.resolve_regions,
    )
