"""Places outside China for the gazetteer: cities abroad (GeoNames), countries (CLDR names, GeoNames
capitals) and the first-level divisions of China's neighbours (Natural Earth). Called by
:func:`geo.gazetteer_build.build_gazetteer`, which decides their order.
"""

from __future__ import annotations

from collections import Counter

from geo.gazetteer import DATA, GENERIC, GENERIC_FULL, NOT_COUNTRIES, Gazetteer, Place, read_table, spread_m
from geo.gazetteer_taiwan import in_taiwan
from geo.lexicon import table as lexicon_table

FOREIGN_TWO_CHARACTER_POPULATION = 300_000
"""Cities abroad known by a two-character name from this size on (赤塔, 万象)."""
TAIWAN_ISO = "TW"
"""GeoNames' country code of Taiwan, whose cities are places of the province 710000 (geo.gazetteer_taiwan)."""
HAN_NAMED = ("JP", "KR", "KP", TAIWAN_ISO)
"""GeoNames countries whose places' Chinese names are their own, written in Chinese characters, so often
words too (港区, 大和, 小平, 树林): their two-character names from a million only."""


def listed_forms() -> dict[str, set[str]]:
    """The Chinese forms foreign_city_names.csv gives each of its cities (the neighbours' border towns and the
    cities plans name, by hand from the standard transliterations), by geonameid."""
    if not (DATA / "foreign_city_names.csv").exists():
        return {}
    return {
        r["geonameid"]: {r["name_zh"], *filter(None, r["aliases"].split("|"))}
        for r in read_table("foreign_city_names.csv")
    }


def foreign_places(g: Gazetteer) -> None:
    """Cities abroad that plans name as ends of corridors (乌兰巴托, 莫斯科) or across the border (芒街,
    木姐): GeoNames points, no adcode. Two-character names only from :data:`FOREIGN_TWO_CHARACTER_POPULATION`
    (see :data:`HAN_NAMED`), or whatever the size where foreign_city_names.csv gives the city that form
    (芒街, 南坎, 清津); whether such a name is the city in a text is :func:`geo.resolve.resolve`'s choice
    (its country named, or a large city). A form a Chinese place already has (惠山, 达尔汗) or a word of
    not_places.csv (老街, 海防) is never a city's. Taiwan's cities are places of the province, with its code
    (:func:`geo.gazetteer_taiwan.in_taiwan`)."""
    listed = listed_forms()
    for r in read_table("foreign_cities.csv"):
        pop = int(r["population"])
        least = 1_000_000 if r["country"] in HAN_NAMED else FOREIGN_TWO_CHARACTER_POPULATION
        own = listed.get(r["geonameid"], set())
        names = [
            n
            for n in r["zh_names"].split("|")
            if (len(n) >= 3 or pop >= least or n in own) and n not in GENERIC and n not in g.names
        ]
        if not names:
            continue
        p = _abroad(
            f"gn:{r['geonameid']}",
            names[0],
            "city",
            r,
            ("geonames_point", 5000.0),
            r["country"],
            population=pop,
            source=f"GeoNames {r['geonameid']} (CC BY 4.0)",
        )
        g.places[p.place_id] = in_taiwan(p) if r["country"] == TAIWAN_ISO else p
        for n in names:
            g.add_name(n, p.place_id)


def country_places(g: Gazetteer) -> None:
    """Countries (CLDR names, GeoNames capitals): the point is the capital's,
    the precision the country's reach."""
    if not (DATA / "countries.csv").exists():
        return
    for r in read_table("countries.csv"):
        p = _abroad(
            f"iso:{r['iso2']}",
            r["name_zh"],
            "country",
            r,
            ("geonames_capital", spread_m(float(r["area_km2"] or 0)) * 2),
            r["iso2"],
            population=int(float(r["population"] or 0)),
            source=r["source"],
        )
        g.places[p.place_id] = p
        for n in [r["name_zh"], *filter(None, r["aliases"].split("|"))]:
            if n in NOT_COUNTRIES:
                continue
            g.add_name(n, p.place_id)
            g.exact[n] = p.place_id


ADMIN1_PRECISION_FLOOR_M = 10_000.0
"""A division abroad is never placed closer than this (its reach is measured on its settlements)."""


