"""Relevance and latency of the knowledge base's search against Wagtail's stock search and
our own database fallback on the judged set (bench/relevance.py), printed per category; then
ours' misses (not in the top 3) and what ours puts first for the questions no page answers
(bench/judged.py NO_CONTENT), by slug.

    DATABASE_URL=... SEARCH_URL=<Elasticsearch 7.10.2> python bench/search_quality.py

on the demo content with both indices built (`search_index rebuild`, `update_index --backend
stock`); `make bench` runs it (bench/run.sh) into bench/results/quality.txt; bench/README.md
has the last table."""

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


def print_pooled(table: "Table", label: str, categories: list[str]) -> None:
    """hit@1, hit@3 and MRR of each system pooled over ``categories`` (issue 20's targets on
    the people's side: hit@3 ≥ 0.90 and MRR ≥ 0.85 in every category)."""
    n = sum(len(table[("ours", c)]["MRR"]) for c in categories)
    print(f"\n{label + f' ({n} queries)':33} hit@1 hit@3   MRR  zero")
    for name in SYSTEMS:
        pooled = {
            m: [v for c in categories for v in table[(name, c)][m]]
            for m in ("hit@1", "hit@3", "MRR", "zero")
        }
        print(
            f"  {name:31} "
            + " ".join(f"{statistics.mean(pooled[m]):5.2f}" for m in ("hit@1", "hit@3", "MRR"))
            + f" {int(sum(pooled['zero'])):5d}"
        )


def print_misses(misses: "list[Miss]", slug_of: dict[int, str]) -> None:
    if misses:
        print(f"\nours: not in the top 3 ({len(misses)})")
        for category, query, got, want in misses:
            named = [slug_of.get(pk, str(pk)) for pk in got]
            more = f" (or {len(want) - 1} more)" if len(want) > 1 else ""
            print(f"  [{category}] {query!r}: got {named}, want {slug_of.get(want[0])}{more}")


def print_gaps(slug_of: dict[int, str]) -> None:
    """What ours answers to the questions no page answers (not scored): a gap to fill, and
    whatever comes first must not mislead."""
    from bench.judged import NO_CONTENT
    from bench.relevance import ours

    print(f"\nno page answers these ({len(NO_CONTENT)}, not scored): ours' top 3")
    for topic, locale, query in NO_CONTENT:
        named = [slug_of.get(pk, str(pk)) for pk in ours(query, locale)[:3]]
        print(f"  [{topic}] {query!r}: {named or 'no result'}")


def main() -> None:
    from bench.django_setup import setup_django

    setup_django()
    from bench.judged import JUDGED, PEOPLE
    from bench.relevance import judge, page_ids_by_slug

    table, misses = judge(repeats=int(os.environ.get("BENCH_REPEATS", "3")))
    categories = list(dict.fromkeys(c for c, *_ in JUDGED)) + ["ALL"]
    print_table(table, categories, len(JUDGED))
    people = list(dict.fromkeys(c for c, *_ in PEOPLE))
    print_pooled(table, "first set", [c for c in categories[:-1] if c not in people])
    print_pooled(table, "the people's side", people)
    slug_of = {pk: slug for (_code, slug), pk in page_ids_by_slug().items()}
    print_misses(misses, slug_of)
    print_gaps(slug_of)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `bench` is not installed
    main()
