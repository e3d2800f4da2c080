"""``node(id:)``: refetch any page or service by its global id (Relay Object
Identification), with the same visibility rules as every other field."""

from typing import Any

import graphene
from graphql import GraphQLResolveInfo

from .context import loader_of, viewer_of
from .core.nodes import PAGE, Node, parse_global_id
from .guidance import selectors as page_selectors
from .guidance.loaders import PageLoader
from .services import selectors as service_selectors


def resolve_node(_root: Any, info: GraphQLResolveInfo, id: str) -> Any:
    kind, pk = parse_global_id(id)
    if kind == PAGE:
        page = page_selectors.page_by_id(viewer=viewer_of(info), page_id=pk)
        return loader_of(info, PageLoader).register([page])[0] if page else None
    return service_selectors.services_by_id(ids=[pk]).get(pk)


class NodeQueries(graphene.ObjectType):
    node = graphene.Field(
        Node,
        id=graphene.ID(required=True, description="A global id this API returned."),
        description="Any page or service by its global id; null when the caller may not see it.",
        resolver=resolve_node,
    )
