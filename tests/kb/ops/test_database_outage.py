"""While the database is unreachable (PostgreSQL restarting), every answer is a clear 503
with Retry-After, for partners (a GraphQL-shaped SERVICE_UNAVAILABLE) and for readers (a
page with the emergency numbers), never a 500 or INTERNAL_SERVER_ERROR."""

import json

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_down(monkeypatch):
    def refuse(*args, **kwargs):
        raise OperationalError("connection to server failed: Connection refused")

    monkeypatch.setattr(BaseDatabaseWrapper, "ensure_connection", refuse)
    monkeypatch.setattr(BaseDatabaseWrapper, "_cursor", refuse)


def test_graphql_answers_503_service_unavailable(client, database_down):
    response = client.post(
        "/graphql/",
        json.dumps({"query": '{ page(urlPath: "/postup-pri-vykazani/") { title } }'}),
        content_type="application/json",
    )
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    body = response.json()
    assert [e["extensions"]["code"] for e in body["errors"]] == ["SERVICE_UNAVAILABLE"]
    assert "Traceback" not in response.content.decode()


def test_a_page_answers_503_with_the_emergency_numbers(client, database_down):
    client.raise_request_exception = False
    response = client.get("/postup-pri-vykazani/")
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert "158" in response.content.decode()
