from kb.taxonomy.models import Audience, Region, Topic

from ..core.locale import locale_code
from .selectors import terms_in_locale


def resolve_topics(_root, _info, locale=None):
    return terms_in_locale(model=Topic, locale=locale_code(locale))


def resolve_audiences(_root, _info, locale=None):
    return terms_in_locale(model=Audience, locale=locale_code(locale))


def resolve_regions(_root, _info, locale=None):
    return terms_in_locale(model=Region, locale=locale_code(locale))
