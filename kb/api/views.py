"""The /graphql/ endpoint. graphene-django's view renders GraphiQL; everything a partner's
request goes through is here, in order: size, key, rate, parsing, limits, validation,
execution, HTTP caching, CORS. Every refusal is a GraphQL-shaped error with a code."""

import json
import logging
import re
import threading
from collections import OrderedDict
from typing import Any

from django.conf import settings
from django.core.signals import setting_changed
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import csrf_exempt
from graphene_django.views import GraphQLView
from graphql import GraphQLError, execute_sync, parse, validate

from . import caching, cors, persisted, validators
from .auth import api_key_from_request, viewer_for_key
from .context import ApiContext
from .errors import (
    BAD_REQUEST,
    BAD_USER_INPUT,
    GRAPHQL_PARSE_FAILED,
    INTERNAL_SERVER_ERROR,
    METHOD_NOT_ALLOWED,
    QUERY_TOO_DEEP,
    REQUEST_TOO_LARGE,
    RETRY_AFTER_SECONDS,
    SERVICE_UNAVAILABLE,
    TOO_MANY_OPERATIONS,
    UNAVAILABLE_MESSAGE,
    ApiError,
    RequestRejected,
    database_unavailable,
    format_error,
)
from .ratelimit import client_bucket, rate_limit_hit
from .schema import schema
from .validators.locale_variables import STANDARD_RULES

logger = logging.getLogger("kb.api")

# A document longer than this many tokens is refused while parsing, before it can cost.
MAX_TOKENS = 5000
MAX_VALIDATION_ERRORS = 20
PARAMETERS = ("query", "variables", "operationName", "extensions")
# HEAD answers exactly as GET, without the body.
READ_METHODS = ("GET", "HEAD")


class ValidDocuments:
    """Documents that parsed and passed every limit and validation rule, per process.

    Partners send a handful of documents with different variables; parsing and validating
    one again gives the same answer, so each is read once (a quarter of a search request's
    time outside the engine). The key is the text, the operation and the integer variables
    (the only ones a limit reads: page sizes). Only valid documents are kept, at most
    ``size`` of them and none longer than ``max_length``; changed settings empty it."""

    def __init__(self, size: int = 256, max_length: int = 20_000):
        self.size, self.max_length = size, max_length
        self._entries: OrderedDict[tuple, Any] = OrderedDict()
        self._lock = threading.Lock()

    def key(self, query: str, variables: dict | None, operation_name) -> tuple | None:
        if len(query) > self.max_length:
            return None
        sizes = tuple(
            sorted(
                (name, value)
                for name, value in (variables or {}).items()
                if isinstance(value, int) and not isinstance(value, bool)
            )
        )
        return (query, operation_name, sizes)

    def get(self, key):
        with self._lock:
            document = self._entries.get(key)
            if document is not None:
                self._entries.move_to_end(key)
            return document

    def put(self, key, document) -> None:
        with self._lock:
            self._entries[key] = document
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def clear(self, **kwargs) -> None:
        with self._lock:
            self._entries.clear()


valid_documents = ValidDocuments()
setting_changed.connect(valid_documents.clear, dispatch_uid="kb_api_valid_documents")


def _json(payload, status=200, headers=None) -> HttpResponse:
    response = HttpResponse(
        json.dumps(payload, separators=(",", ":"), ensure_ascii=False),
        status=status,
        content_type="application/json",
    )
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def unavailable() -> RequestRejected:
    return RequestRejected(
        SERVICE_UNAVAILABLE,
        UNAVAILABLE_MESSAGE,
        headers={"Retry-After": str(RETRY_AFTER_SECONDS), "Cache-Control": "no-store"},
    )


def _errors(*errors) -> dict:
    return {"errors": [format_error(e) for e in errors]}


