"""A province's name and a bearing standing alone (``内蒙古西部``, ``青海东部``): the province and a
direction, not the region the gazetteer knows by those words; with 地区 or a designation after them they
still name it (``内蒙古东部地区``, ``内蒙古西部（包头—鄂尔多斯）产业转型升级示范区``). A pure function over
the mentions and the gazetteer."""

from __future__ import annotations

import re

from geo.gazetteer import Gazetteer
from geo.lexicon import rule_pattern
from geo.mention import Mention

BEARING = re.compile(f"(?:{rule_pattern('province_bearing')})$")
"""A bearing ending a region's surface (data/lexicon/rule_words.csv, province_bearing)."""


def province_bearings(ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """Every region written as a province's name and a bearing alone, read as that province."""
    return [(_province(m, g) or m) if m.kind == "region" else m for m in ms]


def _province(m: Mention, g: Gazetteer) -> Mention | None:
    """The province ``m`` is written with, when its surface is that province's name and a bearing; else
    None."""
    bearing = BEARING.search(m.surface)
    head = m.surface[: bearing.start()] if bearing else ""
    p = next((p for p in g.candidates(head) if p.kind == "province" and p.level == 1), None) if head else None
    if p is None:
        return None
    return Mention.of(p, m.start, m.start + len(head), head, "province", note="a province before a bearing")
