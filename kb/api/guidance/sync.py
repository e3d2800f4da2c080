"""Incremental sync without webhooks: ``pages(updatedSince:)`` lists what changed and
``deletions(since:)`` what a partner must forget (deleted, unpublished or restricted)."""

from typing import Any

import graphene
from graphql import GraphQLResolveInfo

from ..context import viewer_of
from ..core.connection import CountedConnection, build_connection, page_args, paginate
from ..core.enums import described_enum
from ..core.nodes import PAGE, database_id_field, global_id
from ..tombstones import tombstones_for

DeletionReason = described_enum(
    "DeletionReason",
    {
        "DELETED": ("deleted", "The page was deleted."),
        "UNPUBLISHED": ("unpublished", "The page was unpublished."),
        "RESTRICTED": ("restricted", "The page became visible to professional keys only."),
    },
    description="Why a page left the caller's view.",
)


class Deletion(graphene.ObjectType):
    class Meta:
        description = "A page the caller could see and no longer can: remove your copy."

    id = graphene.ID(required=True, description="The page's global id (as `KnowledgePage.id`).")
    database_id = database_id_field("page")
    translation_key = graphene.String(
        required=True, description="The same for every language version of the page."
    )
    locale = graphene.String(required=True, description="Language code of the page.")
    reason = graphene.Field(DeletionReason, required=True, description="Why it left.")
    occurred_at = graphene.DateTime(required=True, description="When it left.")

    @staticmethod
    def resolve_id(tombstone: Any, _info: GraphQLResolveInfo) -> Any:
        return global_id(PAGE, tombstone.page_id)

    @staticmethod
    def resolve_database_id(tombstone: Any, _info: GraphQLResolveInfo) -> Any:
        return tombstone.page_id

    @staticmethod
    def resolve_translation_key(tombstone: Any, _info: GraphQLResolveInfo) -> Any:
        return str(tombstone.translation_key)


class DeletionConnection(CountedConnection):
    class Meta:
        node = Deletion
        strict_types = True
        description = "Pages that left the caller's view, oldest first."


def resolve_deletions(
    _root: Any,
    info: GraphQLResolveInfo,
    since: Any,
    first: int | None = None,
    after: str | None = None,
) -> Any:
    items, total, at = paginate(
        tombstones_for(viewer=viewer_of(info), since=since), first=first, after=after
    )
    return build_connection(DeletionConnection, items, total=total, at=at)


class SyncQueries(graphene.ObjectType):
    deletions = graphene.Field(
        DeletionConnection,
        since=graphene.DateTime(
            required=True, description="Only what left at or after this time (ISO 8601)."
        ),
        **page_args(),
        description=(
            "Pages deleted, unpublished or restricted since a time, that the caller could "
            "see before: with `pages(updatedSince:)`, enough to mirror content without "
            "webhooks."
        ),
        resolver=resolve_deletions,
    )
