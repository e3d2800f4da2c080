"""Production settings refuse unsafe configurations at start-up."""

import os
import subprocess
import sys

SAFE = {
    "SECRET_KEY": "x" * 50,
    "ALLOWED_HOSTS": "kb.example.org",
    "DATABASE_URL": "postgres://kb@127.0.0.1:5432/kb",
}


def _load(env):
    clean = {k: v for k, v in os.environ.items() if k not in SAFE and k != "DEBUG"}
    clean.update(env, DJANGO_SETTINGS_MODULE="kb.settings.production")
    code = "from django.conf import settings; settings.DEBUG; print(settings.SECURE_HSTS_SECONDS, settings.SESSION_COOKIE_SECURE)"
    return subprocess.run([sys.executable, "-c", code], env=clean, capture_output=True, text=True)


def test_safe_configuration_starts_with_security_headers():
    result = _load(SAFE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["31536000", "True"]


def test_default_secret_is_refused():
    result = _load({**SAFE, "SECRET_KEY": "django-insecure-dev-only-do-not-use-in-production"})
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_debug_is_refused():
    result = _load({**SAFE, "DEBUG": "1"})
    assert result.returncode != 0
    assert "DEBUG must be off" in result.stderr


def test_missing_hosts_are_refused():
    result = _load({**SAFE, "ALLOWED_HOSTS": ""})
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr
