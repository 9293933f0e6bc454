"""Natural features listed among sights: in ``袁家界、黄石寨、金鞭溪、天门山等景点`` or ``沈从文故居、奇梁洞、
南华山`` a mountain, cave, island or spring written in one list with parks, in a sentence about tourism, is a
sight too, a park (the words are data/lexicon/rule_words.csv: sight_ending, tourism_context, nature_class).
A sight with a name of its own written after its city's or county's short form (总溪河旅游景区, 永乐宫) is a
mention apart from it, as the probes of real text annotate it, unless its name carries a designation, a
resort or a brand (延庆八达岭十三陵国家级风景名胜区): :func:`a_sight`. Pure functions over the text and the
mentions."""

from __future__ import annotations

import re
from dataclasses import replace

from geo.lexicon import marks, rule_pattern, table
from geo.mention import Mention
from geo.scan import bounded

SIGHT = re.compile(rule_pattern("sight_ending"))
TOURISM = re.compile(rule_pattern("tourism_context"))
NATURE_CLASS = re.compile(rule_pattern("nature_class"))
"""A class of natural feature closing a list (rule_words.csv: nature_class): its items stay what they are."""
BETWEEN_ITEMS = frozenset(marks("join"))
"""What stands between two items of one list (the joins of data/lexicon/list_marks.csv)."""
NATURE = ("landform", "water")
"""The kinds of natural feature a sight or a company may be named after."""


def _runs(text: str, ms: list[Mention]) -> list[list[Mention]]:
    """The mentions in a row that only a list's join parts (甲、乙和丙), each run in text order."""
    runs: list[list[Mention]] = []
    for m in sorted(ms, key=lambda m: m.start):
        last = runs[-1][-1] if runs else None
        if last is not None and m.start - last.end == 1 and text[last.end] in BETWEEN_ITEMS:
            runs[-1].append(m)
        elif last is None or m.start >= last.end:
            runs.append([m])
    return runs


def sights_among_parks(text: str, ms: list[Mention]) -> list[Mention]:
    """Landforms and waters named like sights (see :data:`SIGHT`) listed with a park in a sentence about
    tourism become parks, where they are."""
    if not TOURISM.search(text):
        return ms
    retyped: dict[int, Mention] = {}
    for run in _runs(text, ms):
        if len(run) < 2 or not any(m.kind == "park" for m in run) or NATURE_CLASS.match(text, run[-1].end):
            continue
        for m in run:
            if m.kind in NATURE and SIGHT.search(m.surface) and TOURISM.search(text, *_sentence(text, m)):
                retyped[id(m)] = replace(m, kind="park")
    return [retyped.get(id(m), m) for m in ms] if retyped else ms


SENTENCE_ENDS = marks("sentence")


def _sentence(text: str, m: Mention) -> tuple[int, int]:
    """The span of the sentence the mention stands in."""
    return bounded(text, m.start, m.end, SENTENCE_ENDS)


HERITAGE = re.compile(
    "(?:" + next(r["pattern"] for r in table("feature_words") if r["subkind"] == "heritage") + ")$"
)
"""A scenic area's or a heritage site's word at the end of a name (data/lexicon/feature_words.csv)."""
DESIGNATED = re.compile(rule_pattern("sight_designated"))
"""A word that makes a sight a designated area, an economic zone, a resort or a brand (rule_words.csv)."""


def a_sight(name: str) -> bool:
    """Whether ``name`` is a sight's own name of two characters or more and its word (总溪河旅游景区,
    云冈石窟), not a designated one (国家森林公园) nor a unit's own scenic area (芮城景区)."""
    return bool(HERITAGE.search(name)) and len(HERITAGE.sub("", name)) >= 2 and not designated_sight(name)


def designated_sight(name: str) -> bool:
    """Whether a park's name carries a designation, an economic zone, a resort or a brand, and with it its
    unit (万宁石梅湾旅游度假区, 牡丹江中国雪乡旅游风景区)."""
    return DESIGNATED.search(name) is not None
