from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from kb.guidance.models import KnowledgePage

from .guidance.preview import preview_token_create


def preview_token(request: HttpRequest, page_id: int) -> HttpResponse:
    """A preview token for a page the editor may edit (drafts included)."""
    page = get_object_or_404(KnowledgePage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return render(
        request,
        "kb_api/preview_token.html",
        {
            "page": page,
            "token": preview_token_create(page=page),
            "hours": settings.KB_API_PREVIEW_MAX_AGE // 3600,
            "endpoint": request.build_absolute_uri(reverse("graphql")),
        },
    )
