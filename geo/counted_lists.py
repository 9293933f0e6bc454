"""Lists of natural features that share one class character after a count: ``南阳、独山、昭阳三湖``
(three lakes: 南阳湖, 独山湖, 昭阳湖), ``湘、资、沅、澧四水``, ``梅、汀两江``, ``潮白、蓟运、永定三条大河``.
Each item is a feature of that class, written without its class character. Pure function over the text, the
mentions and the gazetteer.
"""

from __future__ import annotations

import re

from geo.features import name_like
from geo.gazetteer import Gazetteer
from geo.lexicon import one, rule_kind, rule_pattern
from geo.mention import Mention
from geo.scan import quick

CLASS = quick(re.compile(f"(?:{rule_pattern('class_count')})({rule_pattern('counted_class')})"))
"""A count and the class character a list shares (data/lexicon/rule_words.csv: class_count, counted_class)."""
COUNT_ITEM = re.compile(f"(?:{rule_pattern('class_count')})(?:{rule_pattern('counted_class')})$")
"""An item that is a count and a class itself (五山 of 五山三湖: five mountains), no name."""
COUNTED = re.compile(r"(?:[\u4e00-\u9fff]{1,4}、)+[\u4e00-\u9fff]{1,4}$")
"""Names parted by 、 right before a count and a class character."""
REACH = 40
"""How far before the count the list may begin."""
RIVER_CLASS = one("character_sets", "chars", role="river_class")
"""Class characters a river's name may take instead of the one the list writes (江, 河, 水)."""
DIRECTIONS = one("character_sets", "chars", role="chain_direction")
"""Direction characters: no item of a counted list (data/lexicon/character_sets.csv)."""
REPLACED = ("city", "county", "town", "unresolved", "water", "landform")
"""What an item may have been read as before its class showed what it is (南阳 the city, 独山 the county)."""


def counted_lists(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """Every item of a 、-list before a count and a class character (三湖, 四水, 两江) is a feature of that
    class: the one the gazetteer knows by the item and the character (南阳湖), else unlocated. The first item
    is as long as the last (such lists name alike things alike); a list with an item that already ends in the
    class character (长江、黄河两江), that a line or facility reads or that is no name (五山 of 五山三湖)
    is left alone."""
    out = list(ms)
    starts = {m.start for m in ms}
    for cls in CLASS.finditer(text):
        run = COUNTED.search(text, max(0, cls.start() - REACH), cls.start())
        if run is None or cls.start() in starts:
            continue  # 长沙至九江高铁: 九江 is a name, no count
        items = run.group().split("、")
        char = cls.group(1)
        kind = rule_kind("counted_class", char)
        first = items[0][-len(items[-1]) :]
        start = run.end() - len("、".join([first] + items[1:]))
        found = []
        for item in [first] + items[1:]:
            s, e = start, start + len(item)
            start = e + 1
            read = [m for m in out if m.start < e and s < m.end]
            if (
                not _name_like(item)
                or COUNT_ITEM.match(item)
                or item.endswith(char)
                or any(m.kind not in REPLACED or m.start < s or e < m.end or _feature_read(m) for m in read)
            ):
                found = []  # 乌梁素海、岱海两湖: lakes read whole already; 东、西两湖: directions
                break
            found.append((s, e, item, read))
        for s, e, _, read in found:
            out = [m for m in out if m not in read]
            out.append(_feature(text, g, s, e, char, kind, text[run.end() : cls.end()]))
    return sorted(out, key=lambda m: (m.start, -m.end))


def _name_like(item: str) -> bool:
    """A name of two to four characters (潮白), or one character that is no function word nor a direction
    (湘; not 东 of 东、西两湖)."""
    if len(item) == 1:
        return item not in DIRECTIONS and name_like(item * 2, 2)
    return name_like(item, 4)


def _feature_read(m: Mention) -> bool:
    """Whether ``m`` is a natural feature found and located already (岱海)."""
    return m.kind in ("water", "landform") and m.lon is not None


def _feature(text: str, g: Gazetteer, s: int, e: int, char: str, kind: str, count: str) -> Mention:
    """The feature ``text[s:e]`` + ``char`` names, known or unlocated."""
    item = text[s:e]
    alike = RIVER_CLASS if char in RIVER_CLASS else ""
    for c in dict.fromkeys(char + alike):  # 湘、资、沅、澧四水: 湘江, 资水, 沅江, 澧水
        known = [p for p in g.in_full(item + c) if p.kind == kind]
        if len(known) == 1:
            return Mention.of(known[0], s, e, item, kind, note=f"listed before {count}: {item + c}")
    return Mention.unlocated(
        text, s, e, kind, note=f"listed before {count}; not in the gazetteer, not located"
    )
