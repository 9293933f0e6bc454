"""Positions a planner can trust: one identity per real-world facility, a precision that covers what a mention
names, and nothing below a province standing on a province's point.

Pure functions over the geoparser's mentions, run on the whole corpus before the layers are built
(:func:`settle_corpus`, called by ``layers.build.frames_of_parsed``); the geoparser itself is unchanged. Every
mention changed here says so in its ``note``. The rules, in order:

1. A feature the geoparser located at the place it is named after (``ctx:`` ids) is the gazetteer's facility
   when the gazetteer knows one of its written forms in the same city: ``包头支线机场`` → ``包头机场`` (ZBOW),
   ``海拉尔`` in ``包头、海拉尔、通辽等机场`` → ``海拉尔机场`` (ZBLA), ``曹妃甸`` in a list of 沿海港口 →
   ``曹妃甸港`` (唐山港), ``二连浩特边境口岸`` → ``二连浩特口岸``. An air port of entry (``呼和浩特航空口岸``)
   stands at its city's airport.
2. A feature whose name joins several places (``乌兰察布—二连浩特陆港``, ``蒙西（包头—鄂尔多斯）…示范区``) is
   located at those places (their mean; precision = how far they reach), and one named after a province or a
   region of provinces with a smaller place in its name (``蒙晋冀（乌大张）…``) at that place.
3. A feature located at a unit or a named feature is at least as imprecise as that unit is large
   (:func:`unit_reach_m`: the farthest point of its territory) or that feature reaches; so is a gazetteer
   feature anchored on a unit's point with nothing more exact (二连浩特口岸 at 二连浩特市's seat: the city's
   reach, not 5 km), and a township the geoparser put at its county's point.
4. A river drawn from GSHHG (the Yellow River) stands on its line, with its reach as precision: the river's
   basin when the gazetteer has one (``黄河流域``), else the stretch the data holds.
5. Nothing below a province stays on a province's point: such a feature is kept, unlocated. A river named as
   an item of a list of basins (松花江 in 黄河、松花江、辽河、海河等重点流域,
   ``data/lexicon/basin_words.csv``) is its basin: located at the gazetteer's ``{river}流域`` when there is
   one (the GSHHG river with the basin's reach for 黄河), else kept unlocated, since a river's course is not
   its catchment.
6. Across plans, the mentions of one facility share one identity: airports by ICAO (their gazetteer place),
   ports and parks by normalised name (``data/lexicon/facility_forms.csv``) and city.

A mention keeps the name its plan gives (``name_zh``: 包头支线机场); its ``place_id`` and position are the
facility's.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import numpy as np
import shapely

from geo.crs import haversine_m
from geo.gazetteer import Gazetteer, Place
from geo.lexicon import alternation, table
from geo.mention import Mention
from layers.admin import admin_polygon

ROOT = Path(__file__).resolve().parent.parent
FACILITIES = ("airport", "port", "park")
MAY_STAND_ON_PROVINCE = ("province", "city", "region", "country")
"""Kinds that may share a province's point: the province itself, a municipality's city (北京市 is both),
regions and countries (whose point a member's may be). Everything else lies inside a province and has its own
point."""
LOCATED_AT = re.compile(r"located at (?:its member |its home side )?([^,;，；]+)")
NOT_THE_AIRPORT = re.compile(r"通用机场|新机场")
"""A general-aviation or a new airport is another facility than the airport a city has."""


def normal_name(name: str) -> str:
    """A facility's name with the forms of ``data/lexicon/facility_forms.csv`` normalised (边境口岸 → 口岸,
    铁路公路 → 公铁)."""
    for r in table("facility_forms"):
        name = name.replace(r["form"], r["normal"])
    return name


def port_type(name: str) -> str:
    """A port's type from the words of its name (``data/lexicon/port_types.csv``, first match): 沿海港口 →
    海港."""
    return next((r["port_type"] for r in table("port_types") if r["word"] in name), "口岸")


def city_of(adcode: str, g: Gazetteer) -> str:
    """The prefecture-level code of a unit (itself for a city, a province-administered county or a
    municipality)."""
    p = g.by_adcode(adcode) if adcode else None
    return (p.city_adcode or p.adcode) if p else ""


@lru_cache(maxsize=4096)
def unit_reach_m(adcode: str, lon: float, lat: float) -> float:
    """How far a unit's territory reaches from a point: the largest distance from it to the unit's boundary
    (cnmaps polygon in WGS 84), rounded up to 100 m; 0 when the polygon is not available. Whatever lies in the
    unit lies within this distance of the point, wherever the seat stands in it (二连浩特's on its northern
    edge: 77 km)."""
    try:
        poly = admin_polygon(adcode)
    except OSError:
        return 0.0
    xy = shapely.get_coordinates(poly)
    return math.ceil(float(np.max(haversine_m(xy[:, 0], xy[:, 1], lon, lat))) / 100) * 100


def extent_m(p: Place) -> float:
    """How far from its point something located by this place may lie: a unit's reach (:func:`unit_reach_m`,
    at least its nominal spread; a township placed at its county's point has the county's, a feature anchored
    on its unit's point that unit's), a feature's precision."""
    # a gazetteer feature anchored on its unit's point (额布都格口岸) lies somewhere in that unit
    on_a_unit = p.coord_source == "county_of_township" or p.coord_source.startswith("anchor_")
    if not (p.place_id.startswith("adm:") or on_a_unit):
        return p.precision_m
    return max(p.precision_m, p.spread_m, unit_reach_m(p.adcode, p.lon, p.lat))


