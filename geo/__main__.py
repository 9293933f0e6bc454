"""Command line: ``python -m geo parse FILE [--format csv|geojson|structure]``."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

from geo.corpus import build_plan, read_plan_file
from geo.errors import PlanExplorerError


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m geo")
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("parse", help="geoparse a plan file (txt, pdf, docx) and print its mentions")
    p.add_argument("file", type=Path)
    p.add_argument("--format", choices=["csv", "geojson", "structure"], default="csv")
    lk = sub.add_parser("lookup", help="candidates for a place name, best first")
    lk.add_argument("name")
    lk.add_argument("--kind", action="append", help="keep only this kind (repeatable)")
    lk.add_argument("--near", help="lon,lat to rank by distance")
    args = ap.parse_args(argv)
    if args.cmd == "lookup":
        return _lookup(args)
    try:
        plan, mentions = _read(args.file, structure_only=args.format == "structure")
    except PlanExplorerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.format == "structure":
        for h in plan.headings:
            print(f"{h.level}\t{h.number}\t{h.title}\t{h.start}")
        for i in plan.issues:
            print(f"issue\t{i.kind}\t{i.start}\t{i.detail}")
        return 0
    _print_mentions(plan, mentions, args.format)
    return 0


ROW_FIELDS = ("start", "end", "surface", "name_zh", "kind", "place_id", "adcode", "lon", "lat", "score")
"""The mention's own columns in ``parse``'s output, between the plan's and the sentence's."""


def _print_mentions(plan, mentions, fmt: str) -> None:
    """The mentions of a parsed plan on standard output, as CSV or GeoJSON (points where located)."""
    rows = []
    for m, k in mentions:
        s = plan.sentences[k]
        rows.append(
            {
                "plan_id": plan.plan_id,
                "chapter": s.chapter,
                "section": s.section,
                **{f: getattr(m, f) for f in ROW_FIELDS},
                "sentence": s.text,
            }
        )
    if fmt == "geojson":
        feats = [
            {
                "type": "Feature",
                "properties": r,
                "geometry": {"type": "Point", "coordinates": [r["lon"], r["lat"]]}
                if r["lon"] is not None
                else None,
            }
            for r in rows
        ]
        json.dump({"type": "FeatureCollection", "features": feats}, sys.stdout, ensure_ascii=False)
        print()
    else:
        fields = list(rows[0]) if rows else ["plan_id", "surface", "name_zh", "kind"]
        w = csv.DictWriter(sys.stdout, fieldnames=fields)
        w.writeheader()
        w.writerows(rows)


def _read(path: Path, *, structure_only: bool):
    """The plan of one file and its mentions (none when only its structure is asked for)."""
    from geo.pipeline import file_meta, parse_witnesses

    witnesses = [(path.name, read_plan_file(path))]
    if structure_only:
        return build_plan(path.stem, witnesses), []
    return parse_witnesses(file_meta(path.name), witnesses)


def _lookup(args) -> int:
    from geo.gazetteer import load_gazetteer

    near = None
    if args.near:
        try:
            lon, lat = (float(v) for v in args.near.split(","))
            near = (lon, lat)
        except ValueError:
            print(f"error: --near {args.near!r} must be lon,lat", file=sys.stderr)
            return 2
    rows = load_gazetteer().lookup(args.name, kinds=tuple(args.kind) if args.kind else None, near=near)
    if not rows:
        print(f"no place called {args.name!r} in the gazetteer", file=sys.stderr)
        return 1
    for p, score in rows:
        print(
            f"{p.adcode}\t{p.name_zh}\t{p.kind}\t{p.coord_source}\t"
            f"{score}\t{p.lon:.5f},{p.lat:.5f}\t{p.place_id}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
