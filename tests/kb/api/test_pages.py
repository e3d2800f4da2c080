"""Pages as partners embed them: lookup, lists and filters, breadcrumbs, translations,
owner and review dates, typed body blocks and rendered HTML."""

from kb.guidance.models import KnowledgePage

from .conftest import error_codes

RIGHTS_EN = "rights-of-the-endangered-person-during-expulsion"
RIGHTS_CS = "prava-ohrozene-osoby-pri-vykazani"

PAGE = """query($id: ID, $path: String, $locale: String) {
  page(id: $id, urlPath: $path, locale: $locale) {
    id databaseId title slug locale url urlPath pageType summary translationKey
    owner { name } lastReviewed nextReviewDue reviewOverdue
    topics { code name } audiences { code } regions { code }
    ancestors { title urlPath }
    translations { locale slug urlPath }
  }
}"""


def pk(slug):
    return str(KnowledgePage.objects.get(slug=slug).pk)


def test_page_by_id_has_locale_breadcrumbs_translations_and_review_dates(gql):
    page = gql.data(PAGE, {"id": pk(RIGHTS_CS)})["page"]
    stored = KnowledgePage.objects.get(slug=RIGHTS_CS)
    assert page["locale"] == "cs"
    assert page["pageType"] == "GUIDANCE"
    assert page["urlPath"] == "/prava-a-ochrana/prava-ohrozene-osoby-pri-vykazani/"
    assert page["url"].endswith(page["urlPath"]) and page["url"].startswith("http")
    assert [a["urlPath"] for a in page["ancestors"]] == ["/", "/prava-a-ochrana/"]
    assert page["translations"] == [
        {"locale": "en", "slug": RIGHTS_EN, "urlPath": f"/en/rights-and-protection/{RIGHTS_EN}/"}
    ]
    assert page["lastReviewed"] == stored.last_reviewed.isoformat()
    assert page["nextReviewDue"] == stored.next_review_due.isoformat()
    assert page["reviewOverdue"] is stored.review_overdue
    assert {t["code"] for t in page["topics"]} == set(stored.topics.values_list("code", flat=True))
    assert page["translationKey"] == str(stored.translation_key)


def test_owner_is_a_name_and_never_an_email(gql):
    response = gql.post(PAGE, {"id": pk(RIGHTS_CS)})
    assert response.json()["data"]["page"]["owner"] == {"name": "Redakce IC Praha"}
    assert b"example.invalid" not in response.content
    assert b"redakce@" not in response.content


def test_page_by_url_path_in_each_language(gql):
    cs = gql.data(PAGE, {"path": "/prava-a-ochrana/prava-ohrozene-osoby-pri-vykazani/"})
    assert cs["page"]["slug"] == RIGHTS_CS
    en = gql.data(PAGE, {"path": f"/en/rights-and-protection/{RIGHTS_EN}"})
    assert en["page"]["slug"] == RIGHTS_EN
    assert en["page"]["locale"] == "en"
    # The path as served is what identifies the page; the locale argument only fills in
    # the language a path without a prefix is in.
    assert (
        gql.data(PAGE, {"path": f"/rights-and-protection/{RIGHTS_EN}/", "locale": "en"})["page"][
            "slug"
        ]
        == RIGHTS_EN
    )


def test_unknown_pages_are_null(gql):
    assert gql.data(PAGE, {"id": "999999"}) == {"page": None}
    # An id that is not a number is the caller's mistake, said plainly (issue 10, defect 2).
    wrong = gql.post(PAGE, {"id": "not-a-number"}).json()
    assert wrong["data"] == {"page": None}
    assert error_codes(wrong) == ["BAD_USER_INPUT"]
    assert gql.data(PAGE, {"path": "/nothing/here/"}) == {"page": None}
    # A section index is not a knowledge page.
    assert gql.data(PAGE, {"path": "/prava-a-ochrana/"}) == {"page": None}


