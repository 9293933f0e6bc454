"""Where a project is: its cities and counties from the places it names and from the plan's scope.

- ``cities`` / ``city_adcodes`` (the contract): every prefecture-level unit the project lies in or names.
- ``cluster_cities`` / ``cluster_city_adcodes``: those of the cluster (:data:`layers.admin.CLUSTER_CITIES`),
  the city filter. A line belongs to every cluster city among its stops.
- ``ends``: a line's stops outside the cluster (兰州市, 哈密市), kept with the line, never a filter city.
- ``county_adcodes``: the county-level units of the places it names.

A task of a city's work plan (the manifest's scope begins with one city: ``包头市及其与…``) lies in that city
unless every place of work it names lies elsewhere; partners it names (呼包鄂乌, 呼和浩特市 in
配合呼和浩特市…) and natural features (a range's point says nothing of where the work is) do not move it.
"""

from __future__ import annotations

import re

from shapely.geometry import MultiPoint

from geo.gazetteer import Gazetteer, Place
from geo.mention import Mention
from layers.admin import CLUSTER_CITIES

NOT_WORK_PLACES = ("province", "city", "region", "country", "unresolved", "water", "landform")
"""Kinds of name that, in a task, say who works with whom or what is worked on, not where the work is."""


def home_city(plan, g: Gazetteer) -> Place | None:
    """The prefecture-level city whose work plan this is: the scope begins with its full name followed by 及,
    的, 与 or nothing (``包头市及其与呼和浩特、鄂尔多斯、乌兰察布的协同``); a scope listing cities names
    none."""
    m = re.match(r"([\u4e00-\u9fff]{2,8}?[市盟州])(?=及|的|与|$)", plan.meta.get("scope", ""))
    p = g.admin_by_name(m.group(1)) if m else None
    return p if p is not None and p.level == 2 else None


def city_of(p: Place | None) -> str:
    """The prefecture-level code of an administrative unit (itself for a city), '' for a province or none."""
    if p is None:
        return ""
    code = p.adcode if p.level == 2 else p.city_adcode if p.level == 3 else ""
    return code if code.endswith("00") and not code.endswith("0000") else ""


def attribution(
    adcodes: list[str], g: Gazetteer, *, home: Place | None = None, line_names: list[str] | None = None
) -> dict:
    """The location columns of a project from the adcodes of its places (a line's stops in order, with their
    names in ``line_names``); ``home``: the plan's city, kept unless the places all lie elsewhere."""
    units = [g.by_adcode(a) for a in adcodes]
    cities = list(dict.fromkeys(c for c in map(city_of, units) if c))
    if home is not None and (not cities or home.adcode in cities):
        cities = [home.adcode, *cities]
    cities = sorted(set(cities))
    cluster = [c for c in cities if c in CLUSTER_CITIES]
    ends = [n for n, u in zip(line_names or [], units) if city_of(u) not in CLUSTER_CITIES]
    counties = sorted({u.adcode for u in units if u is not None and u.level == 3})
    return {
        "cities": ",".join(_unit_name(g, c) for c in cities),
        "city_adcodes": ",".join(cities),
        "cluster_cities": ",".join(_unit_name(g, c) for c in cluster),
        "cluster_city_adcodes": ",".join(cluster),
        "ends": ",".join(dict.fromkeys(ends)),
        "county_adcodes": ",".join(counties),
    }


def _unit_name(g: Gazetteer, adcode: str) -> str:
    """The name of a unit the gazetteer lists (cities are taken from its own units); the code if it does
    not."""
    unit = g.by_adcode(adcode)
    return unit.name_zh if unit is not None else adcode


def work_adcodes(ms: list[Mention], g: Gazetteer) -> list[str]:
    """The places of work a task names: the stops of its lines, and its county-level places of other kinds
    (a port, a county, a park in a county); a place known only to its city (包头保税物流中心) adds nothing."""
    out: list[str] = []
    for m in ms:
        if m.line_stops:
            out += [g.places[p].adcode for p in m.line_stops if p in g.places]
        elif (
            m.kind not in NOT_WORK_PLACES
            and m.adcode
            and (u := g.by_adcode(m.adcode)) is not None
            and u.level == 3
        ):
            out.append(m.adcode)
    return list(dict.fromkeys(out))


def located_points(ms: list[Mention]):
    """The located mentions as one MultiPoint, or None."""
    pts = [(m.lon, m.lat) for m in ms if m.lon is not None and not m.line_stops]
    return MultiPoint(pts) if pts else None
