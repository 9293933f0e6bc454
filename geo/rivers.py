"""Rivers and the names they share: a province, city or county named like a river and the words that
make it the river, a river named like a county listed among counties (rivers joined by a dash stay two
rivers), river mouths, confluences and wetlands. Pure functions over the text, the mentions found so far
and the gazetteer; the words are data (data/lexicon/river_words.csv, rule_words.csv).
"""
# Examples: 黑龙江干流, 黑河贯穿全境; 金沙江—长江; 鸭绿江口; 三江口; 青冈湖湿地.

from __future__ import annotations

import re
from dataclasses import replace

from geo.features import WETLAND
from geo.gazetteer import TOWNSHIP_SUFFIX, Gazetteer
from geo.lexicon import alternation, marks, rule_pattern, table
from geo.mention import Mention, joined_neighbours
from geo.regions import DASHES

RIVER_AFTER = re.compile(f"(?:{rule_pattern('river_word_lead')})?(?:{alternation('river_words')})")
"""Words after a name that make it a river (data/lexicon/river_words.csv)."""
UNKNOWN_RIVER_AFTER = re.compile(alternation("river_words", known_river_only="no"))
"""Those of them that make a name a river the gazetteer lacks too (not 江面: 镇江江面 is the Yangtze's)."""


NATURE_ENDS = frozenset(
    r["ending"] for r in table("feature_endings") if len(r["ending"]) == 1 and r["kind"] == "water"
)
"""One-character words that end a river's or lake's name (河, 江, 水…: data/lexicon/feature_endings.csv)."""
RIVER_BEFORE = re.compile(rule_pattern("river_before"))
"""A verb of flowing or 又名 right before a name (注入黑龙江, 又名沂水): data/lexicon/rule_words.csv."""
COUNTY_RIVER_END = re.compile(rule_pattern("county_river_end"))
"""The last character of a county that may be read as a river too (沂水): data/lexicon/rule_words.csv."""
# What parts a river or a mountain from the counties it is listed among (巫山与云阳) or from the line's other
# stops (琼中至五指山至乐东).
UNIT_JOINS = (*marks("join"), *marks("stop"))
RIVER_JOINS = (*marks("join"), *DASHES, "（")
"""What joins a river to another in a list or a waterway (黑龙江、乌苏里江; 黑龙江和乌苏里江; 右江—珠江),
or to its other name in brackets (阿穆尔河（黑龙江）)."""


RIVER_ORDINAL = re.compile(rule_pattern("river_ordinal"))
MOUTH = re.compile(f"(?:{rule_pattern('river_mouth')})(?!{rule_pattern('river_mouth_not')})")


def river_mouths(text: str, ms: list[Mention]) -> list[Mention]:
    """``鸭绿江口``, ``北仑河口``: a river (a water mention ending in 江 or 河) and 口 are its mouth, water
    (data/lexicon/rule_words.csv), unlocated (the river's point says nothing of where it meets the sea);
    ``头道松花江``: an ordinal before it names one of its head streams, unlocated too."""
    out = []
    for m in ms:
        head = RIVER_ORDINAL.search(text, max(0, m.start - 2), m.start) if m.kind == "water" else None
        if head is not None:
            note = f"a head stream of {m.name_zh}; not located"
            m = Mention.unlocated(text, head.start(), m.end, "water", note=note)
        mouth = MOUTH.match(text, m.end) if m.kind == "water" else None
        if mouth is not None:
            note = f"the mouth of {m.name_zh}; not located"
            m = Mention.unlocated(text, m.start, mouth.end(), "water", group=m.place_id, note=note)
        out.append(m)
    return out


def wetlands(text: str, ms: list[Mention]) -> list[Mention]:
    """``青冈湖湿地``: a lake or river read from the words around it and the wetland word after it are one
    water mention, as a known lake's wetland is (洪泽湖湿地: data/lexicon/feature_words.csv)."""
    return [
        replace(m, end=w.end(), surface=text[m.start : w.end()], name_zh=text[m.start : w.end()])
        if m.kind == "water" and (w := WETLAND.match(text, m.end)) and not any(x.start == m.end for x in ms)
        else m
        for m in ms
    ]


