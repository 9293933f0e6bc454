"""The ends of a line's section that the gazetteer knows only as towns by their full names
(南昌绕城高速公路乐化至生米段: 乐化镇 and 生米镇): each the town of that name nearest the places the text
names around the line, within :data:`NEAR_KM`. A pure function over the text, the mentions and the
gazetteer."""

from __future__ import annotations

import re

from geo.boundaries import NOT_TAKEN
from geo.gazetteer import Gazetteer, Place
from geo.lines import SECTION, SECTION_WORD, SEPARATORS
from geo.list_items import TOWN_WORDS, by_full_name, listed_unit
from geo.mention import Mention

NEAR_KM = 150
"""The farthest a section's end may lie from the places written around its line (a line's section joins
towns of one or two counties)."""
AROUND_CHARS = 150
"""How far around the line the places that choose among towns of one name are written."""
ONE_END = re.compile(r"([\u4e00-\u9fff]{2,3}?)" + SECTION_WORD)
"""A section named by one place: the stretch of a numbered road through the town of that name."""
# Lines and rivers a section is written after (修河永修至吴城段 is a river's).
LINE_KINDS = ("rail", "road", "energy", "water")


def section_towns(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """The mentions with every end of a section written right after a line (…至…段, or one place and 段) that
    no mention reads and that names a town by its full name near the places written around the line."""
    out = list(ms)
    for line in (m for m in ms if m.kind in LINE_KINDS):
        s = SECTION.match(text, line.end) or ONE_END.match(text, line.end)
        near = [m for m in ms if m.lon is not None and abs(m.start - line.start) <= AROUND_CHARS]
        if s is None or not near:
            continue
        for k in (1, 3) if s.re is SECTION else (1,):
            a, b = s.start(k), s.end(k)
            if any(m.start < b and a < m.end and m.kind != "unresolved" for m in out):
                continue  # an end read already (临河, 哈密)
            town = _nearest_town(g, s.group(k), near)
            if town is not None:
                out = [m for m in out if not (a <= m.start and m.end <= b)]
                note = (
                    f"an end of a section of {line.surface}: the town of that name nearest the text's places"
                )
                out.append(Mention.of(town, a, b, s.group(k), "town", note=note))
    return sorted(out, key=lambda m: (m.start, -m.end))


def _nearest_town(g: Gazetteer, name: str, near: list[Mention], far_km: float = NEAR_KM) -> Place | None:
    """The town whose full name is ``name`` and a township word, nearest ``near`` within ``far_km``
    (as a list's town is chosen: :func:`geo.list_items.listed_unit`)."""
    p = listed_unit(g, name, near, town=True, far_km=far_km)
    return p if p is not None and p.kind == "town" else None


STOP_NOTE = "a stop of "
"""How :func:`geo.lines.unknown_stops` begins the note of a stop the gazetteer lacks."""
# The farthest the only town of a name may lie from a line's other stops and still be the line's stop, even
# one left out as lying outside the text's region (郎木寺 of 郎木寺至汶川高速公路): a line joins places
# hundreds of kilometres apart; a name many towns share is the line's stop only within :data:`NEAR_KM`.
STOP_KM = 500


def _stop_town(g: Gazetteer, name: str, near: list[Mention]) -> Place | None:
    """The town a line's stop names: the nearest within :data:`NEAR_KM`, else the only town of that name
    within :data:`STOP_KM`."""
    p = _nearest_town(g, name, near)
    if p is not None:
        return p
    towns = {q.place_id for w in ("", *TOWN_WORDS) for q in g.candidates(name + w) if q.kind == "town"}
    return _nearest_town(g, name, near, STOP_KM) if len(towns) == 1 else None


def _a_stop(text: str, m: Mention, ms: list[Mention]) -> bool:
    """Whether ``m`` stands at a stop of a line it lies in: before or after 至/—/－."""
    beside = text[m.end : m.end + 1] in SEPARATORS or text[m.start - 1 : m.start] in SEPARATORS
    return beside and any(x.kind in LINE_KINDS and x.start <= m.start and m.end <= x.end for x in ms)


def placed_stops(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """The mentions with every stop of a line that no name placed (共和 of 共和至茶卡, 茶卡 of 茶卡至德令哈)
    placed where it names a town by its full name (茶卡镇) or a unit by its full name (共和县) within
    :data:`NEAR_KM` of the places written around it; and every stop the text's region left out placed at the
    town of that name (:func:`_stop_town`: 郎木寺 of 郎木寺至汶川)."""
    out = list(ms)
    for k, m in enumerate(ms):
        far = m.kind == "unresolved" and m.note.startswith(NOT_TAKEN) and _a_stop(text, m, ms)
        if m.kind != "unresolved" or not (far or m.note.startswith(STOP_NOTE)):
            continue
        # the line's other stops first (上海庙 of 新街至上海庙铁路), else the places written around it
        line = [x for x in ms if x.kind in LINE_KINDS and x.start <= m.start and m.end <= x.end]
        stops = [x for x in ms if x.lon is not None and any(y.start <= x.start < y.end for y in line)]
        near = stops or [x for x in ms if x.lon is not None and abs(x.start - m.start) <= AROUND_CHARS]
        if not near:
            continue
        # a town the text's region left out may lie far; a name the gazetteer lacks as written, near only
        town = _stop_town(g, m.surface, near) if far else _nearest_town(g, m.surface, near)
        p = town or (None if far else by_full_name(g, m.surface, near, NEAR_KM))
        if p is not None:
            what = "a stop of a line" if far else m.note.split(";")[0]
            note = f"{what}: the {p.kind} of that name nearest the text's places"
            out[k] = Mention.of(p, m.start, m.end, m.surface, p.kind, note=note)
    return out
