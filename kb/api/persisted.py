"""Persisted queries. Apollo's automatic persisted queries (APQ): a client sends
``extensions.persistedQuery.sha256Hash`` alone; an unknown hash answers
PERSISTED_QUERY_NOT_FOUND and the client sends the document once with its hash, after
which the short form works — also as a GET, so CDNs cache it. Documents the operators
registered (``PersistedQuery``) always resolve, and a key with ``persisted_queries_only``
may run nothing else (an allowlist)."""

import hashlib
import json
import re

from django.core.cache import cache

from .errors import (
    BAD_REQUEST,
    PERSISTED_QUERY_NOT_ALLOWED,
    PERSISTED_QUERY_NOT_FOUND,
    RequestRejected,
)
from .models import ApiKey, PersistedQuery

SHA256 = re.compile(r"[0-9a-f]{64}")
CACHE_SECONDS = 24 * 60 * 60
CACHE_PREFIX = "kb-apq:"


def sha256_of(document: str) -> str:
    return hashlib.sha256(document.encode("utf-8")).hexdigest()


def persisted_query_register(*, document: str, name: str = "") -> PersistedQuery:
    registered, _created = PersistedQuery.objects.update_or_create(
        sha256=sha256_of(document), defaults={"document": document, "name": name}
    )
    return registered


def _requested_hash(extensions: object) -> str | None:
    if extensions is None or extensions == "":
        return None
    if isinstance(extensions, str):
        try:
            extensions = json.loads(extensions)
        except (ValueError, RecursionError):
            raise RequestRejected(BAD_REQUEST, "`extensions` is not valid JSON.") from None
    if not isinstance(extensions, dict):
        raise RequestRejected(BAD_REQUEST, "`extensions` must be a JSON object.")
    persisted = extensions.get("persistedQuery")
    if persisted is None:
        return None
    if not isinstance(persisted, dict) or persisted.get("version") != 1:
        raise RequestRejected(BAD_REQUEST, "`persistedQuery` must have `version: 1`.")
    digest = persisted.get("sha256Hash")
    if not isinstance(digest, str) or not SHA256.fullmatch(digest):
        raise RequestRejected(BAD_REQUEST, "`sha256Hash` must be 64 lower-case hexadecimal digits.")
    return digest


def _known(digest: str) -> tuple[str | None, bool]:
    """``(document, registered)`` for a hash."""
    registered = PersistedQuery.objects.filter(sha256=digest).values_list("document", flat=True)
    document = registered.first()
    if document is not None:
        return document, True
    return cache.get(CACHE_PREFIX + digest), False


def document_for(query: object, extensions: object, *, api_key: ApiKey | None) -> object:
    """The document to run: ``query`` itself, or the one its persisted hash names. None
    when neither is given (the caller then asks for a query)."""
    digest = _requested_hash(extensions)
    allowlist = api_key is not None and api_key.persisted_queries_only
    if digest is None:
        if allowlist and isinstance(query, str) and query.strip():
            digest = sha256_of(query)
            if not PersistedQuery.objects.filter(sha256=digest).exists():
                raise _not_allowed()
        return query
    sent = query if isinstance(query, str) and query.strip() else None
    if sent is not None and sha256_of(sent) != digest:
        raise RequestRejected(BAD_REQUEST, "provided sha does not match query")
    known, registered = _known(digest)
    if allowlist and not registered:
        raise _not_allowed()
    if sent is not None:
        if known is None:  # the client's second step: remember the document for its hash
            cache.set(CACHE_PREFIX + digest, sent, CACHE_SECONDS)
        return sent
    if known is None:
        # Apollo's link recognises this message and code, and resends with the document.
        raise RequestRejected(
            PERSISTED_QUERY_NOT_FOUND,
            "PersistedQueryNotFound",
            status=200,
            headers={"Cache-Control": "no-store"},
        )
    return known


def _not_allowed() -> RequestRejected:
    return RequestRejected(
        PERSISTED_QUERY_NOT_ALLOWED,
        "This key may run only registered persisted queries; send one's `sha256Hash`.",
        status=403,
    )