def _at(m: Mention, p: Place) -> bool:
    return m.lon is not None and m.lat is not None and abs(m.lon - p.lon) < 1e-6 and abs(m.lat - p.lat) < 1e-6


def head_of(m: Mention, g: Gazetteer) -> Place | None:
    """The place a feature was located at by the geoparser (its note's "located at X", at the same point),
    else the unit of its adcode when the feature stands on that unit's point."""
    found = LOCATED_AT.search(m.note)
    if found:
        name = found.group(1).strip()
        cands = g.candidates(name) + ([g.places[g.exact[name]]] if name in g.exact else [])
        hit = next((p for p in cands if _at(m, p)), None)
        if hit:
            return hit
    unit = g.by_adcode(m.adcode) if m.adcode else None
    return unit if unit and _at(m, unit) else None


def _forms(m: Mention) -> list[tuple[str, str]]:
    """Written forms under which the gazetteer may know a feature located at a place, each with the kind it
    must have."""
    forms = [(normal_name(m.name_zh), m.kind), (m.name_zh, m.kind)]
    if m.kind == "airport" and not NOT_THE_AIRPORT.search(m.name_zh):
        forms += [
            (m.surface + "机场", "airport"),
            (re.sub(r"(?:支线|国际|运输)机场$", "机场", m.name_zh), "airport"),
        ]
    elif m.kind == "port" and "航空口岸" in m.name_zh:
        forms += [(m.surface + "机场", "airport"), (m.name_zh.replace("航空口岸", "机场"), "airport")]
    elif m.kind == "port" and m.name_zh.endswith(("港口", "港区")):
        forms.append((m.surface + "港", "port"))
    elif m.kind == "port" and m.name_zh.endswith("口岸"):
        forms.append((m.surface + "口岸", "port"))
    return forms


def gazetteer_facility(m: Mention, g: Gazetteer) -> tuple[Place, str] | None:
    """The gazetteer's facility (and the form that found it) for a feature located at a place: same kind (an
    airport for an air port of entry), same city."""
    city = city_of(m.adcode, g)
    for form, kind in _forms(m):
        p = g.places.get(g.exact.get(form, ""))
        if p and p.kind == kind and p.place_id != m.place_id and (p.city_adcode or p.adcode) == city:
            return p, form
    return None


def _noted(m: Mention, why: str) -> str:
    return f"{m.note}; {why}" if m.note else why


