"""Static files for production: WhiteNoise's compressed, hashed storage."""

from django.core.files import File
from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """Vendored minified files (GraphiQL) name source maps that their packages do not ship;
    a missing ``.map`` must not stop `collectstatic`, any other missing file still does."""

    def hashed_name(
        self, name: str, content: File | None = None, filename: str | None = None
    ) -> str:
        try:
            return super().hashed_name(name, content, filename)
        except ValueError:
            if name.split("?", 1)[0].endswith(".map"):
                return name
            raise
