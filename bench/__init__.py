"""Benchmarks and the corpus generator (bench/README.md). Importing a module here changes
nothing: each script sets Django up in its ``main()`` (bench/django_setup.py)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
