"""The content languages, read from settings: ``WAGTAIL_CONTENT_LANGUAGES`` (which is
``LANGUAGES``) lists them, ``LANGUAGE_CODE`` is the default."""

from django.conf import settings

DEFAULT_LANGUAGE: str = settings.LANGUAGE_CODE


def content_languages() -> list[tuple[str, str]]:
    """``(code, name)`` pairs, the name in its own language (e.g. 'Čeština')."""
    return list(settings.WAGTAIL_CONTENT_LANGUAGES)


def language_codes() -> list[str]:
    return [code for code, _name in content_languages()]
