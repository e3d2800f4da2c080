"""Professionals' sign-in and sign-out; kb/urls.py mounts these in both languages."""

from django.urls import path

from .views import ProfessionalLoginView, ProfessionalLogoutView

urlpatterns = [
    path("login/", ProfessionalLoginView.as_view(), name="login"),
    path("logout/", ProfessionalLogoutView.as_view(), name="logout"),
]
