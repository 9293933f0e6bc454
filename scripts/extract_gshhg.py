"""Extract GSHHG/WDBII rivers and lakes for the cluster window once, into data/gshhg/ (needs Debian gmt + gmt-gshhg-full).

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
    text = subprocess.run(["gmt", "coast", f"-R{REGION}", "-M", "-Df", *args], check=True,
                          capture_output=True, text=True).stdout
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


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    features = []
    for level in (1, 2):
        segs = dump([f"-I{level}"])
        merged = linemerge([LineString(p) for h, p in segs if f"Level {level}" in h])
        lines = list(merged.geoms) if merged.geom_type == "MultiLineString" else [merged]
        for i, line in enumerate(sorted(lines, key=lambda g: -g.length)):
            features.append({"type": "Feature", "geometry": mapping(line.simplify(0.0005)),
                             "properties": {"gshhg_level": level, "part": i, "length_deg": round(line.length, 4)}})
    doc = {"type": "FeatureCollection", "name": "gshhg_rivers",
           "source": f"GSHHG/WDBII full resolution via 'gmt coast -R{REGION} -I1|-I2 -M -Df', merged with shapely.linemerge, simplified 0.0005 deg",
           "license": "LGPL-3.0 (GSHHG, Wessel & Smith)", "crs": "WGS 84", "features": features}
    (OUT / "rivers.geojson").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    print(len(features), "river lines")


if __name__ == "__main__":
    main()
