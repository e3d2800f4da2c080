"""Partners read how people ask for a page or a service (`askedAs`), in its language."""

from kb.guidance.models import KnowledgePage
from kb.services.models import Service

PAGE = """query($id: ID!) { page(id: $id) { title askedAs
  ... on ProcedurePage { askedAs } } }"""
PAGES = """{ pages(first: 50) { edges { node { databaseId askedAs } } } }"""
SERVICES = """query($locale: String) { services(locale: $locale, first: 50) {
  edges { node { code askedAs } } } }"""


def test_a_page_gives_its_phrasings_in_order(gql):
    page = KnowledgePage.objects.get(slug="vykazani-zakladni-prehled").specific
    page.asked_as = "co je vykazani\n\n  muzu ho vyhodit   z bytu \n"
    page.save_revision().publish()
    data = gql.data(PAGE, {"id": str(page.pk)})
    assert data["page"]["askedAs"] == ["co je vykazani", "muzu ho vyhodit z bytu"]


def test_every_listed_page_has_the_field_empty_or_not(gql):
    KnowledgePage.objects.filter(slug="vykazani-zakladni-prehled").update(asked_as="")
    nodes = [e["node"] for e in gql.data(PAGES)["pages"]["edges"]]
    by_id = {n["databaseId"]: n["askedAs"] for n in nodes}
    empty = KnowledgePage.objects.get(slug="vykazani-zakladni-prehled").pk
    assert by_id[empty] == []
    assert all(len(asked) >= 4 for pk, asked in by_id.items() if pk != empty)


def test_a_service_gives_its_phrasings_in_its_language(gql):
    english = gql.data(SERVICES, {"locale": "en"})["services"]["edges"]
    asked = {e["node"]["code"]: e["node"]["askedAs"] for e in english}
    service = Service.objects.get(code="ic-praha", locale__language_code="en")
    assert asked["ic-praha"] == service.asked_as_list
    assert "who helps me after an expulsion in prague" in asked["ic-praha"]
