"""Rich text resolved for one reader, on the site (``site_links``) and for partners
(kb.api). Internal links point at the knowledge base's URL and carry the target's id and
slug (``data-page-id``, ``data-page-slug``) so partners can map them to their own pages. A
link to anything the caller may not see (a draft, a professionals-only page, a deleted
page) keeps its text and loses the link: neither its URL nor its id leaks."""

import re
from collections.abc import Callable
from dataclasses import dataclass

from django.utils.html import escape, strip_tags
from wagtail.rich_text import RichText
from wagtail.rich_text.rewriters import extract_attrs

from kb.guidance.text import html_to_text

FIND_LINK = re.compile(r"<a\b([^>]*)>(.*?)</a>", re.DOTALL)
# Embedded objects (images, media) are not among the features guidance text allows; drop
# any that slipped in rather than hand partners a database reference.
FIND_EMBED = re.compile(r"<embed\b[^>]*>")


@dataclass(frozen=True)
class LinkTarget:
    id: int
    slug: str
    title: str
    locale: str
    url: str | None
    url_path: str | None


@dataclass(frozen=True)
class Link:
    text: str
    url: str
    target: LinkTarget | None = None  # None for an external link


class PartnerRichText(RichText):
    """Wagtail's rich text value, resolved for one viewer: ``source`` is the final HTML
    (no database reference left, so rendering it in a block template costs no query) and
    ``links`` lists its links in order."""

    def __init__(self, html: str, links: list[Link]):
        super().__init__(html)
        self.links = links

    @property
    def text(self) -> str:
        return plain_text(self.source)


# Elements that end a line of plain text: paragraphs, headings, list items, line breaks.
BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|ul|ol|blockquote|div)\s*>|<br\s*/?>", re.IGNORECASE)


def plain_text(html: str) -> str:
    """Rich text as plain text: one line per paragraph, heading or list item, so blocks
    never run together ("…expel" / "A police officer…"); inline markup adds no space."""
    lines = (html_to_text(strip_tags(part)) for part in BLOCK_END.split(html or ""))
    return "\n".join(line for line in lines if line)


def page_link_ids(html: str) -> set[int]:
    ids = set()
    for attrs, _inner in FIND_LINK.findall(html or ""):
        parsed = extract_attrs(attrs)
        if parsed.get("linktype") == "page" and parsed.get("id", "").isdigit():
            ids.add(int(parsed["id"]))
    return ids


def resolve(source: str, *, target_for: Callable[[int], LinkTarget | None]) -> PartnerRichText:
    """``target_for(page_id)`` answers the target the caller may see, or None."""
    links: list[Link] = []

    def rewrite(match: re.Match) -> str:
        attrs, inner = extract_attrs(match.group(1)), match.group(2)
        linktype = attrs.get("linktype")
        if linktype is None and attrs.get("href"):
            links.append(Link(text=html_to_text(inner), url=attrs["href"]))
            return f'<a href="{escape(attrs["href"])}">{inner}</a>'
        target = None
        if linktype == "page" and attrs.get("id", "").isdigit():
            target = target_for(int(attrs["id"]))
        if target is None or not target.url:
            return inner
        links.append(Link(text=html_to_text(inner), url=target.url, target=target))
        return (
            f'<a href="{escape(target.url)}" data-page-id="{target.id}" '
            f'data-page-slug="{escape(target.slug)}">{inner}</a>'
        )

    html = FIND_LINK.sub(rewrite, FIND_EMBED.sub("", source or ""))
    return PartnerRichText(html, links)
