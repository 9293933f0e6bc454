"""Names that stand for a whole province or country in few characters: one-character province abbreviations
written as a list (``新、甘、青、藏、川``; data/lexicon/province_abbreviations.csv)."""

from __future__ import annotations

import re

from geo.gazetteer import Gazetteer
from geo.lexicon import table
from geo.mention import Mention

ABBREVIATIONS = {r["abbr"]: r["adcode"] for r in table("province_abbreviations")}
_ONE = "[" + "".join(ABBREVIATIONS) + "]"
ABBREVIATION_LIST = re.compile(rf"{_ONE}(?:、{_ONE})+(?![\u4e00-\u9fff]?、)")
"""Two or more one-character abbreviations separated by 、: a list of provinces (京、津、冀; 新、甘、青、藏、川).
A single character anywhere else is a word (新 is new, 青 is green), never matched."""


def province_lists(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """A mention for each item of a list of province abbreviations, at its province; items already read as
    part of a longer name (``陕、甘、宁夏``: 宁夏) are left to that name."""
    taken = [(m.start, m.end) for m in ms]
    out = []
    for run in ABBREVIATION_LIST.finditer(text):
        for i in range(run.start(), run.end(), 2):
            if any(a <= i < b for a, b in taken):
                continue
            p = g.by_adcode(ABBREVIATIONS[text[i]])
            out.append(Mention(i, i + 1, text[i], p.name_zh, "province", p.place_id, p.adcode, p.lon, p.lat, 0.0, "",
                               p.precision_m, p.coord_source, note="one-character abbreviation in a list of provinces"))
    return out