def _moved(
    m: Mention, lon: float | None, lat: float | None, precision: float, source: str, adcode: str, why: str
) -> Mention:
    return replace(
        m, lon=lon, lat=lat, precision_m=precision, coord_source=source, adcode=adcode, note=_noted(m, why)
    )


def as_facility(m: Mention, g: Gazetteer) -> Mention | None:
    """Rule 1: the feature as the gazetteer's facility, or an air port of entry at its airport; None if
    neither."""
    found = gazetteer_facility(m, g)
    if found is None:
        return None
    p, form = found
    if p.kind != m.kind:  # an air port of entry: a port of its own, at the airport
        icao = p.anchor.partition(":")[2] if p.anchor.startswith("icao:") else p.place_id
        return _moved(
            m, p.lon, p.lat, p.precision_m, p.coord_source, p.adcode, f"at the airport {p.name_zh} ({icao})"
        )
    m = _moved(
        m, p.lon, p.lat, p.precision_m, p.coord_source, p.adcode, f"the gazetteer's {p.name_zh} (form {form})"
    )
    return replace(m, place_id=p.place_id)


UNIT_KINDS = ("city", "county", "town")
DASH = re.compile(r"[—－-]")


def _province_level(p: Place) -> bool:
    """A province, or a region made of provinces (蒙晋冀, 长三角)."""
    return p.kind == "province" or bool(p.members) and all(a.endswith("0000") for a in p.members)


def _unit_at_start(part: str, near: tuple[float, float], g: Gazetteer) -> Place | None:
    """The city or county whose written form begins ``part`` (longest first; the one nearest ``near`` of a
    shared name)."""
    for k in range(len(part), 1, -1):
        cands = [p for p in g.candidates(part[:k]) if p.kind in ("city", "county")]
        if cands:
            return min(cands, key=lambda p: float(haversine_m(p.lon, p.lat, *near)))
    return None


def named_places(m: Mention, inner: list[Mention], g: Gazetteer) -> list[Place]:
    """The places below a province a feature's name holds: the located places inside its span
    (蒙西（包头—鄂尔多斯）…), else the places its dash-joined parts begin with (乌兰察布—二连浩特陆港,
    准格尔—托克托—清水河工业园区); a unit holding another named one gives way to it (包头 to 九原)."""
    found = [
        g.places[x.place_id]
        for x in inner
        if x.place_id in g.places
        and x.lon is not None
        and (x.kind in UNIT_KINDS or x.kind == "region" and not _province_level(g.places[x.place_id]))
    ]
    parts = DASH.split(re.sub(r"（[^）]*）", "", m.name_zh))
    if not found and len(parts) >= 2 and m.lon is not None and m.lat is not None:
        found = [p for p in (_unit_at_start(x, (m.lon, m.lat), g) for x in parts) if p]
    found = list({p.place_id: p for p in found}.values())
    return [
        p
        for p in found
        if not any(q is not p and q.adcode != p.adcode and q.city_adcode == p.adcode for q in found)
    ]


def union_of(places: list[Place]) -> tuple[float, float, float]:
    """Mean point of places and how far they reach from it (distance to each plus its own extent), in
    metres."""
    lon = sum(p.lon for p in places) / len(places)
    lat = sum(p.lat for p in places) / len(places)
    reach = max(float(haversine_m(lon, lat, p.lon, p.lat)) + extent_m(p) for p in places)
    return lon, lat, round(reach, -3)


def at_named_places(m: Mention, inner: list[Mention], head: Place | None, g: Gazetteer) -> Mention | None:
    """Rule 2: a feature named after several places is located at them; one named after a province-level head
    with one smaller place in its name, at that place. None when the rule does not apply."""
    places = named_places(m, inner, g)
    if len(places) >= 2:
        lon, lat, reach = union_of(places)
        return _moved(
            m,
            lon,
            lat,
            reach,
            "members",
            head.adcode if head and head.level <= 3 else places[0].adcode,
            "named after " + "、".join(p.name_zh for p in places) + ": at their mean, precision their reach",
        )
    if len(places) == 1 and head is not None and _province_level(head):
        p = places[0]
        return _moved(
            m,
            p.lon,
            p.lat,
            extent_m(p),
            p.coord_source,
            p.adcode,
            f"at {p.name_zh}, the place its name holds",
        )
    return None


