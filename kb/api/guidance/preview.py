"""Signed, expiring preview tokens: the one way a draft leaves the admin. An editor who may
edit a page gets a token for it; whoever holds the token can read that page's latest draft
until the token expires, and nothing else."""

from django.conf import settings
from django.core import signing

from kb.guidance.models import KnowledgePage

from ..errors import INVALID_PREVIEW_TOKEN, ApiError

SALT = "kb.api.preview"


def preview_token_create(*, page: KnowledgePage) -> str:
    return signing.dumps({"page": page.pk}, salt=SALT, compress=True)


def previewed_page(token: str, *, page_id: int | None = None) -> KnowledgePage:
    """The latest draft of the page the token was made for."""
    try:
        data = signing.loads(token, salt=SALT, max_age=settings.KB_API_PREVIEW_MAX_AGE)
    except signing.SignatureExpired:
        raise ApiError(INVALID_PREVIEW_TOKEN, "The preview token has expired.") from None
    except signing.BadSignature:
        raise ApiError(INVALID_PREVIEW_TOKEN, "The preview token is not valid.") from None
    pk = data.get("page") if isinstance(data, dict) else None
    if page_id is not None and str(page_id) != str(pk):
        raise ApiError(INVALID_PREVIEW_TOKEN, "The preview token is for another page.")
    page = KnowledgePage.objects.filter(pk=pk).select_related("locale", "content_owner").first()
    if page is None:
        raise ApiError(INVALID_PREVIEW_TOKEN, "The previewed page no longer exists.")
    return page.specific.get_latest_revision_as_object()
