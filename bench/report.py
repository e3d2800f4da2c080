"""bench/results/size-*.json and load.json -> results.json, README.md (tables) and chart.png.

python bench/report.py
"""

import json
import sys
from pathlib import Path


def ratio(a: float, b: float) -> float:
    return round(a / b, 2) if b else float("nan")


def load_sizes(results: Path) -> dict[int, dict]:
    sizes = {}
    for path in sorted(results.glob("size-*.json")):
        data = json.loads(path.read_text())
        sizes[data["pages"]] = data
    return dict(sorted(sizes.items()))


# Page-delivery peers in bench/measure.py's output → how the headline names them.
PAGE_PEERS = {"api_v2_detail": "API v2 detail", "grapple_page": "wagtail-grapple `page`"}


def _page_row(n: int, p: dict, peer: str, label: str) -> dict:
    """GraphQL `page` throughput against one peer's, on the same pages."""
    return {
        "size": n,
        "figure": f"page throughput GraphQL `page` / {label} (higher is better)",
        "ratio": ratio(
            p["graphql_page"]["throughput_rps_single_client"],
            p[peer]["throughput_rps_single_client"],
        ),
        "target": 1.0,
        "higher_is_better": True,
        "detail": f"{p['graphql_page']['median_ms']} ms vs {p[peer]['median_ms']} ms median",
    }


def _row(size: int, figure: str, ratio_: float, target: float, detail: str) -> dict:
    return {"size": size, "figure": figure, "ratio": ratio_, "target": target, "detail": detail}


def _search_rows(n: int, search: dict) -> list[dict]:
    """The search layers against each other and against the stock peer."""
    med = {k: search[k]["median_ms"] for k in search if isinstance(search[k], dict)}
    http = med.get("graphql_http", float("nan"))
    return [
        _row(
            n,
            "GraphQL search / own engine request",
            ratio(med["graphql"], med["own"]),
            1.5,
            f"{med['graphql']} ms vs {med['own']} ms",
        ),
        _row(
            n,
            "GraphQL search over HTTP (gunicorn, 1 worker) / own engine request",
            ratio(http, med["own"]),
            1.5,
            f"{med.get('graphql_http')} ms vs {med['own']} ms",
        ),
        _row(
            n,
            "own engine request / bare multi_match",
            ratio(med["own"], med["bare"]),
            2.0,
            f"{med['own']} ms vs {med['bare']} ms",
        ),
        _row(
            n,
            "search.query.search() / stock Wagtail search",
            ratio(med["service"], med["stock"]),
            1.0,
            f"{med['service']} ms vs {med['stock']} ms",
        ),
        _row(
            n,
            "GraphQL search / stock Wagtail search",
            ratio(med["graphql"], med["stock"]),
            1.0,
            f"{med['graphql']} ms vs {med['stock']} ms",
        ),
    ]


def _indexing_row(n: int, i: dict) -> dict:
    return {
        "size": n,
        "figure": "rebuild docs/s ours / Wagtail update_index (higher is better)",
        "ratio": ratio(i["ours_docs_per_s"], i["stock_docs_per_s"]),
        "target": 2.0,
        "higher_is_better": True,
        "detail": f"{i['ours_docs_per_s']} vs {i['stock_docs_per_s']} docs/s",
    }


def _growth_row(sizes: dict[int, dict]) -> dict:
    """GraphQL search's median at the largest size against the smallest."""
    small, large = min(sizes), max(sizes)
    a = sizes[small]["search"]["graphql"]["median_ms"]
    b = sizes[large]["search"]["graphql"]["median_ms"]
    figure = f"growth: GraphQL search median at {large} / at {small}"
    return _row(large, figure, ratio(b, a), 2.0, f"{b} ms vs {a} ms")


