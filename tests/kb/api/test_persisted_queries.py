"""Persisted queries (issue 10, point 12): Apollo's automatic persisted queries, GET
friendly, and an allowlist mode per key."""

import hashlib
import json

from django.core.management import call_command

from kb.api.keys import api_key_create
from kb.api.models import ApiKey

from .conftest import error_codes

QUERY = "query Regions { regions { code } }"
SHA = hashlib.sha256(QUERY.encode()).hexdigest()


def apq(sha=SHA):
    return {"persistedQuery": {"version": 1, "sha256Hash": sha}}


def post(gql, body, key=None):
    headers = {"HTTP_AUTHORIZATION": f"Bearer {key}"} if key else {}
    return gql.http.post("/graphql/", json.dumps(body), content_type="application/json", **headers)


def get(gql, **params):
    params = {k: json.dumps(v) if isinstance(v, dict) else v for k, v in params.items()}
    return gql.http.get("/graphql/", params, HTTP_ACCEPT="application/json")


def test_unknown_hash_asks_for_the_document_then_the_hash_alone_works_as_get(gql):
    missing = post(gql, {"extensions": apq()})
    assert missing.status_code == 200
    assert error_codes(missing.json()) == ["PERSISTED_QUERY_NOT_FOUND"]
    assert missing.json()["errors"][0]["message"] == "PersistedQueryNotFound"
    stored = post(gql, {"query": QUERY, "extensions": apq()})
    assert stored.json()["data"]["regions"]
    cached = get(gql, extensions=apq())
    assert cached.status_code == 200 and cached.json() == stored.json()
    assert cached["Cache-Control"].startswith("public") and cached["ETag"]


def test_a_hash_that_does_not_match_the_document_is_refused(gql):
    response = post(gql, {"query": QUERY, "extensions": apq("0" * 64)})
    assert response.status_code == 400
    assert error_codes(response.json()) == ["BAD_REQUEST"]
    for bad in ({"persistedQuery": {"version": 2, "sha256Hash": SHA}}, "[", {"persistedQuery": 1}):
        assert post(gql, {"extensions": bad}).status_code == 400


def test_an_allowlisted_key_runs_only_registered_documents(gql, tmp_path):
    key, raw = api_key_create(name="Kiosk", scope="public")
    ApiKey.objects.filter(pk=key.pk).update(persisted_queries_only=True)
    refused = post(gql, {"query": "{ topics { code } }"}, key=raw)
    assert refused.status_code == 403
    assert error_codes(refused.json()) == ["PERSISTED_QUERY_NOT_ALLOWED"]
    assert post(gql, {"query": QUERY, "extensions": apq()}, key=raw).status_code == 403
    document = tmp_path / "Regions.graphql"
    document.write_text(QUERY)
    call_command("register_persisted_queries", str(document))
    assert post(gql, {"extensions": apq()}, key=raw).json()["data"]["regions"]
    assert post(gql, {"query": QUERY}, key=raw).json()["data"]["regions"]
    # Other keys may still send any document.
    assert post(gql, {"query": "{ topics { code } }"}).json()["data"]["topics"]


def test_apollo_manifests_register_every_operation(gql, tmp_path):
    manifest = tmp_path / "persisted-query-manifest.json"
    manifest.write_text(
        json.dumps(
            {
                "format": "apollo-persisted-query-manifest",
                "version": 1,
                "operations": [{"id": SHA, "name": "Regions", "type": "query", "body": QUERY}],
            }
        )
    )
    call_command("register_persisted_queries", str(manifest))
    assert post(gql, {"extensions": apq()}).json()["data"]["regions"]
