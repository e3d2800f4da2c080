"""Relay-style pagination over querysets and lists: ``first``/``after`` only, offsets in
opaque cursors, a total count, and a hard cap on the page size."""

from dataclasses import dataclass
from typing import Any

import graphene
from django.conf import settings
from graphql_relay import cursor_to_offset, offset_to_cursor

from ..errors import BAD_USER_INPUT, PAGE_SIZE_TOO_LARGE, ApiError

# No list here comes near this many items; a larger offset is a forged cursor, and the
# database could not skip it anyway (offsets are 64-bit).
MAX_CURSOR_OFFSET = 1_000_000


class CountedConnection(graphene.relay.Connection):
    class Meta:
        abstract = True

    total_count = graphene.Int(required=True, description="How many items match, across all pages.")


def page_args() -> dict:
    return {
        "first": graphene.Int(
            description=(
                f"How many items to return (default {settings.KB_API_DEFAULT_PAGE_SIZE}, "
                f"at most {settings.KB_API_MAX_PAGE_SIZE})."
            )
        ),
        "after": graphene.String(description="Return items after this cursor (`endCursor`)."),
    }


@dataclass(frozen=True)
class Window:
    offset: int
    limit: int


def window(*, first: int | None, after: str | None) -> Window:
    """The slice a ``first``/``after`` pair asks for, or a partner-readable error."""
    limit = settings.KB_API_DEFAULT_PAGE_SIZE if first is None else first
    if limit < 0:
        raise ApiError(BAD_USER_INPUT, "`first` cannot be negative.")
    if limit > settings.KB_API_MAX_PAGE_SIZE:
        raise ApiError(
            PAGE_SIZE_TOO_LARGE,
            f"`first` is at most {settings.KB_API_MAX_PAGE_SIZE}.",
            maxPageSize=settings.KB_API_MAX_PAGE_SIZE,
        )
    offset = 0
    if after is not None:
        position = cursor_to_offset(after)
        if position is None or position < 0:
            raise ApiError(BAD_USER_INPUT, "`after` is not a cursor from this API.")
        if position >= MAX_CURSOR_OFFSET:
            raise ApiError(
                BAD_USER_INPUT,
                f"`after` points past position {MAX_CURSOR_OFFSET}, beyond any list this API "
                "pages through; use an `endCursor` this API returned.",
            )
        offset = position + 1
    return Window(offset=offset, limit=limit)


def build_connection(
    connection_type: Any,
    items: Any,
    *,
    total: int,
    at: Window,
    edge_fields: Any = None,
) -> Any:
    """A connection instance from one page of ``items``; ``edge_fields(item)`` adds extra
    edge fields (e.g. a search score)."""
    edges = [
        connection_type.Edge(
            node=item,
            cursor=offset_to_cursor(at.offset + i),
            **(edge_fields(item) if edge_fields else {}),
        )
        for i, item in enumerate(items)
    ]
    return connection_type(
        edges=edges,
        total_count=total,
        page_info=graphene.relay.PageInfo(
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
            has_previous_page=at.offset > 0,
            has_next_page=at.offset + len(items) < total,
        ),
    )


def paginate(queryset: Any, *, first: int | None, after: str | None) -> Any:
    """``(items, total, window)``: one COUNT and one page query, whatever the page size."""
    at = window(first=first, after=after)
    total = queryset.count()
    items = list(queryset[at.offset : at.offset + at.limit]) if at.limit else []
    return items, total, at
