"""Reads of taxonomy terms for the API."""

from django.db.models import QuerySet

from kb.taxonomy.models import Audience, Region, Topic


def terms_in_locale(*, model: type[Topic | Audience | Region], locale: str) -> QuerySet:
    return model.objects.filter(locale__language_code=locale).select_related("locale")
