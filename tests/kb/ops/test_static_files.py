"""`make serve` runs collectstatic with the production storage: every static file the app
ships (vendored GraphiQL included) must survive hashing and compression."""

import pytest
from django.core.management import call_command
from django.test import override_settings

pytestmark = pytest.mark.slow


def test_collectstatic_with_the_production_storage_succeeds(tmp_path, settings):
    storages = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "kb.ops.storage.StaticFilesStorage"},
    }
    with override_settings(STATIC_ROOT=tmp_path, STORAGES=storages):
        call_command("collectstatic", interactive=False, verbosity=0)
    manifest = (tmp_path / "staticfiles.json").read_text()
    assert "kb_api/graphiql/graphiql.min.js" in manifest
    assert list(tmp_path.glob("kb_api/graphiql/graphiql.min.*.js.gz"))