def _publish_row(load: dict) -> dict | None:
    p95 = load.get("publish_to_searchable", {}).get("p95_s")
    if p95 is None:
        return None
    figure = "publish → searchable p95 under load (seconds)"
    detail = f"{load['publish_to_searchable']['n']} publishes"
    return _row(load["pages"], figure, p95, 2.0, detail)


def headline(sizes: dict[int, dict], load: dict | None) -> list[dict]:
    rows = []
    for n, data in sizes.items():
        rows += _search_rows(n, data["search"])
        p = data["page_delivery"]
        rows += [_page_row(n, p, peer, label) for peer, label in PAGE_PEERS.items() if peer in p]
        rows.append(_indexing_row(n, data["indexing"]))
    if len(sizes) > 1:
        rows.append(_growth_row(sizes))
    publish = _publish_row(load) if load else None
    if publish:
        rows.append(publish)
    rows = [r for r in rows if r["ratio"] == r["ratio"]]  # NaN: not measured in that run
    for row in rows:
        value, target = row["ratio"], row["target"]
        ok = value >= target if row.get("higher_is_better") else value <= target
        row["verdict"] = "meets" if ok else "misses"
    return rows


def _section(title: str, *head: str) -> list[str]:
    """A markdown section's heading and its table's header row."""
    return ["", f"## {title}", "", "| " + " | ".join(head) + " |", "|---" * len(head) + "|"]


SEARCH_LAYERS = {
    "bare": "bare multi_match (title/summary/body, 10 hits)",
    "own": "the project's own engine request(s), replayed",
    "service": "`search.query.search()` in-process",
    "graphql": "GraphQL `search` (hits, highlights, facets), test client",
    "graphql_http": "the same over HTTP: production gunicorn config, 1 worker, keep-alive, 127.0.0.1",
    "stock": "Wagtail stock search (modelsearch ES7), no facets/highlights",
}


def _intro(env: dict, rows: list[dict]) -> list[str]:
    out = ["# Benchmark results", ""]
    out += [
        f"Run {env.get('when', '?')} at commit {env.get('commit', '?')} on {env.get('machine', '?')}; "
        f"load average at start {tuple(round(x, 1) for x in env.get('load_average', ()))}. "
        f"Python {env.get('python')}, Django {env.get('django')}, Wagtail {env.get('wagtail')}, "
        f"graphene-django {env.get('graphene_django')}, {env.get('engine')}, {env.get('database')}. "
        f"Requests: {env.get('client')}.",
        "",
        "## Headline (ratios first)",
        "",
        "| pages | figure | ratio | target | verdict | detail |",
        "|---|---|---|---|---|---|",
    ]
    for r in rows:
        out.append(
            f"| {r['size']} | {r['figure']} | {r['ratio']} | {'≥' if r.get('higher_is_better') else '≤'} {r['target']} "
            f"| {r['verdict']} | {r['detail']} |"
        )
    return out


def _search_tables(sizes: dict[int, dict]) -> list[str]:
    """The search layers, then what the engine request spends."""
    out = _section("Search layers (ms)", "pages", "layer", "median", "p95", "n")
    for n, data in sizes.items():
        for key, label in SEARCH_LAYERS.items():
            if key not in data["search"]:
                continue
            s = data["search"][key]
            out.append(f"| {n} | {label} | {s['median_ms']} | {s['p95_ms']} | {s['n']} |")
    out += _section(
        "What the project's engine request spends (strict request, one part removed at a time)",
        *("pages", "variant", "median ms", "p95 ms"),
    )
    for n, data in sizes.items():
        for name, v in data.get("engine_request_parts", {}).items():
            out.append(f"| {n} | {name} | {v['median_ms']} | {v['p95_ms']} |")
        two = data["search"].get("queries_sending_two_requests")
        if two is not None:
            out.append(
                f"| {n} | queries whose strict request found < 3 hits (they send a second, "
                f"forgiving request) | {two} of {data['search']['queries']} | |"
            )
    return out


