"""Faults under load (bench/outages.py): the engine node killed and started again, frozen,
and PostgreSQL restarted, while the production server serves locust's mixed traffic and an
editor publishes. Writes bench/results/faults.json.

    DATABASE_URL=... SEARCH_URL=... BENCH_ENGINE_DIR=<engine.sh DATADIR> \\
    BENCH_PG_DIR=<postgres.sh DIR> python bench/faults.py --pages 1000 [--faults kill,freeze,postgres]
"""

import argparse
import json
import sys
from pathlib import Path


def main() -> None:
    from bench import RESULTS, outages, traffic
    from bench.django_setup import setup_django

    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    traffic.add_server_arguments(parser, publish_every=2.0, out=RESULTS / "faults.json")
    parser.add_argument("--faults", default=",".join(outages.FAULTS))
    parser.add_argument("--freeze-seconds", type=float, default=10)
    parser.add_argument("--down-seconds", type=float, default=3)
    parser.add_argument("--settle", type=float, default=5)
    args = parser.parse_args()
    plan = outages.Plan(
        users=args.users,
        publish_every=args.publish_every,
        freeze_seconds=args.freeze_seconds,
        down_seconds=args.down_seconds,
        settle=args.settle,
        web_workers=args.web_workers,
    )
    setup_django()
    result = outages.run(args.pages, [f for f in args.faults.split(",") if f], plan)
    traffic.write_json(Path(args.out), result)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `bench` is not installed
    main()