def _admin1_short(name: str, country: str) -> str:
    """The form of a division's name without its unit word (河静省 → 河静, 琅南塔省 → 琅南塔), by the unit
    words of data/lexicon/admin1_units.csv whose ``short_form`` is yes, longest first; '' when none ends it,
    fewer than two characters are left (达府), or the country names its places in Chinese characters
    (:data:`HAN_NAMED`: 三重县, 平安北道 would leave words)."""
    if country in HAN_NAMED:
        return ""
    for r in sorted(lexicon_table("admin1_units"), key=lambda r: -len(r["word"])):
        if name.endswith(r["word"]):
            short = name[: -len(r["word"])]
            return short if r["short_form"] == "yes" and len(short) >= 2 else ""
    return ""


def foreign_admin1_places(g: Gazetteer) -> None:
    """First-level divisions of China's neighbours (foreign_admin1.csv: Natural Earth 10m admin-1, cut by
    ``scripts/cut_admin1.py``): regions abroad at Natural Earth's label point, as precise as their
    settlements reach, the country's ISO code as subkind (as for cities abroad). Added last, so that a
    written form another place has keeps that place. A division takes its full name (掸邦, 谅山省,
    滨海边疆区) and its short form (:func:`_admin1_short`: 河静, 琅南塔) only where
    - no place of the gazetteer has that form (Chinese units and their short forms, towns and their
      two-character forms, features, countries, cities abroad),
    - no city of foreign_cities.csv has it, whatever its size (谅山, 科布多: foreign_city_names.csv),
    - it is not a word of not_places.csv (北方, 广义, 老街),
    - no other division shares it (旁遮普 is 旁遮普邦 and 旁遮普省).
    Thus 高平 stays 高平市, 万象 and 谅山 the cities (谅山省 keeps its full name); Vietnam's 河南省
    (Hà Nam) is left to the Chinese province and, without a name, is not added. Like a city abroad
    (:func:`geo.resolve.resolve`), a form of two characters (掸邦, 河静) is taken only in a text that names
    the country."""
    if not (DATA / "foreign_admin1.csv").exists():
        return
    rows = read_table("foreign_admin1.csv")
    cities = {n for r in read_table("foreign_cities.csv") for n in r["zh_names"].split("|")}

    def free(n: str) -> bool:
        return not (n in g.names or n in g.waypoint_names or n in cities or n in GENERIC or n in GENERIC_FULL)

    shorts = {r["adm1_code"]: _admin1_short(r["name_zh"], r["iso2"]) for r in rows}
    owners = Counter([r["name_zh"] for r in rows] + [s for s in shorts.values() if s])
    for r in rows:
        names = [n for n in (r["name_zh"], shorts[r["adm1_code"]]) if n and free(n) and owners[n] == 1]
        if r["name_zh"] not in names:
            continue  # a form another place has: the division has no name of its own
        p = _abroad(
            f"ne1:{r['adm1_code']}",
            r["name_zh"],
            "region",
            r,
            ("naturalearth_label_point", max(float(r["reach_m"]), ADMIN1_PRECISION_FLOOR_M)),
            r["iso2"],
            source=(
                f"Natural Earth 10m admin-1 5.0 {r['adm1_code']} '{r['name_en']}' ({r['ne_type']}"
                + (f"; {r['wikidataid']}" if r["wikidataid"] else "")
                + "): label point and name (public domain); precision: its GeoNames settlements (CC BY 4.0)"
            ),
        )
        g.places[p.place_id] = p
        for n in names:
            g.add_name(n, p.place_id)


def _abroad(
    place_id: str, name: str, kind: str, row: dict, located: tuple[str, float], country: str, **rest
) -> Place:
    """A place outside China: no unit of its own, level 5, its country's ISO code as subkind, at the row's
    ``lon``/``lat`` with ``located`` = (how the point was found, precision in metres)."""
    how, precision_m = located
    return Place(
        place_id,
        name,
        kind,
        "",
        "",
        "",
        float(row["lon"]),
        float(row["lat"]),
        how,
        precision_m,
        subkind=country,
        level=5,
        **rest,
    )
