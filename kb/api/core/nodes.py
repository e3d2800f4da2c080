"""Global object ids (Relay Object Identification). Every page and service has an ``id``
unique across all types — base64 of ``KnowledgePage:16`` or ``Service:16`` — that
``node(id:)`` refetches; the numeric key stays available as ``databaseId``."""

import base64
import binascii
from collections.abc import Callable
from typing import Any

import graphene
from graphql import GraphQLResolveInfo

from ..errors import BAD_USER_INPUT, ApiError
from .ids import DIGITS, database_id

PAGE, SERVICE = "KnowledgePage", "Service"
KINDS = (PAGE, SERVICE)


# model class → the function naming its instance's GraphQL type; filled by the domain types
# (``node_type``), so this module imports none of them.
NODE_TYPES: dict[type, Callable[[Any, GraphQLResolveInfo], Any]] = {}


def node_type(model: type, resolve: Callable[[Any, GraphQLResolveInfo], Any]) -> None:
    """Instances of ``model`` (and its subclasses) are ``resolve(instance, info)``."""
    NODE_TYPES[model] = resolve


def global_id(kind: str, pk: int) -> str:
    return base64.b64encode(f"{kind}:{pk}".encode()).decode("ascii")


def parse_global_id(value: object, *, argument: str = "id") -> tuple[str, int]:
    """``(kind, database id)`` of a global id, or a partner-readable error."""
    text = str(value)
    try:
        decoded = base64.b64decode(text.encode("ascii"), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeError, ValueError):
        decoded = ""
    kind, _sep, pk = decoded.partition(":")
    if kind not in KINDS or not DIGITS.fullmatch(pk):
        raise ApiError(BAD_USER_INPUT, f"`{argument}` is not an id from this API.")
    return kind, database_id(pk, argument=argument)


def page_key(value: object, *, argument: str = "id") -> int:
    """A page's database id from either form ``page(id:)`` accepts: the global id, or the
    numeric database id partners stored before global ids existed."""
    if DIGITS.fullmatch(str(value)):
        return database_id(value, argument=argument)
    try:
        kind, pk = parse_global_id(value, argument=argument)
    except ApiError:
        raise ApiError(
            BAD_USER_INPUT,
            f"`{argument}` must be a page id from this API or a database id written with "
            "digits 0-9.",
        ) from None
    if kind != PAGE:
        raise ApiError(BAD_USER_INPUT, f"`{argument}` is the id of a {kind}, not of a page.")
    return pk


class Node(graphene.Interface):
    class Meta:
        description = "An object with a globally unique id; refetch it with `node(id:)`."

    id = graphene.ID(
        required=True, description="Globally unique id (opaque); refetch with `node(id:)`."
    )

    @classmethod
    def resolve_type(cls, instance: Any, info: GraphQLResolveInfo) -> Any:
        for model in type(instance).__mro__:
            if model in NODE_TYPES:
                return NODE_TYPES[model](instance, info)
        raise TypeError(f"No GraphQL node type for {type(instance).__name__}.")


def database_id_field(what: str) -> graphene.Int:
    return graphene.Int(required=True, description=f"Numeric database id of the {what}.")