def test_page_needs_exactly_one_of_id_and_path(gql):
    for variables in ({}, {"id": pk(RIGHTS_CS), "path": "/x/"}):
        body = gql.post(PAGE, variables).json()
        assert error_codes(body) == ["BAD_USER_INPUT"]
        assert body["data"] == {"page": None}


LIST = """query($locale: String, $filters: PageFilter, $first: Int, $after: String) {
  pages(locale: $locale, filters: $filters, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { slug locale pageType topics { code } audiences { code } } }
  }
}"""


def test_pages_list_one_locale(gql):
    data = gql.data(LIST, {"locale": "en", "first": 50})["pages"]
    assert data["totalCount"] == 32
    assert {e["node"]["locale"] for e in data["edges"]} == {"en"}


def test_pages_paginate_with_cursors_without_gaps_or_repeats(gql):
    seen, after = [], None
    while True:
        page = gql.data(LIST, {"first": 8, "after": after})["pages"]
        seen += [e["node"]["slug"] for e in page["edges"]]
        assert page["pageInfo"]["hasPreviousPage"] is (after is not None)
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    everything = gql.data(LIST, {"first": 50})["pages"]
    assert seen == [e["node"]["slug"] for e in everything["edges"]]
    assert len(seen) == len(set(seen)) == everything["totalCount"]


def test_pages_filter_by_topic_audience_region_and_type(gql):
    def slugs(filters):
        data = gql.data(LIST, {"filters": filters, "first": 50})["pages"]
        assert data["totalCount"] == len(data["edges"])
        return data["edges"]

    procedures = slugs({"type": ["PROCEDURE"]})
    assert procedures and all(e["node"]["pageType"] == "PROCEDURE" for e in procedures)
    expulsion = slugs({"topic": ["expulsion"]})
    assert expulsion and all(
        "expulsion" in [t["code"] for t in e["node"]["topics"]] for e in expulsion
    )
    police = slugs({"audience": ["police"]})
    assert all("police" in [a["code"] for a in e["node"]["audiences"]] for e in police)
    both = slugs({"topic": ["expulsion"], "type": ["PROCEDURE"]})
    assert {e["node"]["slug"] for e in both} == {
        e["node"]["slug"] for e in expulsion if e["node"]["pageType"] == "PROCEDURE"
    }
    children = slugs({"topic": ["children"]})
    either = slugs({"topic": ["expulsion", "children"]})
    assert {e["node"]["slug"] for e in either} == {e["node"]["slug"] for e in expulsion + children}
    assert len(either) > len(expulsion)
    assert slugs({"region": ["nowhere"]}) == []
    assert len(slugs({"region": ["cz"]})) > 0


def test_page_size_limit_and_bad_cursors(gql):
    body = gql.post(LIST, {"first": 51}).json()
    assert error_codes(body) == ["PAGE_SIZE_TOO_LARGE"]
    assert body["errors"][0]["extensions"]["maxPageSize"] == 50
    assert error_codes(gql.post(LIST, {"first": -1}).json()) == ["BAD_USER_INPUT"]
    assert error_codes(gql.post(LIST, {"after": "garbage"}).json()) == ["BAD_USER_INPUT"]
    empty = gql.data(LIST, {"first": 0})["pages"]
    assert empty["edges"] == [] and empty["totalCount"] == 32


BODY = """query($id: ID!) { page(id: $id) {
  bodyHtml
  body {
    __typename
    ... on ContentBlock { id html }
    ... on TextBlock { text { html text } }
    ... on CalloutBlock { tone title text { text } }
    ... on StepsBlock { steps { title text { text } } }
    ... on ContactBlock { service { code name phones { number telUri } } }
    ... on LegalReferenceBlock { note reference { citation actNumber actYear section shortTitle
                                                   officialUrl currentAsOf needsVerification } }
    ... on FaqBlock { question answer { text } }
  }
} }"""


