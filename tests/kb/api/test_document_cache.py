"""A valid document is read (parsed, measured, validated) once per process; the answer to
every request stays what reading it afresh would give."""

from kb.api import documents

from .conftest import error_codes

PAGES = "query($n: Int) { pages(first: $n) { edges { node { id title } } } }"


def test_a_repeated_document_is_parsed_once(gql, monkeypatch):
    calls = []
    real_parse = documents.parse
    monkeypatch.setattr(documents, "parse", lambda *a, **k: calls.append(1) or real_parse(*a, **k))
    for n in (1, 1, 1):
        assert len(gql.data(PAGES, {"n": n})["pages"]["edges"]) == 1
    assert len(calls) == 1


def test_new_page_sizes_are_measured_again(gql, settings):
    settings.KB_API_MAX_COST = 30
    assert gql.data(PAGES, {"n": 1})["pages"]["edges"]
    refused = gql.post(PAGES, {"n": 50})
    assert refused.status_code == 400
    assert error_codes(refused.json()) == ["QUERY_TOO_COMPLEX"]
    # Other variables (not page sizes) reuse the document and still run.
    assert gql.data(PAGES, {"n": 1})["pages"]["edges"]


def test_invalid_documents_are_refused_every_time(gql):
    for _ in range(2):
        response = gql.post("{ pages { edges { node { nope } } } }")
        assert response.status_code == 400
        assert error_codes(response.json()) == ["GRAPHQL_VALIDATION_FAILED"]


def test_changed_limits_apply_to_documents_already_read(gql, settings):
    assert gql.data(PAGES, {"n": 5})
    settings.KB_API_MAX_COST = 3
    response = gql.post(PAGES, {"n": 5})
    assert error_codes(response.json()) == ["QUERY_TOO_COMPLEX"]
