"""Local development: `make run`. SQLite under var/ unless DATABASE_URL says otherwise."""

import os

from .base import *  # noqa: F403
from .env import env_list

DEBUG = True
# A development-only key; production.py refuses to start with it.
SECRET_KEY = os.environ.get("SECRET_KEY", "django-insecure-dev-only-do-not-use-in-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
