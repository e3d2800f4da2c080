"""Plain text of guidance pages, per field, for search documents and the database fallback."""

import unicodedata
from html import unescape

from django.utils.html import strip_tags

from .choices import Actor, TimeUnit


def fold(text: str) -> str:
    """Lower-case and strip diacritics: 'Vykázání' → 'vykazani'."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def html_to_text(html) -> str:
    source = getattr(html, "source", html) or ""
    return " ".join(unescape(strip_tags(str(source).replace("<", " <"))).split())


def _join(*parts) -> str:
    return " ".join(p for p in parts if p)


def body_text(stream) -> str:
    chunks = []
    for block in stream or []:
        value, kind = block.value, block.block_type
        if kind == "text":
            chunks.append(html_to_text(value))
        elif kind == "callout":
            chunks.append(_join(value.get("title"), html_to_text(value.get("text"))))
        elif kind == "steps":
            chunks.extend(
                _join(item.get("title"), html_to_text(item.get("text"))) for item in value
            )
        elif kind == "faq":
            chunks.append(_join(value.get("question"), html_to_text(value.get("answer"))))
        elif kind == "contact" and value.get("service"):
            # The name only: the service's own document carries its phones and address.
            chunks.append(value["service"].name)
    return "\n".join(c for c in chunks if c)


def legal_text(page) -> str:
    """Citations and titles of every legal reference on the page (body and steps)."""
    refs = []
    for block in page.body or []:
        if block.block_type == "legal_reference" and block.value.get("reference"):
            ref = block.value["reference"]
            refs.append(_join(ref.citation, ref.short_title, block.value.get("note")))
    for step in step_values(page):
        refs.extend(
            _join(ref.citation, ref.short_title) for ref in step.get("legal_basis") or [] if ref
        )
    return "\n".join(dict.fromkeys(refs))


def step_values(page) -> list:
    steps = getattr(page, "steps", None)
    return [b.value for b in steps or [] if b.block_type == "step"]


def time_limit_text(limit) -> str:
    if not limit or not limit.get("amount"):
        return ""
    unit = TimeUnit(limit["unit"]).label if limit.get("unit") in TimeUnit.values else ""
    return _join(str(limit["amount"]), str(unit), limit.get("starts_from"))


def steps_text(page) -> str:
    lines = []
    for step in step_values(page):
        actor = Actor(step["actor"]).label if step.get("actor") in Actor.values else ""
        lines.append(
            _join(
                str(actor),
                step.get("title"),
                time_limit_text(step.get("time_limit")),
                html_to_text(step.get("text")),
            )
        )
    return "\n".join(lines)


def page_fields(page) -> dict[str, str]:
    return {
        "title": page.title,
        "summary": page.summary or "",
        "steps": steps_text(page),
        "legal": legal_text(page),
        "body": body_text(page.body),
    }
