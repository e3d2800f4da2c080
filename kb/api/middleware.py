"""Language headers of API answers. Django's LocaleMiddleware adds ``Vary: Accept-Language``
and ``Content-Language`` (the negotiated UI language) to every response; an API answer
depends only on its ``locale`` arguments, so a CDN would keep one copy per browser
language and label English answers Czech. This middleware sits above LocaleMiddleware and
puts the API view's own ``Content-Language`` (``kb_content_language``) in their place."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.cache import cc_delim_re


class ApiLanguageHeadersMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        language = getattr(response, "kb_content_language", None)
        if language is None:
            return response  # not an API answer
        if response.has_header("Vary"):
            kept = [
                v for v in cc_delim_re.split(response["Vary"]) if v.lower() != "accept-language"
            ]
            response["Vary"] = ", ".join(kept)
            if not kept:
                del response["Vary"]
        if language:
            response["Content-Language"] = language
        elif response.has_header("Content-Language"):
            del response["Content-Language"]
        return response
