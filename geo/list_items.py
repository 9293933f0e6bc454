"""What one item of a list of names stands for: the settlement it names among the list's other places, the
known feature of its name, or itself unlocated (``霍尔果斯、阿拉山口等口岸``). Pure functions over the
gazetteer and the mentions, used by :mod:`geo.lists` and :mod:`geo.headed_lists`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.boundaries import ENDINGS
from geo.crs import haversine_m
from geo.features import name_like
from geo.gazetteer import MUNICIPALITIES, Gazetteer, Place
from geo.lexicon import in_order, words
from geo.mention import Mention

UNITS = ("city", "county", "town")
BEARINGS = words("station_words", role="bearing")
UNIT_WORDS = in_order("station_words", role="unit")
"""A station's name may be its place's and a bearing (朝阳北, 北票东); its place's name may be written short
(朝阳 for 朝阳市): data/lexicon/station_words.csv."""
TOWN_WORDS = tuple(ending for ending, kind in ENDINGS if kind == "town")
"""The words that end a town's full name (镇, 乡, 苏木: data/lexicon/feature_endings.csv)."""
SPECIAL_REGIONS = ("81", "82")
"""Province codes of 香港 and 澳门 (GB/T 2260)."""
FAR_FROM_LIST_KM = 1000
"""The farthest a listed name's settlement may lie from the nearest of the list's other places (the ports of
China's coast lie within a few hundred km of the next; 金山区 of Shanghai is 3,500 km from the stations of a
line in Xinjiang)."""
NEAR_LIST_KM = 300
"""As :data:`FAR_FROM_LIST_KM` for a list of sites other than facilities (scenic areas, towns) after their
class word, whose members lie close together (龙门 among the scenic areas of Henan is not 龙门县 of
Guangdong)."""


def listed_unit(
    g: Gazetteer,
    name: str,
    near: Sequence[Place | Mention],
    facility: bool = False,
    town: bool = False,
    far_km: float = FAR_FROM_LIST_KM,
) -> Place | None:
    """The settlement a listed name stands for: its only one, or the one nearest the list's other places. In a
    list of facilities a name made of a county or city and a sub-name (抚远东极, 五大连池德都 before 机场)
    stands for that unit."""
    if facility and len(name) >= 3 and name[-1] in BEARINGS and not g.candidates(name):
        bare = name[:-1]  # 朝阳北: the station north of 朝阳市; 青岛胶东 goes on to its sub-name
        found = listed_unit(g, bare, near, False, False, far_km) or by_full_name(g, bare, near, far_km)
        if found is not None:
            return found
    if facility and not g.candidates(name):
        head = next(
            (
                name[:k]
                for k in range(len(name) - 2, 1, -1)
                if any(p.kind in UNITS and p.level <= 3 for p in g.candidates(name[:k]))
            ),
            name,
        )
        inner = [
            p
            for p in g.candidates(name[len(head) :])
            if p.kind in UNITS
            and p.level == 3
            and any(p.adcode.startswith(q.adcode[:4]) for q in g.candidates(head) if q.kind == "city")
        ]
        if len(inner) == 1:
            return inner[0]  # 山南隆子: the county 隆子 of the city 山南
        name = head
    cands = [p for p in g.candidates(name) if p.kind in UNITS or (p.kind == "province" and city_like(p))] or [
        g.places[i] for i in g.waypoint_names.get(name, [])
    ]
    if town:  # in a list of towns, the towns, by their full names too (金山 → 金山镇)
        towns = [p for p in cands if p.kind == "town"] or towns_named(g, name)
        cands = towns or cands
    else:  # 霍尔果斯 the county-level city before the GeoNames town
        cands = [p for p in cands if p.level <= 3] or cands
    return nearest_of(cands, near, far_km)


def towns_named(g: Gazetteer, name: str, words: Sequence[str] = TOWN_WORDS) -> list[Place]:
    """The towns whose full name is ``name`` and one of ``words`` (a township's, by default)."""
    return [p for w in words for p in g.candidates(name + w) if p.kind == "town"]


def nearest_of(cands: list[Place], near: Sequence[Place | Mention], far_km: float) -> Place | None:
    """Of a listed name's candidates, the one nearest the list's other places, or without them the only one
    of the highest level (阜新 the city before 阜新 the county); none farther than ``far_km`` from them (金山
    among the stations of a line in Xinjiang is not 金山区 of Shanghai)."""
    others = [q for q in near if q not in cands]
    if len(cands) <= 1 or not others:
        top = [p for p in cands if p.level == min((c.level for c in cands), default=0)]
        best = top[0] if len(top) == 1 else None
    else:
        best = min(cands, key=lambda p: distance_km(p, others))
    return None if best is None or (others and distance_km(best, others) > far_km) else best


