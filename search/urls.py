"""The professionals' search page; kb/urls.py mounts these at /search/ and /en/search/."""

from django.urls import path

from . import staff_views

app_name = "search"

urlpatterns = [
    path("", staff_views.search_page, name="page"),
    path("autocomplete/", staff_views.autocomplete_view, name="autocomplete"),
]