def _relevance_and_delivery(sizes: dict[int, dict]) -> list[str]:
    out = _section(
        "Relevance on the judged queries (bench/judged.py)", "pages", "engine", "MRR", "top 5"
    )
    for n, data in sizes.items():
        for name, r in data["relevance"].items():
            out.append(f"| {n} | {name} | {r['mrr']} | {r['top5']}/{r['judged']} |")
    out += _section(
        "Page delivery (same pages)",
        *("pages", "endpoint", "median ms", "p95 ms", "req/s, one client"),
    )
    for n, data in sizes.items():
        for name, p in data["page_delivery"].items():
            if isinstance(p, dict):
                out.append(
                    f"| {n} | {name} | {p['median_ms']} | {p['p95_ms']} | {p['throughput_rps_single_client']} |"
                )
    return out


def _indexing_and_corpus(sizes: dict[int, dict]) -> list[str]:
    out = _section(
        "Indexing and list queries",
        *("pages", "rebuild (ours)", "update_index (stock)"),
        "SQL queries for pages(first: 10 / 50 / 100)",
    )
    for n, data in sizes.items():
        i, q = data["indexing"], data["list_query_counts"]
        out.append(
            f"| {n} | {i['ours_documents']} docs in {i['ours_seconds']} s ({i['ours_docs_per_s']}/s) "
            f"| {i['stock_pages']} pages in {i['stock_seconds']} s ({i['stock_docs_per_s']}/s) "
            f"| {q['10']['queries']} / {q['50']['queries']} / {q['100']['queries']} |"
        )
    out += _section(
        "Corpus generation", "pages", "generated pages", "services", "pages/s", "total s"
    )
    for n, data in sizes.items():
        c = data.get("corpus", {})
        out.append(
            f"| {n} | {c.get('generated_pages', '?')} | {c.get('generated_services', '?')} "
            f"| {c.get('pages_per_s', '?')} | {c.get('total_s', '?')} |"
        )
    return out


def markdown(
    sizes: dict[int, dict],
    load: dict | None,
    rows: list[dict],
    faults: dict | None = None,
    quality: str | None = None,
) -> str:
    env = next(iter(sizes.values()))["environment"] if sizes else {}
    out = _intro(env, rows)
    out += _search_tables(sizes) + _relevance_and_delivery(sizes) + _indexing_and_corpus(sizes)
    out += load_table(load) + faults_table(faults) + quality_section(quality)
    return "\n".join(out) + "\n"


def quality_section(quality: str | None) -> list[str]:
    """bench/search_quality.py's table on the demo content (results/quality.txt), verbatim."""
    if not quality:
        return []
    return [
        "",
        "## Relevance per category on the demo content (bench/search_quality.py)",
        "",
        "Ours vs Wagtail's stock search vs our database fallback on the judged set",
        "(bench/judged.py), the people's side included; anonymous caller, top 10.",
        "",
        "```",
        quality.rstrip(),
        "```",
    ]


