"""Public HTML never reveals a page the reader may not open: rich-text links and the
language switch to professionals-only pages or drafts are plain text for anonymous
visitors, and a crawl of every public page finds no link to anything it may not open."""

import re
from collections import deque
from urllib.parse import urlsplit

import pytest
from wagtail.models import Locale

from kb.guidance.choices import Visibility
from kb.guidance.models import GuidancePage, KnowledgePage

pytestmark = pytest.mark.django_db

HREF = re.compile(r'\bhref="([^"]*)"')
SKIP = ("/static/", "/media/", "/admin/", "/documents/", "/graphql/")


def _restricted_targets():
    professional = KnowledgePage.objects.filter(
        live=True, visibility=Visibility.PROFESSIONALS, locale__language_code="cs"
    ).first()
    draft = KnowledgePage.objects.filter(live=False, locale__language_code="cs").first()
    public = KnowledgePage.objects.filter(
        live=True, visibility=Visibility.PUBLIC, locale__language_code="cs"
    ).exclude(slug="prava-ohrozene-osoby-pri-vykazani")[0]
    return professional, draft, public


@pytest.fixture
def linking_page():
    """A public page whose text links to a professionals-only page, a draft and a public
    page, and whose English translation is professionals-only."""
    professional, draft, public = _restricted_targets()
    page = GuidancePage.objects.get(slug="prava-ohrozene-osoby-pri-vykazani")
    links = (
        f'<p>See <a linktype="page" id="{professional.pk}">the statistics</a>, '
        f'<a linktype="page" id="{draft.pk}">the draft</a> and '
        f'<a linktype="page" id="{public.pk}">a public page</a>.</p>'
    )
    page.body = [*page.body.raw_data, {"type": "text", "value": links}]
    page.save()
    english = page.get_translation(Locale.objects.get(language_code="en")).specific
    english.visibility = Visibility.PROFESSIONALS
    english.save()
    return page, professional, draft, public, english


def test_links_to_pages_the_reader_may_not_open_are_plain_text(client, linking_page):
    page, professional, draft, public, english = linking_page
    html = client.get(page.url).content.decode()
    assert "the statistics" in html and "the draft" in html
    assert professional.url not in html and professional.slug not in html
    assert draft.slug not in html
    assert f'href="{public.url}"' in html
    assert english.url not in html  # neither the language switch nor hreflang


def test_professionals_get_the_links(client, make_user, linking_page):
    page, professional, draft, _public, english = linking_page
    client.force_login(make_user("policistka", "Professionals"))
    html = client.get(page.url).content.decode()
    assert f'href="{professional.url}"' in html
    assert draft.slug not in html  # drafts are never linked
    assert re.search(
        rf'<link rel="alternate" hreflang="en" href="https?://[^/"]+{english.url}">', html
    )


def _links(html: str) -> set[str]:
    found = set()
    for href in HREF.findall(html):
        href = href.replace("&amp;", "&")
        parts = urlsplit(href)
        if parts.scheme in ("http", "https") and parts.netloc not in ("testserver", "localhost"):
            continue
        if parts.scheme not in ("", "http", "https") or not parts.path.startswith("/"):
            continue
        if parts.path.startswith(SKIP):
            continue
        found.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


@pytest.mark.slow
def test_crawl_of_the_public_site_finds_no_link_the_visitor_may_not_open(client, linking_page):
    seen = {"/", "/en/"}
    queue = deque(seen)
    pages = 0
    while queue and pages < 400:
        url = queue.popleft()
        response = client.get(url)
        pages += 1
        assert response.status_code == 200, f"{url} answered {response.status_code}"
        if not response["Content-Type"].startswith("text/html"):
            continue
        for link in _links(response.content.decode()) - seen:
            # search result and filter pages multiply without end: visit the plain search
            if link.startswith(("/search/?", "/en/search/?")) and "page=" in link:
                continue
            seen.add(link)
            queue.append(link)
    assert pages > 40, pages  # every section and page of both languages was reached
    restricted = KnowledgePage.objects.exclude(visibility=Visibility.PUBLIC, live=True)
    for page in restricted:
        assert not any(page.slug in url for url in seen), page.url_path
