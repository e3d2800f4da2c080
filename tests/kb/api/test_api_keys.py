"""Creating keys on the command line and revoking them in the admin."""

import hashlib
from io import StringIO

from django.core.management import call_command
from django.urls import reverse

from kb.api.models import ApiKey


def test_create_api_key_prints_the_key_once_and_stores_only_its_hash(gql):
    out, err = StringIO(), StringIO()
    call_command(
        "create_api_key",
        "--name",
        "Police intranet",
        "--scope",
        "professional",
        stdout=out,
        stderr=err,
    )
    raw = out.getvalue().strip()
    key = ApiKey.objects.get(name="Police intranet")
    assert key.scope == "professional"
    assert raw.startswith(f"kb_{key.prefix}_")
    assert key.secret_hash == hashlib.sha256(raw.encode()).hexdigest()
    stored = [str(v) for v in ApiKey.objects.filter(pk=key.pk).values_list().get()]
    assert raw not in stored and raw.split("_", 2)[2] not in "".join(stored)
    assert "shown only now" in err.getvalue()
    assert gql.post("{ topics { code } }", key=raw).status_code == 200


def test_create_api_key_refuses_an_unknown_scope():
    import pytest
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("create_api_key", "--name", "X", "--scope", "admin")


def test_admin_lists_keys_without_secrets_and_cannot_create_them(client, superuser, public_key):
    client.force_login(superuser)
    listing = client.get(reverse("api_keys:index"))
    assert listing.status_code == 200
    assert b"City portal" in listing.content
    assert public_key.encode() not in listing.content
    assert client.get(reverse("api_keys:add")).status_code in (302, 403)


def test_admin_revokes_a_key(client, gql, superuser, public_key):
    client.force_login(superuser)
    key = ApiKey.objects.get(name="City portal")
    response = client.post(
        reverse("api_keys:edit", args=[key.pk]),
        {"name": key.name, "scope": key.scope, "allowed_origins": "", "rate_limit_per_minute": ""},
    )
    assert response.status_code == 302, response.content[:2000]
    key.refresh_from_db()
    assert key.is_active is False
    assert gql.post("{ topics { code } }", key=public_key).status_code == 401