def test_body_comes_as_typed_blocks_in_stored_order(gql):
    stored = KnowledgePage.objects.get(slug="expulsion-procedure")
    body = gql.data(BODY, {"id": str(stored.pk)})["page"]["body"]
    types = {
        "text": "TextBlock",
        "callout": "CalloutBlock",
        "steps": "StepsBlock",
        "contact": "ContactBlock",
        "legal_reference": "LegalReferenceBlock",
        "faq": "FaqBlock",
    }
    assert [b["__typename"] for b in body] == [types[b.block_type] for b in stored.body]
    assert [b["id"] for b in body] == [b.id for b in stored.body]
    callout = next(b for b in body if b["__typename"] == "CalloutBlock")
    assert callout["tone"] == "WARNING"
    assert callout["title"].startswith("Check the 24-hour")
    reference = next(b for b in body if b["__typename"] == "LegalReferenceBlock")["reference"]
    assert reference == {
        "citation": "273/2008 Sb., § 44–47",
        "actNumber": 273,
        "actYear": 2008,
        "section": "§ 44–47",
        "shortTitle": "Police of the Czech Republic Act – expulsion",
        "officialUrl": "https://www.zakonyprolidi.cz/cs/2008-273",
        "currentAsOf": "2025-07-01",
        "needsVerification": False,
    }
    contacts = [b["service"]["code"] for b in body if b["__typename"] == "ContactBlock"]
    assert contacts == ["ic-praha", "police-158"]
    police = next(b for b in body if b.get("service", {}).get("code") == "police-158")
    assert police["service"]["phones"] == [{"number": "158", "telUri": "tel:158"}]


def test_every_block_and_the_whole_body_come_rendered_too(gql):
    page = gql.data(BODY, {"id": pk("expulsion-procedure")})["page"]
    assert "<h2>When the police expel</h2>" in page["bodyHtml"]
    for block in page["body"]:
        assert block["html"].strip(), block["__typename"]
        assert block["html"].replace("\n", "")[:40] in page["bodyHtml"].replace("\n", "")
    faq = next(b for b in page["body"] if b["__typename"] == "FaqBlock")
    assert "<details" in faq["html"] and faq["question"] in faq["html"]


def test_withdrawn_service_disappears_from_contact_blocks(gql):
    from kb.services.models import Service

    Service.objects.filter(code="police-158").update(is_active=False)
    body = gql.data(BODY, {"id": pk("expulsion-procedure")})["page"]
    contacts = [b["service"]["code"] for b in body["body"] if b["__typename"] == "ContactBlock"]
    assert contacts == ["ic-praha"]
    assert "tel:158" not in body["bodyHtml"]


def test_page_id_with_a_locale_gives_that_translation(gql, professional_key):
    czech = pk(RIGHTS_CS)
    english = gql.data(PAGE, {"id": czech, "locale": "en"})["page"]
    assert english["slug"] == RIGHTS_EN and english["locale"] == "en"
    assert gql.data(PAGE, {"id": czech, "locale": "cs"})["page"]["databaseId"] == int(czech)
    # A page without a visible English version gives null rather than the Czech one.
    KnowledgePage.objects.filter(slug=RIGHTS_EN).update(live=False)
    assert gql.data(PAGE, {"id": czech, "locale": "en"}) == {"page": None}


def test_each_page_of_a_list_carries_its_own_blocks_and_steps(gql):
    """Blocks are loaded for the whole list at once and still land on the right page."""
    query = """{ pages(first: 50) { edges { node { databaseId body { ... on ContentBlock { id } }
      ... on ProcedurePage { steps { id } } } } } }"""
    nodes = [e["node"] for e in gql.data(query)["pages"]["edges"]]
    assert len(nodes) > 2
    for node in nodes:
        stored = KnowledgePage.objects.get(pk=node["databaseId"]).specific
        assert [b["id"] for b in node["body"]] == [b.id for b in stored.body]
        steps = [s.id for s in getattr(stored, "steps", [])]
        assert [s["id"] for s in node.get("steps", [])] == steps
