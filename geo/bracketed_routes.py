"""A road written by its short name and its route number in brackets: ``京哈（G1）``, ``鹤大（G11）高速公路``.
The short name spells the places the road joins; name, number and a road's word right after them are one
mention, as the probes' annotators read them (a road's full name before its number, ``沈海高速（G15）``, stays
apart from it: geo.structures). A pure function over the text, the mentions and the gazetteer."""

from __future__ import annotations

import re

from geo.gazetteer import Gazetteer
from geo.lexicon import marks, one
from geo.line_names import known_line, spells_ends
from geo.mention import Mention
from geo.normalize import CJK
from geo.structures import ROUTE

OPEN, CLOSE = marks("opens_note"), marks("closes_note")
ROAD_WORD = re.compile(one("line_words", "pattern", role="route_name_word"))
"""A road's word that may follow the closing bracket: data/lexicon/line_words.csv."""
ROAD = one("line_words", "pattern", role="road_word_for_lookup")
"""The road's word its short name is looked up with (geo.line_names.known_line): line_words.csv."""
SHORT_NAME = re.compile(f"[{CJK}]{{2}}")
TAKEN_OVER = ("province", "city", "county", "region", "unresolved")
"""What the short name may have been read as before (a city chain, a unit)."""


def bracketed_routes(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """Each bare route number in brackets after a two-character short name that spells the places its road
    joins, as one road with that name (and a road's word right after the bracket)."""
    out = list(ms)
    for r in ms:
        s = r.start - 3
        if (
            r.kind != "road"
            or s < 0
            or not ROUTE.fullmatch(r.surface)
            or text[r.start - 1 : r.start] != OPEN
            or text[r.end : r.end + 1] != CLOSE
            or not SHORT_NAME.fullmatch(text, s, r.start - 1)
            or not spells_ends(text[s : r.start - 1], g)
        ):
            continue
        inside = [m for m in out if m.start < r.start - 1 and s < m.end]
        if any(m.kind not in TAKEN_OVER or m.start < s for m in inside):
            continue
        word = ROAD_WORD.match(text, r.end + 1)
        e = word.end() if word else r.end + 1
        gone = {id(r)} | {id(m) for m in inside}
        out = [m for m in out if id(m) not in gone] + [_road(text, s, e, g)]
    return sorted(out, key=lambda m: (m.start, -m.end))


def _road(text: str, s: int, e: int, g: Gazetteer) -> Mention:
    """The road written ``text[s:e]``: the one the gazetteer knows by its short name, else unlocated."""
    pid = known_line(g, text[s : s + 2], ROAD)
    if pid is not None:
        return Mention.of(
            g.places[pid], s, e, text[s:e], "road", note="a road by its short name and route number"
        )
    note = "a road by its short name and route number; not in the gazetteer, not located"
    return Mention.unlocated(text, s, e, "road", note=note)
