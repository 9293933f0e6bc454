"""Towns written by their short names right after their county or city: ``青浦的金泽、朱家角``,
``丽江石鼓以上``, ``南宁吴圩至上思``, ``盘锦古城子、东风、平安``. The unit says which of the many towns of
that name is meant, and that the name is a town at all (平安 is also a district of Qinghai, 东风 a word).

A pure function over the text, the mentions found so far and the gazetteer.
"""

from __future__ import annotations

import re

from geo.boundaries import COUNT_IN_NAME, is_generic
from geo.gazetteer import GENERIC, TOWN_NAME_ENDS, TOWNSHIP_SHORT_BAD, Gazetteer, Place
from geo.gazetteer_towns import TOWNSHIP_ID
from geo.lexicon import in_order, marks, rule_pattern
from geo.mention import Mention
from geo.normalize import CJK

ITEM = re.compile(f"[{marks('of')}]?([\u4e00-\u9fff]{{2,4}}?)(?={rule_pattern('town_item_end')})")
"""A short name of two to four characters after its unit (and 的), ended by what may follow a town in a list
or a route (data/lexicon/rule_words.csv: town_item_end; list_marks.csv: of)."""
NEXT = re.compile(f"[{marks('join')}]")
"""What joins the next town of the same unit (data/lexicon/list_marks.csv)."""
UNIT_KINDS = ("city", "county")
REPLACED = ("city", "county", "town", "unresolved")
"""What a town's short name may have been read as before its unit showed it to be the town."""


def unit_towns(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """Each short name after a located county or city (and 的) and the names listed after it with 、/和/及
    that are towns of that unit: a town, at the town; the first name that is none ends the list. A name read
    as another unit or left unresolved is that unit's town instead; one read as a feature stays one."""
    found: list[Mention] = []
    for unit in ms:
        if unit.kind not in UNIT_KINDS or unit.lon is None or not unit.adcode:
            continue
        at = unit.end
        while (item := ITEM.match(text, at)) is not None:
            s, e = item.span(1)
            town = _town_of(g, item.group(1), unit.adcode)
            read = [m for m in ms if m.start < e and s < m.end]
            if town is None or any(_stays(m, unit, at > unit.end) for m in read):
                break  # 介休绵山等景区: a scenic area stays one; 桂林阳朔: the county of 桂林 stays one
            # 乳源县桂头镇: the town of that county, whichever 桂头镇 the document's region chose
            if not any(m.place_id == town.place_id and (m.start, m.end) == (s, e) for m in read):
                found.append(Mention.of(town, s, e, item.group(1), "town", note=f"a town of {unit.name_zh}"))
            joined = NEXT.match(text, e)
            if joined is None:
                break
            at = joined.end()
    spans = [(t.start, t.end) for t in found]
    kept = [m for m in ms if not any(s < m.end and m.start < e for s, e in spans)]
    return sorted(kept + found, key=lambda m: (m.start, -m.end))


def _stays(m: Mention, unit: Mention, listed: bool) -> bool:
    """Whether a mention read where a town's short name stands keeps its reading: a feature does
    (介休绵山等景区) unless a town of the unit came before it in the list and it lies in another province
    (苏州周庄、…、沙溪: the town, not the river 沙溪 of Fujian); a county or city of the unit itself does
    (桂林阳朔)."""
    if m.kind in REPLACED:
        return _inside(m, unit)
    return not (listed and m.kind in ("water", "landform") and m.adcode[:2] != unit.adcode[:2])


def _inside(m: Mention, unit: Mention) -> bool:
    """Whether ``m`` is a county or city of ``unit`` itself (阳朔 of 桂林), which no town's name replaces."""
    return m.kind in UNIT_KINDS and m.adcode[:4] == unit.adcode[:4]


def _town_of(g: Gazetteer, name: str, adcode: str) -> Place | None:
    """The one town of the unit ``adcode`` (a county: its own; a city: any of its counties') written ``name``:
    by a name the gazetteer indexes or the short form of a township's name."""
    if name in GENERIC or is_generic(name) or TOWNSHIP_SHORT_BAD.search(name):
        return None  # 支持齐齐哈尔发展: a word, not 发展 the town
    inside = adcode if not adcode.endswith("00") else adcode[:4]
    ids = [p.place_id for p in g.candidates(name)] + g.waypoint_names.get(name, [])
    # 金堂县赵镇: the short form of 赵镇街道, which no index holds
    ids += [p.place_id for end in TOWN_NAME_ENDS for p in g.in_full(name + end)]
    towns = {
        p.place_id: p
        for p in map(g.places.get, ids)
        if p is not None and p.kind == "town" and p.adcode.startswith(inside)
    }
    if len(towns) > 1:  # 周庄 of 苏州: a GeoNames point put in the next county and the code list's town
        towns = {i: p for i, p in towns.items() if i.startswith(TOWNSHIP_ID)} or towns
    return next(iter(towns.values())) if len(towns) == 1 else None


FULL_TOWN = re.compile(
    f"[{marks('of')}]?([{CJK}]{{1,4}}?(?:{'|'.join(in_order('unit_words', role='township'))}))"
    f"(?={rule_pattern('town_item_end')}|{rule_pattern('town_full_end')})"
)
"""A township's full name the gazetteer lacks, right after its county (卓尼县藏吧哇乡境内): unit_words.csv,
rule_words.csv."""
FULL_TOWN_NOT = re.compile(rule_pattern("town_full_not"))
"""What reads like such a name and is none (瑞丽市辖镇): rule_words.csv."""


def unknown_towns(text: str, ms: list[Mention]) -> list[Mention]:
    """A township's full name right after a county written in full that no mention reads (卓尼县藏吧哇乡:
    renamed, merged or written otherwise than in the code list) is a town of that county, located by it."""
    out = list(ms)
    for unit in ms:
        t = FULL_TOWN.match(text, unit.end) if unit.kind == "county" and unit.written_in_full() else None
        if (
            t is None
            or is_generic(t.group(1))
            or FULL_TOWN_NOT.fullmatch(t.group(1))
            or COUNT_IN_NAME.search(t.group(1))  # 的几个乡镇: a count, no name
            or any(m.start < t.end(1) and t.start(1) < m.end and m.kind != "unresolved" for m in ms)
        ):
            continue  # a name read already; not one only left unresolved (墙头乡: 墙头镇 of Zhejiang)
        note = f"a township written after its county {unit.name_zh}; not in the gazetteer, located by it"
        out = [m for m in out if not (m.kind == "unresolved" and m.start < t.end(1) and t.start(1) < m.end)]
        out.append(Mention.at(unit, *t.span(1), t.group(1), t.group(1), "town", unit.precision_m, note=note))
    return sorted(out, key=lambda m: (m.start, -m.end))
