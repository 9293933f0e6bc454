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
    b.add_argument(
        "--out",
        default=None,
        help=(
            "GeoPackage to write (default: data/hbe_plans.gpkg), or a PostGIS database "
            "postgresql://user@host:port/dbname (password best from PGPASSWORD or ~/.pgpass)"
        ),
    )
    b.add_argument("--force", action="store_true", help="rebuild even if the file is up to date")
    b.add_argument(
        "--jobs",
        type=int,
        default=None,
        help="plans parsed in parallel processes (default: the number of cores)",
    )
    b.add_argument(
        "--schema",
        default=None,
        help="PostGIS schema to replace (default: PLAN_EXPLORER_DB_SCHEMA or plan_explorer)",
    )
    b.add_argument(
        "--grant-read",
        action="append",
        default=[],
        metavar="ROLE",
        help="give ROLE read access to the new build (roles that could read the old one keep it)",
    )
    sub.add_parser("schema", help="print the GeoPackage schema as Markdown")
    e = sub.add_parser("export", help="render a static map (png, svg, pdf)")
    e.add_argument("--out", type=Path, required=True)
    e.add_argument(
        "--preset", default="layout-2018", choices=["layout-2018", "structure-2021", "city", "transport"]
    )
    e.add_argument("--plan")
    e.add_argument("--city")
    e.add_argument("--layers", help="comma-separated layer names")
    e.add_argument("--title")
    e.add_argument("--dpi", type=int, default=200)
    e.add_argument("--size", default="a4", choices=["slide", "a4", "a3"])
    e.add_argument(
        "--gpkg", type=Path, default=None, help="GeoPackage to read (default: data/hbe_plans.gpkg)"
    )
    args = ap.parse_args(argv)
    if args.cmd == "schema":
        from layers.schema import schema_markdown

        print(schema_markdown())
        return 0
    if args.cmd == "export":
        return _export(args)
    return _build(args)


def _build(args) -> int:
    from tqdm import tqdm

    from geo.corpus import load_manifest
    from layers.build import BUILD_STEPS, DEFAULT_GPKG, PLANS_DIR, _is_db, build
    from layers.parsing import default_jobs

    plans = args.plans or PLANS_DIR
    if not plans.is_dir():
        print(f"error: {str(plans)!r} is not a folder of plans", file=sys.stderr)
        return 2
    target = args.out if args.out and _is_db(args.out) else Path(args.out or DEFAULT_GPKG)
    before = target.stat().st_mtime_ns if isinstance(target, Path) and target.exists() else None
    t0, said = time.perf_counter(), []
    try:
        if isinstance(target, str):
            from layers.postgis import connect

            connect(target).close()  # a wrong URL or password is said before any work, in one line
        bar = tqdm(total=len(load_manifest(plans)) + BUILD_STEPS, desc="build", unit="step", file=sys.stderr)

        def step(name: str) -> None:
            said.append(name)
            bar.set_postfix_str(name)
            bar.update(1)

        out, summary = build(
            plans,
            target,
            progress=step,
            force=args.force,
            jobs=args.jobs or default_jobs(),
            schema=args.schema,
            grant=tuple(args.grant_read),
        )
    except PlanExplorerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(
            "interrupted: nothing was written (the layers are written to a temporary file or schema first)",
            file=sys.stderr,
        )
        return 130
    finally:
        if "bar" in locals():
            bar.close()
    print(summary.to_string() if len(summary) else "no place found in these plans: the layers are empty")
    fresh = "up to date" in said and (isinstance(out, str) or out.stat().st_mtime_ns == before)
    where = _redacted(out, args.schema)
    print(
        f"{'up to date:' if fresh else 'wrote'} {where} in {time.perf_counter() - t0:.1f} s; {_peak_memory()}"
    )
    return 0


def _redacted(out, schema: str | None) -> str:
    from layers.postgis import redact, schema_name

    return f"{redact(out)} schema {schema_name(schema)}" if isinstance(out, str) else str(out)


def _peak_memory() -> str:
    """Peak resident memory of this process and of its largest worker process, in MB (Linux reports KiB)."""
    import resource

    main_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    worker_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return f"peak memory {main_kb / 1024:.0f} MB (main), {worker_kb / 1024:.0f} MB (largest worker)"


def _export(args) -> int:
    from layers.build import DEFAULT_GPKG, build
    from layers.export import render
    from layers.schema import LAYERS
    from layers.store import read_layers

    if args.out.suffix.lower() not in (".png", ".svg", ".pdf"):
        print(f"error: {str(args.out)!r}: output must end in .png, .svg or .pdf", file=sys.stderr)
        return 2
    layers = args.layers.split(",") if args.layers else None
    unknown = [name for name in layers or [] if name not in LAYERS]
    if unknown:
        print(f"error: unknown layers {unknown!r}; known: {', '.join(LAYERS)}", file=sys.stderr)
        return 2
    gpkg = args.gpkg or DEFAULT_GPKG
    try:
        if args.gpkg is None and not gpkg.exists():
            build()
        frames = read_layers(gpkg)
    except PlanExplorerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    out = render(
        frames,
        args.out,
        preset=args.preset,
        plan=args.plan,
        city=args.city,
        layers=layers,
        title=args.title,
        dpi=args.dpi,
        size=args.size,
    )
    print(f"wrote {out} in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
