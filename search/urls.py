"""The professionals' search page; kb/urls.py mounts these at /search/ and /en/search/."""

from django.urls import path

from . import public_views

app_name = "search"

urlpatterns = [
    path("", public_views.search_page, name="page"),
    path("autocomplete/", public_views.autocomplete_view, name="autocomplete"),
    path("opened/", public_views.result_opened, name="opened"),
]
