"""Drafts leave the admin only through a signed, expiring preview token."""

import re

from django.core import signing
from django.urls import reverse

from kb.api.guidance.preview import preview_token_create
from kb.guidance.models import KnowledgePage

from .conftest import error_codes

PREVIEW = """query($id: ID, $t: String) { page(id: $id, previewToken: $t) {
  id title summary body { __typename } } }"""


def draft():
    return KnowledgePage.objects.get(slug="definice-domaciho-nasili-obcansky-zakonik")


def test_editor_gets_a_token_in_the_admin_and_a_partner_reads_the_draft(client, gql, superuser):
    client.force_login(superuser)
    page = draft()
    screen = client.get(reverse("kb_api_preview_token", args=[page.pk]))
    assert screen.status_code == 200
    token = re.search(r'<pre id="preview-token"[^>]*>([^<]+)</pre>', screen.content.decode()).group(
        1
    )
    response = gql.get(PREVIEW, {"id": str(page.pk), "t": token})
    assert response.status_code == 200
    assert response.json()["data"]["page"]["title"] == page.title
    # A draft must never sit in a shared cache.
    assert response["Cache-Control"] == "no-store"
    assert "ETag" not in response


def test_preview_shows_the_latest_unpublished_revision(gql):
    page = KnowledgePage.objects.get(slug="postup-pri-vykazani").specific
    page.summary = "Rozpracované shrnutí."
    page.save_revision()
    token = preview_token_create(page=page)
    live = gql.data(PREVIEW, {"id": str(page.pk)})["page"]
    previewed = gql.data(PREVIEW, {"id": str(page.pk), "t": token})["page"]
    assert live["summary"] != "Rozpracované shrnutí."
    assert previewed["summary"] == "Rozpracované shrnutí."


def test_bad_expired_or_foreign_tokens_are_refused(gql, settings):
    page = draft()
    other = KnowledgePage.objects.get(slug="postup-pri-vykazani")
    forged = signing.dumps({"page": page.pk}, salt="something else")
    for token, page_id in (
        (forged, page.pk),
        ("garbage", page.pk),
        (preview_token_create(page=other), page.pk),
    ):
        body = gql.post(PREVIEW, {"id": str(page_id), "t": token}).json()
        assert error_codes(body) == ["INVALID_PREVIEW_TOKEN"]
        assert body["data"] == {"page": None}
    settings.KB_API_PREVIEW_MAX_AGE = -1
    expired = gql.post(PREVIEW, {"id": str(page.pk), "t": preview_token_create(page=page)}).json()
    assert error_codes(expired) == ["INVALID_PREVIEW_TOKEN"]
    assert "expired" in expired["errors"][0]["message"]


def test_editors_without_edit_rights_get_no_token(client, make_user):
    client.force_login(make_user("reader"))
    response = client.get(reverse("kb_api_preview_token", args=[draft().pk]))
    assert response.status_code in (302, 403)


def test_page_editor_links_to_the_preview_token(client, superuser):
    client.force_login(superuser)
    page = draft()
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    assert reverse("kb_api_preview_token", args=[page.pk]) in response.content.decode()
