"""Features the gazetteer lacks located by the unit their name starts with: ``南浔古镇`` at 南浔区,
``镇远古镇`` at 镇远县, ``龙脊梯田景区`` at 龙脊镇. A pure function over the mentions and the gazetteer."""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import replace

from geo.boundaries import ENDINGS, LAC_NOTE, NOT_TAKEN
from geo.gazetteer import Gazetteer, Place
from geo.list_items import TOWN_WORDS, distance_km
from geo.mention import Mention
from geo.offshore_fields import NOTE as OFFSHORE_NOTE
from geo.rivers import CONFLUENCE_NOTE

POINT_KINDS = ("park", "port", "airport", "station", "town", "water", "landform", "energy")
"""Kinds of feature a unit's name at its start locates (lines and regions are not points)."""
UNITS = ("city", "county", "town")
ANCHOR_KINDS = ("province", "station", "airport", "port", "park")
"""Besides units, the located places near a feature that may choose its unit: points, not the far-reaching
points of rivers and ranges."""
NATURE_ENDS = frozenset(
    ending for ending, kind in ENDINGS if len(ending) == 1 and kind in ("water", "landform")
)
"""One-character words that end a river's or a mountain's name (河, 山…: data/lexicon/feature_endings.csv)."""
NEAR_M = 200_000.0
"""The unit a name starts with must lie within this distance of a place written nearby, when there is one
(of several, the nearest)."""
CONTEXT_CHARS = 150
"""How far around the feature the units that choose among several lie."""
STEM_PRECISION_M = 20_000.0
"""A feature located by its name's start lies somewhere in that unit: no closer than this."""


def _stem_unit(name: str, g: Gazetteer, anchors: list[Mention]) -> Place | None:
    """The unit the longest start of ``name`` (two characters or more, shorter than the name) names: with
    places written nearby (``anchors``), the one nearest them within :data:`NEAR_M`; without, the only one or
    the only one of the highest level; None if none or no choice."""
    for k in range(len(name) - 1, 1, -1):
        own_end = k == len(name) - 1  # 吉隆沟, 崇武港: the feature the unit or town gives its name to
        cands = [p for p in g.candidates(name[:k]) if p.kind in UNITS] or _stem_towns(
            name[:k], g, anchors, own_end
        )
        if not cands:
            continue
        if (name[k] in NATURE_ENDS and not own_end) or any(
            p.kind in ("water", "landform") for p in g.candidates(name[k:])
        ):
            # 天柱山风景名胜区, 北仑河口保护区, 二道松花江: named after a mountain or a river, not
            # after 天柱县, 北仑区 or 二道区
            return None
        if anchors:  # the one near a unit written nearby: 大关庄站 in a text about 郑州 is not at 大关县
            return _stem_choice(cands, anchors)
        if len(cands) == 1:
            return cands[0]
        top = [p for p in cands if p.level == min(c.level for c in cands)]
        return top[0] if len(top) == 1 else None
    return None


def _stem_towns(stem: str, g: Gazetteer, anchors: list[Mention], own_end: bool) -> list[Place]:
    """The towns a feature's name may start with (崇武 of 崇武港, 洋浦 of 洋浦保税港区): with places written
    nearby only, and, the feature's word longer than one character, only those in a city written nearby."""
    towns = [g.places[i] for i in g.waypoint_names.get(stem, [])] if anchors else []
    return towns if own_end else _in_cities(towns, anchors)


def _in_cities(places: list[Place], near: list[Mention]) -> list[Place]:
    """The places that lie in a city (or a city's county or town) of ``near``."""
    cities = {a.adcode[:4] for a in near if a.adcode and a.kind in UNITS}
    return [p for p in places if p.adcode[:4] in cities]


def _near(units: list[Mention], at: list[int], m: Mention) -> list[Mention]:
    """The located units written within :data:`CONTEXT_CHARS` of ``m`` (``at``: their starts, sorted)."""
    return units[
        bisect.bisect_left(at, m.start - CONTEXT_CHARS) : bisect.bisect_right(at, m.start + CONTEXT_CHARS)
    ]


def _town_typed_as_nature(m: Mention, g: Gazetteer, units: list[Mention], at: list[int]) -> Place | None:
    """The town a name LAC reads and its last word types as a river's or a hill's (城陵矶 by 矶) names when
    the only town of that name and a township word lies in a city written nearby (城陵矶街道 of 岳阳)."""
    if m.note != LAC_NOTE or m.kind not in ("water", "landform") or not 2 <= len(m.surface) <= 3:
        return None
    towns = {p.place_id: p for w in TOWN_WORDS for p in g.candidates(m.surface + w) if p.kind == "town"}
    inside = _in_cities(list(towns.values()), _near(units, at, m))
    return inside[0] if len(inside) == 1 else None


