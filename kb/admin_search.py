"""Snippet listings and choosers that search the folded ``search_text`` (kb.guidance.lemmas) instead
of Wagtail's search backend: no 500s for fields the backend does not know, no engine needed,
and missing diacritics are forgiven. Choosers keep Wagtail's locale filter, which the page
editor sets to the page's locale."""

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm, LocaleFilterMixin
from wagtail.snippets.views import chooser
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from kb.guidance.lemmas import folded_search


class FoldedIndexView(IndexView):
    def search_queryset(self, queryset: QuerySet) -> QuerySet:
        if not self.is_searching:
            return queryset
        return folded_search(queryset, self.search_query)


class FoldedSearchFilterMixin(forms.Form):
    q = forms.CharField(
        label=_("Search term"),
        widget=forms.TextInput(attrs={"placeholder": _("Search")}),
        required=False,
    )

    def filter(self, objects: QuerySet) -> QuerySet:
        objects = super().filter(objects)  # type: ignore[misc]  # mixed into BaseFilterForm
        query = self.cleaned_data.get("q")
        if query:
            objects = folded_search(objects, query)
            self.is_searching = True
            self.search_query = query
        return objects


class FoldedChooseMixin:
    def get_filter_form_class(self) -> type:
        bases = [FoldedSearchFilterMixin, BaseFilterForm]
        if self.i18n_enabled:  # type: ignore[attr-defined]  # mixed into a chooser view
            bases.insert(0, LocaleFilterMixin)
        return type("FoldedFilterForm", tuple(bases), {})


class FoldedChooseView(FoldedChooseMixin, chooser.ChooseView):
    pass


class FoldedChooseResultsView(FoldedChooseMixin, chooser.ChooseResultsView):
    pass


class FoldedChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = FoldedChooseView
    choose_results_view_class = FoldedChooseResultsView


class FoldedSearchSnippetViewSet(SnippetViewSet):
    """A snippet viewset whose listing and chooser search ``search_text``."""

    index_view_class = FoldedIndexView
    chooser_viewset_class = FoldedChooserViewSet
