"""Raw matching: every written form the gazetteer knows found in a text (Aho–Corasick, leftmost-longest, the
plans' shorthand expanded first), minus the matches that are part of ordinary words or of a longer name
(the guards of data/lexicon/match_guards.csv, set phrases, a province's quarter). Used by :mod:`geo.geoparse`
before :mod:`geo.matching` resolves the matches."""

from __future__ import annotations

import re

from geo.abbreviations import expand_abbreviations
from geo.gazetteer import Gazetteer
from geo.lexicon import alternation, in_order, marks, one, rule_pattern
from geo.lexicon import words as lexicon_words
from geo.normalize import is_cjk

QUARTERS = frozenset(w for w in lexicon_words("directions") if len(w) == 2)
"""Regions that are also directions (西北, 东北, 西南: data/lexicon/directions.csv): not when a direction word
follows (西北部, 东北方向, 东北亚) or a province's one-character name precedes (辽西北, 渝东北)."""
PROVINCE_INITIALS = lexicon_words("province_abbreviations", "abbr")
GUARDS = {
    role: lexicon_words("match_guards", "text", role=role)
    for role in (
        "ends_a_word",
        "ends_no_word",
        "starts_a_word",
        "after_port",
        "port_word",
        "after_direction",
        "after_direction_word",
        "after_two_character_name",
        "county_word",
        "not_a_district",
        "port_ending",
        "lake_stem",
        "lake_ending",
        "before_quarter",
        "service_after",
        "short_before",
        "word_with_name",
        "wide_landform",
    )
}
"""Characters around a match that make it part of an ordinary word (城市群, 沿海城市, 港口, 西北部):
data/lexicon/match_guards.csv."""
AFTER_DIRECTION_WORDS = tuple(GUARDS["after_direction_word"])
IDIOMS = re.compile(alternation("set_phrases", "phrase"))
"""Set phrases that hold a place's name (长治久安, 连南通北, 祖国北疆) without naming it: matched as no place
(data/lexicon/set_phrases.csv)."""
AREA_WORDS = tuple(sorted(lexicon_words("area_words"), key=lambda w: (-len(w), w)))
"""A landform or water written with one of these words is the region around it:
data/lexicon/area_words.csv."""
WIDE_LANDFORMS = tuple(GUARDS["wide_landform"])
"""Endings of a landform that stays itself before an area word (match_guards.csv)."""
SUB_NAMED = ("port", "airport", "park", "station")
"""Facilities that take a name of their own after their place's (爱店口岸, 翔安国际机场)."""
PLAN_WORDS = frozenset(lexicon_words("plan_words"))
"""Verbs and function words of plans (新建, 建设): never a county before a facility's word."""
(PORT_ENDING,) = GUARDS["port_ending"]
(LAKE_STEM,) = GUARDS["lake_stem"]
(LAKE_ENDING,) = GUARDS["lake_ending"]
NAMED_PORT = re.compile("(" + "|".join(in_order("match_guards", "text", role="named_port")) + ")$")
"""A port's surface that names the port itself (宁波舟山港, 二连浩特口岸): data/lexicon/match_guards.csv."""
BEFORE_TOWN = one("character_sets", "chars", role="before_town_short_form")
"""Characters before a town's short form that make another name (西巴彦花): character_sets.csv."""
FUNCTION_FIRST = one("character_sets", "chars", role="function_first")
"""Function characters that open no county's short form after a word (机制和政策): character_sets.csv."""
YIELDS = FUNCTION_FIRST + one("character_sets", "chars", role="yields_to_full_name")
"""Characters that, opening a short form after a word, make it yield to a name inside it (起于洪湖市)."""
DISTRICT = one("unit_words", role="district")
"""A district's word (X区): data/lexicon/unit_words.csv."""
ROUTE_NUMBER = re.compile(r"[GS]\d+[A-Z]?")
"""A national or provincial route number (G210): one longer (G2101) is another road."""