def load_table(load: dict | None) -> list[str]:
    """The production-server load run (bench/load.py) as a table."""
    if not load:
        return []
    p = load.get("publish_to_searchable", {})
    lost = load.get("nothing_lost", {})
    growth = load.get("worker_memory_growth_percent")
    out = [
        "",
        "## Load on the production server (locust, 127.0.0.1 only)",
        "",
        f"{load['pages']} pages, {load['seconds']} s, {load['users']} users; {load['server']}; "
        f"{load.get('database', 'SQLite')}, {load.get('engine', 'Elasticsearch')}.",
        "",
        "| figure | value | target |",
        "|---|---|---|",
        f"| throughput | {load['throughput_rps']} req/s | |",
        f"| p50 / p95 / p99 | {load['p50_ms']} / {load['p95_ms']} / {load['p99_ms']} ms | |",
        f"| errors | {load['errors']} of {load['requests']} ({load['error_rate']:.2%}) | 0 |",
        f"| publish → searchable (engine) p50 / p95 / max | {p.get('p50_s')} / {p.get('p95_s')} "
        f"/ {p.get('max_s')} s ({p.get('n')} publishes, {len(p.get('errors', []))} failed) | p95 ≤ 2 s |",
        f"| worker memory | {load['memory_start']['worker_mb']} → {load['memory_end']['worker_mb']} MB "
        f"({growth} %) | growth < 10 % |",
        f"| web workers' memory | {load['memory_start']['web_workers_mb']} → "
        f"{load['memory_end']['web_workers_mb']} MB | |",
    ]
    if lost:
        out.append(
            f"| nothing lost | {lost['pages_checked']} published pages in the index with their "
            f"new title; outbox pending {lost['outbox_pending']} | all, 0 |"
        )
    out += ["", "| request | requests | failures | req/s | p50 ms | p95 ms | p99 ms |"]
    out.append("|---|---|---|---|---|---|---|")
    for name, r in load.get("by_request", {}).items():
        out.append(
            f"| {name} | {r['requests']} | {r['failures']} | {r['rps']} | {r['p50_ms']} "
            f"| {r['p95_ms']} | {r['p99_ms']} |"
        )
    return out


def _kinds(tally: dict) -> str:
    parts = [f"{n}× {k}" for k, n in tally.get("errors_by_kind", {}).items()]
    return "; ".join(parts) or "none"


