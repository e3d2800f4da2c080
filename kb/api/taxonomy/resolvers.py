from typing import Any

from django.db.models import QuerySet
from graphql import GraphQLResolveInfo

from kb.taxonomy.models import Audience, Region, Topic

from ..core.locale import locale_code
from .selectors import terms_in_locale


def resolve_topics(_root: Any, info: GraphQLResolveInfo, locale: Any = None) -> QuerySet:
    return terms_in_locale(model=Topic, locale=locale_code(locale, info))


def resolve_audiences(_root: Any, info: GraphQLResolveInfo, locale: Any = None) -> QuerySet:
    return terms_in_locale(model=Audience, locale=locale_code(locale, info))


def resolve_regions(_root: Any, info: GraphQLResolveInfo, locale: Any = None) -> QuerySet:
    return terms_in_locale(model=Region, locale=locale_code(locale, info))
