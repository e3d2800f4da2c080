"""Side-by-side measurements on one corpus (bench/measurements.py), written to
bench/results/size-<pages>.json (bench/report.py turns every size into the table and chart).

    BENCH_DB=... SEARCH_URL=... python bench/measure.py --pages 1000
    python bench/measure.py --pages 1000 --only search,relevance   # some steps again
"""

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--pages", type=int, required=True)
    parser.add_argument("--repeats", type=int, default=int(os.environ.get("BENCH_REPEATS", "7")))
    parser.add_argument("--corpus", default="", help="the generator's summary (JSON)")
    parser.add_argument("--only", default="", help="comma-separated steps, e.g. search,relevance")
    return parser.parse_args()


def steps(repeats: int) -> list[tuple[str, Callable[[], dict]]]:
    """Every measurement in the order it runs (indexing first: it builds the indices)."""
    from bench import measurements as m

    return [
        ("indexing", m.measure_indexing),
        ("search", lambda: m.measure_search(repeats)),
        ("engine_request_parts", lambda: m.measure_ablation(max(3, repeats - 2))),
        ("relevance", m.measure_relevance),
        ("page_delivery", lambda: m.measure_pages(repeats)),
        ("list_query_counts", m.measure_query_counts),
    ]


def starting_point(out: Path, args: argparse.Namespace) -> dict:
    """A new record, or with --only the one on record: the other steps keep their figures
    (and environment); this run's environment is kept beside the steps it measured."""
    from bench.environment import environment

    result = {"pages": args.pages, "environment": environment()}
    if args.only and out.exists():
        result = json.loads(out.read_text())
        rerun = {"steps": args.only.split(","), "environment": environment()}
        result["reruns"] = [*result.get("reruns", []), rerun]
    if args.corpus:
        result["corpus"] = json.loads(Path(args.corpus).read_text())
    return result


def main() -> None:
    from bench import RESULTS
    from bench.django_setup import quiet_deprecations, setup_django

    args = parse_args()
    setup_django()
    quiet_deprecations()
    out = RESULTS / f"size-{args.pages}.json"
    result = starting_point(out, args)
    chosen = steps(args.repeats)
    if args.only:
        chosen = [(name, fn) for name, fn in chosen if name in args.only.split(",")]
    for name, fn in chosen:
        print(f"[{args.pages}] {name} ...", flush=True)
        result[name] = fn()
        print(json.dumps(result[name]), flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `bench` is not installed
    main()
