"""Taiwan's cities and counties for the gazetteer: GB/T 2260 gives the province one code, 710000, and no
codes below it, so its divisions (taiwan_units.csv, Natural Earth 10m admin-1 cut by
``scripts/cut_taiwan.py``) and its GeoNames cities carry that code. Called by
:func:`geo.gazetteer_build.build_gazetteer` before the cities abroad, which then leave Taiwan's names to them.
"""

from __future__ import annotations

from collections import Counter

from geo.gazetteer import DATA, GENERIC, Gazetteer, Place, read_table, short_name

TAIWAN = "710000"
"""The code of GB/T 2260 for Taiwan, the only one it gives there."""
LEVELS = {"city": 2, "county": 3}


def in_taiwan(p: Place) -> Place:
    """A GeoNames city of Taiwan as a place of the province: its code, the level of a county."""
    return p._replace(adcode=TAIWAN, city_adcode="", province_adcode=TAIWAN, level=3, subkind="")


def taiwan_places(g: Gazetteer) -> None:
    """Taiwan's cities and counties at Natural Earth's label point, as precise as their settlements reach,
    by their full names in Simplified and Traditional characters and by their short forms. A short form two
    divisions share goes to the city (a city and the county around it, as Hsinchu and Chiayi: plans mean the
    city); a form another place holds already stays that place's."""
    if not (DATA / "taiwan_units.csv").exists():
        return
    rows = read_table("taiwan_units.csv")
    shorts = {r["adm1_code"]: short_name(r["name_zh"]) for r in rows}
    owners = Counter(shorts.values())
    for r in rows:
        p = Place(
            f"tw:{r['adm1_code']}",
            r["name_zh"],
            r["kind"],
            TAIWAN,
            TAIWAN if r["kind"] == "city" else "",
            TAIWAN,
            float(r["lon"]),
            float(r["lat"]),
            "naturalearth_label_point",
            float(r["reach_m"]),
            level=LEVELS[r["kind"]],
            source=(
                f"Natural Earth 10m admin-1 5.0 {r['adm1_code']} '{r['name_en']}' ({r['ne_type']}"
                + (f"; {r['wikidataid']}" if r["wikidataid"] else "")
                + "): label point and name (public domain); code 710000 of GB/T 2260; precision: its "
                "GeoNames settlements (CC BY 4.0)"
            ),
        )
        g.places[p.place_id] = p
        short = shorts[r["adm1_code"]]
        mine = owners[short] == 1 or r["kind"] == "city"
        for n in dict.fromkeys((r["name_zh"], r["name_zht"], short if mine else "")):
            if n and not g.candidates(n) and n not in GENERIC:
                g.add_name(n, p.place_id)