ADJACENT = re.compile(rule_pattern("adjacent_after_direction"))
COURSE = re.compile(rule_pattern("course"))
PEOPLE_AFTER = re.compile(rule_pattern("people_after"))
"""After a country's name, its people, language or things (朝鲜族, 蒙古包): data/lexicon/rule_words.csv."""
"""Directions in a course or a trend (由西南向东北, 东北至西南走向): data/lexicon/rule_words.csv."""
"""与 and a verb of adjacency after a direction (东北与…接壤): data/lexicon/rule_words.csv."""
CLAUSE_STARTS = frozenset(marks("clause") + "\n")
# The marks between a line's stops (至, －, —): between two quarters an orientation (东北-西南).
STOP_MARKS = marks("stop")
OF = marks("of")
BEARINGS = re.compile(rule_pattern("bearing"))
BEARING_AFTER = re.compile(rule_pattern("bearing_after"))
"""A distance, a slope or leaning on after a direction (西南1公里, 西南坡, 西北倚): rule_words.csv."""


def _bearing(text: str, s: int, e: int) -> bool:
    """Whether a direction before 与 and a verb of adjacency is a bearing from the place before it
    (潮汕地区东北与福建省接壤), or one of a series of bearings (东与河北为邻，西南与湖南交界), not the region
    it names when it opens its clause alone (东北与俄罗斯接壤)."""
    if s > 0 and text[s - 1] not in CLAUSE_STARTS:
        return True
    return len(BEARINGS.findall(text, max(0, s - 30), e + 30)) >= 2


PART_QUARTER = re.compile(f"(?:{alternation('directions')})+(?:{rule_pattern('quarter_part')})")
QUARTER_START = re.compile(f"(?:{alternation('directions')})+(?:{rule_pattern('quarter_part')})?")


def _quarter_of(before: str, name: str, g: Gazetteer) -> bool:
    """Whether ``name``, written right after the unit ``before``, is a region named by a quarter (东部地区,
    西北) and so the quarter of that unit — or, written with 部, of any place (珠江三角洲东部地区);
    China's own quarters stay the macro-regions (中国西部地区), and one region after another is a list
    (南亚东南亚)."""
    part = PART_QUARTER.match(name) is not None  # 东部地区: 部 says part of what comes before
    kinds = ("province", "city", "county") + (("region", "landform", "water") if part else ())
    return bool(
        _quarter_region(name, g)
        and any(p.kind in kinds for p in g.candidates(before))
        and not any(p.kind == "country" for p in g.candidates(before))
    )


def _quarter_region(name: str, g: Gazetteer) -> bool:
    """Whether ``name`` is a region named by a quarter (东部地区, 西北), not a place opening with a
    direction's character (西江)."""
    return bool(QUARTER_START.match(name)) and all(p.kind == "region" for p in g.candidates(name))