def _own_town(
    m: Mention, g: Gazetteer, near: list[Mention], towns: list[Mention], voted_only: bool = False
) -> Place | None:
    """The town a full town name names when no rule took it for want of context: the only town of that name
    in China, the one nearest a unit written nearby, or the one in the county most of the text's other such
    towns may lie in; with ``voted_only``, only the last (tests/test_geoparse_sights.py)."""
    cands = [p for p in (g.candidates if voted_only else g.in_full)(m.surface) if p.kind == "town"]
    if not cands or (not voted_only and (len(cands) <= 1 or near)):
        return _stem_choice(cands, near) if near else (cands[0] if cands else None)
    votes = Counter(
        q.adcode
        for t in towns
        if t.surface != m.surface
        for q in {q.adcode: q for q in g.candidates(t.surface) if q.kind == "town"}.values()
    )
    best = max(cands, key=lambda p: (votes[p.adcode], p.place_id))
    return (
        best
        if votes[best.adcode] and sum(votes[p.adcode] == votes[best.adcode] for p in cands) == 1
        else None
    )


def _untaken_town(m: Mention) -> bool:
    """Whether ``m`` is a town's full name the gazetteer holds that was not taken for want of context."""
    return (
        m.kind == "unresolved"
        and len(m.surface) >= 3
        and m.note.startswith(NOT_TAKEN)
        and m.surface.endswith(TOWN_WORDS)
    )


def _stem_choice(cands: list[Place], anchors: list[Mention]) -> Place | None:
    """Of several places, the only one inside a city or prefecture written nearby (吉隆 of 日喀则), else the
    one nearest a unit written nearby, if within :data:`NEAR_M`."""
    if not cands:
        return None
    inside = _in_cities(cands, [a for a in anchors if a.kind == "city"])
    if len(inside) == 1:
        return inside[0]
    d, _, best = min((distance_km(p, anchors), p.place_id, p) for p in cands)
    return best if d * 1000 <= NEAR_M else None


def located_by_stem(ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """Every unlocated point feature whose name starts with a unit's name (its own name aside) is located in
    that unit, as precise as the unit's spread and never closer than :data:`STEM_PRECISION_M`; a town's
    full name is the town (:func:`_own_town`)."""
    units = sorted(
        (m for m in ms if m.kind in UNITS + ANCHOR_KINDS and m.lon is not None), key=lambda m: m.start
    )
    at = [u.start for u in units]
    towns = [m for m in ms if (m.kind == "town" and m.lon is None) or _untaken_town(m)]
    out = []
    for m in ms:
        if _untaken_town(m):
            own = _own_town(m, g, [], towns, voted_only=True)
            note = f"a town's full name among others of one county: {own.name_zh}" if own else ""
            out.append(Mention.of(own, m.start, m.end, m.surface, "town", note=note) if own else m)
            continue
        named = (
            [p for p in g.in_full(m.surface) if p.level <= 3] if m.lon is None and m.note == LAC_NOTE else []
        )
        whole = named[0] if len(named) == 1 else None
        if whole is not None:
            # 其中江西省: a unit's full name that a shorter match (中江) hid from the gazetteer
            out.append(Mention.of(whole, m.start, m.end, m.surface, whole.kind, note="a unit's full name"))
            continue
        town = _town_typed_as_nature(m, g, units, at)
        if town is not None:
            note = f"a town's short name ({town.name_zh}) in a city written nearby"
            out.append(Mention.of(town, m.start, m.end, m.surface, "town", note=note))
            continue
        if (
            m.kind not in POINT_KINDS
            or m.lon is not None
            or m.place_id.startswith("line:")
            or m.note in (CONFLUENCE_NOTE, OFFSHORE_NOTE)  # 陵水17-2气田 lies off 陵水's coast
        ):
            out.append(m)
            continue
        near = _near(units, at, m)
        own = _own_town(m, g, near, towns) if m.kind == "town" else None
        short = len(m.surface) < 4 and not (
            len(m.surface) == 3 and near
        )  # a three-character name: near units
        p = None if own or short else _stem_unit(m.surface, g, near)
        if own is not None:
            note = f"a town's full name: {own.name_zh} of {g.by_adcode(own.adcode).name_zh}"
            m = Mention.of(own, m.start, m.end, m.surface, "town", group=m.group, note=note)
        elif p is not None:
            m = replace(
                m,
                place_id=m.place_id or f"ctx:{m.surface}",
                adcode=p.adcode,
                lon=p.lon,
                lat=p.lat,
                precision_m=max(p.precision_m, p.spread_m, STEM_PRECISION_M),
                coord_source=p.coord_source,
                note=located_note(m.note, f"located at {p.name_zh}, the unit its name starts with"),
            )
        out.append(m)
    return out


def located_note(note: str, where: str) -> str:
    """A feature's note once it is located: ``where`` in place of "not located", or after the note."""
    return note.replace("not located", where) if "not located" in note else f"{note}; {where}".lstrip("; ")


FACILITIES = ("park", "port", "airport", "station", "energy")
"""What is named after a river or a range without lying in the unit the river or the range is kept at."""
FAR_REACHING = ("gshhg", "naturalearth_line")
"""The coordinate sources of rivers and ranges drawn across many units."""


def far_reaching(place: Place) -> bool:
    """Whether a natural feature runs across many units (a river, a range), so that its unit is no one
    facility's named after it."""
    return place.kind in ("water", "landform") and (
        place.coord_source in FAR_REACHING or place.precision_m > 100_000
    )
