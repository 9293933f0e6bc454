"""A zone or a facility named after its city and a sub-name that starts with a county or a town of that city
(``三亚崖州湾科技城`` in 崖州区, ``大连花园口工业园区`` at 花园口镇, ``宁波梅山…`` at 梅山街道): located
there rather than at the city's seat. A pure function over the mentions and the gazetteer."""

from __future__ import annotations

import re

from geo.gazetteer import GENERIC, Gazetteer, Place
from geo.lexicon import in_order, rule_pattern
from geo.mention import Mention
from geo.stems import POINT_KINDS
from geo.whereabouts import TEXT_FEATURE, at_place

SUFFIX = "suffix:"
"""How the note of a feature read by the words after a place's name starts (geo.matching)."""
UNIT_WORDS = ("",) + in_order("unit_words", role="township") + in_order("unit_words", role="subdistrict")
UNIT_WORDS += in_order("unit_words", role="admin_suffix")
"""What may follow a sub-name's first characters to make them a unit's name (镇, 街道, 区): unit_words.csv."""
NOT_A_UNIT = re.compile(rule_pattern("sub_name_not_a_unit"))
"""An epithet or a partnership a sub-name may start with (天府, 中新): data/lexicon/rule_words.csv."""


def sub_named_places(ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """Every point feature located at a city by the name it starts with, moved to the one county or town of
    that city its sub-name starts with, if there is one."""
    return [_moved(m, g) or m for m in ms]


def _moved(m: Mention, g: Gazetteer) -> Mention | None:
    if not (m.kind in POINT_KINDS and m.place_id.startswith(TEXT_FEATURE) and m.note.startswith(SUFFIX)):
        return None
    if not (m.adcode.endswith("00") and not m.adcode.endswith("0000")):
        return None  # located at a city (not a province, not a county already)
    rest = m.note[len(SUFFIX) :].split(";")[0]
    if NOT_A_UNIT.match(rest):
        return None
    for n in (3, 2):
        head = rest[:n]
        if len(rest) - n < 2 or head in GENERIC:
            continue
        inside = _units_named(g, head, m.adcode[:4])
        if len(inside) == 1:
            return at_place(m, inside[0], f"the {inside[0].kind} its sub-name starts with")
    return None


def _units_named(g: Gazetteer, head: str, city: str) -> list[Place]:
    """The counties and towns of the city ``city`` (its adcode's first four digits) named ``head``."""
    found = {
        p.place_id: p
        for w in UNIT_WORDS
        for p in g.candidates(head + w)
        if p.kind in ("county", "town") and p.adcode[:4] == city
    }
    return list(found.values())
