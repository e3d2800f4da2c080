"""GET answers can be cached by partners and CDNs: ETag, Cache-Control, 304, and a new
ETag as soon as what the caller would receive changes."""

from kb.guidance.models import KnowledgePage
from kb.services.models import Service

QUERY = "query($id: ID!) { page(id: $id) { title summary } }"


def page_id():
    return str(KnowledgePage.objects.get(slug="postup-pri-vykazani").pk)


def test_get_carries_etag_and_public_cache_control(gql):
    response = gql.get(QUERY, {"id": page_id()})
    assert response.status_code == 200
    assert response["ETag"].startswith('"')
    assert response["Cache-Control"] == "public, max-age=60"
    assert "Authorization" in response["Vary"] and "Origin" in response["Vary"]


def test_unchanged_answer_is_a_304_without_body(gql):
    first = gql.get(QUERY, {"id": page_id()})
    again = gql.get(QUERY, {"id": page_id()}, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]


def test_publishing_a_change_gives_a_new_etag(gql):
    first = gql.get(QUERY, {"id": page_id()})
    page = KnowledgePage.objects.get(slug="postup-pri-vykazani").specific
    page.summary = "Nové shrnutí postupu."
    page.save_revision().publish()
    after = gql.get(QUERY, {"id": page_id()}, HTTP_IF_NONE_MATCH=first["ETag"])
    assert after.status_code == 200
    assert after["ETag"] != first["ETag"]
    assert after.json()["data"]["page"]["summary"] == "Nové shrnutí postupu."


def test_unpublishing_gives_a_new_etag(gql):
    first = gql.get(QUERY, {"id": page_id()})
    KnowledgePage.objects.get(slug="postup-pri-vykazani").specific.unpublish()
    after = gql.get(QUERY, {"id": page_id()}, HTTP_IF_NONE_MATCH=first["ETag"])
    assert after.status_code == 200
    assert after.json()["data"] == {"page": None}


def test_saving_a_service_gives_a_new_etag(gql):
    query = "{ emergencyContacts { name } }"
    first = gql.get(query)
    service = Service.objects.get(code="police-158", locale__language_code="cs")
    service.name = "Policie ČR – 158"
    service.save()
    after = gql.get(query, HTTP_IF_NONE_MATCH=first["ETag"])
    assert after.status_code == 200 and after["ETag"] != first["ETag"]


def test_keyed_answers_are_private_and_differ_by_scope(gql, public_key, professional_key):
    query = "{ pages(first: 50) { totalCount } }"
    public = gql.get(query, key=public_key)
    professional = gql.get(query, key=professional_key)
    assert public["Cache-Control"] == "private, max-age=60"
    assert public["ETag"] != professional["ETag"]
    refused = gql.get(query, key=professional_key, HTTP_IF_NONE_MATCH=public["ETag"])
    assert refused.status_code == 200


def test_post_and_error_answers_are_not_cached(gql):
    assert gql.post("{ topics { code } }")["Cache-Control"] == "no-store"
    bad = gql.get("{ topics { nope } }")
    assert bad.status_code == 400 and "ETag" not in bad
