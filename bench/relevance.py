"""Relevance and latency of the knowledge base's search against Wagtail's stock search
(modelsearch's Elasticsearch 7 backend, same node, same pages) and against our own database
fallback, on the judged set in bench/judged.py (Czech and English; professionals' terms, lay
words, questions, typos, no diacritics, inflected forms), per category: hit@1, hit@3, MRR,
nDCG@10, queries with no result, median latency. bench/search_quality.py prints the table;
bench/measure.py records MRR and top 5 per corpus size.

Django must be set up before this module is imported."""

import functools
import math
import statistics
import time
from collections import defaultdict
from collections.abc import Callable

from django.test import override_settings

from bench.judged import JUDGED
from kb.guidance.models import KnowledgePage
from search.query import search
from search.types import SearchRequest

System = Callable[[str, str], list[int]]  # (query, locale) → page ids, best first
METRICS = ("hit@1", "hit@3", "MRR", "nDCG@10")


def public_pages() -> dict[str, set[int]]:
    """Per language, the live public pages: what an anonymous caller may be shown."""
    return {
        code: set(
            KnowledgePage.objects.live()
            .filter(locale__language_code=code, visibility="public")
            .values_list("pk", flat=True)
        )
        for code in ("cs", "en")
    }


def page_ids_by_slug() -> dict[tuple[str, str], int]:
    """(language, slug) → page id: how the judged set's pages are found."""
    return {
        (code, slug): pk
        for code, slug, pk in KnowledgePage.objects.values_list(
            "locale__language_code", "slug", "pk"
        )
    }


def ours(query: str, locale: str) -> list[int]:
    result = search(SearchRequest(query=query, locale=locale, limit=10, record_analytics=False))
    return [h.id for h in result.hits if h.kind == "page"]


def database(query: str, locale: str) -> list[int]:
    with override_settings(SEARCH_URL=""):
        return ours(query, locale)


def stock(query: str, locale: str, *, allowed: dict[str, set[int]]) -> list[int]:
    # The stock backend cannot filter on the locale relation; keep its ranking and drop
    # other locales and professionals-only pages afterwards (this only helps the peer).
    results = KnowledgePage.objects.live().search(query, backend="stock")[:60]
    return [p.pk for p in results if p.pk in allowed[locale]][:10]


def systems(allowed: dict[str, set[int]]) -> dict[str, System]:
    """The three compared: ours, the stock peer, our database fallback (in table order)."""
    return {"ours": ours, "stock": functools.partial(stock, allowed=allowed), "database": database}


def timed_ids(fn: System, query: str, locale: str, repeats: int) -> tuple[list[int], float]:
    """The answer and the median ms of ``repeats`` calls after a warm one."""
    fn(query, locale)  # warm
    timings = []
    ids: list[int] = []
    for _ in range(repeats):
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


Table = dict[tuple[str, str], dict[str, list[float]]]  # (system, category) → metric → values
Miss = tuple[str, str, list[int], list[int]]  # category, query, top 3 got, wanted


def judge(repeats: int) -> tuple[Table, list[Miss]]:
    """Every judged query on every system: the scores per category (and ALL), and the
    queries whose answer ours does not have in its top 3."""
    compared = systems(public_pages())
    slugs = page_ids_by_slug()
    table: Table = defaultdict(lambda: defaultdict(list))
    misses: list[Miss] = []
    for category, locale, query, pages in JUDGED:
        relevant = [slugs[(locale, slug)] for slug in pages]
        for name, fn in compared.items():
            ids, ms = timed_ids(fn, query, locale, repeats)
            row = scores(ids, relevant)
            row["ms"] = ms
            for key in (category, "ALL"):
                for metric, value in row.items():
                    table[(name, key)][metric].append(value)
            if name == "ours" and not row["hit@3"]:
                misses.append((category, query, ids[:3], relevant))
    return table, misses


def first_hits(fn: System, slugs: dict[tuple[str, str], int]) -> dict:
    """MRR and top-5 hits of one system on every judged query (any listed page counts; the
    first found)."""
    ranks = []
    for _category, locale, query, pages in JUDGED:
        wanted = {slugs.get((locale, slug)) for slug in pages} - {None}
        ids = fn(query, locale)
        found = [i + 1 for i, pk in enumerate(ids) if pk in wanted]
        ranks.append(found[0] if found else None)
    return {
        "mrr": round(statistics.mean(1 / r if r else 0 for r in ranks), 3),
        "top5": sum(1 for r in ranks if r and r <= 5),
        "judged": len(ranks),
    }
