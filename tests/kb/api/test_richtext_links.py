"""Internal links in rich text: resolved to the knowledge base's URL and to the target's
id and slug, and never revealing a target the caller may not see."""

import pytest

from kb.guidance.models import KnowledgePage

QUERY = """query($id: ID!) { page(id: $id) {
  bodyHtml
  body { ... on TextBlock { text { html text links { text url page { id slug title locale urlPath } } } } }
} }"""


def link(page_id, text):
    return f'<a linktype="page" id="{page_id}">{text}</a>'


@pytest.fixture
def linking_page(make_page):
    public = KnowledgePage.objects.get(slug="postup-pri-vykazani")
    professional = KnowledgePage.objects.get(slug="statistika-vykazani")
    draft = KnowledgePage.objects.get(slug="definice-domaciho-nasili-obcansky-zakonik")
    html = (
        f"<p>Viz {link(public.pk, 'postup')}, {link(professional.pk, 'statistiku')}, "
        f"{link(draft.pk, 'definici')}, {link(999999, 'smazanou stránku')} a "
        '<a href="https://www.zakonyprolidi.cz/cs/2008-273">zákon</a>.</p>'
    )
    page = make_page("Stránka s odkazy", [{"type": "text", "value": html, "id": "t1"}])
    return page, public, professional, draft


def test_links_resolve_to_url_id_and_slug(gql, linking_page):
    page, public, *_ = linking_page
    text = gql.data(QUERY, {"id": str(page.pk)})["page"]["body"][0]["text"]
    internal = text["links"][0]
    assert internal["text"] == "postup"
    assert internal["page"] == {
        "id": str(public.pk),
        "slug": "postup-pri-vykazani",
        "title": public.title,
        "locale": "cs",
        "urlPath": public.get_url_parts()[2],
    }
    assert internal["url"].endswith(internal["page"]["urlPath"])
    assert f'data-page-id="{public.pk}"' in text["html"]
    assert 'data-page-slug="postup-pri-vykazani"' in text["html"]
    assert f'href="{internal["url"]}"' in text["html"]
    assert 'linktype="page"' not in text["html"]
    assert text["links"][-1] == {
        "text": "zákon",
        "url": "https://www.zakonyprolidi.cz/cs/2008-273",
        "page": None,
    }


def test_links_to_hidden_pages_keep_their_text_but_lose_the_link(gql, linking_page):
    page, public, professional, draft = linking_page
    response = gql.post(QUERY, {"id": str(page.pk)})
    text = response.json()["data"]["page"]["body"][0]["text"]
    assert [link["text"] for link in text["links"]] == ["postup", "zákon"]
    assert "statistiku" in text["text"] and "definici" in text["text"]
    raw = response.content.decode()
    for hidden in (professional, draft):
        assert f'data-page-id=\\"{hidden.pk}\\"' not in raw
        assert hidden.slug not in raw
        assert f'id=\\"{hidden.pk}\\"' not in raw
    assert "smazanou stránku" in text["text"]


def test_professional_key_gets_links_to_professionals_only_pages(
    gql, linking_page, professional_key
):
    page, public, professional, draft = linking_page
    text = gql.data(QUERY, {"id": str(page.pk)}, key=professional_key)["page"]["body"][0]["text"]
    assert [link["text"] for link in text["links"]] == ["postup", "statistiku", "zákon"]
    assert draft.slug not in text["html"]


def test_rendered_body_html_applies_the_same_rules(gql, linking_page):
    page, public, professional, draft = linking_page
    html = gql.data(QUERY, {"id": str(page.pk)})["page"]["bodyHtml"]
    assert f'data-page-id="{public.pk}"' in html
    assert professional.slug not in html and draft.slug not in html
    assert "statistiku" in html and "definici" in html