@method_decorator(csrf_exempt, name="dispatch")
class KnowledgeBaseGraphQLView(GraphQLView):
    graphiql = True
    # The same page as graphene-django's, with its scripts served from our static files.
    graphiql_template = "kb_api/graphiql.html"
    schema = schema

    def dispatch(self, request, *args, **kwargs):
        origin = request.headers.get("Origin")
        api_key = None
        if request.method == "OPTIONS":
            return cors.preflight_response(origin)
        if request.method == "GET" and self._wants_graphiql(request):
            return super().dispatch(request, *args, **kwargs)
        context = None
        try:
            if request.method not in READ_METHODS + ("POST",):
                raise RequestRejected(
                    METHOD_NOT_ALLOWED,
                    "Use GET, HEAD or POST.",
                    status=405,
                    headers={"Allow": "GET, HEAD, POST, OPTIONS"},
                )
            # The key first (it reads one header), so even a refusal for size carries the
            # CORS headers of the key's own origins and browser code can read it.
            api_key = self._authenticate(request)
            self._check_size(request)
            bucket, limit = client_bucket(request, api_key)
            rate = rate_limit_hit(bucket=bucket, limit=limit)
            context = ApiContext(request=request, viewer=viewer_for_key(api_key), api_key=api_key)
            response = self._answer(request, context)
            if "public" not in response.get("Cache-Control", ""):
                # A shared cache would replay one caller's counters to everyone.
                for name, value in rate.headers().items():
                    response[name] = value
        except RequestRejected as rejection:
            response = _json(rejection.as_payload(), rejection.status, rejection.headers)
        except Exception as error:
            if database_unavailable(error):
                # The database is restarting: say so and when to retry, never a 500.
                logger.warning("GraphQL request: database unavailable (%s)", type(error).__name__)
                failure = unavailable()
            else:
                # Whatever broke, the partner gets a GraphQL-shaped answer and no internals.
                logger.exception("GraphQL request failed")
                failure = RequestRejected(
                    INTERNAL_SERVER_ERROR, "Internal server error.", status=500
                )
            response = _json(failure.as_payload(), failure.status, failure.headers)
        if cors.origin_allowed(origin, api_key):
            cors.add_cors_headers(response, origin)
        patch_vary_headers(response, ("Authorization", "Origin"))
        # Answers depend on the `locale` argument, never on Accept-Language (see middleware).
        languages = ", ".join(sorted(context.locales)) if context else ""
        response.kb_content_language = languages  # type: ignore[attr-defined]
        if request.method == "HEAD":
            response.content = b""
        return response

    # -- before execution --------------------------------------------------------------

    def _wants_graphiql(self, request) -> bool:
        return "query" not in request.GET and self.can_display_graphiql(request, {})

    def _check_size(self, request) -> None:
        limit = settings.KB_API_MAX_BODY_BYTES
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            raise RequestRejected(BAD_REQUEST, "Content-Length is not a number.") from None
        if length > limit or len(request.META.get("QUERY_STRING", "")) > limit:
            raise RequestRejected(
                REQUEST_TOO_LARGE, f"The request is larger than {limit} bytes.", status=413
            )

    def _authenticate(self, request):
        try:
            return api_key_from_request(request)
        except RequestRejected:
            # Guessing keys counts against the caller's address like any other request.
            bucket, limit = client_bucket(request, None)
            rate_limit_hit(bucket=bucket, limit=limit)
            raise

    def _payload(self, request):
        """The request's operation(s): a dict, or a list of dicts for a batch."""
        if request.method in READ_METHODS:
            return {key: request.GET.get(key) for key in PARAMETERS}
        content_type = self.get_content_type(request)
        if content_type == "application/graphql":
            return {"query": self._text(request)}
        if content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            return {key: request.POST.get(key) for key in PARAMETERS}
        if content_type != "application/json":
            raise RequestRejected(
                BAD_REQUEST, "Send the query as JSON with `Content-Type: application/json`."
            )
        try:
            payload = json.loads(self._text(request))
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

    @staticmethod
    def _text(request) -> str:
        try:
            return request.body.decode("utf-8")
        except UnicodeDecodeError:
            raise RequestRejected(BAD_REQUEST, "The request body is not UTF-8.") from None

    # -- execution ---------------------------------------------------------------------

    def _answer(self, request, context: ApiContext) -> HttpResponse:
        payload = self._payload(request)
        if isinstance(payload, list):
            results = [self._run(entry, context) for entry in payload]
            body = [result for result, _status in results]
            return _json(
                body,
                status=max(status for _result, status in results),
                headers={"Cache-Control": "no-store"},
            )
        result, status = self._run(payload, context)
        response = _json(result, status=status)
        if status == 503:
            response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        if request.method in READ_METHODS and status == 200:
            return caching.apply(
                request, response, keyed=context.api_key is not None, no_store=context.no_store
            )
        response["Cache-Control"] = "no-store"
        return response

    def _run(self, entry: dict, context: ApiContext) -> tuple[dict, int]:
        entry = {
            **entry,
            "query": persisted.document_for(
                entry.get("query"), entry.get("extensions"), api_key=context.api_key
            ),
        }
        query, variables, operation_name = self._params(entry)
        # For the latency metric (kb.ops.metrics): the name as parsed here, never re-read.
        context.request.graphql_operation_name = operation_name  # type: ignore[attr-defined]
        key = valid_documents.key(query, variables, operation_name)
        document = valid_documents.get(key) if key else None
        if document is None:
            document, refused = self._read(query, variables, operation_name)
            if refused:
                return refused
            if key:
                valid_documents.put(key, document)
        result = execute_sync(
            self.schema.graphql_schema,
            document,
            context_value=context,
            variable_values=variables,
            operation_name=operation_name,
        )
        if result.errors and any(not e.path for e in result.errors):
            # Nothing ran: the variables or the operation name were wrong.
            return _errors(*result.errors), 400
        if result.errors and any(database_unavailable(e.original_error) for e in result.errors):
            # A field lost the database: the whole answer is a 503 to retry, not a half one.
            return unavailable().as_payload(), 503
        body: dict[str, Any] = {"data": result.data}
        if result.errors:
            body = {"errors": [format_error(e) for e in result.errors], **body}
        return body, 200

    def _read(self, query: str, variables, operation_name) -> tuple[Any, tuple[dict, int] | None]:
        """The parsed document, or the refusal: parse errors, limits, validation."""
        try:
            document = parse(query, max_tokens=MAX_TOKENS)
        except GraphQLError as error:
            # graphql-core stops parsing absurdly nested documents; that is a depth problem.
            code = QUERY_TOO_DEEP if "nested too deeply" in error.message else GRAPHQL_PARSE_FAILED
            error.extensions = {**(error.extensions or {}), "code": code}
            return None, (_errors(error), 400)
        except RecursionError:
            # The parser recurses once per nesting level; this deep is never a real query.
            too_deep = ApiError(QUERY_TOO_DEEP, "The query nests far too deep to read.")
            return None, (_errors(too_deep), 400)
        refusals = self._limits(document, variables, operation_name)
        if refusals:
            logger.info("GraphQL query refused: %s", ", ".join(e.code for e in refusals))
            return None, (_errors(*refusals), 400)
        invalid = validate(
            self.schema.graphql_schema,
            document,
            STANDARD_RULES,
            max_errors=MAX_VALIDATION_ERRORS,
        )
        if invalid:
            return None, (_errors(*invalid), 400)
        return document, None

    def _limits(self, document, variables, operation_name) -> list[ApiError]:
        """The limits the document breaks. They run first and alone, so an abusive document
        is refused before the standard rules (some compare every pair of fields) read it."""
        rules = validators.limit_rules(variables=variables, operation_name=operation_name)
        refusals = []
        for error in validate(self.schema.graphql_schema, document, rules):
            if isinstance(error, ApiError):
                refusals.append(error)
            elif error.message == "Validation aborted.":
                # graphql-core stops reading fragments nested beyond its recursion allowance.
                refusals.append(ApiError(QUERY_TOO_DEEP, "Fragments nest far too deep to read."))
            else:  # graphql-core's error limit: too many operations each breaking a limit
                refusals.append(ApiError(TOO_MANY_OPERATIONS, error.message))
        return refusals

    @staticmethod
    def _params(entry: dict):
        query, variables, operation_name = (
            entry.get("query"),
            entry.get("variables"),
            entry.get("operationName"),
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


# JSON's \ud800 escapes decode to code points no database or encoder accepts; a valid pair
# has already been joined into one character by then.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _refuse_lone_surrogates(query: str, variables: dict | None, operation_name) -> None:
    places = [("The query", query), ("`operationName`", operation_name or "")]
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
