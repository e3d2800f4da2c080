"""Reading a GraphQL document before it runs: parse it (bounded), apply the limits
(validators/) alone, then graphql-core's standard rules. A document that passes is kept per
process, so a partner's repeated document is read once."""

import logging
import threading
from collections import OrderedDict
from typing import Any

from django.core.signals import setting_changed
from graphql import DocumentNode, GraphQLError, GraphQLSchema, parse, validate

from . import validators
from .errors import GRAPHQL_PARSE_FAILED, QUERY_TOO_DEEP, TOO_MANY_OPERATIONS, ApiError
from .validators.locale_variables import STANDARD_RULES

logger = logging.getLogger("kb.api")

# A document longer than this many tokens is refused while parsing, before it can cost.
MAX_TOKENS = 5000
MAX_VALIDATION_ERRORS = 20

DocumentKey = tuple[str, str | None, tuple[tuple[str, int], ...]]


class DocumentRefused(Exception):
    """The document does not parse, breaks a limit or is invalid: nothing of it runs."""

    def __init__(self, errors: list[GraphQLError]):
        super().__init__(", ".join(error.message for error in errors))
        self.errors = errors


class ValidDocuments:
    """Documents that parsed and passed every limit and validation rule, per process.

    Partners send a handful of documents with different variables; parsing and validating
    one again gives the same answer, so each is read once (a quarter of a search request's
    time outside the engine). The key is the text, the operation and the integer variables
    (the only ones a limit reads: page sizes). Only valid documents are kept, at most
    ``size`` of them and none longer than ``max_length``; changed settings empty it."""

    def __init__(self, size: int = 256, max_length: int = 20_000):
        self.size, self.max_length = size, max_length
        self._entries: OrderedDict[DocumentKey, DocumentNode] = OrderedDict()
        self._lock = threading.Lock()

    def key(
        self, query: str, variables: dict | None, operation_name: str | None
    ) -> DocumentKey | None:
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

    def get(self, key: DocumentKey) -> DocumentNode | None:
        with self._lock:
            document = self._entries.get(key)
            if document is not None:
                self._entries.move_to_end(key)
            return document

    def put(self, key: DocumentKey, document: DocumentNode) -> None:
        with self._lock:
            self._entries[key] = document
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def clear(self, **kwargs: Any) -> None:
        with self._lock:
            self._entries.clear()


valid_documents = ValidDocuments()
setting_changed.connect(valid_documents.clear, dispatch_uid="kb_api_valid_documents")


def document_read(
    schema: GraphQLSchema, query: str, variables: dict | None, operation_name: str | None
) -> DocumentNode:
    """The parsed, valid document; raises DocumentRefused with the errors otherwise."""
    key = valid_documents.key(query, variables, operation_name)
    document = valid_documents.get(key) if key else None
    if document is None:
        document = _parsed(query)
        refusals = _limits_broken(schema, document, variables, operation_name)
        if refusals:
            logger.info("GraphQL query refused: %s", ", ".join(e.code for e in refusals))
            raise DocumentRefused(list(refusals))
        invalid = validate(schema, document, STANDARD_RULES, max_errors=MAX_VALIDATION_ERRORS)
        if invalid:
            raise DocumentRefused(invalid)
        if key:
            valid_documents.put(key, document)
    return document


def _parsed(query: str) -> DocumentNode:
    try:
        return parse(query, max_tokens=MAX_TOKENS)
    except GraphQLError as error:
        # graphql-core stops parsing absurdly nested documents; that is a depth problem.
        code = QUERY_TOO_DEEP if "nested too deeply" in error.message else GRAPHQL_PARSE_FAILED
        error.extensions = {**(error.extensions or {}), "code": code}
        raise DocumentRefused([error]) from None
    except RecursionError:
        # The parser recurses once per nesting level; this deep is never a real query.
        too_deep = ApiError(QUERY_TOO_DEEP, "The query nests far too deep to read.")
        raise DocumentRefused([too_deep]) from None


def _limits_broken(
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: dict | None,
    operation_name: str | None,
) -> list[ApiError]:
    """The limits the document breaks. They run first and alone, so an abusive document
    is refused before the standard rules (some compare every pair of fields) read it."""
    rules = validators.limit_rules(variables=variables, operation_name=operation_name)
    refusals = []
    for error in validate(schema, document, rules):
        if isinstance(error, ApiError):
            refusals.append(error)
        elif error.message == "Validation aborted.":
            # graphql-core stops reading fragments nested beyond its recursion allowance.
            refusals.append(ApiError(QUERY_TOO_DEEP, "Fragments nest far too deep to read."))
        else:  # graphql-core's error limit: too many operations each breaking a limit
            refusals.append(ApiError(TOO_MANY_OPERATIONS, error.message))
    return refusals
