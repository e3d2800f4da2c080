from typing import Any

from django import forms
from django.db import models

LANGUAGE_CHOICES = [
    ("cs", "čeština / Czech"),
    ("en", "angličtina / English"),
    ("sk", "slovenština / Slovak"),
    ("uk", "ukrajinština / Ukrainian"),
    ("ru", "ruština / Russian"),
    ("vi", "vietnamština / Vietnamese"),
    ("de", "němčina / German"),
]


class LanguageListField(models.JSONField):
    """A list of ISO 639-1 codes, edited as checkboxes in the admin."""

    def formfield(self, *args: Any, **kwargs: Any) -> forms.Field:
        return forms.MultipleChoiceField(
            choices=LANGUAGE_CHOICES,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name.capitalize(),
            help_text=self.help_text,
        )
