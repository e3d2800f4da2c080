"""Who sees what: anonymous callers and public keys see public live pages; professional
keys add professionals-only pages; nobody gets drafts; bad keys get 401."""

import pytest
from django.utils import timezone

from kb.api.keys import api_key_create
from kb.api.models import ApiKey
from kb.guidance.models import KnowledgePage

from .conftest import error_codes

PRO_CS = "statistika-vykazani"  # live, professionals only
DRAFT_CS = "definice-domaciho-nasili-obcansky-zakonik"  # public draft
PRO_DRAFT_CS = "novela-2025-pracovni-poznamky"  # professionals-only draft

PAGE_BY_ID = "query($id: ID!) { page(id: $id) { id title isProfessionalsOnly } }"
ALL_SLUGS = """query($l: String) { pages(locale: $l, first: 50) { totalCount
    edges { node { slug translations { locale } } } } }"""


def page_id(slug):
    return str(KnowledgePage.objects.get(slug=slug).pk)


def slugs(data):
    return {edge["node"]["slug"] for edge in data["pages"]["edges"]}


def test_anonymous_and_public_key_see_the_same_public_pages(gql, public_key):
    anonymous = gql.data(ALL_SLUGS)
    keyed = gql.data(ALL_SLUGS, key=public_key)
    assert anonymous == keyed
    assert anonymous["pages"]["totalCount"] == 32  # 37 live Czech pages, 5 for professionals
    assert PRO_CS not in slugs(anonymous)


def test_professional_key_also_sees_professionals_only_pages(gql, professional_key):
    data = gql.data(ALL_SLUGS, key=professional_key)
    assert data["pages"]["totalCount"] == 37
    assert PRO_CS in slugs(data)


@pytest.mark.parametrize("who", ["anonymous", "public"])
def test_professionals_only_page_is_null_without_professional_scope(gql, public_key, who):
    key = public_key if who == "public" else None
    assert gql.data(PAGE_BY_ID, {"id": page_id(PRO_CS)}, key=key) == {"page": None}


def test_professional_key_reads_a_professionals_only_page(gql, professional_key):
    data = gql.data(PAGE_BY_ID, {"id": page_id(PRO_CS)}, key=professional_key)
    assert data["page"]["isProfessionalsOnly"] is True


@pytest.mark.parametrize("slug", [DRAFT_CS, PRO_DRAFT_CS])
def test_drafts_are_never_served_even_to_professional_keys(gql, professional_key, slug):
    assert gql.data(PAGE_BY_ID, {"id": page_id(slug)}, key=professional_key) == {"page": None}
    data = gql.data(ALL_SLUGS, key=professional_key)
    assert slug not in slugs(data)
    path = KnowledgePage.objects.get(slug=slug).url_path.split("/", 2)[2]
    by_path = gql.data(
        "query($p: String) { page(urlPath: $p) { id } }", {"p": "/" + path}, key=professional_key
    )
    assert by_path == {"page": None}


def test_translations_list_only_versions_the_caller_may_see(gql, professional_key):
    english = KnowledgePage.objects.get(slug="expulsion-procedure")
    czech = KnowledgePage.objects.get(slug="postup-pri-vykazani")
    query = "query($id: ID!) { page(id: $id) { translations { id locale } } }"
    variables = {"id": str(english.pk)}
    assert gql.data(query, variables)["page"]["translations"] == [
        {"id": str(czech.pk), "locale": "cs"}
    ]

    KnowledgePage.objects.filter(pk=czech.pk).update(visibility="professionals")
    assert gql.data(query, variables)["page"]["translations"] == []
    assert gql.data(query, variables, key=professional_key)["page"]["translations"] != []

    KnowledgePage.objects.filter(pk=czech.pk).update(live=False)
    assert gql.data(query, variables, key=professional_key)["page"]["translations"] == []


def test_revoked_key_is_refused_with_401(gql):
    key, raw = api_key_create(name="Former partner", scope="professional")
    assert gql.post("{ topics { code } }", key=raw).status_code == 200
    ApiKey.objects.filter(pk=key.pk).update(is_active=False)
    response = gql.post("{ topics { code } }", key=raw)
    assert response.status_code == 401
    assert error_codes(response.json()) == ["UNAUTHENTICATED"]
    assert "data" not in response.json()


@pytest.mark.parametrize(
    "header",
    [
        "Bearer kb_deadbeef_not-a-real-secret",
        "Bearer nonsense",
        "Basic dXNlcjpwYXNz",
        "Bearer ",
    ],
)
def test_invalid_credentials_are_refused_with_401(gql, header):
    response = gql.post("{ topics { code } }", HTTP_AUTHORIZATION=header)
    assert response.status_code == 401
    assert error_codes(response.json()) == ["UNAUTHENTICATED"]


def test_right_prefix_with_wrong_secret_is_refused(gql):
    key, raw = api_key_create(name="Partner", scope="public")
    forged = raw[:-4] + ("AAAA" if not raw.endswith("AAAA") else "BBBB")
    assert gql.post("{ topics { code } }", key=forged).status_code == 401


def test_using_a_key_records_when_it_was_last_used(gql, public_key):
    gql.data("{ topics { code } }", key=public_key)
    key = ApiKey.objects.get(name="City portal")
    assert key.last_used_at is not None
    assert timezone.now() - key.last_used_at < timezone.timedelta(minutes=1)


def test_a_logged_in_editor_session_does_not_unlock_professional_content(gql, superuser):
    gql.http.force_login(superuser)
    assert gql.data(PAGE_BY_ID, {"id": page_id(PRO_CS)}) == {"page": None}
