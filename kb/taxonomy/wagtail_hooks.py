from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from kb.admin_search import FoldedSearchSnippetViewSet

from .models import Audience, LegalReference, Region, Topic


class TopicViewSet(FoldedSearchSnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "code", "locale"]


class AudienceViewSet(FoldedSearchSnippetViewSet):
    model = Audience
    icon = "group"
    list_display = ["name", "code", "is_professional", "locale"]
    list_filter = ["is_professional"]


class RegionViewSet(FoldedSearchSnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "code", "locale"]


class LegalReferenceViewSet(FoldedSearchSnippetViewSet):
    model = LegalReference
    icon = "doc-full"
    menu_label = _("Legal references")
    list_display = ["short_title", "citation", "current_as_of", "needs_verification", "locale"]
    list_filter = ["needs_verification", "act_year"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "tag"
    menu_order = 300
    items = (TopicViewSet, AudienceViewSet, RegionViewSet, LegalReferenceViewSet)


register_snippet(TaxonomyGroup)
