from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Audience, LegalReference, Region, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "code", "locale"]
    search_fields = ["name", "code"]


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    list_display = ["name", "code", "is_professional", "locale"]
    list_filter = ["is_professional"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "code", "locale"]


class LegalReferenceViewSet(SnippetViewSet):
    model = LegalReference
    icon = "doc-full"
    menu_label = _("Legal references")
    list_display = ["short_title", "citation", "current_as_of", "needs_verification", "locale"]
    list_filter = ["needs_verification", "act_year"]
    search_fields = ["short_title", "section"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomy")
    menu_icon = "tag"
    menu_order = 300
    items = (TopicViewSet, AudienceViewSet, RegionViewSet, LegalReferenceViewSet)


register_snippet(TaxonomyGroup)