def raw_matches(text: str, g: Gazetteer, blocked: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """Leftmost-longest, non-overlapping gazetteer matches: (start, end, surface, name)."""
    dead = bytearray(len(text) + 1)  # blocked characters, a flag each: the check costs the same for any text
    for bs, be in blocked + [m.span() for m in IDIOMS.finditer(text)]:
        dead[bs:be] = b"\x01" * (be - bs)
    found = []
    for s, e, name in expand_abbreviations(text):
        if name in g.names:
            found.append((s, e, text[s:e], name))
    for end, name in g.matches(text):
        s = end - len(name) + 1
        found.append((s, end + 1, name, name))
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    starts = {m[0] for m in found}
    out, last = [], 0
    for k, (s, e, surface, name) in enumerate(found):
        if s < last or any(dead[s:e]):
            continue
        if s + 1 in starts and last != s and _verb_of_a_bearing(text, s) and not _full_name(name, g):
            continue  # 东临河南; not 海南临高县 (南 ends 海南) nor 临漳县 written in full
        if (
            (_function_first(text, s, name) and not _full_name(name, g)) or _abroad(name, g)
        ) and _name_inside(found, k, g):
            # 起于洪湖市, 兴宁和龙川西: 于 and 和 end a word, 于洪 and 和龙 are not meant; 目前江西省: 前江 of
            # Vietnam gives way to the province written in full
            continue
        if (
            name.endswith(PORT_ENDING)
            and text[e : e + 1] in GUARDS["after_port"]
            and text[e : e + 2] not in GUARDS["port_word"]
        ):
            # 深圳港澳合作, 钦州港口城市: 港 starts the next word (港澳, 港口), the name is the city's
            continue
        if name[0] in "GS" and ROUTE_NUMBER.fullmatch(name) and text[e : e + 1].isdigit():
            continue  # G210 is not G2 or G21
        if (
            (text[e - 1 : e + 1] in GUARDS["ends_a_word"] or text[e - 1 : e + 2] in GUARDS["ends_a_word"])
            and text[e - 1 : e + 2] not in GUARDS["ends_no_word"]
            and not _county_town(text, e, name, g)
        ) or (text[e : e + 1] in GUARDS["after_two_character_name"] and len(name) == 2):
            continue  # 兴安岭 is the range that 兴安盟 is named after, not the league
        if _inside_a_word(text, s, e, name, g):
            continue
        hidden = _no_region_until(text, s, e, name, g, out)
        if hidden is not None:
            last = max(last, hidden)
            continue
        if _short_before(text, e, name, g):
            e, surface, name = e - 1, surface[:-1], name[:-1]  # 青海省会西宁, 张家界市区
        out.append((s, e, surface, name))
        last = e
    return out


def _by_opening(words: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Each word under every opening of two characters or more that it goes on from."""
    out: dict[str, tuple[str, ...]] = {}
    for w in sorted(words):
        for k in range(2, len(w)):
            out[w[:k]] = out.get(w[:k], ()) + (w,)
    return out


WORDS_WITH_NAME = _by_opening(GUARDS["word_with_name"])
"""For a matched name, the words of match_guards.csv (word_with_name) that start with it and go on: looked
up once a match, not tried one by one."""


def _inside_a_word(text: str, s: int, e: int, name: str, g: Gazetteer) -> bool:
    """Whether the match at [s, e) is part of an ordinary word: the character before it and its first one
    (沿海城市: no 海城市), or a word that starts with it and names something else (中山路, 中山大学)."""
    if s > 0 and text[s - 1 : s + 1] in GUARDS["starts_a_word"] and name not in g.exact:
        return True
    return any(text.startswith(w, s) for w in WORDS_WITH_NAME.get(text[s:e], ()))


def _no_region_until(
    text: str, s: int, e: int, name: str, g: Gazetteer, out: list[tuple[int, int, str, str]]
) -> int | None:
    """None when ``name`` may be a region here; else where the names it hides end: a quarter of the unit
    before it, or after it and 的, hides the shorter regions inside it too (牡丹江东部地区, 河南中东部地区,
    东港市的东部地区: no 东部地区)."""
    if out and out[-1][1] in (s, s - len(OF)) and text[out[-1][1] : s] in ("", OF):
        if _quarter_of(out[-1][3], name, g):
            return e
    if text[max(0, s - 2) : s] in GUARDS["before_quarter"] and _quarter_region(name, g):
        return e
    return s if _no_region_here(text, s, e, name, g) else None


def _short_before(text: str, e: int, name: str, g: Gazetteer) -> bool:
    """Whether a full name ending in 省 or 市 is written as its short form and a word starting with that
    character (青海 + 省会, 张家界 + 市区), when the short form names no other unit (塔城 is also 塔城地区):
    data/lexicon/match_guards.csv, role short_before."""
    return (
        text[e - 1 : e + 1] in GUARDS["short_before"]
        and _names_no_larger_unit(name, g)
        and text[e : e + 2] not in GUARDS["not_a_district"]
        and not any(g.in_full(text[e : e + k]) for k in range(2, 6))
    )


def _abroad(name: str, g: Gazetteer) -> bool:
    """Whether every place ``name`` names lies abroad, in no Chinese unit (前江, a province of Vietnam)."""
    return not any(p.adcode for p in g.candidates(name))


def _full_name(name: str, g: Gazetteer) -> bool:
    """Whether ``name`` is a place's full official name (临漳县), not a short form (临河)."""
    return bool(g.in_full(name))


def _names_no_larger_unit(name: str, g: Gazetteer) -> bool:
    """Whether the short form of the full name ``name`` names no other unit as large or larger (南昌 of
    南昌市 names 南昌县 too, a smaller one; 塔城 of 塔城市 names 塔城地区, a larger one)."""
    full = [p for p in g.in_full(name) if p.level <= 3]
    level = min((p.level for p in full), default=0)
    return bool(full) and all(
        p.level > level for p in g.candidates(name[:-1]) if p.level <= 3 and p not in full
    )


def _function_first(text: str, s: int, name: str) -> bool:
    """Whether the match ``name`` at ``s`` starts with a function character right after another Chinese
    character (起于洪湖市, 机制和政策): that character likely ends the word before."""
    return name[0] in YIELDS and s > 0 and is_cjk(text[s - 1])


def _name_inside(found: list[tuple[int, int, str, str]], k: int, g: Gazetteer) -> bool:
    """Whether a name starts inside the ``k``-th match (``found`` in the order of starts) and ends after it:
    a unit's full official name, or any name when the match is a county's short form that opens with a
    function character (和龙 of 和龙川西, which :mod:`geo.matching` never takes after a word)."""
    s, e, _, name = found[k]
    county = (
        name[0] in FUNCTION_FIRST and name not in g.exact and all(p.level == 3 for p in g.candidates(name))
    )
    for s2, e2, _, name2 in found[k + 1 :]:
        if s2 >= e:
            return False
        if s < s2 and e < e2 and (county or any(p.level <= 3 for p in g.in_full(name2))):
            return True
    return False


def _verb_of_a_bearing(text: str, s: int) -> bool:
    """Whether the character at ``s`` is the verb of a bearing (东临, 西连, 南接), a name starting right after
    it: 东临河南 names 河南, not 临河; 西连江西 names 江西, not 连江."""
    return any(b.end() == s + 1 for b in BEARINGS.finditer(text, max(0, s - 2), s + 1))


def _no_region_here(text: str, s: int, e: int, name: str, g: Gazetteer) -> bool:
    """Whether a region's name at [s, e) names no region here: a province's quarter (辽西北, not 辽西), a
    direction (西北部, 东北与…接壤 after a place), a train service (中亚班列), a people (朝鲜族), a quarter
    inside a place (静海区境内东部地区)."""
    if (
        len(name) == 2
        and text[e - 1 : e + 1] in QUARTERS
        and (
            all(p.kind == "region" for p in g.candidates(name))
            or (name[0] in PROVINCE_INITIALS and all(p.level > 1 for p in g.candidates(name)))
        )
    ):
        return True  # 辽西北, 黔西北: a province's quarter, not 辽西 or 黔西 (陕西北部 is 陕西)
    if name in QUARTERS and (
        any(c.start() <= s and e <= c.end() for c in COURSE.finditer(text, max(0, s - 3), e + 6))
        or text[e : e + 1] in GUARDS["after_direction"]
        or BEARING_AFTER.match(text, e)
        or text.startswith(AFTER_DIRECTION_WORDS, e)
        or (s > 0 and text[s - 1] in PROVINCE_INITIALS)
        or (ADJACENT.match(text, e) and _bearing(text, s, e))
        or _orientation(text, s, e)
    ):
        return True
    if text[e : e + 2] in GUARDS["service_after"] and all(
        p.kind in ("region", "country") for p in g.candidates(name)
    ):
        return True  # 中亚班列: a train service named after the region
    if PEOPLE_AFTER.match(text, e) and all(p.kind == "country" for p in g.candidates(name)):
        return True  # 朝鲜族, 蒙古语: a people, its language
    return False


def _county_town(text: str, e: int, name: str, g: Gazetteer) -> bool:
    """``会泽县城``, ``舟曲县域``, ``四川省会东县``, ``贡山县城``: a county's or province's full name, or the
    form with its designation it is also known by, before the word for its town or territory stands."""
    return text[e - 1 : e + 1] in GUARDS["county_word"] and any(
        (p.level in (1, 3) or len(name) >= ZONE_NAME_MIN)
        and (p.name_zh == name or g.exact.get(name) == p.place_id)
        for p in g.candidates(name)
    )


ZONE_NAME_MIN = 4
"""A zone's full name at least this long (an industrial park of a city, the city's name and the zone's word)
stands before the word for its territory as a county's does."""


def _orientation(text: str, s: int, e: int) -> bool:
    """Whether the quarter at ``[s, e)`` and another one are joined by 至/－/— (东北-西南排布): an
    orientation, no regions."""
    return (text[e : e + 1] in STOP_MARKS and text[e + 1 : e + 3] in QUARTERS) or (
        text[s - 1 : s] in STOP_MARKS and text[max(0, s - 3) : s - 1] in QUARTERS
    )