@lru_cache(maxsize=1)
def gshhg_level1() -> np.ndarray:
    """Vertices (lon, lat) of the GSHHG level-1 river lines in data/gshhg: the Yellow River main stem
    there."""
    doc = json.loads((ROOT / "data" / "gshhg" / "rivers.geojson").read_text(encoding="utf-8"))
    lines = [f["geometry"] for f in doc["features"] if f["properties"]["gshhg_level"] == 1]
    return np.array(
        [
            xy
            for geom in lines
            for part in ([geom["coordinates"]] if geom["type"] == "LineString" else geom["coordinates"])
            for xy in part
        ]
    )


def river_position(p: Place, g: Gazetteer) -> tuple[float, float, float]:
    """Rule 4: a place anchored on the GSHHG Yellow River stands on the river (its vertex nearest the anchor's
    point); its precision is the river's reach: the basin's (``{name}流域`` in the gazetteer) or, without one,
    the stretch the data holds — never less than the place's own."""
    xy = gshhg_level1()
    d = haversine_m(xy[:, 0], xy[:, 1], p.lon, p.lat)
    lon, lat = (float(v) for v in xy[int(np.argmin(d))])
    reach = float(np.max(haversine_m(xy[:, 0], xy[:, 1], lon, lat)))
    basin = g.places.get(g.exact.get(p.name_zh + "流域", ""))
    # the river lies within its basin: how far the basin's members reach from this point bounds it
    if basin is not None:
        members = [u for u in map(g.by_adcode, basin.members) if u] or [basin]
        reach = max(reach, *(float(haversine_m(lon, lat, u.lon, u.lat)) + extent_m(u) for u in members))
    return lon, lat, round(max(reach, p.precision_m), -3)


def river_places(g: Gazetteer) -> dict[str, tuple[float, float, float]]:
    """Settled positions of the places anchored on the GSHHG Yellow River (黄河, 黄河几字弯), by place id."""
    return g.derived(
        "river_positions",
        lambda g: {p.place_id: river_position(p, g) for p in g.places.values() if p.anchor == "river:yellow"},
    )


def honest_precision(m: Mention, head: Place | None, rivers: dict) -> Mention:
    """Rules 3 and 4: a mention of a river stands on it with its reach; a feature located at a place is at
    least as imprecise as that place is large (a unit's spread) or reaches (a region, a river)."""
    if m.place_id in rivers:
        lon, lat, reach = rivers[m.place_id]
        return _moved(
            m,
            lon,
            lat,
            reach,
            "gshhg (on the river; precision its reach)",
            m.adcode,
            "on the GSHHG river line",
        )
    if head is None:
        return m
    if head.place_id in rivers:
        lon, lat, reach = rivers[head.place_id]
        return _moved(
            m,
            lon,
            lat,
            max(reach, m.precision_m or 0.0),
            "gshhg (on the river; precision its reach)",
            m.adcode,
            f"on {head.name_zh}'s GSHHG line, with its reach",
        )
    if extent_m(head) > (m.precision_m or 0.0):
        return _moved(
            m,
            m.lon,
            m.lat,
            extent_m(head),
            m.coord_source,
            m.adcode,
            f"precision {extent_m(head) / 1000:.0f} km, the extent of {head.name_zh}",
        )
    return m


def province_points(g: Gazetteer) -> dict[tuple[float, float], str]:
    """The provinces' points (rounded to 1e-6°), each with the province's name."""
    return g.derived(
        "province_points",
        lambda g: {
            (round(p.lon, 6), round(p.lat, 6)): p.name_zh for p in g.places.values() if p.kind == "province"
        },
    )


def on_province_point(m: Mention, g: Gazetteer) -> str:
    """The province on whose point a mention of a kind that lies inside a province stands, or ''."""
    if m.lon is None or m.lat is None or m.kind in MAY_STAND_ON_PROVINCE:
        return ""
    return province_points(g).get((round(m.lon, 6), round(m.lat, 6)), "")