RIVER_WORKS_END = re.compile(f"(?:{rule_pattern('river_works_end')})$")
"""The word that ends a water or power hub's name (data/lexicon/rule_words.csv)."""


def river_works(ms: list[Mention]) -> list[Mention]:
    """``黄河海勃湾水利枢纽工程``: a river written right before a hub named after a place is part of the
    hub's name, one mention located at the hub."""
    out = list(ms)
    for k in range(len(out) - 1, 0, -1):
        a, b = out[k - 1], out[k]
        if (
            a.kind == "water"
            and a.end == b.start
            and a.surface[-1:] in NATURE_ENDS
            and b.kind in ("water", "energy")
            and RIVER_WORKS_END.search(b.surface)
        ):
            out[k - 1 : k + 1] = [replace(b, start=a.start, surface=a.surface + b.surface)]
    return out


WATERWAY_WORD = re.compile(rule_pattern("waterway_word"))
STOP_MARK = marks("stop")[0]
"""The mark between the two ends of a waterway (data/lexicon/list_marks.csv, stop)."""


def waterways(text: str, ms: list[Mention]) -> list[Mention]:
    """``宿迁至连云港航道``: two places joined by 至 right before a waterway's word are a waterway, one water
    mention, unlocated; the places stay mentions of their own. Not a stretch of a river written right
    before them."""
    ends = {m.end: m for m in ms if m.kind in ("city", "county", "town", "port", "unresolved")}
    out = list(ms)
    for w in WATERWAY_WORD.finditer(text):
        b = ends.get(w.start())
        a = ends.get(b.start - 1) if b is not None and text[b.start - 1 : b.start] == STOP_MARK else None
        if a is None or any(m.kind == "water" and m.start < w.end() and a.start <= m.end for m in ms):
            continue  # 湘江株洲至长沙一级航道: a stretch of the river written before it
        note = "a waterway between two places; not located"
        out.append(Mention.unlocated(text, a.start, w.end(), "water", note=note))
    return sorted(out, key=lambda m: (m.start, -m.end))


CONFLUENCE = re.compile(rule_pattern("confluence"))
NOT_A_MOUTH = re.compile(rule_pattern("river_mouth_not"))
CONFLUENCE_NOTE = "where rivers meet or a river's mouth; not located"
"""The note of a confluence: no unit its name starts with says where it is (三江口 is not at 三江县)."""


def confluences(text: str, ms: list[Mention]) -> list[Mention]:
    """``双江口``, ``石龙三江口``, ``平塘江口``: names not placed here written one after another and ending in
    江口 or 河口 are where rivers meet or a river's mouth, one water mention, unlocated; not 三江口社区."""
    out: list[Mention] = []
    for m in ms:
        run = [m]
        while out and _not_placed(out[-1]) and out[-1].end == run[0].start:
            run.insert(0, out.pop())
        s, e = run[0].start, m.end
        if _not_placed(m) and e - s >= 3 and CONFLUENCE.search(text, s, e) and not NOT_A_MOUTH.match(text, e):
            m = Mention.unlocated(text, s, e, "water", note=CONFLUENCE_NOTE)
        else:
            out += run[:-1]
        out.append(m)
    return out


def _not_placed(m: Mention) -> bool:
    """Whether ``m`` is a name not placed here or a town's short form: a part of a confluence's name it may
    be (石龙 + 三江口); not a town written in full (宝轮镇)."""
    return m.kind == "unresolved" or (m.kind == "town" and not TOWNSHIP_SUFFIX.search(m.surface))


