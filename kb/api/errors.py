"""Errors partners can program against: every error carries a stable ``extensions.code``
and never a stack trace or an exception's own text."""

import logging
from typing import Any

from graphql import GraphQLError

logger = logging.getLogger("kb.api")

# Request-level problems (answered before or instead of execution) with their HTTP status.
BAD_REQUEST = "BAD_REQUEST"
UNAUTHENTICATED = "UNAUTHENTICATED"
METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED"
REQUEST_TOO_LARGE = "REQUEST_TOO_LARGE"
RATE_LIMITED = "RATE_LIMITED"
TOO_MANY_OPERATIONS = "TOO_MANY_OPERATIONS"
GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED"
GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED"
QUERY_TOO_DEEP = "QUERY_TOO_DEEP"
QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX"
TOO_MANY_ALIASES = "TOO_MANY_ALIASES"
LISTS_TOO_NESTED = "LISTS_TOO_NESTED"
PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND"  # answered with 200: Apollo resends
PERSISTED_QUERY_NOT_ALLOWED = "PERSISTED_QUERY_NOT_ALLOWED"
# Field-level problems: the field is null, the rest of the answer stands.
BAD_USER_INPUT = "BAD_USER_INPUT"
PAGE_SIZE_TOO_LARGE = "PAGE_SIZE_TOO_LARGE"
INVALID_PREVIEW_TOKEN = "INVALID_PREVIEW_TOKEN"
INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR"
# The database is unreachable for a moment (restarting, failing over): retry shortly.
SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE"
UNAVAILABLE_MESSAGE = "The knowledge base is briefly unavailable. Retry in a few seconds."
RETRY_AFTER_SECONDS = 5

STATUS = {
    BAD_REQUEST: 400,
    UNAUTHENTICATED: 401,
    METHOD_NOT_ALLOWED: 405,
    REQUEST_TOO_LARGE: 413,
    RATE_LIMITED: 429,
    SERVICE_UNAVAILABLE: 503,
}


def database_unavailable(error: BaseException | None) -> bool:
    """A lost or refused database connection (not a bad query)."""
    from django.db import InterfaceError, OperationalError

    return isinstance(error, (OperationalError, InterfaceError))


class ApiError(GraphQLError):
    """An error whose message is meant for the partner."""

    def __init__(self, code: str, message: str, **extensions: Any):
        super().__init__(message, extensions={"code": code, **extensions})
        self.code = code


class RequestRejected(Exception):
    """Stops a request before execution; the view answers with ``status``."""

    def __init__(
        self,
        code: str,
        message: str,
        status: int | None = None,
        headers: dict[str, str] | None = None,
    ):
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status or STATUS.get(code, 400)
        self.headers = headers or {}

    def as_payload(self) -> dict[str, Any]:
        return {"errors": [{"message": self.message, "extensions": {"code": self.code}}]}


def service_unavailable() -> RequestRejected:
    """The database is unreachable for a moment: retry shortly, never a 500."""
    return RequestRejected(
        SERVICE_UNAVAILABLE,
        UNAVAILABLE_MESSAGE,
        headers={"Retry-After": str(RETRY_AFTER_SECONDS), "Cache-Control": "no-store"},
    )


def request_failed(error: Exception) -> RequestRejected:
    """What the partner hears of an exception nobody raised on purpose."""
    if database_unavailable(error):
        logger.warning("GraphQL request: database unavailable (%s)", type(error).__name__)
        return service_unavailable()
    # Whatever broke, the partner gets a GraphQL-shaped answer and no internals.
    logger.exception("GraphQL request failed")
    return RequestRejected(INTERNAL_SERVER_ERROR, "Internal server error.", status=500)


def format_error(error: GraphQLError) -> dict[str, Any]:
    original = getattr(error, "original_error", None)
    if database_unavailable(original):
        logger.warning("GraphQL field failed: database unavailable (%s)", type(original).__name__)
        return _in_place_of(error, UNAVAILABLE_MESSAGE, SERVICE_UNAVAILABLE)
    if original is not None and not isinstance(original, GraphQLError):
        # An exception we did not raise on purpose: log it, tell the partner only that it
        # happened and where.
        logger.error("GraphQL resolver failed", exc_info=original)
        return _in_place_of(error, "Internal server error.", INTERNAL_SERVER_ERROR)
    formatted: dict[str, Any] = dict(error.formatted)
    extensions = dict(formatted.get("extensions") or {})
    extensions.setdefault("code", _code_for_unlabelled(error))
    formatted["extensions"] = extensions
    return formatted


def _in_place_of(error: GraphQLError, message: str, code: str) -> dict[str, Any]:
    """Our message and code instead of the error's own text, at the error's path."""
    formatted: dict[str, Any] = {"message": message, "extensions": {"code": code}}
    if error.path:
        formatted["path"] = error.path
    return formatted


def _code_for_unlabelled(error: GraphQLError) -> str:
    # graphql-core's own errors: syntax, validation or variable coercion, never in a field.
    if error.path:
        return BAD_USER_INPUT
    if error.message.startswith("Syntax Error"):
        return GRAPHQL_PARSE_FAILED
    if error.message.startswith("Variable '$"):
        return BAD_USER_INPUT
    return GRAPHQL_VALIDATION_FAILED
