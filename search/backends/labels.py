"""Human labels for facet codes, in the request's language."""

from django.utils import translation

from kb.taxonomy.models import Audience, Region, Topic

PAGE_TYPE_LABELS = {
    "cs": {"guidance": "Průvodce", "procedure": "Postup", "service": "Služba"},
    "en": {"guidance": "Guidance", "procedure": "Procedure", "service": "Service"},
}
LOCALE_LABELS = {"cs": "Čeština", "en": "English"}


def facet_labels(locale: str) -> dict[str, dict[str, str]]:
    def names(model):
        return dict(model.objects.filter(locale__language_code=locale).values_list("code", "name"))

    with translation.override(locale):
        return {
            "topic": names(Topic),
            "audience": names(Audience),
            "region": names(Region),
            "page_type": PAGE_TYPE_LABELS.get(locale, PAGE_TYPE_LABELS["en"]),
            "locale": LOCALE_LABELS,
        }
