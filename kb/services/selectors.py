"""Reads of the services directory."""

import datetime
from collections.abc import Iterable

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from wagtail.models import Locale

from .models import Schedule, Service, ServiceCategory

# A service whose area is the whole country serves every region in it.
NATIONWIDE_REGION = "cz"


def regions_served(codes: Iterable[str]) -> set[str]:
    """The service-area codes that serve any of ``codes``: the regions and the country."""
    codes = set(codes)
    return codes | {NATIONWIDE_REGION} if codes else codes


def hours_known() -> Q:
    """Services whose opening hours are known: nonstop, or with a schedule."""
    return Q(is_nonstop=True) | Q(Exists(Schedule.objects.filter(service=OuterRef("pk"))))


def open_at(moment: datetime.datetime) -> Q:
    """Services open at ``moment`` (local time): nonstop, or a schedule covering it.
    The same rule as ``Service.is_open_at``, in SQL so lists can filter and count."""
    local = timezone.localtime(moment)
    covering = Schedule.objects.filter(
        service=OuterRef("pk"),
        weekday=local.isoweekday(),
        opens_at__lte=local.time(),
        closes_at__gt=local.time(),
    )
    return Q(is_nonstop=True) | Q(Exists(covering))


def closed_at(moment: datetime.datetime) -> Q:
    """Services known to be closed at ``moment``; those with unknown hours are neither."""
    return hours_known() & ~open_at(moment)


def emergency_services(*, locale: Locale) -> QuerySet[Service]:
    """Emergency numbers and nonstop helplines, emergency numbers first."""
    return (
        Service.objects.filter(locale=locale, is_active=True)
        .filter(category__in=[ServiceCategory.EMERGENCY, ServiceCategory.HELPLINE])
        .prefetch_related("phones")
        .order_by("category", "name")
    )
