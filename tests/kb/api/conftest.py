import json

import pytest
from django.test import Client
from wagtail.models import Locale

from kb.api.keys import api_key_create
from kb.guidance.models import GuidanceIndexPage, GuidancePage


class GraphQLClient:
    """Sends GraphQL the way a partner does and returns the decoded answer."""

    def __init__(self):
        self.http = Client(HTTP_HOST="localhost")

    def post(self, query, variables=None, *, key=None, **headers):
        if key:
            headers["HTTP_AUTHORIZATION"] = f"Bearer {key}"
        body = {"query": query}
        if variables is not None:
            body["variables"] = variables
        return self.http.post(
            "/graphql/", json.dumps(body), content_type="application/json", **headers
        )

    def get(self, query, variables=None, *, key=None, **headers):
        if key:
            headers["HTTP_AUTHORIZATION"] = f"Bearer {key}"
        params = {"query": query}
        if variables is not None:
            params["variables"] = json.dumps(variables)
        return self.http.get("/graphql/", params, HTTP_ACCEPT="application/json", **headers)

    def data(self, query, variables=None, *, key=None):
        """The ``data`` of a successful answer; fails the test on any error."""
        response = self.post(query, variables, key=key)
        body = response.json()
        assert response.status_code == 200, body
        assert "errors" not in body, body["errors"]
        return body["data"]


@pytest.fixture(autouse=True)
def fresh_document_cache():
    """Each test reads its documents afresh (some replace the rules the reading uses)."""
    from kb.api.documents import valid_documents

    valid_documents.clear()
    yield
    valid_documents.clear()


@pytest.fixture
def gql(db):
    return GraphQLClient()


@pytest.fixture
def public_key(db):
    return api_key_create(name="City portal", scope="public")[1]


@pytest.fixture
def professional_key(db):
    return api_key_create(name="Police intranet", scope="professional")[1]


def error_codes(body) -> list[str]:
    return [error["extensions"]["code"] for error in body.get("errors", [])]


@pytest.fixture
def make_page(db):
    """A guidance page in the first Czech section, published unless ``live=False``."""

    def make(title, body, *, visibility="public", live=True, slug=None):
        section = GuidanceIndexPage.objects.filter(
            locale=Locale.objects.get(language_code="cs")
        ).first()
        page = GuidancePage(
            title=title,
            slug=slug or title.lower().replace(" ", "-"),
            summary=f"Shrnutí: {title}",
            body=json.dumps(body),
            visibility=visibility,
            live=live,
        )
        section.add_child(instance=page)
        revision = page.save_revision()
        if live:
            revision.publish()
        return page

    return make
