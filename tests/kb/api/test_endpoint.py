"""The /graphql/ endpoint as a partner's HTTP client meets it."""

import json

from django.test import Client
from graphql import parse, validate

from kb.api.schema import schema
from kb.api.validators import MaxCostRule

from .conftest import error_codes

TOPICS = "{ topics { code } }"


def test_post_json_answers_with_data(gql):
    response = gql.post(TOPICS)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert {"code": "expulsion"} in response.json()["data"]["topics"]


def test_get_answers_queries_from_the_url(gql):
    response = gql.get("query($l: String) { topics(locale: $l) { name } }", {"l": "en"})
    assert response.status_code == 200
    assert {"name": "Expulsion"} in response.json()["data"]["topics"]


def test_browser_gets_graphiql():
    response = Client(HTTP_HOST="localhost").get("/graphql/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert b"graphiql" in response.content.lower()


def test_post_without_csrf_token_is_accepted(gql):
    # Partners are servers and other sites' browsers: no Django CSRF cookie to send.
    client = Client(HTTP_HOST="localhost", enforce_csrf_checks=True)
    response = client.post(
        "/graphql/", json.dumps({"query": TOPICS}), content_type="application/json"
    )
    assert response.status_code == 200


def test_application_graphql_body_is_accepted(gql):
    response = gql.http.post("/graphql/", TOPICS, content_type="application/graphql")
    assert response.status_code == 200
    assert response.json()["data"]["topics"]


def test_bad_json_is_a_400_with_a_code(gql):
    response = gql.http.post("/graphql/", "{query: nope", content_type="application/json")
    assert response.status_code == 400
    assert error_codes(response.json()) == ["BAD_REQUEST"]


def test_json_that_is_not_an_object_is_a_400(gql):
    for body in ("42", '"{ topics { code } }"', "[]", "[1, 2]", "null"):
        response = gql.http.post("/graphql/", body, content_type="application/json")
        assert response.status_code == 400, body
        assert error_codes(response.json()) == ["BAD_REQUEST"], body


def test_missing_or_non_string_query_is_a_400(gql):
    for body in ({}, {"query": 5}, {"query": ""}, {"query": TOPICS, "variables": [1]}):
        response = gql.http.post("/graphql/", json.dumps(body), content_type="application/json")
        assert response.status_code == 400, body
        assert error_codes(response.json()) == ["BAD_REQUEST"], body


def test_non_utf8_body_is_a_400(gql):
    response = gql.http.post("/graphql/", b"\xff\xfe{", content_type="application/json")
    assert response.status_code == 400


def test_other_content_types_are_a_400(gql):
    response = gql.http.post("/graphql/", "query=x", content_type="text/plain")
    assert response.status_code == 400
    assert error_codes(response.json()) == ["BAD_REQUEST"]


def test_syntax_error_is_a_400_with_parse_code(gql):
    response = gql.post("{ topics { code }")
    assert response.status_code == 400
    assert error_codes(response.json()) == ["GRAPHQL_PARSE_FAILED"]


def test_unknown_field_is_a_400_with_validation_code(gql):
    response = gql.post("{ topics { email } }")
    assert response.status_code == 400
    assert "data" not in response.json()
    assert error_codes(response.json()) == ["GRAPHQL_VALIDATION_FAILED"]


def test_wrong_argument_type_is_a_400(gql):
    response = gql.post('{ pages(first: "ten") { totalCount } }')
    assert response.status_code == 400
    assert error_codes(response.json()) == ["GRAPHQL_VALIDATION_FAILED"]


def test_wrong_variable_type_is_a_400(gql):
    response = gql.post("query($n: Int) { pages(first: $n) { totalCount } }", {"n": "ten"})
    assert response.status_code == 400
    assert error_codes(response.json()) == ["BAD_USER_INPUT"]


def test_bad_field_input_nulls_only_that_field_with_a_code(gql):
    """Root fields are nullable: one bad argument loses its own field, not the answer."""
    response = gql.post("{ regions { code } pages(first: 51) { totalCount } }")
    body = response.json()
    assert response.status_code == 200
    assert error_codes(body) == ["PAGE_SIZE_TOO_LARGE"]
    assert body["errors"][0]["path"] == ["pages"]
    assert body["data"]["pages"] is None
    assert {"code": "praha"} in body["data"]["regions"]


def test_an_unknown_locale_in_a_variable_nulls_only_its_field(gql):
    response = gql.post(
        "query($l: String) { topics(locale: $l) { code } regions { code } }", {"l": "de"}
    )
    body = response.json()
    assert error_codes(body) == ["BAD_USER_INPUT"]
    assert body["data"]["topics"] is None and body["data"]["regions"]


def test_locale_is_an_enum_that_still_reads_the_old_string_form(gql):
    as_enum = gql.data("{ topics(locale: EN) { name } }")
    assert gql.data('{ topics(locale: "en") { name } }') == as_enum
    assert gql.data("query($l: Locale) { topics(locale: $l) { name } }", {"l": "EN"}) == as_enum
    assert gql.data("query($l: String) { topics(locale: $l) { name } }", {"l": "en"}) == as_enum
    response = gql.post('{ topics(locale: "de") { code } }')
    assert response.status_code == 400
    assert error_codes(response.json()) == ["GRAPHQL_VALIDATION_FAILED"]


def test_other_methods_are_refused(gql):
    response = gql.http.put("/graphql/", "{}", content_type="application/json")
    assert response.status_code == 405
    assert error_codes(response.json()) == ["METHOD_NOT_ALLOWED"]


def test_mutations_do_not_exist(gql):
    response = gql.post("mutation { deletePage(id: 1) }")
    assert response.status_code == 400
    assert error_codes(response.json()) == ["GRAPHQL_VALIDATION_FAILED"]


def test_batched_operations_answer_in_order(gql):
    batch = [{"query": '{ topics(locale: "en") { code } }'}, {"query": "{ regions { code } }"}]
    response = gql.http.post("/graphql/", json.dumps(batch), content_type="application/json")
    assert response.status_code == 200
    first, second = response.json()
    assert {"code": "expulsion"} in first["data"]["topics"]
    assert {"code": "praha"} in second["data"]["regions"]


def test_errors_never_carry_stack_traces(gql, monkeypatch):
    from kb.api.taxonomy import resolvers

    def broken(*args, **kwargs):
        raise RuntimeError("secret database detail")

    monkeypatch.setattr(resolvers, "terms_in_locale", broken)
    response = gql.post("{ regions { code } }")
    body = response.json()
    assert error_codes(body) == ["INTERNAL_SERVER_ERROR"]
    assert "secret" not in response.content.decode()
    assert "Traceback" not in response.content.decode()


def test_unexpected_failures_are_a_graphql_shaped_500(gql, monkeypatch):
    from kb.api import documents

    def broken(*args, **kwargs):
        raise RuntimeError("secret detail")

    monkeypatch.setattr(documents.validators, "limit_rules", broken)
    response = gql.post(TOPICS)
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert error_codes(response.json()) == ["INTERNAL_SERVER_ERROR"]
    assert b"secret" not in response.content


# -- request limits: batch size, body size, rate ------------------------------------------


def test_too_many_batched_operations_are_refused(gql, settings):
    batch = [{"query": "{ regions { code } }"}] * 6
    response = gql.http.post("/graphql/", json.dumps(batch), content_type="application/json")
    assert response.status_code == 400
    assert error_codes(response.json()) == ["TOO_MANY_OPERATIONS"]
    batch = batch[:5]
    response = gql.http.post("/graphql/", json.dumps(batch), content_type="application/json")
    assert response.status_code == 200 and len(response.json()) == 5


def test_huge_bodies_are_refused_with_413(gql):
    huge = json.dumps({"query": "{ topics { code } }" + " " * 40_000})
    response = gql.http.post("/graphql/", huge, content_type="application/json")
    assert response.status_code == 413
    assert error_codes(response.json()) == ["REQUEST_TOO_LARGE"]
    long_url = gql.http.get("/graphql/", {"query": "{ topics { code } }" + " " * 40_000})
    assert long_url.status_code == 413


def test_rate_limit_answers_429_per_key(gql, settings, public_key, professional_key):
    settings.KB_API_RATE_LIMITS = {"anonymous": 3, "public": 2, "professional": 5}
    for _ in range(2):
        response = gql.post("{ regions { code } }", key=public_key)
        assert response.status_code == 200
    assert response["X-RateLimit-Limit"] == "2" and response["X-RateLimit-Remaining"] == "0"
    refused = gql.post("{ regions { code } }", key=public_key)
    assert refused.status_code == 429
    assert error_codes(refused.json()) == ["RATE_LIMITED"]
    assert 0 < int(refused["Retry-After"]) <= 60
    # Other callers have their own allowance.
    assert gql.post("{ regions { code } }", key=professional_key).status_code == 200
    assert gql.post("{ regions { code } }").status_code == 200


def test_anonymous_callers_are_limited_by_address(gql, settings):
    settings.KB_API_RATE_LIMITS = {"anonymous": 2, "public": 10, "professional": 10}
    assert gql.post("{ regions { code } }").status_code == 200
    assert gql.post("{ regions { code } }").status_code == 200
    assert gql.post("{ regions { code } }").status_code == 429
    other = gql.post("{ regions { code } }", REMOTE_ADDR="10.1.2.3")
    assert other.status_code == 200


def test_each_operation_of_a_batch_counts_against_the_limit(gql, settings):
    """Issue 23: a batch of five was one request, so batching multiplied the allowance."""
    settings.KB_API_RATE_LIMITS = {"anonymous": 6, "public": 10, "professional": 10}
    batch = [{"query": "{ regions { code } }"}] * 5
    response = gql.http.post("/graphql/", json.dumps(batch), content_type="application/json")
    assert response.status_code == 200 and response["X-RateLimit-Remaining"] == "1"
    again = gql.http.post("/graphql/", json.dumps(batch), content_type="application/json")
    assert again.status_code == 429 and error_codes(again.json()) == ["RATE_LIMITED"]


def test_many_aliased_searches_are_refused_before_any_runs(gql):
    """Issue 23: 5 operations × 20 `search` aliases held a web thread for 14 s."""
    searches = " ".join(f'q{i}: search(query: "násilí {i}") {{ totalCount }}' for i in range(20))
    response = gql.post("{ " + searches + " }")
    assert response.status_code == 400
    assert error_codes(response.json()) == ["QUERY_TOO_COMPLEX"]
    few = " ".join(f'q{i}: search(query: "vykázání") {{ totalCount }}' for i in range(3))
    errors = validate(schema.graphql_schema, parse("{ " + few + " }"), [MaxCostRule])
    assert errors == []  # three searches in one operation are fine


def test_guessing_keys_counts_against_the_address(gql, settings):
    settings.KB_API_RATE_LIMITS = {"anonymous": 2, "public": 10, "professional": 10}
    for _ in range(2):
        assert gql.post("{ regions { code } }", key="kb_00000000_guess").status_code == 401
    assert gql.post("{ regions { code } }", key="kb_00000000_guess").status_code == 429


def test_a_keys_own_limit_wins(gql, settings):
    from kb.api.keys import api_key_create

    settings.KB_API_RATE_LIMITS = {"anonymous": 100, "public": 100, "professional": 100}
    _key, raw = api_key_create(name="Small partner", scope="public", rate_limit_per_minute=1)
    assert gql.post("{ regions { code } }", key=raw).status_code == 200
    assert gql.post("{ regions { code } }", key=raw).status_code == 429