ADMIN_KINDS = ("province", "city", "county", "town")
"""Kinds whose point is their own (a seat, a GeoNames place): never raised to the extent of a unit they stand
on."""
LINE_KINDS = ("rail", "road", "energy")
"""Kinds drawn as lines through their stops: their point is a stop of the line, their precision the line's."""


@lru_cache(maxsize=1)
def basin_list() -> re.Pattern:
    """What follows a river named as an item of a list of basins: more 、-items, 等 and a qualifier, then the
    basin word (``data/lexicon/basin_words.csv``)."""
    basin = alternation("basin_words", role="basin")
    qualifier = alternation("basin_words", role="qualifier")
    return re.compile(rf"(?:、[^、，。；：（）\s]{{1,12}})*(?:等(?:{qualifier})?)?(?:{basin})")


def as_basin(m: Mention, text: str, g: Gazetteer) -> Mention | None:
    """Rule 5 for a river named as an item of a list of basins: the gazetteer's basin (its point, its reach),
    or kept unlocated; None when the mention is not such an item. The GSHHG Yellow River keeps rule 4 (its
    reach is the basin's)."""
    if m.kind != "water" or not text or m.place_id in river_places(g) or not basin_list().match(text, m.end):
        return None
    basin = g.places.get(g.exact.get(m.name_zh + "流域", ""))
    if basin is None:
        return _unlocated(
            m,
            f"named as a basin ({m.name_zh}流域), whose extent is not in the data; a river's course is not "
            "its catchment",
        )
    return replace(
        m,
        kind=basin.kind,
        place_id=basin.place_id,
        adcode=basin.adcode,
        lon=basin.lon,
        lat=basin.lat,
        precision_m=extent_m(basin),
        coord_source=basin.coord_source,
        note=_noted(m, f"named as a basin: {basin.name_zh}, with its reach"),
    )


def head_here(m: Mention, g: Gazetteer) -> Place | None:
    """The place a feature stands on: the one the geoparser located it at (``ctx:`` ids), else for a gazetteer
    feature anchored on a unit the unit whose point it shares (rule 3)."""
    if m.place_id.startswith("ctx:"):
        return head_of(m, g)
    township = m.kind == "town" and m.coord_source == "county_of_township"  # a township at its county's point
    if (m.kind in ADMIN_KINDS + LINE_KINDS and not township) or m.place_id.startswith("adm:"):
        return None
    unit = g.by_adcode(m.adcode) if m.adcode else None
    return unit if unit and _at(m, unit) else None


def settle(m: Mention, ms: list[Mention], g: Gazetteer, text: str = "") -> Mention:
    """One mention of a plan whose mentions are ``ms`` (and whose text is ``text``) through rules 1–5 (see the
    module's docstring)."""
    if m.lon is None:
        return m
    if m.place_id.startswith("ctx:") and m.kind in FACILITIES:
        found = as_facility(m, g)
        if found is not None:  # the gazetteer's facility, as imprecise as the unit it is anchored on (rule 3)
            return honest_precision(found, head_here(found, g), river_places(g))
    head = head_here(m, g)
    if m.kind == "water" and "流域" in m.note and head is not None and head.kind in UNIT_KINDS:
        return _unlocated(
            m,
            f"a river basin is not the settlement {head.name_zh} that shares its name, and its extent "
            "is not in the data",
        )
    if (basin := as_basin(m, text, g)) is not None:
        return basin
    if m.place_id.startswith("ctx:") and m.kind in FACILITIES + ("eco_zone",):
        inner = [x for x in ms if x is not m and m.start <= x.start and x.end <= m.end]
        m = at_named_places(m, inner, head, g) or honest_precision(m, head, river_places(g))
    else:
        m = honest_precision(m, head, river_places(g))
    if province := on_province_point(m, g):
        return _unlocated(m, f"it would stand on the point of {province}, and lies inside a province")
    return m


