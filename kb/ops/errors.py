"""The site's answer when a request fails: a lost database connection (PostgreSQL restarting
or failing over) is a 503 with Retry-After, never a 500; anything else is the plain 500
page. Neither page touches the database."""

import sys

from django.http import HttpRequest, HttpResponse
from django.template import loader

from kb.api.errors import RETRY_AFTER_SECONDS, database_unavailable


def server_error(request: HttpRequest) -> HttpResponse:
    if database_unavailable(sys.exc_info()[1]):
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
    return HttpResponse(loader.get_template("500.html").render(), status=500)
