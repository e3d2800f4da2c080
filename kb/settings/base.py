"""Settings shared by every environment. Environment-specific files override these."""

import os
from pathlib import Path
from typing import Any

import dj_database_url

from .env import env_bool, env_list

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("KB_VAR_DIR", BASE_DIR / "var"))


INSTALLED_APPS = [
    "kb.taxonomy",
    "kb.services",
    "kb.guidance",
    "home",
    "search",
    "kb.api",
    "kb.webhooks",
    "kb.demo",
    "graphene_django",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Above LocaleMiddleware: replaces its language headers on API answers.
    "kb.api.middleware.ApiLanguageHeadersMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "kb.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "kb.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Czech is the default locale, English the second one.
LANGUAGE_CODE = "cs"
LANGUAGES = [("cs", "Čeština"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# No auto-created aliases: an untranslated page must not appear in the English tree with
# Czech text. Editors translate explicitly (simple_translation copies parents as needed).
WAGTAILSIMPLETRANSLATION_SYNC_PAGE_TREE = False
TIME_ZONE = "Europe/Prague"
USE_I18N = True
USE_TZ = True

STATIC_ROOT = VAR_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = VAR_DIR / "media"
MEDIA_URL = "/media/"
# Serve uploaded images from MEDIA_ROOT (kb/ops/media.py); off when media has its own URL.
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail's own tasks (reference index, image renditions) run in-process; the search
# index of the knowledge base has its own outbox and indexer (see search/).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

WAGTAIL_SITE_NAME = "Intervenční centrum Praha – znalostní báze"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_WORKFLOW_ENABLED = True
# ASCII slugs for every page: "Bezpečnostní plán" → "bezpecnostni-plan", not a
# percent-encoded URL. Wagtail's admin transliterates as the editor types the title.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_MODERATION_ENABLED = True
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "rtf", "txt", "xlsx"]

# Review dates: pages whose next review is this many days away show in the review report.
KB_REVIEW_WARNING_DAYS = int(os.environ.get("KB_REVIEW_WARNING_DAYS", "30"))
# Never-published pages untouched this long show in the "Abandoned drafts" report.
KB_ABANDONED_DRAFT_DAYS = int(os.environ.get("KB_ABANDONED_DRAFT_DAYS", "14"))

LOGGING: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "kb": {"level": os.environ.get("KB_LOG_LEVEL", "INFO")},
        "search": {"level": os.environ.get("KB_LOG_LEVEL", "INFO")},
        # The engine clients log every 404 (e.g. a missing alias) as a warning.
        "opensearch": {"level": "ERROR"},
        "elasticsearch": {"level": "ERROR"},
    },
}

# --- Search ---
# Empty SEARCH_URL: search answers from the database (fewer features, and says so).
SEARCH_URL = os.environ.get("SEARCH_URL", "")
SEARCH_ENGINE = os.environ.get("SEARCH_ENGINE", "opensearch")  # or "elasticsearch"
# Index names start with this (one index per locale), so several sites can share a cluster.
SEARCH_INDEX_PREFIX = os.environ.get("SEARCH_INDEX_PREFIX", "kb")
# Read timeout of an engine request, in seconds (a slower answer counts as a failure).
SEARCH_TIMEOUT = float(os.environ.get("SEARCH_TIMEOUT", "5"))
# Apply the outbox right after each commit (plus `search_index drain` from cron or a worker).
SEARCH_DRAIN_ON_COMMIT = env_bool("SEARCH_DRAIN_ON_COMMIT", True)
# A dead engine host is noticed after this many seconds (the read timeout is SEARCH_TIMEOUT).
SEARCH_CONNECT_TIMEOUT = float(os.environ.get("SEARCH_CONNECT_TIMEOUT", "0.5"))
# The database fallback's queries scan the stored text: none starts after this many seconds
# of a search, none runs longer on PostgreSQL; then the search answers "nothing found,
# database search timed out".
SEARCH_DATABASE_TIMEOUT = float(os.environ.get("SEARCH_DATABASE_TIMEOUT", "3"))
# After an engine failure, search answers from the database for this many seconds before
# trying the engine again (circuit breaker; one request probes, the others stay on the DB).
# 10 s: searches are back on the engine soon after it recovers; a frozen engine costs each
# process one timed-out probe per period.
SEARCH_BREAKER_COOLDOWN = float(os.environ.get("SEARCH_BREAKER_COOLDOWN", "10"))
# When the engine answers again, apply the changes queued during the outage at once.
SEARCH_DRAIN_ON_RECOVERY = env_bool("SEARCH_DRAIN_ON_RECOVERY", True)
# A background drain after the engine recovers runs in the request's own thread instead
# (tests: a thread would outlive the test's database transaction).
SEARCH_RECOVERY_DRAIN_INLINE = False
# Search analytics rows (masked queries counted per day) are deleted after this many days.
SEARCH_ANALYTICS_RETENTION_DAYS = int(os.environ.get("SEARCH_ANALYTICS_RETENTION_DAYS", "90"))
# Facet labels (taxonomy names) are read once per process for this long.
SEARCH_FACET_LABELS_SECONDS = float(os.environ.get("SEARCH_FACET_LABELS_SECONDS", "60"))
# Which queries have editors' promotions is read once per process for this long (an edit in
# the same process applies at once).
SEARCH_PROMOTIONS_SECONDS = float(os.environ.get("SEARCH_PROMOTIONS_SECONDS", "30"))
# Search counts are held per process and written together at most this often.
SEARCH_ANALYTICS_FLUSH_SECONDS = float(os.environ.get("SEARCH_ANALYTICS_FLUSH_SECONDS", "5"))
# The analytics report shows a query only once it was searched on this many different days.
SEARCH_ANALYTICS_MIN_DAYS = int(os.environ.get("SEARCH_ANALYTICS_MIN_DAYS", "3"))

