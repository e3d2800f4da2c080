"""Enumerations readers see (labels in both languages: locale/cs/LC_MESSAGES/django.po)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ServiceCategory(models.TextChoices):
    EMERGENCY = "emergency", _("Emergency number")
    HELPLINE = "helpline", _("Helpline")
    INTERVENTION_CENTRE = "intervention-centre", _("Intervention centre")
    COUNSELLING = "counselling", _("Counselling")
    SHELTER = "shelter", _("Shelter")
    CHILD_PROTECTION = "child-protection", _("Child protection")
    LEGAL = "legal", _("Legal help")
    FINANCIAL = "financial", _("Financial help")


class PhoneKind(models.TextChoices):
    VOICE = "voice", _("Phone")
    HELPLINE = "helpline", _("Helpline")
    EMERGENCY = "emergency", _("Emergency number")
    SMS = "sms", _("Text message")
