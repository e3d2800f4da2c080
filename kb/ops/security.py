"""Login throttling and Content-Security-Policy helpers."""

import base64
import hashlib
import re
from typing import Any

from axes.backends import AxesStandaloneBackend
from csp.middleware import CSPMiddleware as BaseCSPMiddleware
from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.http import HttpRequest, HttpResponse, HttpResponseBase

INLINE_SCRIPT = re.compile(rb"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", re.S | re.I)


def client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "")


def inline_script_hashes(html: bytes) -> list[str]:
    """'sha256-…' sources for the inline scripts of a page (JSON data blocks included:
    browsers ignore them, hashing them is harmless)."""
    return sorted(
        {
            "'sha256-" + base64.b64encode(hashlib.sha256(body).digest()).decode() + "'"
            for body in INLINE_SCRIPT.findall(html)
            if body.strip()
        }
    )


class CSPMiddleware(BaseCSPMiddleware):
    """django-csp's middleware, plus: Wagtail's admin and GraphiQL contain inline scripts
    that carry no nonce; their exact contents are allowed by hash (never 'unsafe-inline' for
    scripts). The admin also needs inline styles; GraphiQL its CDN, on /graphql/ only."""

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> Any:
        parts = super().get_policy_parts(request, response, report_only)
        path = request.path_info
        is_admin = path.startswith("/admin/")
        is_graphiql = path.startswith("/graphql")
        if not (is_admin or is_graphiql):
            return parts
        update = dict(parts.update or {})
        # Not a streaming response: only a complete body can be hashed.
        if "text/html" in response.get("Content-Type", "") and isinstance(response, HttpResponse):
            hashes = inline_script_hashes(response.content)
            if hashes:
                update["script-src"] = [*update.get("script-src", []), *hashes]
        if is_admin:
            update["style-src"] = ["'unsafe-inline'"]
            update["img-src"] = ["blob:"]
        if is_graphiql:
            origins = settings.KB_CSP_GRAPHIQL_ORIGINS
            update["script-src"] = [*update.get("script-src", []), *origins]
            update["style-src"] = [*origins, "'unsafe-inline'"]
        parts.update = update
        return parts


class AxesBackend(AxesStandaloneBackend):
    """django-axes' backend for sign-ins over HTTP. Authentication without a request (a
    management command, the test client's login()) is not a guessable login form; axes
    would refuse it outright, so it is left to the next backend."""

    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> AbstractBaseUser | None:
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)
