"""Human labels for facet codes, in the request's language."""

from django.utils import translation

from kb.languages import content_languages
from kb.taxonomy.models import Audience, Region, Topic

from ..models import ResultKind


def facet_labels(locale: str) -> dict[str, dict[str, str]]:
    def names(model):
        return dict(model.objects.filter(locale__language_code=locale).values_list("code", "name"))

    with translation.override(locale):
        return {
            "topic": names(Topic),
            "audience": names(Audience),
            "region": names(Region),
            "page_type": {kind.value: str(kind.label) for kind in ResultKind},
            "locale": dict(content_languages()),
        }
