"""Waypoints: the names a line written through places lets the parser accept although alone they are
words or too common (``白云鄂博至固阳至东河``: 东河 next to 固阳; ``上都-丰宁公路``), placed at the unit
of that name nearest their neighbours on the line. Pure functions over the text and the mentions found so
far (see :mod:`geo.lines`).
"""

from __future__ import annotations

import math
import re

from geo.crs import haversine_m
from geo.features import BUILD_VERBS
from geo.gazetteer import Gazetteer, Place
from geo.lines import CLAUSE_END, JOIN, LINE_WORD, SECTION_WORD, SEPARATORS, WAYPOINT_KINDS
from geo.listed import nearest_unit, one_of_province
from geo.mention import Mention
from geo.scan import finditer

WAYPOINT_CHARS = (3, 2)
"""The lengths of the names kept for corridors only (烟筒山, 茶卡), the longer tried first."""


def common_waypoints(text: str, g: Gazetteer, ms: list[Mention]) -> list[Mention]:
    """Two or three characters the gazetteer keeps for corridors only (:attr:`Gazetteer.waypoint_names`,
    :attr:`Gazetteer.end_names`) become a place when 至/－ joins them to a placed name (``固阳至东河``,
    ``烟筒山至长春``, ``新惠（敖汉旗）-朝阳``) or when the county they lie in follows in brackets
    (``新惠（敖汉旗）``) or, two of them, comes right before (``神木锦界``). Among
    candidates within 300 km of the neighbour the highest level wins (朝阳市 before 朝阳县),
    then the nearest."""
    placed = [m for m in ms if m.lon is not None and m.kind in WAYPOINT_KINDS]
    taken = [(m.start, m.end) for m in ms]
    found: list[Mention] = []
    for n in placed:
        after = n.end + (text[n.end : n.end + 1] == "）")
        bracket = text[n.start - 1 : n.start] == "（"
        spots = [
            # 新惠（敖汉旗）: the county says where; a name of three characters before one of two
            *((n.start - 1 - k, n.start - 1, bracket) for k in WAYPOINT_CHARS),
            *((after + 1, after + 1 + k, False) for k in WAYPOINT_CHARS),
        ]
        if n.kind == "county" and after == n.end:
            spots.append((n.end, n.end + 2, True))  # 神木锦界: a township written right after its county
        for s0, e0, inside in spots:
            token = text[s0:e0] if s0 >= 0 else ""
            sep = (
                text[n.start - 1 : n.start]
                if s0 < n.start
                else ("（" if s0 == n.end else text[after : after + 1])
            )
            # a corridor's end only where 至/－ joins it (not 神农架林区大九湖湿地 nor 霍扎白（霍林河）)
            kept = token in g.waypoint_names or (sep in SEPARATORS and token in g.end_names)
            if not kept or sep not in SEPARATORS + ("（",) or any(a < e0 and s0 < b for a, b in taken):
                continue
            # 大理至保山: a unit of that name (大理州) comes before the township (大理镇) it holds
            cands = _kept_for_corridors(g, token) + [p for p in g.candidates(token) if p.level <= 3]
            if inside:
                cands = [p for p in cands if p.adcode == n.adcode]
            p = nearest_unit(cands, n, 300_000) or _same_province(text, e0, cands, n)
            if p is not None:
                found.append(
                    Mention.of(p, s0, e0, token, p.kind, note=f"corridor waypoint next to {n.name_zh}")
                )
                taken.append((s0, e0))
    return sorted(ms + found, key=lambda m: m.start)


def _same_province(text: str, end: int, cands: list[Place], n: Mention) -> Place | None:
    """The candidate nearest ``n`` in ``n``'s province when a line word follows in the clause (玉溪至磨憨铁路:
    a line runs within one province, its ends farther apart than a corridor's neighbours)."""
    stop = CLAUSE_END.search(text, end)
    if not LINE_WORD.search(text, end, stop.start() if stop else len(text)):
        return None
    return nearest_unit([p for p in cands if p.adcode[:2] == n.adcode[:2]], n, math.inf)


PAIR = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<="
    + BUILD_VERBS
    + "))([\u4e00-\u9fff]{2})"
    + JOIN
    + "([\u4e00-\u9fff]{2})(?="
    + LINE_WORD.pattern
    + ")"
)


