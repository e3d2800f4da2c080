"""Sign-in throttling on both login pages, and a strict Content-Security-Policy."""

import re

import pytest
from axes.models import AccessAttempt
from django.test import Client


@pytest.fixture
def user(django_user_model):
    return django_user_model.objects.create_user("worker", "w@example.invalid", "correct-horse-9")


def attempt(client, path, password, username="worker"):
    return client.post(path, {"username": username, "password": password})


@pytest.mark.parametrize("path", ["/login/", "/admin/login/"])
def test_after_five_wrong_passwords_even_the_right_one_is_refused(db, user, path, settings):
    client = Client(HTTP_HOST="localhost", REMOTE_ADDR="192.0.2.10")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, path, "guess").status_code == 200  # the form again, with an error
    locked = attempt(client, path, "guess")
    assert locked.status_code == 429
    assert "Too many failed sign-in attempts" in locked.content.decode()
    right = attempt(client, path, "correct-horse-9")
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session

    # Another address is not locked out by the guesser (user name + address together).
    colleague = Client(HTTP_HOST="localhost", REMOTE_ADDR="192.0.2.99")
    assert attempt(colleague, path, "correct-horse-9").status_code == 302


def test_an_administrator_unlocks_from_the_admin(db, user, superuser):
    client = Client(HTTP_HOST="localhost", REMOTE_ADDR="192.0.2.10")
    for _ in range(5):
        attempt(client, "/login/", "guess")
    assert attempt(client, "/login/", "correct-horse-9").status_code == 429
    lock = AccessAttempt.objects.get(username="worker")

    admin = Client(HTTP_HOST="localhost")
    admin.force_login(superuser)
    listing = admin.get("/admin/login-lockouts/")
    assert listing.status_code == 200 and "worker" in listing.content.decode()
    assert admin.post(f"/admin/login-lockouts/delete/{lock.pk}/").status_code == 302
    assert attempt(client, "/login/", "correct-horse-9").status_code == 302


def csp(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    return {
        part.split()[0]: part.split()[1:] for part in (p.strip() for p in header.split(";")) if part
    }


def test_site_pages_allow_only_own_and_nonced_scripts(db):
    client = Client(HTTP_HOST="localhost")
    for path in ["/", "/search/?q=vykázání", "/login/"]:
        response = client.get(path, follow=True)
        assert response.status_code == 200, path
        policy = csp(response)
        assert policy["default-src"] == ["'self'"]
        assert "'unsafe-inline'" not in policy["script-src"]
        assert "'unsafe-eval'" not in policy["script-src"]
        assert policy["object-src"] == ["'none'"]
        html = response.content.decode()
        inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", html)
        assert all("nonce=" in tag for tag in inline), inline


def test_admin_and_graphiql_inline_scripts_are_allowed_by_hash_only(db, superuser):
    client = Client(HTTP_HOST="localhost")
    client.force_login(superuser)
    admin = client.get("/admin/")
    policy = csp(admin)
    assert "'unsafe-inline'" not in policy["script-src"]
    assert any(source.startswith("'sha256-") for source in policy["script-src"])

    graphiql = client.get("/graphql/", HTTP_ACCEPT="text/html")
    if graphiql.status_code == 200 and b"graphiql" in graphiql.content.lower():
        policy = csp(graphiql)
        assert "https://cdn.jsdelivr.net" in policy["script-src"]
        assert "'unsafe-inline'" not in policy["script-src"]
        assert any(source.startswith("'sha256-") for source in policy["script-src"])
    # The CDN is allowed on /graphql/ only.
    assert "https://cdn.jsdelivr.net" not in csp(client.get("/search/"))["script-src"]
