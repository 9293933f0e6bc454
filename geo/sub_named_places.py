"""A zone or a facility named after its city and a sub-name that starts with a county or a town of that city
(``三亚崖州湾科技城`` in 崖州区, ``大连花园口工业园区`` at 花园口镇, ``宁波梅山…`` at 梅山街道): located
there rather than at the city's seat. A pure function over the mentions and the gazetteer."""

from __future__ import annotations

import re

from geo.far_stems import PLACED_BY_NAME
from geo.gazetteer import GENERIC, Gazetteer, Place
from geo.lexicon import in_order, rule_pattern
from geo.mention import Mention
from geo.stems import POINT_KINDS
from geo.whereabouts import TEXT_FEATURE, at_place

UNIT_WORDS = ("",) + in_order("unit_words", role="township") + in_order("unit_words", role="subdistrict")
UNIT_WORDS += in_order("unit_words", role="admin_suffix")
"""What may follow a sub-name's first characters to make them a unit's name (a township's or a district's
word): data/lexicon/unit_words.csv."""
NOT_A_UNIT = re.compile(rule_pattern("sub_name_not_a_unit"))
"""An epithet or a partnership a sub-name may start with: data/lexicon/rule_words.csv, sub_name_not_a_unit."""


def sub_named_places(ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """Every point feature located at a city by the name it starts with, moved to the one county or town of
    that city its sub-name starts with, if there is one."""
    return [_moved(m, g) or m for m in ms]


def _moved(m: Mention, g: Gazetteer) -> Mention | None:
    named = m.place_id.startswith(TEXT_FEATURE) and m.note.startswith(PLACED_BY_NAME)
    at_a_city = m.adcode.endswith("00") and not m.adcode.endswith("0000")  # not a province, not a county
    if not (m.kind in POINT_KINDS and named and at_a_city):
        return None
    rest = m.note[len(PLACED_BY_NAME) :].split(";")[0]
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
