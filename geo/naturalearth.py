"""Natural Earth geometry for the gazetteer's named features: rivers as centrelines, lakes, regions and seas
as polygons, peaks as points (``data/naturalearth/``, cut by ``scripts/cut_naturalearth.py``; public domain).

A feature row of a subkind that Natural Earth draws (``data/lexicon/naturalearth_classes.csv``) takes the
geometry of the Natural Earth feature of an allowed class whose Chinese name is one of the row's written forms
(Natural Earth's forms widened by ``data/lexicon/naturalearth_suffixes.csv``: 天山山脉 is also 天山), provided
it lies near the units the row is anchored on (a homonym elsewhere is refused). The place then stands on a
point of the geometry, with the geometry's reach from that point as its precision, and its anchor
``ne:LAYER:ID`` names the geometry, which :func:`geometry` returns. All coordinates are WGS 84.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from geo import paths
from geo.lexicon import table

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

NE = paths.DATA / "naturalearth"
LAYERS = ("rivers", "lakes", "regions", "marine", "elevation_points")
GUARD_M = 30_000.0
"""How far beyond a member unit's extent a Natural Earth geometry may lie and still be taken for the row's
feature: the generalisation of both datasets, and a shore city's seat some way inland."""
POINT_PRECISION_M = 2000.0
"""A Natural Earth elevation point (a summit) is placed at 1:10 million: within about 2 km."""


class Feature(NamedTuple):
    """One Natural Earth feature of the cut: its layer, class, names, ids and shapely geometry."""

    layer: str
    ne_class: str
    name_zh: str
    name_en: str
    ne_id: str
    wikidataid: str
    geom: BaseGeometry


@lru_cache(maxsize=1)
def features() -> tuple[Feature, ...]:
    """Every feature of the committed cut, read once per process."""
    from shapely.geometry import shape

    out = []
    for layer in LAYERS:
        path = NE / f"{layer}.geojson"
        if not path.exists():
            continue
        for f in json.loads(path.read_text(encoding="utf-8"))["features"]:
            p = f["properties"]
            if not f["geometry"]:
                continue
            out.append(
                Feature(
                    layer,
                    p["ne_class"],
                    p["name_zh"],
                    p["name_en"],
                    str(p["ne_id"]),
                    p["wikidataid"],
                    shape(f["geometry"]),
                )
            )
    return tuple(out)


@lru_cache(maxsize=1)
def version() -> str:
    """The cut's source line, as the cut script wrote it (versions and commits of both inputs)."""
    path = NE / "rivers.geojson"
    return json.loads(path.read_text(encoding="utf-8")).get("source", "") if path.exists() else ""


def forms(name_zh: str) -> set[str]:
    """The written forms a Natural Earth name stands for:
    itself and its variants by suffix (天山山脉 → 天山)."""
    out = {name_zh}
    for r in table("naturalearth_suffixes"):
        if name_zh.endswith(r["ne_suffix"]) and len(name_zh) > len(r["ne_suffix"]):
            out.add(name_zh[: -len(r["ne_suffix"])] + r["form_suffix"])
    return out


@lru_cache(maxsize=1)
def by_form() -> dict[str, tuple[Feature, ...]]:
    """Features by every written form of their Chinese name."""
    index: dict[str, list[Feature]] = {}
    for f in features():
        for form in forms(f.name_zh):
            index.setdefault(form, []).append(f)
    return {k: tuple(v) for k, v in index.items()}


def allowed(subkind: str) -> dict[str, set[str]]:
    """Natural Earth layer → classes that may give a row of this subkind its geometry (none: {})."""
    out: dict[str, set[str]] = {}
    for r in table("naturalearth_classes"):
        if r["subkind"] == subkind:
            out.setdefault(r["layer"], set()).update(r["ne_classes"].split("|"))
    return out


def distance_m(geom, lon: float, lat: float) -> float:
    """Great-circle distance from a point to the nearest part of a geometry (0 inside a polygon)."""
    import shapely
    from shapely.ops import nearest_points

    from geo.crs import haversine_m

    pt = shapely.Point(lon, lat)
    if geom.covers(pt):
        return 0.0
    near = nearest_points(geom, pt)[0]
    return float(haversine_m(lon, lat, near.x, near.y))


def near_unit(geom, unit: tuple[float, float, float]) -> bool:
    """Whether a geometry comes within ``GUARD_M`` of a unit (lon, lat, spread in m): within twice its spread
    of its point, since a unit's point (its seat) need not lie at its centre."""
    lon, lat, spread = unit
    return distance_m(geom, lon, lat) <= 2 * spread + GUARD_M


def near_units(geom, units: list[tuple[float, float, float]]) -> bool:
    """Whether a geometry lies at the units a row is anchored on: near at least half of them. No units:
    nothing to check against."""
    return not units or 2 * sum(near_unit(geom, u) for u in units) >= len(units)