def _unlocated(m: Mention, why: str) -> Mention:
    """Kept, listed, with no point (rule 5, and a river basin the data does not draw)."""
    return replace(
        m, lon=None, lat=None, precision_m=None, coord_source="", note=_noted(m, f"not located: {why}")
    )


def identity(m: Mention, g: Gazetteer) -> tuple[str, ...] | None:
    """Rule 6: what makes two mentions one facility: an airport's ICAO code, else kind, normalised name and
    city."""
    if m.kind not in FACILITIES or m.lon is None:
        return None
    p = g.places.get(m.place_id)
    if p is not None and p.anchor.startswith("icao:"):
        return ("icao", p.anchor)
    return (m.kind, normal_name(m.name_zh), city_of(m.adcode, g))


def _rank(m: Mention) -> tuple:
    """Which mention of a facility speaks for it: airportsdata, then a gazetteer place, then the most precise,
    then one written in the normal form (蒙西（…）… before 内蒙古西部（…）…)."""
    return (
        m.coord_source != "airportsdata",
        m.place_id.startswith("ctx:"),
        m.precision_m or 0.0,
        normal_name(m.name_zh) != m.name_zh,
        m.place_id,
    )


def speakers(mentions: Iterable[Mention], g: Gazetteer) -> dict[tuple, Mention]:
    """Rule 6: for each facility (its :func:`identity`), the mention that speaks for it (the first of the best
    :func:`_rank`, in the order given)."""
    best: dict[tuple, Mention] = {}
    for m in mentions:
        if (key := identity(m, g)) is not None and (key not in best or _rank(m) < _rank(best[key])):
            best[key] = m
    return best


def as_one_facility(m: Mention, best: dict[tuple, Mention], g: Gazetteer) -> Mention:
    """Rule 6 for one mention: the id and position of the mention that speaks for its facility (``best``: see
    :func:`speakers`); the mention itself when it speaks for it or names no facility."""
    key = identity(m, g)
    b = best.get(key) if key else None
    if b is None or b.place_id == m.place_id:
        return m
    return replace(
        m,
        place_id=b.place_id,
        adcode=b.adcode,
        lon=b.lon,
        lat=b.lat,
        precision_m=b.precision_m,
        coord_source=b.coord_source,
        note=_noted(m, f"one facility with {b.name_zh} ({b.place_id})"),
    )


ONE_FACILITY_FIELDS = ("place_id", "adcode", "lon", "lat", "precision_m", "coord_source", "note")
"""What :func:`as_one_facility` changes in a mention."""


def one_identity(
    parsed: dict[str, list[tuple[Mention, int]]], g: Gazetteer
) -> dict[str, list[tuple[Mention, int]]]:
    """Rule 6 over the corpus: every mention of a facility takes the id and position of the one that speaks
    for it."""
    best = speakers((m for items in parsed.values() for m, _ in items), g)
    return {plan: [(as_one_facility(m, best, g), k) for m, k in items] for plan, items in parsed.items()}


def settle_plan(items: list[tuple[Mention, int]], g: Gazetteer, text: str = "") -> list[tuple[Mention, int]]:
    """Rules 1–5 over one plan's mentions (with their sentence index); ``text``: the plan's normalised
    text."""
    ms = [m for m, _ in items]
    return [(settle(m, ms, g, text), k) for m, k in items]


def settle_corpus(
    parsed: dict[str, list[tuple[Mention, int]]], g: Gazetteer, texts: dict[str, str] | None = None
) -> dict[str, list[tuple[Mention, int]]]:
    """Every plan's mentions with positions a planner can trust (rules 1–6 of this module); ``texts``: each
    plan's normalised text, which the mentions' offsets point into (without it, no river is read as a basin).
    Rules 1–5 look at one plan only (:func:`settle_plan`), rule 6 at the corpus (:func:`one_identity`)."""
    out = {plan: settle_plan(items, g, (texts or {}).get(plan, "")) for plan, items in parsed.items()}
    return one_identity(out, g)
