"""Topics, audiences, regions and legal references: reusable snippets shared by pages and
services. Each is translatable; ``code`` is the stable identifier across locales that
partner sites filter by."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import RevisionMixin, TranslatableMixin
from wagtail.search import index

from kb.guidance.lemmas import FoldedSearchText


class TaxonomyTerm(TranslatableMixin, FoldedSearchText, index.Indexed, models.Model):
    code = models.SlugField(
        max_length=64,
        help_text=_("Stable identifier, the same in every language (e.g. 'expulsion')."),
        verbose_name=_("code"),
    )
    name = models.CharField(max_length=120, verbose_name=_("name"))

    panels = [FieldPanel("name"), FieldPanel("code")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("code"),
        index.FilterField("locale"),
    ]
    folded_search_fields = ("name", "code", "description")

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Topic(TaxonomyTerm):
    description = models.TextField(blank=True, verbose_name=_("description"))

    panels = TaxonomyTerm.panels + [FieldPanel("description")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_topic_code_locale")
        ]


class Audience(TaxonomyTerm):
    is_professional = models.BooleanField(
        default=False,
        help_text=_("A profession (police, OSPOD, court …) rather than the endangered person."),
        verbose_name=_("profession"),
    )

    panels = TaxonomyTerm.panels + [FieldPanel("is_professional")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_audience_code_locale")
        ]


class Region(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_region_code_locale")
        ]


class LegalReference(
    TranslatableMixin, RevisionMixin, FoldedSearchText, index.Indexed, models.Model
):
    """A provision of Czech law, e.g. Act No. 273/2008 Coll., § 44–47."""

    act_number = models.PositiveIntegerField(_("act number"), help_text=_("e.g. 273"))
    act_year = models.PositiveSmallIntegerField(_("year"), help_text=_("e.g. 2008"))
    section = models.CharField(
        _("section"),
        max_length=60,
        blank=True,
        help_text=_("e.g. § 44–47; empty for the whole act"),
    )
    short_title = models.CharField(_("short title"), max_length=200)
    official_url = models.URLField(_("official link"), blank=True)
    current_as_of = models.DateField(
        _("current as of"),
        help_text=_("The date of the wording this reference was checked against."),
    )
    needs_verification = models.BooleanField(
        _("needs verification"),
        default=False,
        help_text=_("Tick when the provision has not been checked against the consolidated act."),
    )

    panels = [
        FieldPanel("short_title"),
        FieldPanel("act_number"),
        FieldPanel("act_year"),
        FieldPanel("section"),
        FieldPanel("official_url"),
        FieldPanel("current_as_of"),
        FieldPanel("needs_verification"),
    ]
    search_fields = [
        index.SearchField("short_title"),
        index.SearchField("section"),
        index.FilterField("act_number"),
        index.FilterField("act_year"),
        index.FilterField("locale"),
    ]
    folded_search_fields = ("citation", "short_title")

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("legal reference")
        verbose_name_plural = _("legal references")
        ordering = ["act_year", "act_number", "section"]

    def __str__(self) -> str:
        return f"{self.citation} – {self.short_title}"

    @property
    def act(self) -> str:
        return f"{self.act_number}/{self.act_year} Sb."

    @property
    def citation(self) -> str:
        return f"{self.act}, {self.section}" if self.section else self.act

    def clean(self) -> None:
        super().clean()
        if self.act_year and not 1918 <= self.act_year <= 2100:
            raise ValidationError(
                {"act_year": _("Enter the year the act was published, e.g. 2008.")}
            )
