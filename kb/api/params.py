"""What a request asks: one operation or a batch, read from the URL (GET, HEAD), a JSON
body, a form or an ``application/graphql`` body, each operation then as ``(query,
variables, operationName)``. Anything malformed is a BAD_REQUEST before anything parses."""

import json
import re
from typing import Any

from django.conf import settings
from django.http import HttpRequest

from .errors import (
    BAD_REQUEST,
    BAD_USER_INPUT,
    REQUEST_TOO_LARGE,
    TOO_MANY_OPERATIONS,
    RequestRejected,
)

PARAMETERS = ("query", "variables", "operationName", "extensions")
# HEAD answers exactly as GET, without the body.
READ_METHODS = ("GET", "HEAD")
# JSON's \ud800 escapes decode to code points no database or encoder accepts; a valid pair
# has already been joined into one character by then.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")

Operation = dict[str, Any]


def size_check(request: HttpRequest) -> None:
    limit = settings.KB_API_MAX_BODY_BYTES
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        raise RequestRejected(BAD_REQUEST, "Content-Length is not a number.") from None
    if length > limit or len(request.META.get("QUERY_STRING", "")) > limit:
        raise RequestRejected(
            REQUEST_TOO_LARGE, f"The request is larger than {limit} bytes.", status=413
        )


def operations_of(request: HttpRequest) -> Operation | list[Operation]:
    """The request's operation(s): a dict, or a list of dicts for a batch."""
    if request.method in READ_METHODS:
        return {key: request.GET.get(key) for key in PARAMETERS}
    if request.content_type == "application/graphql":
        return {"query": _text(request)}
    if request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        return {key: request.POST.get(key) for key in PARAMETERS}
    if request.content_type != "application/json":
        raise RequestRejected(
            BAD_REQUEST, "Send the query as JSON with `Content-Type: application/json`."
        )
    try:
        payload = json.loads(_text(request))
    except (ValueError, RecursionError):
        raise RequestRejected(BAD_REQUEST, "The request body is not valid JSON.") from None
    if isinstance(payload, list):
        if not payload or not all(isinstance(entry, dict) for entry in payload):
            raise RequestRejected(BAD_REQUEST, "A batch is a non-empty list of operations.")
        if len(payload) > settings.KB_API_MAX_BATCH:
            raise RequestRejected(
                TOO_MANY_OPERATIONS,
                f"A batch holds at most {settings.KB_API_MAX_BATCH} operations.",
            )
        return payload
    if not isinstance(payload, dict):
        raise RequestRejected(BAD_REQUEST, "The request body must be a JSON object.")
    return payload


def _text(request: HttpRequest) -> str:
    try:
        return request.body.decode("utf-8")
    except UnicodeDecodeError:
        raise RequestRejected(BAD_REQUEST, "The request body is not UTF-8.") from None


def params_of(operation: Operation) -> tuple[str, dict | None, str | None]:
    """``(query, variables, operationName)``, checked for type and Unicode."""
    query, variables, operation_name = (
        operation.get("query"),
        operation.get("variables"),
        operation.get("operationName"),
    )
    if not isinstance(query, str) or not query.strip():
        raise RequestRejected(BAD_REQUEST, "Send a GraphQL query in `query`.")
    if isinstance(variables, str):
        try:
            variables = json.loads(variables) if variables.strip() else None
        except (ValueError, RecursionError):
            raise RequestRejected(BAD_REQUEST, "`variables` is not valid JSON.") from None
    if variables is not None and not isinstance(variables, dict):
        raise RequestRejected(BAD_REQUEST, "`variables` must be a JSON object.")
    if operation_name is not None and not isinstance(operation_name, str):
        raise RequestRejected(BAD_REQUEST, "`operationName` must be a string.")
    _refuse_lone_surrogates(query, variables, operation_name)
    return query, variables, operation_name or None


def _refuse_lone_surrogates(query: str, variables: dict | None, operation_name: str | None) -> None:
    places: list[tuple[str, Any]] = [
        ("The query", query),
        ("`operationName`", operation_name or ""),
    ]
    places += [(f"Variable `${name}`", value) for name, value in (variables or {}).items()]
    while places:
        where, value = places.pop()
        if isinstance(value, dict):
            places += [(where, v) for v in value.values()] + [(where, k) for k in value]
        elif isinstance(value, list):
            places += [(where, v) for v in value]
        elif isinstance(value, str) and (found := LONE_SURROGATE.search(value)):
            raise RequestRejected(
                BAD_USER_INPUT,
                f"{where} is not valid Unicode text: it holds a lone surrogate "
                f"(U+{ord(found.group()):04X}).",
            )
