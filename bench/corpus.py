"""Build or restore one benchmark corpus (bench/generator.py) in DATABASE_URL.

    DATABASE_URL=postgres://... python bench/corpus.py --pages 1000   # build or restore
    DATABASE_URL=postgres://... python bench/corpus.py --pages 1000 --no-cache

Prints the generator's summary (JSON) after its progress lines.
"""

import argparse
import json
import sys
from pathlib import Path


def main() -> None:
    from bench.generator import build

    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--no-cache", action="store_true")
    args = parser.parse_args()
    summary = build(args.pages, args.seed, use_cache=not args.no_cache)
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `bench` is not installed
    main()
