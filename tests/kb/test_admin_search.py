"""Editors search snippet listings and choosers: no search term is a server error, results
keep to the page's locale and forgive missing diacritics."""

from urllib.parse import quote, urlencode

import pytest
from django.urls import reverse

from kb.services.models import Service
from kb.taxonomy.models import LegalReference, Topic

pytestmark = pytest.mark.slow

SNIPPETS = [
    ("taxonomy", "topic"),
    ("taxonomy", "audience"),
    ("taxonomy", "region"),
    ("taxonomy", "legalreference"),
    ("services", "service"),
    ("services", "organization"),
    ("search", "searchsynonym"),
]
TERMS = [
    "obětech",
    "obetech",
    "intervenční",
    "vyk",
    "code",
    "273",
    "§ 44",
    "%",
    "_",
    "'; DROP TABLE x; --",
    '"unterminated',
    "a" * 500,
    "\x00nul",
    "\ud800lone",
    "😀 emoji",
    "NOT OR AND",
    "* ? ~ ^ : ( ) [ ] { } \\ /",
    "   ",
]
OTHER_LISTINGS = [
    "wagtailadmin_pages:search",
    "wagtailredirects:index",
    "wagtailsearchpromotions:index",
    "wagtailimages:index",
    "wagtaildocs:index",
    "wagtailusers_users:index",
]


def _get(client, url, term, **extra):
    """As a browser sends it: UTF-8 bytes percent-encoded, even for a lone surrogate."""
    raw = quote(term.encode("utf-8", "surrogatepass"))
    query = f"q={raw}" + ("&" + urlencode(extra) if extra else "")
    return client.get(f"{url}?{query}")


def _snippet_urls(app, model):
    return [
        reverse(f"wagtailsnippets_{app}_{model}:list"),
        reverse(f"wagtailsnippets_{app}_{model}:list_results"),
    ]


def _chooser_urls(app, model):
    ns = f"wagtailsnippetchoosers_{app}_{model}"
    return [reverse(f"{ns}:choose"), reverse(f"{ns}:choose_results")]


@pytest.fixture
def admin_client_(client, superuser):
    client.force_login(superuser)
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("app,model", SNIPPETS)
def test_snippet_listings_and_choosers_answer_every_search_term(admin_client_, app, model):
    urls = _snippet_urls(app, model)
    if model != "searchsynonym":
        urls += _chooser_urls(app, model)
    for url in urls:
        for term in TERMS:
            for extra in ({}, {"locale": "cs"}, {"locale": "en"}):
                response = _get(admin_client_, url, term, **extra)
                assert response.status_code == 200, (url, term, extra, response.status_code)


@pytest.mark.django_db
@pytest.mark.parametrize("name", OTHER_LISTINGS)
def test_other_admin_listings_answer_every_search_term(admin_client_, name):
    url = reverse(name)
    for term in TERMS:
        response = _get(admin_client_, url, term)
        assert response.status_code == 200, (url, term, response.status_code)


def _chooser_titles(client, app, model, **params):
    url = reverse(f"wagtailsnippetchoosers_{app}_{model}:choose_results")
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_legal_reference_chooser_forgives_missing_diacritics_and_keeps_to_the_locale(
    admin_client_,
):
    czech = LegalReference.objects.filter(locale__language_code="cs").first()
    english = LegalReference.objects.get(
        translation_key=czech.translation_key, locale__language_code="en"
    )
    word = max(czech.short_title.split(), key=len)
    from kb.folding import fold

    html = _chooser_titles(admin_client_, "taxonomy", "legalreference", q=fold(word), locale="cs")
    assert czech.short_title in html
    assert english.short_title not in html or english.short_title == czech.short_title


@pytest.mark.django_db
def test_service_listing_finds_intervention_centre_without_accents(admin_client_):
    service = Service.objects.filter(locale__language_code="cs", name__icontains="interven").first()
    assert service is not None
    url = reverse("wagtailsnippets_services_service:list_results")
    response = admin_client_.get(url, {"q": "intervencni", "locale": "cs"})
    assert response.status_code == 200
    assert service.name in response.content.decode()


@pytest.mark.django_db
def test_topic_listing_matches_word_starts_and_codes(admin_client_):
    topic = Topic.objects.get(code="expulsion", locale__language_code="cs")
    url = reverse("wagtailsnippets_taxonomy_topic:list_results")
    for term in ("vyk", "VYKAZ", "expulsion"):
        response = admin_client_.get(url, {"q": term, "locale": "cs"})
        assert topic.name in response.content.decode(), term
