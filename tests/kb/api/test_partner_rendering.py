"""What a partner prints (issue 10, defects 6 and 9): absolute URLs on the API's own host
or KB_PUBLIC_BASE_URL, labels in the content's language next to codes, English-only enum
descriptions, dialable tel: links and plain text that keeps its paragraphs apart."""

import pytest
from graphql import GraphQLEnumType

from kb.api.schema import schema
from kb.guidance.richtext import plain_text
from kb.services.models import Phone

PROCEDURE = """query($l: Locale) { procedure(slug: "postup-pri-vykazani", locale: $l) {
  url steps { actor actorLabel timeLimit { amount unit unitLabel } } } }"""
SERVICES = """query($l: Locale) { services(locale: $l, first: 50) { edges { node {
  code category categoryLabel phones { number telUri kind kindLabel } } } } }"""


def test_urls_are_absolute_on_the_host_that_serves_the_api(gql):
    gql.http.defaults["HTTP_HOST"] = "api.partner.example"
    data = gql.data(
        "{ pages(first: 3) { edges { node { url ancestors { url } translations { url } } } } "
        'search(query: "policie", first: 50) { edges { node { kind url } } } '
        'autocomplete(prefix: "po") { kind url } }'
    )
    page = data["pages"]["edges"][0]["node"]
    assert page["url"].startswith("http://api.partner.example/")
    assert all(a["url"].startswith("http://api.partner.example/") for a in page["ancestors"])
    for hit in (e["node"] for e in data["search"]["edges"]):
        if hit["kind"] == "PAGE":
            assert hit["url"].startswith("http://api.partner.example/"), hit
        else:
            assert hit["url"] is None  # services have no page; never "" for a URL
    for suggestion in data["autocomplete"]:
        assert suggestion["url"] is None or suggestion["url"].startswith("http://api.partner.")


def test_kb_public_base_url_names_the_site_partners_link_to(gql, settings):
    settings.KB_PUBLIC_BASE_URL = "https://kb.example.org/"
    url = gql.data('{ search(query: "policie", first: 1) { edges { node { url } } } }')
    assert url["search"]["edges"][0]["node"]["url"].startswith("https://kb.example.org/")
    page = gql.data("{ pages(first: 1) { edges { node { url urlPath } } } }")
    node = page["pages"]["edges"][0]["node"]
    assert node["url"] == "https://kb.example.org" + node["urlPath"]


def test_enum_labels_come_in_the_content_language(gql):
    czech = gql.data(PROCEDURE, {"l": "CS"})["procedure"]["steps"]
    police = next(s for s in czech if s["actor"] == "POLICE")
    assert police["actorLabel"] == "Policie"
    limit = next(s["timeLimit"] for s in czech if s["timeLimit"])
    assert limit["unit"] == "HOURS" and limit["unitLabel"] == "hodiny"
    english = gql.data(SERVICES, {"l": "EN"})["services"]["edges"]
    czech_services = gql.data(SERVICES, {"l": "CS"})["services"]["edges"]
    ic = next(e["node"] for e in czech_services if e["node"]["code"] == "ic-praha")
    assert ic["categoryLabel"] == "Intervenční centrum"
    emergency = next(e["node"] for e in czech_services if e["node"]["category"] == "EMERGENCY")
    assert emergency["categoryLabel"] == "Tísňové číslo"
    assert emergency["phones"][0]["kindLabel"] == "Tísňové číslo"
    ic_en = next(e["node"] for e in english if e["node"]["code"] == "ic-praha")
    assert ic_en["categoryLabel"] == "Intervention centre"


def test_enum_descriptions_are_english():
    for name in ("Actor", "TimeUnit", "PhoneKind", "ServiceCategory"):
        graphql_type = schema.graphql_schema.get_type(name)
        assert isinstance(graphql_type, GraphQLEnumType)
        for value in graphql_type.values.values():
            assert value.description.isascii(), (name, value.description)
    actor = schema.graphql_schema.get_type("Actor")
    assert actor.values["POLICE"].description == "Police"


@pytest.mark.parametrize(
    ("number", "uri"),
    [
        ("283 892 772", "tel:+420283892772"),
        ("+420 283 892 772", "tel:+420283892772"),
        ("00420 283 892 772", "tel:+420283892772"),
        ("158", "tel:158"),  # short codes do not work with the country code
        ("116 006", "tel:116006"),
    ],
)
def test_tel_uris_dial_from_anywhere(number, uri):
    assert Phone(number=number).tel_uri == uri


def test_rich_text_keeps_paragraphs_and_list_items_apart():
    html = "<h2>When the police expel</h2><p>A police <strong>officer</strong> may</p>"
    html += "<ul><li>one</li><li>two</li></ul>"
    assert plain_text(html) == "When the police expel\nA police officer may\none\ntwo"


def test_rich_text_field_text_is_line_separated(gql):
    data = gql.data(
        '{ procedure(slug: "postup-pri-vykazani") { body { ... on TextBlock { text { text html } } } } }'
    )
    texts = [b["text"] for b in data["procedure"]["body"] if b]
    multi = next(t for t in texts if t["html"].count("<p") + t["html"].count("<h") > 1)
    assert "\n" in multi["text"]
