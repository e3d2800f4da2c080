"""GraphiQL and every page the site serves load their scripts, styles and images from
this application only (issue 10, point 16): they work on an intranet without internet."""

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

from kb.guidance.models import KnowledgePage

LOADING = {"script": "src", "img": "src", "iframe": "src", "source": "src", "link": "href"}


class Resources(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and not {
            "stylesheet",
            "icon",
            "preload",
            "modulepreload",
            "manifest",
        } & set((attrs.get("rel") or "").split()):
            return
        if LOADING.get(tag) and attrs.get(LOADING[tag]):
            self.urls.append(attrs[LOADING[tag]])
        if attrs.get("srcset"):
            self.urls += [part.split()[0] for part in attrs["srcset"].split(",") if part.strip()]


def external(html: str) -> list[str]:
    parser = Resources()
    parser.feed(html)
    urls = parser.urls + re.findall(r"@import\s+(?:url\()?['\"]?([^'\")\s]+)", html)
    return [u for u in urls if re.match(r"^(?:[a-z]+:)?//", u, re.IGNORECASE)]


def test_graphiql_loads_nothing_from_another_host(client):
    response = client.get("/graphql/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    html = response.content.decode()
    assert "graphiql.min.js" in html
    assert external(html) == []
    policy = response.get("Content-Security-Policy", "")
    assert "http" not in policy  # scripts and styles from this origin (and inline by hash)


def test_graphiql_assets_are_served_and_match_their_pinned_hashes(client):
    html = client.get("/graphql/", HTTP_ACCEPT="text/html").content.decode()
    pairs = re.findall(r'(?:src|href)="/static/([^"]+)"\s+integrity="(sha256-[^"]+)"', html)
    assert len(pairs) >= 6
    for path, integrity in pairs:
        found = finders.find(path)
        assert found, path
        digest = base64.b64encode(hashlib.sha256(Path(found).read_bytes()).digest()).decode()
        assert integrity == f"sha256-{digest}", path


@pytest.mark.django_db
def test_site_pages_load_nothing_from_another_host(client):
    paths = ["/", "/en/", "/search/?q=vykázání", "/login/"]
    paths += [p.url for p in KnowledgePage.objects.live().filter(visibility="public")[:5]]
    for path in paths:
        response = client.get(path, follow=True)
        assert response.status_code == 200, path
        assert external(response.content.decode()) == [], path
