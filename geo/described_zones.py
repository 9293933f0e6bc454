"""Zones a list names by a place and what the zone makes or where it lies, before a class of zone after 等:
``杭州大江东、宁波梅山国际物流、温州瓯江口等产业集聚区``. Each such item is one park, located at the city or
county its name starts with; an item that is the unit alone stays the unit. Pure functions over the text and
the mentions found so far; examples are the sentences of tests/test_lists.py."""

from __future__ import annotations

import re

from geo.lexicon import marks, rule_pattern
from geo.mention import Mention, replacing
from geo.normalize import CJK
from geo.town_lists import list_pieces

CLASS = re.compile(rule_pattern("described_zone_class"))
"""The mark of etcetera, a count and a class of zone (data/lexicon/rule_words.csv, described_zone_class)."""
RUN = re.compile(f"[{CJK}{marks('join')}]+$")
"""The characters of a list read back from its class word: names and list marks."""
NOT_REST = re.compile(rule_pattern("described_zone_not_rest"))
"""What after the unit makes an item the unit or part of it (rule_words.csv, described_zone_not_rest)."""
REACH = 200
"""How far before its class word a list of zones is read (fourteen zones of five to eight characters)."""
UNITS = ("city", "county")
LEAST_REST = 2
"""The fewest characters after the unit that make an item a zone's name rather than the unit alone."""
NOTE = "a zone a list names by its place and what it makes; located at {}"


def described_zones(text: str, ms: list[Mention]) -> list[Mention]:
    """The mentions with each item of a list before :data:`CLASS` that starts with a city or county and goes
    on for :data:`LEAST_REST` characters or more read as one park, when two items or more are so written."""
    out = ms
    for w in CLASS.finditer(text):
        run = RUN.search(text, max(0, w.start() - REACH), w.start())
        pieces = list_pieces(run, marks("join")) if run else []
        zones = [z for s, e in pieces if (z := _zone(text, s, e, out)) is not None]
        if len(zones) >= 2:
            out = replacing(out, zones)
    return out


def _zone(text: str, s: int, e: int, ms: list[Mention]) -> Mention | None:
    """The zone the list's piece [s, e) names: a city or county and what it makes, or None (the unit alone
    or its urban area, or a mention read across the piece's bounds)."""
    unit = next((m for m in ms if s <= m.start < e and m.kind in UNITS and m.lon is not None), None)
    if unit is None or e - unit.end < LEAST_REST or NOT_REST.fullmatch(text, unit.end, e):
        return None
    if any(m.start < unit.start < m.end or m.start < e < m.end for m in ms):
        return None
    name = text[unit.start : e]
    return Mention.at(
        unit, unit.start, e, name, name, "park", unit.precision_m, note=NOTE.format(unit.name_zh)
    )