def provinces_or_rivers(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """A province, city or county named like a river (黑龙江, 右江, 黑河) is the river when a river word
    follows it (黑龙江干流, 黑河贯穿), a verb of flowing or 支流 precedes it (注入黑龙江, 支流桃江), or it
    stands in a list with a river or is joined to one by a dash (黑龙江、乌苏里江; 右江—珠江). A river the
    gazetteer lacks that a county's short form names (桃江 of Jiangxi, not 桃江县) is kept unlocated."""
    out = list(ms)
    for k in [*range(len(out))] * 2:  # twice: a river read makes its neighbour one (黑河、白河)
        m = out[k]
        if m.kind not in ("province", "city", "county", "unresolved") or not (
            m.surface[-1] in NATURE_ENDS or COUNTY_RIVER_END.fullmatch(m.surface[-1])
        ):
            continue
        river = next((p for p in g.candidates(m.surface) if p.kind == "water"), None)
        beside = joined_neighbours(out, k, text, ("water",), RIVER_JOINS)
        flowing = RIVER_BEFORE.search(text, max(0, m.start - 3), m.start) is not None
        note = f"a river word or a river beside it: the river, not the {m.kind}"
        if (
            m.kind != "unresolved"
            and river is not None
            and (beside or flowing or RIVER_AFTER.match(text, m.end))
        ):
            out[k] = m.read_as(river, "water", note)
        elif (
            river is None
            and (flowing or UNKNOWN_RIVER_AFTER.match(text, m.end))
            and m.surface != _unit_name(m, g)
        ):
            # 桃江 (not 桃江县), 红河上游: a river the gazetteer lacks
            out[k] = Mention.unlocated(text, m.start, m.end, "water", note=f"{note}; not in the gazetteer")
    return out


FEATURE_OF = {"water": "river", "landform": "mountain", "town": "town"}
"""What a name listed among units may have been read as: a river, a mountain, a town of that name."""


def rivers_or_units(ms: list[Mention], text: str, g: Gazetteer) -> list[Mention]:
    """A river, a mountain or a town named like a county or a city (元江, 浑江, 巫山, 黄山, 大兴安岭) listed
    among counties or cities with 、 is that unit: of its namesakes, the one in the city or province of a
    neighbour, of the neighbours' level where two are (黄山市 among cities, not 黄山区)."""
    out = list(ms)
    for k, m in enumerate(out):
        units = [p for p in g.candidates(m.surface) if p.level in (2, 3)] if m.kind in FEATURE_OF else []
        if not units:
            continue  # no county of that name: the cheapest test first
        beside = joined_neighbours(out, k, text, ("city", "county"), UNIT_JOINS)
        near = [p for p in units if any(p.adcode[:4] == x.adcode[:4] for x in beside)] or [
            p for p in units if any(p.adcode[:2] == x.adcode[:2] for x in beside)
        ]
        if len(near) > 1:
            near = [p for p in near if p.kind in {x.kind for x in beside}]
        if len(near) == 1:
            note = f"listed among counties and cities: the {near[0].kind}, not the {FEATURE_OF[m.kind]}"
            out[k] = m.read_as(near[0], near[0].kind, note)
    return out


def _unit_name(m: Mention, g: Gazetteer) -> str:
    """The full name of the unit a mention reads, or would read had it been taken (its runner-up)."""
    unit = g.places.get(m.runner_up) if m.kind == "unresolved" else None
    return unit.name_zh if unit is not None else m.name_zh


COUNT_BEFORE = re.compile(rule_pattern("bridge_class_before"))
BRIDGE_AFTER = re.compile(rule_pattern("bridge_word_after"))


def counted_bridges(text: str, ms: list[Mention]) -> list[Mention]:
    """``第二座长江大桥``, ``37座长江大桥``: a count of bridges before a river's name and a bridge word is a
    class of crossings, no mention of the river (data/lexicon/rule_words.csv)."""
    return [
        m
        for m in ms
        if not (
            m.kind == "water"
            and BRIDGE_AFTER.match(text, m.end)
            and COUNT_BEFORE.search(text, max(0, m.start - 5), m.start)
        )
    ]
