from kb.taxonomy.models import Audience, Region, Topic

from ..core.locale import locale_code
from .selectors import terms_in_locale


def resolve_topics(_root, info, locale=None):
    return terms_in_locale(model=Topic, locale=locale_code(locale, info))


def resolve_audiences(_root, info, locale=None):
    return terms_in_locale(model=Audience, locale=locale_code(locale, info))


def resolve_regions(_root, info, locale=None):
    return terms_in_locale(model=Region, locale=locale_code(locale, info))
