"""Images for partners: web-sized WebP renditions made when the image is saved, with the
alternative text of the place the image is used."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from kb import images
from kb.guidance.models import KnowledgePage

from .conftest import error_codes

PAGE = """query($path: String!, $locale: String, $widths: [Int!]) {
  page(urlPath: $path, locale: $locale) {
    illustration { url width height alt mimeType srcset }
    body { __typename ... on ImageBlock { caption html
      image { url width height alt mimeType srcset(widths: $widths) } } }
  }
}"""


def image_block(data):
    return next(b for b in data["page"]["body"] if b["__typename"] == "ImageBlock")


def test_page_with_a_diagram_returns_a_rendition_with_alt_and_srcset(gql):
    data = gql.data(PAGE, {"path": "/postupy/vykazani-zakladni-prehled/", "widths": [300, 700]})
    block = image_block(data)
    image = block["image"]
    assert image["url"].startswith("http://localhost/media/images/expulsion-diagram-cs")
    assert image["url"].endswith(".webp") and image["mimeType"] == "image/webp"
    assert (image["width"], image["height"]) == (960, 592)  # the 1280 × 790 diagram
    assert image["alt"].startswith("Schéma v pěti krocích: policie vykáže")
    # widths are rounded up to the standard ones: 300 → 320, 700 → 960
    parts = [p.rsplit(" ", 1) for p in image["srcset"].split(", ")]
    assert [w for _url, w in parts] == ["320w", "960w"]
    assert all(url.startswith("http://localhost/media/") for url, _w in parts)
    assert block["caption"] == "Průběh vykázání a navazující pomoci"
    assert 'alt="Schéma v pěti krocích' in block["html"] and "srcset=" in block["html"]


def test_illustration_and_organisation_logo(gql):
    data = gql.data(PAGE, {"path": "/en/rights-and-protection/what-domestic-violence-is/"})
    illustration = data["page"]["illustration"]
    assert illustration["alt"].startswith("The cycle of violence")
    # the original is 1200 px wide: no 1280 rendition, it would be an upscale
    assert [p.rsplit(" ", 1)[1] for p in illustration["srcset"].split(", ")] == [
        "320w",
        "640w",
        "960w",
    ]
    logo = gql.data(
        "{ services(first: 1, filters: {category: [HELPLINE]}) { edges { node {"
        " organization { name logo { url alt width } } } } } }"
    )
    organization = logo["services"]["edges"][0]["node"]["organization"]
    assert organization["logo"]["alt"] == organization["name"]
    assert organization["logo"]["width"] == 320


def test_widths_out_of_range_are_bad_user_input(gql):
    body = gql.post(PAGE, {"path": "/postupy/vykazani-zakladni-prehled/", "widths": [0]}).json()
    assert error_codes(body) == ["BAD_USER_INPUT"]
    many = list(range(100, 1000, 100))
    body = gql.post(PAGE, {"path": "/postupy/vykazani-zakladni-prehled/", "widths": many}).json()
    assert error_codes(body) == ["BAD_USER_INPUT"]


def test_renditions_are_made_on_save_not_in_requests(gql):
    Image = get_image_model()
    for image in Image.objects.all():
        made = {r.filter_spec for r in image.renditions.all()}
        assert {images.spec(w) for w in images.widths_for(image)} <= made, image.title
    query = """{ pages(first: 50) { edges { node { illustration { url srcset }
        body { ... on ImageBlock { image { url srcset } } } } } } }"""
    with CaptureQueriesContext(connection) as queries:
        gql.data(query)
    inserts = [
        q for q in queries.captured_queries if "INSERT" in q["sql"] and "rendition" in q["sql"]
    ]
    assert inserts == []


def test_missing_renditions_are_made_within_a_budget(gql):
    Image = get_image_model()
    Image.objects.all().first().renditions.model.objects.all().delete()
    query = """{ pages(first: 50) { edges { node { illustration { srcset }
        body { ... on ImageBlock { image { srcset } } } } } } }"""
    gql.data(query)
    made = Image.objects.all().first().renditions.model.objects.count()
    assert 0 < made <= images.REQUEST_BUDGET


def test_alt_text_is_required_for_an_illustration(db):
    page = KnowledgePage.objects.filter(illustration__isnull=False).first().specific
    page.illustration_alt = " "
    with pytest.raises(Exception) as error:
        page.full_clean()
    assert "illustration_alt" in str(error.value)
