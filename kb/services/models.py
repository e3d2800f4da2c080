"""Follow-up services directory, shaped after Open Referral HSDS 3.0:
organization → service → phones, locations, schedules, service areas, eligibility, cost."""

import datetime
from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, RevisionMixin, TranslatableMixin
from wagtail.search import index

from kb.guidance.lemmas import FoldedSearchText
from kb.guidance.phrasings import asked_as_field, split

from .fields import LanguageListField


class Organization(TranslatableMixin, FoldedSearchText, index.Indexed, models.Model):
    code = models.SlugField(
        max_length=64, help_text=_("Stable identifier across languages."), verbose_name=_("code")
    )
    name = models.CharField(max_length=200, verbose_name=_("name"))
    description = models.TextField(blank=True, verbose_name=_("description"))
    website = models.URLField(blank=True, verbose_name=_("website"))
    email = models.EmailField(blank=True, verbose_name=_("e-mail"))
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("description"),
        FieldPanel("website"),
        FieldPanel("email"),
        FieldPanel("logo"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        index.FilterField("locale"),
    ]
    folded_search_fields = ("name", "code", "description")

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_org_code_locale")
        ]

    def __str__(self) -> str:
        return self.name


class ServiceCategory(models.TextChoices):
    EMERGENCY = "emergency", _("Emergency number")
    HELPLINE = "helpline", _("Helpline")
    INTERVENTION_CENTRE = "intervention-centre", _("Intervention centre")
    COUNSELLING = "counselling", _("Counselling")
    SHELTER = "shelter", _("Shelter")
    CHILD_PROTECTION = "child-protection", _("Child protection")
    LEGAL = "legal", _("Legal help")
    FINANCIAL = "financial", _("Financial help")


class Service(  # type: ignore[django-manager-missing]
    TranslatableMixin, RevisionMixin, FoldedSearchText, index.Indexed, ClusterableModel
):
    code = models.SlugField(
        max_length=64, help_text=_("Stable identifier across languages."), verbose_name=_("code")
    )
    organization = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        related_name="services",
        verbose_name=_("organisation"),
    )
    name = models.CharField(max_length=200, verbose_name=_("name"))
    category = models.CharField(
        max_length=32, choices=ServiceCategory.choices, verbose_name=_("category")
    )
    description = models.TextField(verbose_name=_("description"))
    asked_as = asked_as_field()
    url = models.URLField(blank=True, verbose_name=_("website"))
    email = models.EmailField(blank=True, verbose_name=_("e-mail"))
    is_nonstop = models.BooleanField(_("nonstop (24/7)"), default=False)

    eligibility_description = models.TextField(_("who it is for"), blank=True)
    minimum_age = models.PositiveSmallIntegerField(
        null=True, blank=True, verbose_name=_("minimum age")
    )
    maximum_age = models.PositiveSmallIntegerField(
        null=True, blank=True, verbose_name=_("maximum age")
    )
    is_free = models.BooleanField(_("free of charge"), default=True)
    fees_description = models.CharField(_("cost"), max_length=255, blank=True)
    languages = LanguageListField(_("languages"), default=list, blank=True)

    service_areas = ParentalManyToManyField(
        "taxonomy.Region", blank=True, related_name="services", verbose_name=_("service area")
    )
    topics = ParentalManyToManyField(
        "taxonomy.Topic", blank=True, related_name="services", verbose_name=_("topics")
    )
    audiences = ParentalManyToManyField(
        "taxonomy.Audience", blank=True, related_name="services", verbose_name=_("audiences")
    )

    last_verified = models.DateField(
        _("last verified"), help_text=_("When the contact details were last checked.")
    )
    needs_verification = models.BooleanField(
        _("needs verification"),
        default=False,
        help_text=_("Tick when a number or address could not be confirmed."),
    )
    is_active = models.BooleanField(_("active"), default=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("code"),
                FieldPanel("organization"),
                FieldPanel("category"),
                FieldPanel("description"),
                FieldPanel("asked_as"),
            ],
            heading=_("Service"),
        ),
        InlinePanel("phones", heading=_("Phones"), label=_("phone")),
        MultiFieldPanel([FieldPanel("url"), FieldPanel("email")], heading=_("Online contact")),
        InlinePanel("locations", heading=_("Locations"), label=_("location")),
        FieldPanel("is_nonstop"),
        InlinePanel("schedules", heading=_("Opening hours"), label=_("opening hours")),
        MultiFieldPanel(
            [
                FieldPanel("eligibility_description"),
                FieldRowPanel([FieldPanel("minimum_age"), FieldPanel("maximum_age")]),
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("fees_description")]),
                FieldPanel("languages"),
            ],
            heading=_("Eligibility and cost"),
        ),
        MultiFieldPanel(
            [FieldPanel("service_areas"), FieldPanel("topics"), FieldPanel("audiences")],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("last_verified"),
                FieldPanel("needs_verification"),
                FieldPanel("is_active"),
            ],
            heading=_("Verification"),
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        index.SearchField("asked_as"),
        index.SearchField("eligibility_description"),
        index.FilterField("category"),
        index.FilterField("locale"),
    ]
    folded_search_fields = (
        "name",
        "code",
        "description",
        "asked_as",
        "eligibility_description",
    )

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("service")
        verbose_name_plural = _("services")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_service_code_locale")
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def asked_as_list(self) -> list[str]:
        """How people ask for this service, one phrasing each."""
        return split(self.asked_as)

    def search_parts(self, *names: str) -> list[str]:
        """The named parts of what the service is found by (``SEARCH_PARTS``), in the order
        asked: search.schema and the database search pick theirs by name."""
        return [SEARCH_PARTS[name](self) for name in names]

    def clean(self) -> None:
        super().clean()
        if (
            self.minimum_age is not None
            and self.maximum_age is not None
            and self.minimum_age > self.maximum_age
        ):
            raise ValidationError(
                {"maximum_age": _("The maximum age cannot be lower than the minimum age.")}
            )
        if not self.is_free and not self.fees_description:
            raise ValidationError({"fees_description": _("Say what the service costs.")})

    @property
    def hours_known(self) -> bool:
        return self.is_nonstop or bool(self.schedules.all())

    def is_open_at(self, moment: datetime.datetime) -> bool | None:
        """Open at ``moment`` (local time); None when the opening hours are not known."""
        if self.is_nonstop:
            return True
        schedules = self.schedules.all()
        if not schedules:
            return None
        weekday, time = moment.isoweekday(), moment.time()
        return any(s.weekday == weekday and s.opens_at <= time < s.closes_at for s in schedules)


