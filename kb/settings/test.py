"""Test settings: DATABASE_URL points at the PostgreSQL server `make test` provisions;
without it the suite falls back to SQLite (fast unit runs)."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "django-insecure-test-only"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
SEARCH_ANALYTICS_FLUSH_SECONDS = 0  # tests read the counts right after each search
SEARCH_FACET_LABELS_SECONDS = 0  # tests rename taxonomy and search right after
SEARCH_PROMOTIONS_SECONDS = 0  # tests change promotions and search right after
SEARCH_DATABASE_TIMEOUT = 60.0  # a cold start on a loaded CI machine; budget tests override it
