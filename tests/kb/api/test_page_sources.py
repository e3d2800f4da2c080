"""Partners read where a page's facts come from (`sources { title url accessedOn }`)."""

import datetime

from kb.guidance.models import KnowledgePage, PageSource

PAGE = """query($id: ID!) { page(id: $id) { title sources { title url accessedOn }
  ... on ProcedurePage { sources { url } } } }"""
PAGES = """{ pages(first: 50) { edges { node { databaseId sources { url } } } } }"""


def test_a_page_gives_its_sources_in_the_editors_order(gql):
    page = KnowledgePage.objects.get(slug="vykazani-zakladni-prehled").specific
    page.sources = [
        PageSource(title="Zákon č. 273/2008 Sb.", url="https://www.e-sbirka.cz/sb/2008/273"),
        PageSource(
            title="MPSV – intervenční centra",
            url="https://www.mpsv.cz/web/cz/intervencni-centra",
            accessed_on=datetime.date(2026, 12, 8),
        ),
    ]
    page.save_revision().publish()
    sources = gql.data(PAGE, {"id": str(page.pk)})["page"]["sources"]
    assert sources == [
        {
            "title": "Zákon č. 273/2008 Sb.",
            "url": "https://www.e-sbirka.cz/sb/2008/273",
            "accessedOn": None,
        },
        {
            "title": "MPSV – intervenční centra",
            "url": "https://www.mpsv.cz/web/cz/intervencni-centra",
            "accessedOn": "2026-12-08",
        },
    ]


def test_a_listed_page_without_sources_gives_an_empty_list(gql):
    nodes = [e["node"] for e in gql.data(PAGES)["pages"]["edges"]]
    by_id = {n["databaseId"]: n["sources"] for n in nodes}
    without = KnowledgePage.objects.filter(sources__isnull=True).values_list("pk", flat=True)
    assert any(by_id.get(pk) == [] for pk in without)
    topic = KnowledgePage.objects.get(slug="predbezna-opatreni-v-trestnim-rizeni")
    if topic.pk in by_id:
        assert by_id[topic.pk]