CZECH_PREFIX = "+420"
CZECH_SUBSCRIBER_DIGITS = 9


class PhoneKind(models.TextChoices):
    VOICE = "voice", _("Phone")
    HELPLINE = "helpline", _("Helpline")
    EMERGENCY = "emergency", _("Emergency number")
    SMS = "sms", _("Text message")


class Phone(Orderable):
    service = ParentalKey(
        Service, on_delete=models.CASCADE, related_name="phones", verbose_name=_("service")
    )
    number = models.CharField(
        max_length=40,
        help_text=_("As dialled in the Czech Republic, e.g. 116 006."),
        verbose_name=_("number"),
    )
    kind = models.CharField(
        max_length=16, choices=PhoneKind.choices, default=PhoneKind.VOICE, verbose_name=_("kind")
    )
    description = models.CharField(max_length=200, blank=True, verbose_name=_("description"))
    is_nonstop = models.BooleanField(_("nonstop"), default=False)
    is_free = models.BooleanField(_("free call"), default=False)

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("kind")]),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("is_nonstop"), FieldPanel("is_free")]),
    ]

    def __str__(self) -> str:
        return self.number

    @property
    def tel_uri(self) -> str:
        """An RFC 3966 link. Czech subscriber numbers (9 digits) get +420 so the link dials
        from a phone set to another country too; short codes (158, 116 006) stay as they
        are, as they work only without it."""
        digits = "".join(ch for ch in self.number if ch.isdigit() or ch == "+")
        if digits.startswith("00"):
            digits = "+" + digits[2:]
        if not digits.startswith("+") and len(digits) == CZECH_SUBSCRIBER_DIGITS:
            digits = CZECH_PREFIX + digits
        return "tel:" + digits

    def clean(self) -> None:
        super().clean()
        if not any(ch.isdigit() for ch in self.number or ""):
            raise ValidationError({"number": _("A phone number needs digits.")})


class Location(Orderable):
    service = ParentalKey(
        Service, on_delete=models.CASCADE, related_name="locations", verbose_name=_("service")
    )
    name = models.CharField(max_length=200, blank=True, verbose_name=_("name"))
    address = models.CharField(max_length=200, verbose_name=_("address"))
    city = models.CharField(max_length=100, verbose_name=_("city"))
    postal_code = models.CharField(max_length=12, blank=True, verbose_name=_("postal code"))
    latitude = models.DecimalField(
        max_digits=9, decimal_places=6, null=True, blank=True, verbose_name=_("latitude")
    )
    longitude = models.DecimalField(
        max_digits=9, decimal_places=6, null=True, blank=True, verbose_name=_("longitude")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("postal_code"), FieldPanel("city")]),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
    ]

    def __str__(self) -> str:
        return ", ".join(part for part in (self.address, self.postal_code, self.city) if part)


# What a service is found by, each part once (search reads them through Service.search_parts;
# phones and locations come from the prefetched rows when the caller prefetched them).
SEARCH_PARTS: dict[str, Callable[[Service], str]] = {
    "name": lambda service: service.name,
    "description": lambda service: service.description,
    "asked_as": lambda service: "\n".join(service.asked_as_list),
    "organization": lambda service: service.organization.name,
    "eligibility": lambda service: service.eligibility_description,
    "fees": lambda service: service.fees_description,
    "phones": lambda service: " ".join(f"{p.number} {p.description}" for p in service.phones.all()),
    "locations": lambda service: " ".join(str(location) for location in service.locations.all()),
}


class Weekday(models.IntegerChoices):
    MONDAY = 1, _("Monday")
    TUESDAY = 2, _("Tuesday")
    WEDNESDAY = 3, _("Wednesday")
    THURSDAY = 4, _("Thursday")
    FRIDAY = 5, _("Friday")
    SATURDAY = 6, _("Saturday")
    SUNDAY = 7, _("Sunday")


class Schedule(Orderable):
    service = ParentalKey(
        Service, on_delete=models.CASCADE, related_name="schedules", verbose_name=_("service")
    )
    weekday = models.PositiveSmallIntegerField(choices=Weekday.choices, verbose_name=_("day"))
    opens_at = models.TimeField(verbose_name=_("opens at"))
    closes_at = models.TimeField(verbose_name=_("closes at"))

    panels = [
        FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens_at"), FieldPanel("closes_at")])
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {self.opens_at:%H:%M}–{self.closes_at:%H:%M}"

    def clean(self) -> None:
        super().clean()
        if self.opens_at and self.closes_at and self.opens_at >= self.closes_at:
            raise ValidationError({"closes_at": _("Closing time must be after opening time.")})
