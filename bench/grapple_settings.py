"""The benchmark settings plus wagtail-grapple (in requirements.lock: `make install`) at
/grapple/graphql/, for the page-delivery comparison in bench/measure.py only."""

from bench.settings import *  # noqa: F403

INSTALLED_APPS = [  # noqa: F405
    *INSTALLED_APPS,  # noqa: F405
    "bench.grapple_support",
    "grapple",
    "wagtail_headless_preview",
]
GRAPPLE = {"APPS": ["guidance"], "EXPOSE_GRAPHIQL": False}
ROOT_URLCONF = "bench.grapple_urls"
