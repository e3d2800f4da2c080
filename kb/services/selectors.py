"""Reads of the services directory."""

from django.db.models import QuerySet
from wagtail.models import Locale

from .models import Service, ServiceCategory


def emergency_services(*, locale: Locale) -> QuerySet[Service]:
    """Emergency numbers and nonstop helplines, emergency numbers first."""
    return (
        Service.objects.filter(locale=locale, is_active=True)
        .filter(category__in=[ServiceCategory.EMERGENCY, ServiceCategory.HELPLINE])
        .prefetch_related("phones")
        .order_by("category", "name")
    )
