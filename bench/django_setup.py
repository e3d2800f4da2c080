"""Django for the bench scripts, set up by their ``main()`` and never at import."""

import os
import warnings

import django


def setup_django() -> None:
    """The benchmark settings unless DJANGO_SETTINGS_MODULE names others
    (bench/run.sh measures with bench.grapple_settings)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    django.setup()


def quiet_deprecations() -> None:
    """Library deprecation warnings would interleave with the measurements' output."""
    warnings.filterwarnings("ignore", category=DeprecationWarning)