def faults_table(faults: dict | None) -> list[str]:
    """bench/faults.py: each fault under load, its errors, recovery and losses."""
    if not faults:
        return []
    lost = faults["nothing_lost"]
    s = faults.get("settings", {})
    out = [
        "",
        "## Faults under load (bench/faults.py)",
        "",
        f"{faults['pages']} pages, {faults['users']} users of mixed traffic, an editor publishing "
        f"every {faults['publishes']['every_s']} s; {faults.get('database')}, "
        f"{faults.get('engine')}; SEARCH_TIMEOUT {s.get('SEARCH_TIMEOUT')} s, breaker "
        f"cool-down {s.get('SEARCH_BREAKER_COOLDOWN')} s. Recovered: {s.get('recovered_when')}, "
        "counted from the end of the fault.",
        "",
        "| fault | lasted | requests during | errors during | degraded searches during "
        "| recovery | requests until recovered | errors until recovered | degraded until recovered |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for f in faults["faults"]:
        d, u = f["during_fault"], f["until_recovered"]
        recovery = f"{f['recovery_s']} s" if f["recovery_s"] is not None else "not recovered"
        out.append(
            f"| {f['what']} | {f['fault_seconds']} s | {d['requests']} | {d['errors']} "
            f"({_kinds(d)}) | {d['degraded']} | {recovery} | {u['requests']} "
            f"| {u['errors']} ({_kinds(u)}) | {u['degraded']} |"
        )
    o = faults["outside_faults"]
    out += [
        "",
        f"Outside the faults: {o['requests']} requests, {o['errors']} errors ({_kinds(o)}), "
        f"{o['degraded']} degraded. Publishes: {lost['published']} went through, "
        f"{lost['publish_failed']} refused while PostgreSQL was down. Nothing lost: "
        f"{'yes' if not lost['lost'] else 'NO'} — {lost['pages_checked']} published pages checked "
        f"in the index, {len(lost['missing_from_index'])} missing, outbox pending "
        f"{lost['outbox_pending']}.",
    ]
    return out


COMMANDS = {
    "GraphQL search / own engine request": "make bench",
    "GraphQL search over HTTP (gunicorn, 1 worker) / own engine request": "make bench",
    "own engine request / bare multi_match": "make bench",
    "search.query.search() / stock Wagtail search": "make bench",
    "GraphQL search / stock Wagtail search": "make bench",
    "page throughput GraphQL `page` / API v2 detail (higher is better)": "make bench",
    "page throughput GraphQL `page` / wagtail-grapple `page` (higher is better)": "make bench",
    "rebuild docs/s ours / Wagtail update_index (higher is better)": "make bench",
    "publish → searchable p95 under load (seconds)": "make bench (60 s) / make bench-full (5 min)",
}


def pivot(rows: list[dict]) -> str:
    """One line per figure, one column per size: the README's headline table."""
    sizes = sorted({r["size"] for r in rows})
    figures: dict[str, dict] = {}
    for r in rows:
        name = r["figure"].split(" at ")[0] if r["figure"].startswith("growth") else r["figure"]
        figures.setdefault(name, {"target": r, "by_size": {}})["by_size"][r["size"]] = r
    head = "| figure | " + " | ".join(f"{n} pages" for n in sizes) + " | target | command |"
    out = [head, "|" + "---|" * (len(sizes) + 3)]
    for name, f in figures.items():
        t = f["target"]
        cells = []
        for n in sizes:
            r = f["by_size"].get(n)
            cells.append(f"{r['ratio']} ({r['verdict']})" if r else "–")
        sign = "≥" if t.get("higher_is_better") else "≤"
        out.append(
            f"| {name} | " + " | ".join(cells) + f" | {sign} {t['target']} "
            f"| `{COMMANDS.get(name, 'make bench-full')}` |"
        )
    return "\n".join(out) + "\n"


def chart(sizes: dict[int, dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    layers = ["bare", "own", "service", "graphql", "graphql_http", "stock"]
    fig, axes = plt.subplots(1, 2, figsize=(11, 4.2))
    width = 0.8 / max(1, len(sizes))
    for k, (n, data) in enumerate(sizes.items()):
        xs = [i + k * width for i in range(len(layers))]
        medians = [data["search"].get(layer, {}).get("median_ms", 0) for layer in layers]
        axes[0].bar(xs, medians, width, label=f"{n} pages")
    axes[0].set_xticks([i + width * (len(sizes) - 1) / 2 for i in range(len(layers))], layers)
    axes[0].tick_params(axis="x", labelsize=8)
    axes[0].set_ylabel("median ms")
    axes[0].set_title("Search, per layer")
    axes[0].legend()
    pages = ["graphql_page", "api_v2_detail", "grapple_page"]
    for k, (n, data) in enumerate(sizes.items()):
        xs = [i + k * width for i in range(len(pages))]
        delivery = data["page_delivery"]
        medians = [delivery.get(p, {}).get("median_ms", 0) for p in pages]
        axes[1].bar(xs, medians, width, label=f"{n} pages")
    axes[1].set_xticks(
        [i + width * (len(sizes) - 1) / 2 for i in range(len(pages))],
        ["GraphQL page", "API v2 detail", "grapple page"],
    )
    axes[1].set_ylabel("median ms")
    axes[1].set_title("Page delivery")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def _read(path: Path) -> dict | None:
    return json.loads(path.read_text()) if path.exists() else None


def write_report(results: Path) -> None:
    """results.json, README.md, headline.md and chart.png from the JSON in ``results``."""
    sizes = load_sizes(results)
    if not sizes:
        sys.exit("no bench/results/size-*.json yet: run make bench")
    load, faults = _read(results / "load.json"), _read(results / "faults.json")
    rows = headline(sizes, load)
    (results / "results.json").write_text(
        json.dumps({"headline": rows, "sizes": sizes, "load": load, "faults": faults}, indent=2)
        + "\n"
    )
    quality_txt = results / "quality.txt"
    quality = quality_txt.read_text() if quality_txt.exists() else None
    (results / "README.md").write_text(markdown(sizes, load, rows, faults, quality))
    (results / "headline.md").write_text(pivot(rows))
    chart(sizes, results / "chart.png")
    print((results / "README.md").read_text().split("## Search layers")[0])


def main() -> None:
    from bench import RESULTS

    write_report(RESULTS)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `bench` is not installed
    main()
