"""How well the converted county boundaries follow the GSHHG Yellow River where the river is the boundary.

Run: python scripts/river_alignment.py
Samples the river every ~1 km through the riverside counties and measures the distance to the nearest
county boundary, with the cnmaps polygons converted to WGS 84 and, for comparison, left in GCJ-02.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import shape
from shapely.ops import unary_union

ROOT = Path(__file__).resolve().parent.parent

RIVERSIDE = ("150122", "150621", "150622", "150221", "150207", "150202", "150625", "150124", "610822")


def measure() -> dict:
    from geo.crs import haversine_m
    from layers.admin import CNMAPS_LAND, admin_polygon
    from layers.build import yellow_river

    river = yellow_river()
    wgs = unary_union([admin_polygon(a).boundary for a in RIVERSIDE])
    gcj = unary_union(
        [shape(json.loads((CNMAPS_LAND / f"{a}.geojson").read_text())).boundary for a in RIVERSIDE]
    )
    area = unary_union([admin_polygon(a) for a in RIVERSIDE])
    pts = [
        p
        for line in river.geoms
        for p in (line.interpolate(d) for d in np.arange(0, line.length, 0.01))
        if area.buffer(0.01).contains(p)
    ]
    out = {"samples": len(pts)}
    for label, bounds in (("WGS 84 (converted)", wgs), ("GCJ-02 (raw)", gcj)):
        d = np.array(
            [
                float(haversine_m(p.x, p.y, q.x, q.y))
                for p in pts
                for q in [shapely.ops.nearest_points(p, bounds)[1]]
            ]
        )
        on_boundary = d[d < 3000]  # where the river is the boundary
        out[label] = {
            "median_m": round(float(np.median(on_boundary)), 1),
            "p90_m": round(float(np.percentile(on_boundary, 90)), 1),
            "share_within_3km": round(len(on_boundary) / len(d), 3),
        }
    return out


if __name__ == "__main__":
    print(json.dumps(measure(), ensure_ascii=False, indent=1))
