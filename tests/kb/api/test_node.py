"""Global object ids (issue 10, points 4 and 11): every page, service, search hit and
suggestion has an id unique across kinds, and `node(id:)` refetches it."""

import base64

from kb.guidance.models import KnowledgePage
from kb.services.models import Service

from .conftest import error_codes

NODE = """query($id: ID!) { node(id: $id) { __typename id
  ... on KnowledgePage { databaseId slug } ... on Service { databaseId code } } }"""


def test_page_and_service_with_the_same_database_id_get_different_ids(gql):
    public_pages = KnowledgePage.objects.live().filter(visibility="public").values("pk")
    service = Service.objects.filter(is_active=True, pk__in=public_pages).first()
    assert service is not None, "the demo has a page and a service sharing a database id"
    page = KnowledgePage.objects.get(pk=service.pk)
    page_node = gql.data(NODE, {"id": _gid("KnowledgePage", page.pk)})["node"]
    service_node = gql.data(NODE, {"id": _gid("Service", service.pk)})["node"]
    assert page_node["databaseId"] == service_node["databaseId"] == page.pk
    assert page_node["id"] != service_node["id"]
    assert page_node["slug"] == page.slug and service_node["code"] == service.code


def test_every_page_and_service_id_refetches_the_same_object(gql):
    data = gql.data(
        "{ pages(first: 5) { edges { node { id title } } } "
        "services(first: 5) { edges { node { id name } } } }"
    )
    for edge in data["pages"]["edges"]:
        found = gql.data(
            "query($id: ID!) { node(id: $id) { id ... on KnowledgePage { title } } }",
            {"id": edge["node"]["id"]},
        )["node"]
        assert found == edge["node"]
    for edge in data["services"]["edges"]:
        found = gql.data(
            "query($id: ID!) { node(id: $id) { id ... on Service { name } } }",
            {"id": edge["node"]["id"]},
        )["node"]
        assert found == edge["node"]


def test_page_takes_the_global_id_and_still_the_database_id(gql):
    page = KnowledgePage.objects.live().filter(visibility="public").first()
    query = "query($id: ID) { page(id: $id) { id databaseId slug } }"
    by_global = gql.data(query, {"id": _gid("KnowledgePage", page.pk)})["page"]
    assert gql.data(query, {"id": str(page.pk)})["page"] == by_global
    assert by_global["databaseId"] == page.pk


def test_search_hits_and_suggestions_carry_ids_unique_across_kinds(gql):
    data = gql.data(
        '{ search(query: "policie", first: 50) { edges { node { kind id databaseId '
        "page { id } service { id } } } } }"
    )
    nodes = [e["node"] for e in data["search"]["edges"]]
    assert {"PAGE", "SERVICE"} <= {n["kind"] for n in nodes}
    assert len({n["id"] for n in nodes}) == len(nodes)
    for node in nodes:
        target = node["page"] if node["kind"] == "PAGE" else node["service"]
        assert target is None or target["id"] == node["id"]
    suggestions = gql.data('{ autocomplete(prefix: "po") { id databaseId kind } }')
    for suggestion in suggestions["autocomplete"]:
        kind = "KnowledgePage" if suggestion["kind"] == "PAGE" else "Service"
        assert suggestion["id"] == _gid(kind, suggestion["databaseId"])


def test_a_hidden_page_is_null_by_its_global_id_too(gql):
    hidden = KnowledgePage.objects.filter(visibility="professionals").first()
    assert gql.data(NODE, {"id": _gid("KnowledgePage", hidden.pk)}) == {"node": None}


def test_ids_that_are_not_from_this_api_are_bad_input(gql):
    for bad in ("16", "bm9wZQ==", _gid("Other", 1), _gid("Service", "x"), "%%%", "\u00b2"):
        body = gql.post(NODE, {"id": bad}).json()
        assert error_codes(body) == ["BAD_USER_INPUT"], bad
        assert body["data"] == {"node": None}


def _gid(kind, pk) -> str:
    return base64.b64encode(f"{kind}:{pk}".encode()).decode()
