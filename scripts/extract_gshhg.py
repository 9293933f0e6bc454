"""Extract GSHHG/WDBII rivers and lakes for the cluster window once, into data/gshhg/ (needs Debian gmt +
gmt-gshhg-full).

Run: python scripts/extract_gshhg.py
The output is committed so a fresh clone needs no GMT. Coordinates are WGS 84 (GSHHG's datum).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from shapely.geometry import LineString, mapping
from shapely.ops import linemerge

REGION = "104/114/34/43"
OUT = Path(__file__).resolve().parent.parent / "data" / "gshhg"


def dump(args: list[str]) -> list[tuple[str, list[tuple[float, float]]]]:
    text = subprocess.run(
        ["gmt", "coast", f"-R{REGION}", "-M", "-Df", *args], check=True, capture_output=True, text=True
    ).stdout
    segs, header, pts = [], "", []
    for line in text.splitlines():
        if line.startswith(">"):
            if len(pts) > 1:
                segs.append((header, pts))
            header, pts = line[1:].strip(), []
        elif line.strip():
            x, y = map(float, line.split()[:2])
            pts.append((x, y))
    if len(pts) > 1:
        segs.append((header, pts))
    return segs


def lakes() -> list[dict]:
    """Level-2 shorelines (lakes) polygonised, each with the county that holds its representative point."""
    from shapely.ops import polygonize, unary_union

    from layers.admin import admin_polygon

    segs = dump(["-W2", "-A0/2/2"])
    polys = list(polygonize(unary_union([LineString(p) for h, p in segs if "Level 2" in h])))
    units = [
        r.split(",")[0]
        for r in (OUT.parent / "gazetteer" / "admin_units.csv").read_text(encoding="utf-8").splitlines()[1:]
        if r.split(",")[2] == "county"
    ]
    feats = []
    for poly in polys:
        rep = poly.representative_point()
        ad = next((u for u in units if admin_polygon(u).contains(rep)), "")
        feats.append(
            {
                "type": "Feature",
                "geometry": mapping(poly.simplify(0.0005)),
                "properties": {"county_adcode": ad, "area_km2": round(poly.area * 111.32**2 * 0.76, 1)},
            }
        )
    return feats


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    features = []
    for level in (1, 2):
        segs = dump([f"-I{level}"])
        merged = linemerge([LineString(p) for h, p in segs if f"Level {level}" in h])
        lines = list(merged.geoms) if merged.geom_type == "MultiLineString" else [merged]
        for i, line in enumerate(sorted(lines, key=lambda g: -g.length)):
            features.append(
                {
                    "type": "Feature",
                    "geometry": mapping(line.simplify(0.0005)),
                    "properties": {"gshhg_level": level, "part": i, "length_deg": round(line.length, 4)},
                }
            )
    doc = {
        "type": "FeatureCollection",
        "name": "gshhg_rivers",
        "source": (
            f"GSHHG/WDBII full resolution via 'gmt coast -R{REGION} -I1|-I2 -M -Df', merged with "
            "shapely.linemerge, simplified 0.0005 deg"
        ),
        "license": "LGPL-3.0 (GSHHG, Wessel & Smith)",
        "crs": "WGS 84",
        "features": features,
    }
    (OUT / "rivers.geojson").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    print(len(features), "river lines")
    lake_doc = {
        "type": "FeatureCollection",
        "name": "gshhg_lakes",
        "license": "LGPL-3.0 (GSHHG, Wessel & Smith)",
        "source": (
            f"GSHHG level-2 shorelines via 'gmt coast -R{REGION} -W2 -A0/2/2 -M -Df', polygonised with "
            "shapely; county_adcode = the cnmaps county (WGS 84) holding the lake's representative point"
        ),
        "crs": "WGS 84",
        "features": lakes(),
    }
    (OUT / "lakes.geojson").write_text(json.dumps(lake_doc, ensure_ascii=False), encoding="utf-8")
    print(len(lake_doc["features"]), "lakes")


if __name__ == "__main__":
    main()
