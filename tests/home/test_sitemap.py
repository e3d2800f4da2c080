"""sitemap.xml lists the public, live pages of both languages with hreflang alternates."""

import re

import pytest

from kb.guidance.choices import Visibility
from kb.guidance.models import KnowledgePage

pytestmark = pytest.mark.django_db


def test_sitemap_lists_public_live_pages_with_their_translations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", xml)
    paths = {re.sub(r"^https?://[^/]+", "", loc) for loc in locations}
    public = KnowledgePage.objects.filter(live=True, visibility=Visibility.PUBLIC)
    assert {page.url for page in public} <= paths
    assert "/" in paths and "/en/" in paths
    restricted = KnowledgePage.objects.exclude(live=True, visibility=Visibility.PUBLIC)
    assert restricted.exists()
    for page in restricted:
        assert page.slug not in xml, page.url_path
    procedure = public.get(slug="postup-pri-vykazani", locale__language_code="cs")
    entry = xml.split(f"{procedure.url}</loc>")[1].split("</url>")[0]
    assert re.search(r'hreflang="cs" href="[^"]+/postupy/postup-pri-vykazani/"', entry)
    assert re.search(r'hreflang="en" href="[^"]+/en/[^"]+"', entry)
