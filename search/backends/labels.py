"""Human labels for facet codes, in the request's language."""

import threading
import time

from django.conf import settings
from django.utils import translation

from kb.languages import content_languages
from kb.taxonomy.models import Audience, Region, Topic

from ..models import ResultKind

_cache: dict[str, tuple[float, dict[str, dict[str, str]]]] = {}
_lock = threading.Lock()


def facet_labels(locale: str) -> dict[str, dict[str, str]]:
    """Held per process for SEARCH_FACET_LABELS_SECONDS: a search does not read the taxonomy
    tables every time (a renamed topic shows within that time)."""
    now = time.monotonic()
    with _lock:
        held = _cache.get(locale)
    if held and now - held[0] < settings.SEARCH_FACET_LABELS_SECONDS:
        return held[1]
    labels = _read(locale)
    with _lock:
        _cache[locale] = (now, labels)
    return labels


def _read(locale: str) -> dict[str, dict[str, str]]:
    def names(model: type[Topic | Audience | Region]) -> dict[str, str]:
        return dict(model.objects.filter(locale__language_code=locale).values_list("code", "name"))

    with translation.override(locale):
        return {
            "topic": names(Topic),
            "audience": names(Audience),
            "region": names(Region),
            "page_type": {kind.value: str(kind.label) for kind in ResultKind},
            "locale": dict(content_languages()),
        }
