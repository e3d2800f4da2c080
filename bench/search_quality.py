"""Relevance and latency of the knowledge base's search against Wagtail's stock search
(modelsearch's Elasticsearch 7 backend, same node, same pages) and against our own database
fallback, on the judged set in bench/judged.py (Czech and English; professionals' terms, lay
words, questions, typos, no diacritics, inflected forms), per category: hit@1, hit@3, MRR,
nDCG@10, queries with no result, median latency.

Run with `make bench` (starts a node, builds both indices, prints the table)."""

import math
import os
import statistics
import sys
import time
from collections import defaultdict

import django

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
django.setup()

from django.test import override_settings  # noqa: E402

from bench.judged import JUDGED  # noqa: E402
from kb.guidance.models import KnowledgePage  # noqa: E402
from search.query import search  # noqa: E402
from search.types import SearchRequest  # noqa: E402

REPEATS = int(os.environ.get("BENCH_REPEATS", "3"))
SYSTEMS = ("ours", "stock", "database")
ALLOWED: dict[str, set[int]] = {}


def ours(query, locale):
    result = search(SearchRequest(query=query, locale=locale, limit=10, record_analytics=False))
    return [h.id for h in result.hits if h.kind == "page"]


def database(query, locale):
    with override_settings(SEARCH_URL=""):
        return ours(query, locale)


def stock(query, locale):
    # The stock backend cannot filter on the locale relation; keep its ranking and drop
    # other locales and professionals-only pages afterwards (this only helps the peer).
    results = KnowledgePage.objects.live().search(query, backend="stock")[:60]
    return [p.pk for p in results if p.pk in ALLOWED[locale]][:10]


def measure(fn, query, locale):
    fn(query, locale)  # warm
    timings = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        ids = fn(query, locale)
        timings.append((time.perf_counter() - start) * 1000)
    return ids, statistics.median(timings)


def scores(ids: list[int], relevant: list[int]) -> dict[str, float]:
    """hit@1, hit@3, reciprocal rank and nDCG@10; the first listed page gains 2, others 1."""
    gains = {pk: (2 if i == 0 else 1) for i, pk in reversed(list(enumerate(relevant)))}
    rank = next((i + 1 for i, pk in enumerate(ids) if pk in gains), None)
    dcg = sum(gains.get(pk, 0) / math.log2(i + 2) for i, pk in enumerate(ids[:10]))
    ideal = sorted(gains.values(), reverse=True)[:10]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return {
        "hit@1": float(rank == 1),
        "hit@3": float(rank is not None and rank <= 3),
        "MRR": 1 / rank if rank else 0.0,
        "nDCG@10": dcg / idcg if idcg else 0.0,
        "zero": float(not ids),
    }


def main():
    for locale in ("cs", "en"):
        ALLOWED[locale] = set(
            KnowledgePage.objects.live()
            .filter(locale__language_code=locale, visibility="public")
            .values_list("pk", flat=True)
        )
    slugs = {
        (code, slug): pk
        for code, slug, pk in KnowledgePage.objects.values_list(
            "locale__language_code", "slug", "pk"
        )
    }
    table = defaultdict(lambda: defaultdict(list))  # (system, category) → metric → values
    misses = []
    fns = {"ours": ours, "stock": stock, "database": database}
    for category, locale, query, pages in JUDGED:
        relevant = [slugs[(locale, slug)] for slug in pages]
        for name in SYSTEMS:
            ids, ms = measure(fns[name], query, locale)
            row = scores(ids, relevant)
            row["ms"] = ms
            for key in (category, "ALL"):
                for metric, value in row.items():
                    table[(name, key)][metric].append(value)
            if name == "ours" and not row["hit@3"]:
                misses.append((category, query, ids[:3], relevant))
    categories = list(dict.fromkeys(c for c, *_ in JUDGED)) + ["ALL"]
    metrics = ("hit@1", "hit@3", "MRR", "nDCG@10")
    print(f"{len(JUDGED)} judged queries, anonymous caller, top 10")
    print(f"{'category':17} {'n':>3}  " + "  ".join(f"{s:^31}" for s in SYSTEMS))
    print(
        f"{'':17} {'':>3}  "
        + "  ".join(" ".join(f"{m[:5]:>5}" for m in (*metrics, "zero")) for _ in SYSTEMS)
    )
    for category in categories:
        cells = []
        for name in SYSTEMS:
            values = table[(name, category)]
            cells.append(
                " ".join(f"{statistics.mean(values[m]):5.2f}" for m in metrics)
                + f" {int(sum(values['zero'])):5d}"
            )
        n = len(table[("ours", category)]["MRR"])
        print(f"{category:17} {n:>3}  " + "  ".join(cells))
    print()
    for name in SYSTEMS:
        ms = table[(name, "ALL")]["ms"]
        print(f"{name:9} median latency {statistics.median(ms):6.1f} ms")
    if misses:
        print("\nours: not in the top 3")
        for category, query, got, want in misses:
            print(f"  [{category}] {query!r}: got {got}, want {want}")


if __name__ == "__main__":
    main()
