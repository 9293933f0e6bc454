"""Named features of the gazetteer (curated, national nature, regions, lines, facilities): one row a feature,
each placed by its anchor on real data — an airport, a unit, a union of units or countries, a GSHHG lake.
Used by :mod:`geo.gazetteer_build`.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from geo.gazetteer import DATA, GENERIC, Gazetteer, Place, read_table
from geo.lexicon import one, table, words

PORT_WORD = re.compile(
    one("feature_words", "pattern", kind="port", subkind=one("rule_words", "pattern", rule="port_short_form"))
    + "$"
)
"""The words that end a border port's name (口岸, 铁路口岸): data/lexicon/feature_words.csv."""
WATER_ENDING = re.compile(
    "(?:" + "|".join(map(re.escape, words("feature_endings", "ending", kind="water"))) + ")$"
)
"""The last words of water features' names (湾, 河): data/lexicon/feature_endings.csv."""


def _member(g: Gazetteer, token: str, near: str) -> Place | None:
    """A unit named in an anchor: a 6-digit adcode, or a full name (the one in ``near``'s province first)."""
    return g.by_adcode(token) if token.isdigit() else g.admin_by_name(token, near)


def _union_point(g: Gazetteer, tokens: list[str], near: str) -> tuple[float, float, tuple[str, ...], float]:
    """Mean point of the member units, their adcodes, and how far any part of them lies from that point."""
    from geo.crs import haversine_m

    members = [m for m in (_member(g, t, near) for t in tokens) if m]
    lon = sum(m.lon for m in members) / len(members)
    lat = sum(m.lat for m in members) / len(members)
    if all(float(haversine_m(lon, lat, m.lon, m.lat)) > m.spread_m for m in members):
        # the mean falls outside every member (a ring of cities round a gulf, 东部地区 in Anhui):
        # take the claimed member, else the one nearest the mean
        home = next((m for m in members if m.adcode == near), None) or min(
            members, key=lambda m: float(haversine_m(lon, lat, m.lon, m.lat))
        )
        lon, lat = home.lon, home.lat
    reach = max(float(haversine_m(lon, lat, m.lon, m.lat)) + m.spread_m for m in members)
    return lon, lat, tuple(m.adcode for m in members), round(reach, -3)


def _country_point(g: Gazetteer, codes: list[str]) -> tuple[float, float, tuple[str, ...], float]:
    from geo.crs import haversine_m

    members = [g.places[f"iso:{c}"] for c in codes if f"iso:{c}" in g.places]
    lon = sum(m.lon for m in members) / len(members)
    lat = sum(m.lat for m in members) / len(members)
    reach = max(float(haversine_m(lon, lat, m.lon, m.lat)) + m.precision_m for m in members)
    return lon, lat, tuple(codes), round(reach, -3)


def _anchor(g: Gazetteer, r: dict, airports: dict) -> tuple[float, float, str, tuple[str, ...], float]:
    """Where a feature row's point comes from: (lon, lat, coord_source, member adcodes, precision in m).

    The precision is the row's own or, for a union of units, how far the union reaches from its mean
    point, whichever is larger: a mean point never claims more than its members allow.
    """
    kind_a, _, val = r["anchor"].partition(":")
    claimed, precision = r["claimed_adcode"], float(r["precision_m"])
    if kind_a == "icao":
        a = airports[val]
        return float(a["lon"]), float(a["lat"]), "airportsdata", (), precision
    if kind_a in ("county", "city", "adcode"):
        m = _member(g, val, claimed)
        return (
            m.lon,
            m.lat,
            f"anchor_{m.coord_source}",
            (m.adcode,),
            max(precision, m.spread_m),  # a feature anchored on a unit lies somewhere in it
        )
    if kind_a in ("line", "counties", "members", "adcodes"):
        lon, lat, members, reach = _union_point(g, val.split("|"), claimed)
        src = {"line": "waypoints", "members": "members"}.get(kind_a, "county_union")
        return lon, lat, src, members, precision if kind_a == "line" else max(precision, reach)
    if kind_a == "countries":
        lon, lat, members, reach = _country_point(g, val.split("|"))
        return lon, lat, "countries", members, max(precision, reach)
    if kind_a == "lake":
        m = g.admin_by_name(val, claimed)
        lake = _largest_lake(m.adcode)
        if lake:  # the lake's own point; it may be off by about half the lake's width
            return lake[0], lake[1], "gshhg_lake", (m.adcode,), max(1000.0, round(lake[2] ** 0.5 * 500, -2))
        # not in GSHHG at full resolution
        return m.lon, m.lat, f"anchor_{m.coord_source}", (m.adcode,), precision
    if kind_a == "river":
        seat = g.by_adcode(claimed)
        return seat.lon, seat.lat, "gshhg", (), precision
    raise ValueError(f"unknown anchor {r['anchor']!r} for {r['name']!r}")


