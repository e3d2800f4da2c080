"""Sign-in for professionals: members of the Professionals group see professionals-only
pages and search results; nobody else ever does (kb.guidance.visibility decides)."""

from django.contrib.auth import views as auth_views
from django.urls import reverse


class ProfessionalLoginView(auth_views.LoginView):
    # A signed-in user who is not a professional is sent here by professionals-only pages;
    # redirecting them back would loop, so they get the form (and a note) instead.
    template_name = "registration/login.html"
    redirect_authenticated_user = False

    def get_default_redirect_url(self) -> str:
        if self.next_page:
            return super().get_default_redirect_url()
        return reverse("search:page")


class ProfessionalLogoutView(auth_views.LogoutView):
    def get_default_redirect_url(self) -> str:
        return reverse("search:page")