def candidates(names: list[str], subkind: str, english: frozenset[str] = frozenset()) -> list[Feature]:
    """Features of an allowed class whose Chinese name is one of ``names`` (and, if given, whose English name
    is one of ``english``: Natural Earth's Chinese labels are sometimes wrong)."""
    classes = allowed(subkind)
    idx = by_form()
    found = {
        f.ne_id + f.layer: f
        for n in names
        for f in idx.get(n, ())
        if f.ne_class in classes.get(f.layer, ()) and (not english or f.name_en.lower() in english)
    }
    return sorted(found.values(), key=lambda f: (f.layer, f.ne_id))


def match(
    names: list[str],
    subkind: str,
    units: list[tuple[float, float, float]],
    english: frozenset[str] = frozenset(),
) -> list[Feature]:
    """The Natural Earth features that are this row's feature: its names, an allowed class, at its units.

    A feature that is not at the units is a homonym and is dropped (:func:`_at_units`); the others (a river
    drawn in several pieces: its upper course, its lower course, its stretch through a lake) together must lie
    at the row's units (:func:`near_units`). Features of one layer only, the first that fits."""
    found = candidates(names, subkind, english)
    for layer in dict.fromkeys(f.layer for f in found):
        near = [f for f in found if f.layer == layer and _at_units(f.geom, units)]
        if near and near_units(union(near), units):
            return near
    return []


def _at_units(geom, units: list[tuple[float, float, float]]) -> bool:
    """Whether one feature may be (part of) the row's: an area or a point near any of its units; a line near
    half of them or with its middle near one (the Mekong below China passes near 西双版纳 but is not the
    澜沧江, whose units run up to Qinghai)."""
    if not units:
        return True
    if "Line" not in geom.geom_type:
        return any(near_unit(geom, u) for u in units)
    from shapely.ops import nearest_points

    middle = nearest_points(geom, geom.centroid)[0]
    return near_units(geom, units) or any(near_unit(middle, u) for u in units)


def union(found: list[Feature]) -> BaseGeometry:
    from shapely.ops import unary_union

    return found[0].geom if len(found) == 1 else unary_union([f.geom for f in found])


def _km_up(metres: float) -> float:
    """Metres rounded up to the kilometre: a precision never claims less than the geometry shows."""
    return float(math.ceil(metres / 1000) * 1000)


def point_and_reach(geom) -> tuple[float, float, float]:
    """A point on the geometry (on a line, inside a polygon) and how far any part of it lies from that point,
    in m."""
    import numpy as np
    import shapely

    from geo.crs import haversine_m

    if geom.geom_type == "Point":
        return geom.x, geom.y, POINT_PRECISION_M
    if "Line" in geom.geom_type or geom.geom_type == "GeometryCollection":
        from shapely.ops import nearest_points

        pt = nearest_points(geom, geom.centroid)[0]  # the point of the line nearest its centre
    else:
        pt = geom.representative_point()
    xy = shapely.get_coordinates(geom)
    reach = float(np.max(haversine_m(pt.x, pt.y, xy[:, 0], xy[:, 1])))
    return pt.x, pt.y, max(_km_up(reach), POINT_PRECISION_M)


def line_reach(lon: float, lat: float, reach: float, units: list[tuple[float, float, float]]) -> float:
    """A river's precision from a point on its line: Natural Earth often draws only part of a course (its 长江
    starts at 宜宾), so the row's units, which run from source to mouth, may reach farther than the line."""
    from geo.crs import haversine_m

    return max(
        [
            reach,
            *(_km_up(float(haversine_m(lon, lat, u_lon, u_lat)) + spread) for u_lon, u_lat, spread in units),
        ]
    )


def anchor(found: list[Feature]) -> str:
    """``ne:LAYER:ID+ID…``: which features of the cut a place's geometry is."""
    return f"ne:{found[0].layer}:" + "+".join(f.ne_id for f in found)


def describe(found: list[Feature]) -> str:
    """The provenance of a matched geometry, for a place's ``source``."""
    f = found[0]
    ids = ", ".join(sorted({x.wikidataid for x in found if x.wikidataid}))
    return (
        f"geometry: Natural Earth 10m {f.layer} '{f.name_en}' "
        f"({f.ne_class}{'; ' + ids if ids else ''}); {version()}"
    )


def coord_source(found: list[Feature]) -> str:
    g = found[0].geom.geom_type
    return "naturalearth_" + ("point" if g == "Point" else "line" if "Line" in g else "polygon")


@lru_cache(maxsize=256)
def _geometry(ref: str) -> BaseGeometry | None:
    _, layer, ids = ref.split(":", 2)
    wanted = set(ids.split("+"))
    found = [f for f in features() if f.layer == layer and f.ne_id in wanted]
    return union(found) if found else None


def geometry(place) -> BaseGeometry | None:
    """The Natural Earth geometry a gazetteer place stands on (shapely, WGS 84), or None if it has none."""
    ref = getattr(place, "anchor", "") or ""
    return _geometry(ref) if ref.startswith("ne:") else None
