"""Who is calling: an API key from ``Authorization: Bearer <key>``, or nobody. Browser
sessions are ignored on purpose: the endpoint takes cross-site requests without CSRF
tokens, so a logged-in editor's cookie must not unlock anything."""

from django.http import HttpRequest

from kb.guidance.visibility import Viewer

from .errors import UNAUTHENTICATED, RequestRejected
from .keys import api_key_authenticate
from .models import ApiKey


def api_key_from_request(request: HttpRequest) -> ApiKey | None:
    """The caller's active key; None for anonymous calls. A header that is present but
    wrong is refused rather than treated as anonymous, so a partner notices a revoked key."""
    header = request.headers.get("Authorization", "").strip()
    if not header:
        return None
    scheme, _, raw_key = header.partition(" ")
    if scheme.lower() != "bearer" or not raw_key.strip():
        raise RequestRejected(
            UNAUTHENTICATED,
            "Send the API key as `Authorization: Bearer <key>`.",
            headers={"WWW-Authenticate": 'Bearer realm="kb"'},
        )
    key = api_key_authenticate(raw_key.strip())
    if key is None:
        raise RequestRejected(
            UNAUTHENTICATED,
            "The API key is not valid or has been revoked.",
            headers={"WWW-Authenticate": 'Bearer realm="kb", error="invalid_token"'},
        )
    return key


def viewer_for_key(api_key: ApiKey | None) -> Viewer:
    """The API's only visibility decision: which Viewer a key stands for. What a Viewer
    may see is kb.guidance.visibility's business."""
    return api_key.viewer if api_key is not None else Viewer.anonymous()
