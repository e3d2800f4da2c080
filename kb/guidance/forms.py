"""The guidance page editor's form: taxonomy choices are limited to the page's own locale, so
a Czech page cannot be classified under an English topic (and vice versa)."""

from wagtail.admin.forms import WagtailAdminPageForm

LOCALISED_CHOICES = ("topics", "audiences", "regions")


class KnowledgePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = getattr(self.instance, "locale_id", None)
        if locale_id is None:
            return
        for name in LOCALISED_CHOICES:
            field = self.fields.get(name)
            if field is not None:
                field.queryset = field.queryset.filter(locale_id=locale_id)
