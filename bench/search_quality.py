"""Relevance and latency of the knowledge base's search against Wagtail's stock search and
our own database fallback on the judged set (bench/relevance.py), printed per category.

    DATABASE_URL=... SEARCH_URL=<Elasticsearch 7.10.2> python bench/search_quality.py

on the demo content with both indices built (`search_index rebuild`, `update_index --backend
stock`); bench/README.md has the last table."""

import os
import statistics
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bench.relevance import Miss, Table

SYSTEMS = ("ours", "stock", "database")  # as bench.relevance.systems() orders them


def print_table(table: "Table", categories: list[str], judged: int) -> None:
    from bench.relevance import METRICS

    print(f"{judged} judged queries, anonymous caller, top 10")
    print(f"{'category':17} {'n':>3}  " + "  ".join(f"{s:^31}" for s in SYSTEMS))
    print(
        f"{'':17} {'':>3}  "
        + "  ".join(" ".join(f"{m[:5]:>5}" for m in (*METRICS, "zero")) for _ in SYSTEMS)
    )
    for category in categories:
        cells = []
        for name in SYSTEMS:
            values = table[(name, category)]
            cells.append(
                " ".join(f"{statistics.mean(values[m]):5.2f}" for m in METRICS)
                + f" {int(sum(values['zero'])):5d}"
            )
        n = len(table[("ours", category)]["MRR"])
        print(f"{category:17} {n:>3}  " + "  ".join(cells))
    print()
    for name in SYSTEMS:
        ms = table[(name, "ALL")]["ms"]
        print(f"{name:9} median latency {statistics.median(ms):6.1f} ms")


def print_misses(misses: "list[Miss]") -> None:
    if misses:
        print("\nours: not in the top 3")
        for category, query, got, want in misses:
            print(f"  [{category}] {query!r}: got {got}, want {want}")


def main() -> None:
    from bench.django_setup import setup_django

    setup_django()
    from bench.judged import JUDGED
    from bench.relevance import judge

    table, misses = judge(repeats=int(os.environ.get("BENCH_REPEATS", "3")))
    categories = list(dict.fromkeys(c for c, *_ in JUDGED)) + ["ALL"]
    print_table(table, categories, len(JUDGED))
    print_misses(misses)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `bench` is not installed
    main()