@lru_cache(maxsize=1)
def _lakes() -> list[dict]:
    path = DATA.parent / "gshhg" / "lakes.geojson"
    return json.loads(path.read_text(encoding="utf-8"))["features"] if path.exists() else []


def _largest_lake(adcode: str) -> tuple[float, float, float] | None:
    """Representative point (lon, lat) and area of the largest GSHHG lake in a county, if any."""
    from shapely.geometry import shape

    found = [f for f in _lakes() if f["properties"]["county_adcode"] == adcode]
    if not found:
        return None
    best = max(found, key=lambda f: f["properties"]["area_km2"])
    pt = shape(best["geometry"]).representative_point()
    return pt.x, pt.y, best["properties"]["area_km2"]


FEATURE_TABLES = (
    "curated.csv",
    "national_nature.csv",
    "national_scenic.csv",
    "national_parks.csv",
    "national_sights.csv",
    "national_landforms.csv",
    "national_waters.csv",
    "national_reserves.csv",
    "national_reservoirs.csv",
    "national_regions.csv",
    "national_lines.csv",
    "national_facilities.csv",
    "national_zones.csv",
    "national_stations.csv",
)
"""Tables of named features, one row a feature, each anchored on real data (see data/README.md); a name in an
earlier table wins over the same name in a later one."""


NATURAL_EARTH_TABLES = ("national_nature.csv",)
"""Tables whose rows take Natural Earth geometry where it names them (:mod:`geo.naturalearth`); the curated
table of the cluster keeps its GSHHG and county anchors."""
VARIANTS = tuple((r["ending"], r["variant"]) for r in table("designation_variants"))
"""Other endings plans write for a name's (data/lexicon/designation_variants.csv): a zone's shorter
designation, a UHV line's fuller words."""


def _units(g: Gazetteer, members: tuple[str, ...]) -> list[tuple[float, float, float]]:
    """The member units of a row as (lon, lat, extent in m), for the homonym guard."""
    return [(u.lon, u.lat, u.spread_m) for u in (g.by_adcode(a) for a in members) if u]


@lru_cache(maxsize=1)
def _natural_earth_names() -> dict[str, list[str]]:
    """Row name → the Chinese names Natural Earth gives the feature where they differ
    (naturalearth_names.csv)."""
    out: dict[str, list[str]] = {}
    for r in read_table("naturalearth_names.csv") if (DATA / "naturalearth_names.csv").exists() else []:
        out.setdefault(r["name"], []).append(r["ne_name"])
    return out


def _natural_earth(
    g: Gazetteer, r: dict, members: tuple[str, ...]
) -> tuple[float, float, str, float, str, str] | None:
    """(lon, lat, coord_source, precision, anchor, source) from the Natural Earth feature of a row,
    if one matches."""
    from geo import naturalearth

    names = [r["name"], *filter(None, r["aliases"].split("|")), *_natural_earth_names().get(r["name"], [])]
    units = _units(g, members)
    found = naturalearth.match(names, r["subkind"], units)
    if not found:
        return None
    lon, lat, reach = naturalearth.point_and_reach(naturalearth.union(found))
    if naturalearth.coord_source(found) == "naturalearth_line":
        reach = naturalearth.line_reach(lon, lat, reach, units)
    return (
        lon,
        lat,
        naturalearth.coord_source(found),
        reach,
        naturalearth.anchor(found),
        f"{r['source']}; {naturalearth.describe(found)}",
    )


