"""How people ask: the questions and phrasings editors list for a page or a service, one per
line ("muzu ho vyhodit z bytu", "can the police make my husband leave").

They are indexed with a strong weight, so what they may contain is checked here, in one place
(the page and service fields' validator and the demo loader): plain text, at most
``MAX_PHRASINGS`` of at most ``MAX_LENGTH`` characters, each once, and nothing that identifies a
person — no phone number, e-mail address or name. Misspellings and missing diacritics are fine:
people type that way, and the search engine deals with it."""

import re
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

MAX_LENGTH = 200
MAX_PHRASINGS = 30

# Six or more digits, possibly grouped by spaces or dashes and after a "+": "+420 777 123 456",
# "608-123-456". Short codes stay allowed ("158", "112"); so do act numbers ("273/2008") and
# dates ("1.5.2024"), whose digit groups are split by "/" or ".".
PHONE = re.compile(r"\+?\d(?:[ \t\-]?\d){5,}")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
NOT_PLAIN = re.compile(r"<[^>]*>|https?://|www\.", re.IGNORECASE)
# A name: two capitalised words in a row that do not start the phrasing ("muj muz Jan Novak"),
# or a form of address before a capitalised word ("pani Novakova", "Mrs Smith"). Words that
# are capitalised for other reasons (places, institutions) are allowed (KNOWN_CAPITALISED);
# all-capital abbreviations (OSPOD, IC) are not names.
CAPITALISED = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+"
WORD = re.compile(r"[^\W\d_]+")
ADDRESS = re.compile(
    rf"\b(?:pan|pana|panu|pane|panem|pani|paní|slecna|slečna|mr|mrs|ms|miss)\.?\s+{CAPITALISED}\b",
    re.IGNORECASE,
)
_KNOWN_CAPITALISED = """
    czech republic czechia cesko česko ceska česká republika praha prague prahy praze brno
    brne brně ostrava ostrave ostravě plzen plzeň plzni olomouc liberec europe europa evropa
    eu english anglicky ukrainian ukrajinsky ukrajina ukraine slovak slovensko slovakia
    vietnamese vietnamsky russian rusky police policie policii intervention centre center
    intervencni intervenční centrum centra office court soud soudu okresni okresní ospod
    google facebook whatsapp messenger christmas vanoce vánoce monday tuesday wednesday
    thursday friday saturday sunday january february march april may june july august
    september october november december i
"""
KNOWN_CAPITALISED = frozenset(_KNOWN_CAPITALISED.split())


def split(text: str | None) -> list[str]:
    """The phrasings of a field's text: one per line, blank lines dropped, spaces tidied."""
    lines = (" ".join(line.split()) for line in (text or "").splitlines())
    return [line for line in lines if line]


def _name_like(phrasing: str) -> bool:
    if ADDRESS.search(phrasing):
        return True
    words = [m.group() for m in WORD.finditer(phrasing)]
    for first, second in zip(words[1:], words[2:], strict=False):
        pair = (first, second)
        if all(re.fullmatch(CAPITALISED, w) and w.lower() not in KNOWN_CAPITALISED for w in pair):
            return True
    return False


def problem(phrasing: str) -> str | None:
    """Why ``phrasing`` cannot be listed, or None."""
    if len(phrasing) > MAX_LENGTH:
        return str(
            _("“%(phrasing)s” is longer than %(max)d characters.")
            % {"phrasing": phrasing[:40] + "…", "max": MAX_LENGTH}
        )
    if NOT_PLAIN.search(phrasing):
        return str(_("“%(phrasing)s”: plain text only, no HTML or links.") % {"phrasing": phrasing})
    if EMAIL.search(phrasing):
        return str(_("“%(phrasing)s” contains an e-mail address.") % {"phrasing": phrasing})
    if PHONE.search(phrasing):
        return str(_("“%(phrasing)s” contains a phone number.") % {"phrasing": phrasing})
    if _name_like(phrasing):
        return str(
            _("“%(phrasing)s” looks like it contains a name; write it without names.")
            % {"phrasing": phrasing}
        )
    return None


def problems(phrasings: list[str]) -> list[str]:
    """Every reason the list cannot be saved (each names the phrasing), or none."""
    found = []
    if len(phrasings) > MAX_PHRASINGS:
        found.append(
            str(
                _("At most %(max)d phrasings (there are %(count)d).")
                % {"max": MAX_PHRASINGS, "count": len(phrasings)}
            )
        )
    seen: set[str] = set()
    for phrasing in phrasings:
        reason = problem(phrasing)
        if reason:
            found.append(reason)
        key = phrasing.casefold()
        if key in seen:
            found.append(str(_("“%(phrasing)s” is listed twice.") % {"phrasing": phrasing}))
        seen.add(key)
    return found


def validate_phrasings(text: str) -> None:
    """The validator of a page's or service's "How people ask" field (one per line)."""
    found = problems(split(text))
    if found:
        raise ValidationError(found)


def asked_as_field(**kwargs: Any) -> models.TextField:
    """The "How people ask" field of pages and services (one phrasing per line)."""
    return models.TextField(
        _("how people ask"),
        blank=True,
        validators=[validate_phrasings],
        help_text=_(
            "The questions and phrasings people use for this, one per line, as they would "
            "type them (colloquial, without diacritics is fine): at most 30, each up to 200 "
            "characters, without names, phone numbers or e-mails. Search finds it by them."
        ),
        **kwargs,
    )
