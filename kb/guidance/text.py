"""Plain-text helpers shared by search and the API."""

import unicodedata
from html import unescape

from django.utils.html import strip_tags


def fold(text: str) -> str:
    """Lower-case and strip diacritics: 'Vykázání' → 'vykazani'."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def html_to_text(html) -> str:
    source = getattr(html, "source", html) or ""
    return " ".join(unescape(strip_tags(str(source).replace("<", " <"))).split())