# --- GraphQL API ---
GRAPHENE = {
    "SCHEMA": "kb.api.schema.schema",
    # `python manage.py graphql_schema` rewrites the committed contract.
    "SCHEMA_OUTPUT": str(BASE_DIR / "kb" / "api" / "schema.graphql"),
    "SCHEMA_INDENT": 2,
}
# Rate-limit counters must be shared by every worker process and host: the database
# cache by default (`manage.py createcachetable`), Redis when REDIS_URL is set.
CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
        if os.environ.get("REDIS_URL")
        else {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "kb_cache"}
    ),
    # Wagtail remembers every rendition it hands out; in process memory that costs no
    # query per image (renditions are read in bulk and made when an image is saved).
    "renditions": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "kb-renditions",
        "TIMEOUT": 600,
        "OPTIONS": {"MAX_ENTRIES": 2000},
    },
}
# With the database cache, each process adds its request counts to the shared counter at
# most this often instead of on every request (kb/api/ratelimit.py); 0 writes every request.
KB_API_RATE_LIMIT_SYNC_SECONDS = float(os.environ.get("KB_API_RATE_LIMIT_SYNC_SECONDS", "1"))
KB_API_CORS_ORIGINS = env_list("KB_API_CORS_ORIGINS")  # e.g. https://www.praha.eu
# List fields: items per page when the caller names none, and the most one page may ask for.
KB_API_DEFAULT_PAGE_SIZE = 20
KB_API_MAX_PAGE_SIZE = 50
# Query limits (kb/api/validators, kb/api/views.py): selection depth, estimated cost, aliases, nested lists,
# operations per batch and request body size; a request over any of them is refused.
KB_API_MAX_DEPTH = int(os.environ.get("KB_API_MAX_DEPTH", "12"))
KB_API_MAX_COST = int(os.environ.get("KB_API_MAX_COST", "5000"))
# What one search (or autocomplete) adds to a query's cost: at most four per operation.
KB_API_SEARCH_COST = int(os.environ.get("KB_API_SEARCH_COST", "1000"))
KB_API_MAX_ALIASES = int(os.environ.get("KB_API_MAX_ALIASES", "20"))
KB_API_MAX_LIST_NESTING = 4
KB_API_MAX_BATCH = int(os.environ.get("KB_API_MAX_BATCH", "5"))
KB_API_MAX_BODY_BYTES = int(os.environ.get("KB_API_MAX_BODY_BYTES", "32768"))
# Requests per minute; a key's own limit (set in the admin) wins.
KB_API_RATE_LIMITS = {
    "anonymous": int(os.environ.get("KB_API_RATE_LIMIT_ANONYMOUS", "60")),
    "public": int(os.environ.get("KB_API_RATE_LIMIT_PUBLIC", "600")),
    "professional": int(os.environ.get("KB_API_RATE_LIMIT_PROFESSIONAL", "600")),
}
KB_API_CACHE_MAX_AGE = int(os.environ.get("KB_API_CACHE_MAX_AGE", "60"))  # seconds, GET only
KB_API_PREVIEW_MAX_AGE = 60 * 60  # a preview token lives one hour
# Where partners' links point, e.g. https://kb.example.org; unset: the API request's host.
KB_PUBLIC_BASE_URL = os.environ.get("KB_PUBLIC_BASE_URL", "")

# --- Search page ---
# The reader-facing UI strings (Czech catalog; English is the source language).
LOCALE_PATHS = [BASE_DIR / "locale"]
# Professionals sign in on the site's own page (/login/, /en/login/), not the admin's.
LOGIN_URL = "login"

# --- Runtime: worker schedules, health/metrics, login throttling, CSP (see runtime.py) ---
from .runtime import *  # noqa: E402, F403
from .runtime import with_runtime_apps, with_runtime_middleware  # noqa: E402

INSTALLED_APPS = with_runtime_apps(INSTALLED_APPS)
MIDDLEWARE = with_runtime_middleware(MIDDLEWARE)
