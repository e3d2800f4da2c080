"""The load test (bench/traffic.py) on the production server, against 127.0.0.1 only:
gunicorn and the worker as `make serve` runs them, locust's mixed traffic and an editor
publishing. Writes bench/results/load.json.

    DATABASE_URL=... SEARCH_URL=... python bench/load.py --pages 1000 [--seconds 60] [--users 10]

The database and the engine indices must exist (bench/corpus.py, then a rebuild).
"""

import argparse
import json
import sys
from pathlib import Path


def main() -> None:
    from bench import RESULTS, traffic
    from bench.django_setup import setup_django

    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    traffic.add_server_arguments(parser, publish_every=3.0, out=RESULTS / "load.json")
    parser.add_argument("--seconds", type=int, default=60)
    args = parser.parse_args()
    setup_django()
    result = traffic.run(args.pages, args.seconds, args.users, args.publish_every, args.web_workers)
    traffic.write_json(Path(args.out), result)
    print(json.dumps({k: v for k, v in result.items() if k != "by_request"}, indent=2))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `bench` is not installed
    main()
