"""Images from MEDIA_ROOT for `make serve` (production without a separate web server).

Only image files are served here: originals and renditions, which Wagtail treats as public
(an image has no view restriction). Documents are never served from /media/: they go
through Wagtail's document view (/documents/<id>/<name>), which applies collection privacy,
so a professionals-only PDF cannot be fetched by guessing its file name. With
``SERVE_MEDIA`` off (e.g. media on S3 behind its own URL) this route is not installed."""

import posixpath

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest
from django.views.static import serve

# Wagtail's upload folders for images (wagtail.images: original_images/, images/).
IMAGE_FOLDERS = ("original_images/", "images/")
# A rendition's file name changes with its source and filter: safe to keep for a day.
CACHE_SECONDS = 86400


def image(request: HttpRequest, path: str) -> FileResponse:
    # "images/../documents/x.pdf" is not an image: the folder is checked on the normal form.
    if ".." in path.split("/") or not posixpath.normpath(path).startswith(IMAGE_FOLDERS):
        raise Http404("Not an image.")
    response: FileResponse = serve(request, path, document_root=str(settings.MEDIA_ROOT))
    response["Cache-Control"] = f"public, max-age={CACHE_SECONDS}"
    response["X-Content-Type-Options"] = "nosniff"
    return response
