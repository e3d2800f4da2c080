"""Reads of the services directory for the API: only active services, with every related
row a service's fields need fetched in bulk."""

import datetime
from collections.abc import Iterable

from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone
from wagtail.models import Locale

from kb.services.models import Service
from kb.services.selectors import closed_at, emergency_services, open_at, regions_served
from kb.taxonomy.models import Audience, Region, Topic


def _service_relations() -> tuple[str | Prefetch, ...]:
    return (
        "phones",
        "locations",
        "schedules",
        "organization__logo__renditions",  # the card's logo (renditions made on upload)
        Prefetch("service_areas", queryset=Region.objects.select_related("locale")),
        Prefetch("topics", queryset=Topic.objects.select_related("locale")),
        Prefetch("audiences", queryset=Audience.objects.select_related("locale")),
    )


def service_relations() -> tuple:
    """What a service's fields read, for services loaded elsewhere (e.g. by a contact
    block): pass to ``prefetch_related_objects``."""
    return ("organization__logo", "locale", *_service_relations())


def with_relations(queryset: QuerySet[Service]) -> QuerySet[Service]:
    return queryset.select_related("organization__logo", "locale").prefetch_related(
        *_service_relations()
    )


def service_list(
    *,
    locale: str,
    regions: tuple[str, ...] = (),
    categories: tuple[str, ...] = (),
    audiences: tuple[str, ...] = (),
    languages: tuple[str, ...] = (),
    open_now: bool | None = None,
    now: datetime.datetime | None = None,
) -> QuerySet[Service]:
    services = Service.objects.filter(locale__language_code=locale, is_active=True)
    for relation, codes in (
        ("service_areas", tuple(regions_served(regions))),
        ("audiences", audiences),
    ):
        if codes:
            matching = Service.objects.filter(**{f"{relation}__code__in": codes})
            services = services.filter(pk__in=matching.values("pk"))
    if categories:
        services = services.filter(category__in=categories)
    if languages:
        # A JSON list of codes; any of the asked languages will do. Matching the quoted
        # code in the JSON text works on PostgreSQL and SQLite alike.
        speaks = Q()
        for code in languages:
            speaks |= Q(languages__icontains=f'"{code}"')
        services = services.filter(speaks)
    if open_now is not None:
        moment = now or timezone.now()
        services = services.filter(open_at(moment) if open_now else closed_at(moment))
    return with_relations(services).order_by("name", "pk")


def services_by_id(*, ids: Iterable[int]) -> dict[int, Service]:
    return {s.pk: s for s in with_relations(Service.objects.filter(pk__in=ids, is_active=True))}


def emergency_contacts(*, locale: str) -> QuerySet[Service]:
    found = Locale.objects.filter(language_code=locale).first()
    if found is None:
        return Service.objects.none()
    return with_relations(emergency_services(locale=found))