def by_full_name(g: Gazetteer, name: str, near: Sequence[Place | Mention], far_km: float) -> Place | None:
    """The unit whose full name is ``name`` and a unit word (朝阳 → 朝阳市, 朝阳县, 朝阳区), as
    :func:`nearest_of` chooses."""
    cands = [p for w in UNIT_WORDS for p in g.candidates(name + w) if p.kind in UNITS and p.level <= 3]
    return nearest_of(cands, near, far_km)


def distance_km(p: Place | Mention, others: Sequence[Place | Mention]) -> float:
    return min(float(haversine_m(p.lon, p.lat, q.lon, q.lat)) for q in others) / 1000


def unit_named(g: Gazetteer, item: str) -> bool:
    """A facility's name made of a county or city and a sub-name of two or three characters, whatever they are
    (日喀则和平 before 机场: 和 is part of the name here, not a join), or and a bearing (重庆北, 龙川西 before
    车站)."""
    if 3 <= len(item) <= 5 and item[-1] in BEARINGS:
        return any(p.level <= 3 and (p.kind in UNITS or city_like(p)) for p in g.candidates(item[:-1]))
    return 4 <= len(item) <= 8 and any(
        name_like(item[k:], 3) and p.kind in UNITS and p.level <= 3
        for k in (len(item) - 2, len(item) - 3)
        for p in g.candidates(item[:k])
    )


def known_feature(g: Gazetteer, item: str, word: str, kind: str) -> Place | None:
    """The feature of that kind a listed name stands for, known by name with the class word, the start of it
    or none of it (满都拉 → 满都拉口岸; 山南隆子 → 山南隆子机场; 三江源 in a list of 国家公园体制试点 →
    三江源国家公园)."""
    starts = [item + word[:k] for k in range(len(word) - 1, 1, -1)]
    return next(
        (
            g.places[g.exact[f]]
            for f in (item + word, *starts, item + word[-2:], item)
            if f in g.exact and g.places[g.exact[f]].kind == kind
        ),
        None,
    )


def listed_item(
    text: str,
    s: int,
    e: int,
    w: re.Match,
    kind: str,
    at: Place | Mention | None,
    known: Place | None,
    group: str,
    note: str = "",
) -> Mention:
    """The mention of one listed name: the known feature of that name, or the name located at the settlement
    or area it names, or unlocated."""
    note = note or f"listed before {w.group()}"
    if known:  # 满都拉 in a list of ports: the curated 满都拉口岸
        return Mention.of(
            known, s, e, text[s:e], kind, group=group, note=f"{note}; the known {known.name_zh}"
        )
    name = text[s:e] + w.group(2)
    if at is None:
        return Mention(
            s, e, text[s:e], name, kind, group=group, note=f"{note}; not in the gazetteer, not located"
        )
    prec = max(at.precision_m or 0.0, getattr(at, "spread_m", 0.0))
    return Mention.at(
        at, s, e, text[s:e], name, kind, prec, group=group, note=f"{note}; located at {at.name_zh}"
    )


def city_like(m: Mention | Place) -> bool:
    """A province that is a city too: a municipality (天津) or a special administrative region (香港)."""
    return m.adcode[:2] in MUNICIPALITIES + SPECIAL_REGIONS


def in_their_county(towns: list[Mention], g: Gazetteer) -> list[Mention]:
    """A list's towns, the unknown ones located at the county all its known ones lie in (钱仓 among
    昆阳、鳌江、萧江 of 平阳县: a town the gazetteer lacks, somewhere in that county), as imprecise as the
    county."""
    counties = {m.adcode for m in towns if m.lon is not None}
    county = (
        g.by_adcode(counties.pop())
        if len(counties) == 1 and len(towns) - sum(m.lon is None for m in towns) >= 2
        else None
    )
    if county is None:
        return towns
    note = f"listed with towns of {county.name_zh}; located at the county"
    return [
        m if m.lon is not None else Mention.at(county, m.start, m.end, m.surface, m.name_zh, m.kind,
                                               county.spread_m, group=m.group, note=note)
        for m in towns
    ]  # fmt: skip