def _add_feature(g: Gazetteer, p: Place, names: list[str]) -> None:
    g.places[p.place_id] = p
    # 关中——天水经济区: the dash of a name written as the two-em 破折号 too; a name's other endings
    names = names + [n[: -len(a)] + b for n in names for a, b in VARIANTS if n.endswith(a)]
    for n in names + [n.replace("—", "——") for n in names if "—" in n and "——" not in n]:
        if g.exact.get(n, p.place_id) == p.place_id:
            g.add_name(n, p.place_id)
            g.exact[n] = p.place_id


def feature_places(g: Gazetteer, table: str, airports: dict) -> None:
    if not (DATA / table).exists():
        return
    for r in read_table(table):
        if r["name"] in g.exact:
            continue
        claimed = r["claimed_adcode"]
        lon, lat, src, members, precision = _anchor(g, r, airports)
        anchor, source = r["anchor"], r["source"]
        ne = _natural_earth(g, r, members) if table in NATURAL_EARTH_TABLES else None
        if ne:
            lon, lat, src, precision, anchor, source = ne
        home = g.by_adcode(claimed) if claimed else None
        p = Place(
            f"cur:{r['name']}",
            r["name"],
            r["kind"],
            claimed,
            home.city_adcode if home else "",
            claimed[:2] + "0000" if claimed else "",
            lon,
            lat,
            src,
            precision,
            subkind=r["subkind"],
            level=4,
            anchor=anchor,
            members=members,
            source=source,
        )
        names = [r["name"], *filter(None, r["aliases"].split("|"))]
        _add_feature(g, p, names + _short_forms(g, p))


def _short_forms(g: Gazetteer, p: Place) -> list[str]:
    """A border port's name without its port word (红其拉甫口岸 → 红其拉甫, 友谊关), when no other place
    has that name, it keeps three characters and names no water (东兴口岸, 凭祥铁路口岸, 霍尔果斯口岸: the
    units; 深圳湾口岸: the bay; 友谊关 the port, as plans write it)."""
    stem = PORT_WORD.sub("", p.name_zh) if p.kind == "port" else ""
    if len(stem) < 3 or stem == p.name_zh or stem in GENERIC or WATER_ENDING.search(stem):
        return []
    return [] if g.candidates(stem) else [stem]


def naturalearth_places(g: Gazetteer) -> None:
    """Natural Earth features the tables lack, under the form plans write (naturalearth_additions.csv): each
    row names the Natural Earth feature and, in China, the unit it lies in (the homonym guard). A form the
    gazetteer already knows in any sense is left to that place."""
    from geo import naturalearth

    if not (DATA / "naturalearth_additions.csv").exists():
        return
    for r in read_table("naturalearth_additions.csv"):
        names = [r["name"], *filter(None, r["aliases"].split("|"))]
        if any(n in g.names for n in names):
            continue
        claimed = r["claimed_adcode"]
        found = naturalearth.match(
            [r["ne_name"]],
            r["subkind"],
            _units(g, (claimed,) if claimed else ()),
            frozenset(filter(None, r["ne_name_en"].split("|"))),
        )
        if not found:
            continue
        lon, lat, reach = naturalearth.point_and_reach(naturalearth.union(found))
        home = g.by_adcode(claimed) if claimed else None
        p = Place(
            f"cur:{r['name']}",
            r["name"],
            r["kind"],
            claimed,
            home.city_adcode if home and home.level > 1 else "",
            claimed[:2] + "0000" if claimed else "",
            lon,
            lat,
            naturalearth.coord_source(found),
            reach,
            subkind=r["subkind"],
            level=4,
            anchor=naturalearth.anchor(found),
            members=(claimed,) if claimed else (),
            source=f"{r['source']}; {naturalearth.describe(found)}",
        )
        _add_feature(g, p, names)


def feature_aliases(g: Gazetteer) -> None:
    """Other written forms of named features (national_regions_aliases.csv: 京津冀地区 → 京津冀)."""
    if not (DATA / "national_regions_aliases.csv").exists():
        return
    for r in read_table("national_regions_aliases.csv"):
        pid = f"cur:{r['name']}"
        if pid in g.places and g.exact.get(r["alias"], pid) == pid:
            g.add_name(r["alias"], pid)
            g.exact[r["alias"]] = pid
