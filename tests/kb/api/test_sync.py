"""Mirroring content without webhooks (issue 10, points 13, 15 and 17): pages changed since
a time, pages that left the caller's view, locale fallback and list orders."""

import datetime

from django.utils import timezone

from kb.guidance.models import KnowledgePage
from tests.support.pages import publish

from .conftest import error_codes

RIGHTS_CS = "prava-ohrozene-osoby-pri-vykazani"
RIGHTS_EN = "rights-of-the-endangered-person-during-expulsion"
UPDATED = """query($since: DateTime) { pages(updatedSince: $since, first: 50) {
  totalCount edges { node { slug } } } }"""
DELETIONS = """query($since: DateTime!) { deletions(since: $since) {
  totalCount edges { node { id databaseId translationKey locale reason occurredAt } } } }"""


def test_updated_since_lists_only_pages_published_after(gql):
    since = timezone.now()
    assert gql.data(UPDATED, {"since": since.isoformat()})["pages"]["totalCount"] == 0
    publish("postup-pri-vykazani", summary="Nové shrnutí.")
    changed = gql.data(UPDATED, {"since": since.isoformat()})["pages"]
    assert [e["node"]["slug"] for e in changed["edges"]] == ["postup-pri-vykazani"]
    everything = gql.data(UPDATED, {"since": None})["pages"]["totalCount"]
    assert everything > 1


def test_deletions_since_lists_unpublished_deleted_and_restricted_pages(gql, public_key):
    since = (timezone.now() - datetime.timedelta(seconds=1)).isoformat()
    assert gql.data(DELETIONS, {"since": since})["deletions"]["totalCount"] == 0
    KnowledgePage.objects.get(slug="postup-pri-vykazani").specific.unpublish()
    restricted = publish(RIGHTS_CS, visibility="professionals")
    KnowledgePage.objects.get(slug=RIGHTS_EN).delete()
    gone = gql.data(DELETIONS, {"since": since})["deletions"]
    reasons = {e["node"]["databaseId"]: e["node"]["reason"] for e in gone["edges"]}
    assert sorted(reasons.values()) == ["DELETED", "RESTRICTED", "UNPUBLISHED"]
    assert reasons[restricted.pk] == "RESTRICTED"
    # A professional key can still read the restricted page: it is not gone for it.
    from kb.api.keys import api_key_create

    _key, professional = api_key_create(name="Police", scope="professional")
    response = gql.post(DELETIONS, {"since": since}, key=professional).json()
    seen = {e["node"]["reason"] for e in response["data"]["deletions"]["edges"]}
    assert seen == {"DELETED", "UNPUBLISHED"}


def test_a_public_key_never_hears_of_professionals_only_pages_leaving(gql):
    since = (timezone.now() - datetime.timedelta(seconds=1)).isoformat()
    KnowledgePage.objects.get(slug="statistika-vykazani").specific.unpublish()
    assert gql.data(DELETIONS, {"since": since})["deletions"]["totalCount"] == 0


def test_fallback_returns_the_page_in_its_own_language_marked_as_such(gql):
    KnowledgePage.objects.filter(slug=RIGHTS_EN).update(live=False)
    czech = str(KnowledgePage.objects.get(slug=RIGHTS_CS).pk)
    query = """query($id: ID, $fallback: Boolean) {
      page(id: $id, locale: EN, fallback: $fallback) { slug locale isFallback } }"""
    assert gql.data(query, {"id": czech}) == {"page": None}
    page = gql.data(query, {"id": czech, "fallback": True})["page"]
    assert page == {"slug": RIGHTS_CS, "locale": "cs", "isFallback": True}
    KnowledgePage.objects.filter(slug=RIGHTS_EN).update(live=True)
    page = gql.data(query, {"id": czech, "fallback": True})["page"]
    assert page == {"slug": RIGHTS_EN, "locale": "en", "isFallback": False}


def test_pages_can_be_ordered_by_title_and_dates(gql):
    def listed(order):
        query = """query($o: PageOrder) { pages(order: $o, first: 50) {
          edges { node { title lastReviewed lastPublishedAt } } } }"""
        return [e["node"] for e in gql.data(query, {"o": order})["pages"]["edges"]]

    titles = [n["title"] for n in listed("TITLE")]
    assert titles == sorted(titles, key=str.casefold) or titles == sorted(titles)
    assert [n["title"] for n in listed("TITLE_DESC")] == titles[::-1] or len(set(titles)) < len(
        titles
    )
    reviewed = [n["lastReviewed"] for n in listed("LAST_REVIEWED_DESC")]
    assert reviewed == sorted(reviewed, reverse=True)
    published = [n["lastPublishedAt"] for n in listed("LAST_PUBLISHED")]
    assert published == sorted(published)
    assert error_codes(gql.post('{ pages(order: "title") { totalCount } }').json())
