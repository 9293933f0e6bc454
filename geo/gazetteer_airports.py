"""The airports of the gazetteer: every Chinese airport of airportsdata under its official Chinese names
(CAAC's list, ``data/gazetteer/airport_names_official.csv``) and the forms plans write
(``airports_cn.csv``: 天河机场 for 武汉天河国际机场). :func:`geo.gazetteer_build.build_gazetteer` calls
:func:`airport_places`.
"""

from __future__ import annotations

from collections import Counter

from geo.gazetteer import DATA, Gazetteer, Place, read_table
from geo.lexicon import one, rules


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


AIRPORT_SUBKIND = one("rule_words", "pattern", rule="airport_subkind")
"""The subkind of an airport of airportsdata (运输机场): data/lexicon/rule_words.csv."""
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


def airport_places(g: Gazetteer, airports: dict) -> None:
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
                subkind=AIRPORT_SUBKIND,
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
