"""Production: everything comes from the environment, and unsafe combinations refuse to start."""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .env import env_bool, env_list

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

if DEBUG:
    raise ImproperlyConfigured("DEBUG must be off in production (unset DEBUG).")
if not SECRET_KEY or SECRET_KEY.startswith("django-insecure") or len(SECRET_KEY) < 40:
    raise ImproperlyConfigured(
        "SECRET_KEY must be set to a random value of at least 40 characters in production."
    )
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must list the host names this site serves.")
if not os.environ.get("DATABASE_URL"):
    raise ImproperlyConfigured("DATABASE_URL must point at the production database.")

CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

# --- Runtime (issue 12) ---
# Static files straight from gunicorn: compressed (gzip/brotli when available), hashed
# names cached for a year. `manage.py collectstatic` builds them (make serve does).
MIDDLEWARE.insert(  # noqa: F405
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,  # noqa: F405
    "whitenoise.middleware.WhiteNoiseMiddleware",
)
STORAGES["staticfiles"]["BACKEND"] = "kb.ops.storage.StaticFilesStorage"  # noqa: F405
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", str(STATIC_ROOT)))  # noqa: F405
# Load balancers probe over plain HTTP; the HTTPS redirect must not answer them.
SECURE_REDIRECT_EXEMPT = [r"^health/", r"^metrics$"]
# Reuse database connections, but check them first: after a PostgreSQL restart the next
# request reconnects instead of failing.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "60"))  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
# JSON lines on stderr. Our code never logs search text or API keys.
LOGGING["formatters"]["json"] = {"()": "kb.ops.logging.JsonFormatter"}  # noqa: F405
LOGGING["handlers"]["console"]["formatter"] = "json"  # noqa: F405
LOGGING["loggers"]["kb.ops"] = {"level": os.environ.get("KB_LOG_LEVEL", "INFO")}  # noqa: F405
# Django logs every 4xx as a warning with the path (never the query string); keep it.