SECTION_PAIR = re.compile(r"([\u4e00-\u9fff]{2})" + JOIN + r"([\u4e00-\u9fff]{2})(?=" + SECTION_WORD + ")")
"""Two names joined by 至/－ and closed by 段 right after a line (连霍高速永登至古浪段): a section's ends."""


def _kept_for_corridors(g: Gazetteer, name: str) -> list[Place]:
    """The places of a name the gazetteer keeps for corridors only (waypoints and ends)."""
    return [g.places[i] for i in g.waypoint_names.get(name, []) + g.end_names.get(name, [])]


def _corridor_places(g: Gazetteer, name: str) -> list:
    """The places a word may stand for at a corridor's end: those kept for corridors only,
    and units and towns."""
    return _kept_for_corridors(g, name) + [p for p in g.candidates(name) if 3 <= p.level <= 4]


def paired_waypoints(text: str, g: Gazetteer, ms: list[Mention]) -> list[Mention]:
    """``上都-丰宁公路``, ``连霍高速永登至古浪段``: two words the gazetteer keeps for corridors only or not
    taken as places here, joined by 至/－ right before a line word and with nothing but punctuation or a
    building verb before them, or right after a line and before 段, are the
    line's ends when two of their places lie within 300 km of each other (the nearest such pair; 上都镇 in
    正蓝旗 and 丰宁满族自治县)."""
    taken = [(m.start, m.end) for m in ms if m.kind != "unresolved"]
    found = []
    sections = (SECTION_PAIR.match(text, m.end) for m in ms if m.kind in ("rail", "road"))
    for w in [*finditer(PAIR, text), *(w for w in sections if w)]:
        a, b = w.group(1), w.group(3)
        pa, pb = _corridor_places(g, a), _corridor_places(g, b)
        if not pa or not pb or any(x < w.end(3) and w.start() < y for x, y in taken):
            continue
        d, _, _, p, q = min(
            (
                (float(haversine_m(p.lon, p.lat, q.lon, q.lat)), p.place_id, q.place_id, p, q)
                for p in pa
                for q in pb
            ),
            key=lambda t: t[:3],
        )
        if d > 300_000:
            continue
        for (s0, e0), pl, other in (((w.start(1), w.end(1)), p, b), ((w.start(3), w.end(3)), q, a)):
            found.append(
                Mention.of(pl, s0, e0, text[s0:e0], pl.kind, note=f"corridor waypoint paired with {other}")
            )
    spans = {(m.start, m.end) for m in found}
    ms = [m for m in ms if (m.start, m.end) not in spans]
    return sorted(ms + found, key=lambda m: m.start)


def waypoints(text: str, g: Gazetteer, ms: list[Mention]) -> list[Mention]:
    """A name rejected as out of the plan's region is taken after all when 至/－/— joins it to a placed
    neighbour (``集宁至大同至原平``, ``甘旗卡-库伦-阜新``, ``长春—图们``): see :func:`_waypoint_near`."""
    out = list(ms)
    for i, m in enumerate(out):
        if m.kind != "unresolved":
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(out) or out[j].lon is None:
                continue
            a, b = sorted((m, out[j]), key=lambda x: x.start)
            if text[a.end : b.start] not in SEPARATORS:
                continue
            n = out[j]
            p = _waypoint_near(g, m.name_zh, n)
            if p is not None:
                out[i] = Mention.of(
                    p,
                    m.start,
                    m.end,
                    m.surface,
                    p.kind,
                    runner_up=m.runner_up,
                    note=f"corridor waypoint next to {n.name_zh}",
                )
                break
    return out


def _waypoint_near(g: Gazetteer, name: str, n: Mention) -> Place | None:
    """The candidate of ``name`` a corridor from ``n`` runs to: the nearest within 300 km, else a county
    of ``n``'s province (长春—图们高速公路): a corridor runs between places near each other or within one
    province."""
    near = [(float(haversine_m(p.lon, p.lat, n.lon, n.lat)), p.place_id) for p in g.candidates(name)]
    d, pid = min(near, default=(1e9, ""))
    if d < 300_000:
        return g.places[pid]
    return one_of_province(g.candidates(name), n, g)
