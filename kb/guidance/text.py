"""Plain text from stored HTML, shared by search and the API (accent folding lives in
kb.folding)."""

from html import unescape

from django.utils.html import strip_tags


def html_to_text(html: object) -> str:
    source = getattr(html, "source", html) or ""
    return " ".join(unescape(strip_tags(str(source).replace("<", " <"))).split())
