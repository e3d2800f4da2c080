"""The /graphql/ endpoint. This view owns execution; everything a partner's request goes
through is here, in order: size, key, rate, the operations (params.py), persisted queries,
reading the document (documents.py: parse, limits, validation), execution with graphql-core,
HTTP caching, CORS. Every refusal is a GraphQL-shaped error with a code. graphene-django's
GraphQLView only renders GraphiQL for a browser."""

import json
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers
from django.views.decorators.csrf import csrf_exempt
from graphene_django.views import GraphQLView
from graphql import GraphQLError, OperationType, execute_sync, get_operation_ast

from . import caching, cors, persisted
from .auth import api_key_from_request, viewer_for_key
from .context import ApiContext
from .documents import DocumentRefused, document_read
from .errors import (
    METHOD_NOT_ALLOWED,
    RETRY_AFTER_SECONDS,
    RequestRejected,
    database_unavailable,
    format_error,
    request_failed,
    service_unavailable,
)
from .models import ApiKey
from .params import READ_METHODS, Operation, operations_of, params_of, size_check
from .ratelimit import client_bucket, rate_limit_hit
from .schema import schema

# An operation's answer: its JSON body and HTTP status.
Answer = tuple[dict[str, Any], int]


class GraphiQL(GraphQLView):
    """graphene-django's GraphiQL page for a browser (with the asset hashes it pins), its
    scripts served from our static files. Partners' requests never reach it."""

    graphiql_template = "kb_api/graphiql.html"


graphiql = GraphiQL.as_view(schema=schema, graphiql=True)


@csrf_exempt
def graphql_endpoint(request: HttpRequest) -> HttpResponse:
    origin = request.headers.get("Origin")
    if request.method == "OPTIONS":
        return cors.preflight_response(origin)
    if request.method == "GET" and _wants_graphiql(request):
        return graphiql(request)
    api_key: ApiKey | None = None
    context: ApiContext | None = None
    try:
        if request.method not in (*READ_METHODS, "POST"):
            raise RequestRejected(
                METHOD_NOT_ALLOWED,
                "Use GET, HEAD or POST.",
                status=405,
                headers={"Allow": "GET, HEAD, POST, OPTIONS"},
            )
        # The key first (it reads one header), so even a refusal for size carries the
        # CORS headers of the key's own origins and browser code can read it.
        api_key = _authenticate(request)
        size_check(request)
        bucket, limit = client_bucket(request, api_key)
        rate = rate_limit_hit(bucket=bucket, limit=limit)
        operations = operations_of(request)
        if isinstance(operations, list) and len(operations) > 1:
            # Every operation of a batch counts as a request: batching is no way round it.
            rate = rate_limit_hit(bucket=bucket, limit=limit, cost=len(operations) - 1)
        context = ApiContext(request=request, viewer=viewer_for_key(api_key), api_key=api_key)
        response = _answer(request, context, operations)
        if "public" not in response.get("Cache-Control", ""):
            # A shared cache would replay one caller's counters to everyone.
            for name, value in rate.headers().items():
                response[name] = value
    except RequestRejected as rejection:
        response = _refusal(rejection)
    except Exception as error:
        response = _refusal(request_failed(error))
    if origin and cors.origin_allowed(origin, api_key):
        cors.add_cors_headers(response, origin)
    patch_vary_headers(response, ("Authorization", "Origin"))
    # Answers depend on the `locale` argument, never on Accept-Language (see middleware).
    languages = ", ".join(sorted(context.locales)) if context else ""
    response.kb_content_language = languages  # type: ignore[attr-defined]
    if request.method == "HEAD":
        response.content = b""
    return response


def _wants_graphiql(request: HttpRequest) -> bool:
    return "query" not in request.GET and GraphQLView.can_display_graphiql(request, {})


def _authenticate(request: HttpRequest) -> ApiKey | None:
    try:
        return api_key_from_request(request)
    except RequestRejected:
        # Guessing keys counts against the caller's address like any other request.
        bucket, limit = client_bucket(request, None)
        rate_limit_hit(bucket=bucket, limit=limit)
        raise


def _answer(
    request: HttpRequest, context: ApiContext, operations: Operation | list[Operation]
) -> HttpResponse:
    if isinstance(operations, list):
        answers = [_run(operation, context) for operation in operations]
        return _json(
            [body for body, _status in answers],
            status=max(status for _body, status in answers),
            headers={"Cache-Control": "no-store"},
        )
    body, status = _run(operations, context)
    response = _json(body, status=status)
    if status == 503:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    if request.method in READ_METHODS and status == 200:
        return caching.apply(
            request, response, keyed=context.api_key is not None, no_store=context.no_store
        )
    response["Cache-Control"] = "no-store"
    return response


def _run(operation: Operation, context: ApiContext) -> Answer:
    query = persisted.document_for(
        operation.get("query"), operation.get("extensions"), api_key=context.api_key
    )
    query, variables, operation_name = params_of({**operation, "query": query})
    # For the latency metric (kb.ops.metrics): the name as parsed here, never re-read.
    context.request.graphql_operation_name = operation_name  # type: ignore[attr-defined]
    try:
        document = document_read(schema.graphql_schema, query, variables, operation_name)
    except DocumentRefused as refused:
        return _errors(refused.errors), 400
    if context.request.method in READ_METHODS and _is_mutation(document, operation_name):
        # GraphQL over HTTP: a GET (cacheable, prefetchable) never writes.
        refusal = RequestRejected(METHOD_NOT_ALLOWED, "Send a mutation with POST.", status=405)
        return refusal.as_payload(), 405
    result = execute_sync(
        schema.graphql_schema,
        document,
        context_value=context,
        variable_values=variables,
        operation_name=operation_name,
    )
    if result.errors and any(not e.path for e in result.errors):
        # Nothing ran: the variables or the operation name were wrong.
        return _errors(result.errors), 400
    if result.errors and any(database_unavailable(e.original_error) for e in result.errors):
        # A field lost the database: the whole answer is a 503 to retry, not a half one.
        return service_unavailable().as_payload(), 503
    if result.errors:
        return {**_errors(result.errors), "data": result.data}, 200
    return {"data": result.data}, 200


def _is_mutation(document: Any, operation_name: str | None) -> bool:
    operation = get_operation_ast(document, operation_name)
    return operation is not None and operation.operation == OperationType.MUTATION


def _errors(errors: list[GraphQLError]) -> dict[str, Any]:
    return {"errors": [format_error(error) for error in errors]}


def _refusal(rejection: RequestRejected) -> HttpResponse:
    return _json(rejection.as_payload(), rejection.status, rejection.headers)


def _json(payload: Any, status: int = 200, headers: dict[str, str] | None = None) -> HttpResponse:
    response = HttpResponse(
        json.dumps(payload, separators=(",", ":"), ensure_ascii=False),
        status=status,
        content_type="application/json",
    )
    for name, value in (headers or {}).items():
        response[name] = value
    return response
