"""Command line: ``python -m layers build|schema``."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from geo.errors import PlanExplorerError


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m layers")
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="geoparse the plans and write the GeoPackage")
    b.add_argument("--plans", type=Path, default=None, help="folder of plans (default: the shipped corpus)")
    b.add_argument("--out", type=Path, default=None, help="GeoPackage to write (default: data/hbe_plans.gpkg)")
    sub.add_parser("schema", help="print the GeoPackage schema as Markdown")
    args = ap.parse_args(argv)
    if args.cmd == "schema":
        from layers.schema import schema_markdown

        print(schema_markdown())
        return 0
    from tqdm import tqdm

    from layers.build import DEFAULT_GPKG, PLANS_DIR, build

    plans = args.plans or PLANS_DIR
    if not plans.is_dir():
        print(f"error: {str(plans)!r} is not a folder of plans", file=sys.stderr)
        return 2
    bar = tqdm(total=10, desc="build", unit="step", file=sys.stderr)
    t0 = time.perf_counter()
    try:
        out, summary = build(plans, args.out or DEFAULT_GPKG, progress=lambda s: (bar.set_postfix_str(s), bar.update(1)))
    except PlanExplorerError as exc:
        bar.close()
        print(f"error: {exc}", file=sys.stderr)
        return 2
    bar.close()
    print(summary.to_string())
    print(f"wrote {out} in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
