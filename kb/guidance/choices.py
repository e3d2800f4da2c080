from django.db import models
from django.utils.translation import gettext_lazy as _


class Actor(models.TextChoices):
    POLICE = "police", _("Police")
    INTERVENTION_CENTRE = "intervention-centre", _("Intervention centre")
    COURT = "court", _("Court")
    OSPOD = "ospod", _("Child-protection authority (OSPOD)")
    ENDANGERED_PERSON = "endangered-person", _("Endangered person")
    EXPELLED_PERSON = "expelled-person", _("Expelled person")


class TimeUnit(models.TextChoices):
    HOURS = "hours", _("hours")
    DAYS = "days", _("days")
    WEEKS = "weeks", _("weeks")
    MONTHS = "months", _("months")


class Counting(models.TextChoices):
    MOMENT = "moment", _("from the exact moment")
    CALENDAR = "calendar", _("by calendar days (the day of the event does not count)")


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public")
    PROFESSIONALS = "professionals", _("Professionals only")


class PageType(models.TextChoices):
    """Kinds of knowledge page; each page class names its own (``page_type``)."""

    GUIDANCE = "guidance", _("Guidance")
    PROCEDURE = "procedure", _("Procedure")
