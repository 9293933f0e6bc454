"""Lines the gazetteer lacks, known by their own short names: ``准朔铁路``, ``集大原高铁``, ``集通线``,
``宁滁蚌亳铁路`` (characters that abbreviate stops, before a line word), the short names listed before one
(``平伍、伍益高速公路``) and crossings named by the cities they join (``深中通道``). Kept as unlocated
mentions, not drawn. Pure functions over the text and the mentions; the words are data/lexicon/line_words.csv
and rule_words.csv."""

from __future__ import annotations

import re
from collections.abc import Callable

from geo.boundaries import LAC_NOTE
from geo.chain_initials import DIRECTIONS, corridor_of, spells_cities, spells_units
from geo.features import BUILD_VERBS, COUNT, LEADS, name_like
from geo.gazetteer import Gazetteer
from geo.lexicon import item_bounds, marks, rule_pattern
from geo.line_names import HAN_FIRST, HAN_LAST, LINE_MODIFIERS
from geo.lines import BRANCH, CORRIDOR_KINDS, LINE_KINDS, LINE_WORD, ROAD_WORD
from geo.lines import line_role as _role
from geo.mention import Mention, replacing
from geo.normalize import CJK
from geo.raw_matching import PROVINCE_INITIALS
from geo.scan import finditer

LEAD = re.compile(f"(?:{LEADS})")
BEFORE_NAME = f"[{marks('opens_line_name')}\n{item_bounds()}]"
"""A quotation mark, a bracket, a line break or a list mark: what a line's short name may stand right after
(data/lexicon/list_marks.csv)."""
NOT_A_NAME = re.compile(rule_pattern("line_name_not"))
"""A scope or a status read like a line's short name (data/lexicon/rule_words.csv)."""
TWO_CHARACTER_LEADS = "|".join(w for w in LEADS.split("|") if len(w) == 2)
"""The leads of two characters (plan_words.csv): a line's short name may stand right after one, as after
a building verb."""
NAMED_LINE = re.compile(
    f"(?:^|(?<={BEFORE_NAME})|(?<={_role('char_before_short_name')})|(?<="
    + BUILD_VERBS
    + ")|(?<="
    + TWO_CHARACTER_LEADS
    + "))([\u4e00-\u9fff]{2}(?:"
    + BRANCH.pattern
    + f"(?={_role('after_short_branch')}))?|[\u4e00-\u9fff]{{3}}(?={_role('after_three_characters')}))"
    "(" + _role("short_name_word") + f")(?!{_role('not_after_short_name_word')})",
    re.M,
)
# Four characters before a railway's word, read apart so that they never hide a shorter name the pattern above
# would read at the same place (宁滁蚌亳铁路).
NAMED_LINE_3 = re.compile(
    f"([{CJK}]{{3}})(" + _role("short_name_word") + f")(?!{_role('not_after_short_name_word')})", re.M
)
"""Three characters before a line's word wherever they stand: a name only when they spell cities near each
other and the first is a province's abbreviation, not one written after another (see :func:`named_lines`)."""
NAMED_LINE_4 = re.compile(
    f"(?:^|(?<={BEFORE_NAME})|(?<={_role('char_before_short_name')})|(?<="
    + BUILD_VERBS
    + f"))([\u4e00-\u9fff]{{4}})(?={_role('after_four_characters')})"
    "(" + _role("short_name_word") + f")(?!{_role('not_after_short_name_word')})",
    re.M,
)


# What may stand right before a list's first item: a clause or list mark, a building verb (推进).
ITEM_START = re.compile(f"(?:{BEFORE_NAME}|{BUILD_VERBS})$")


JOINER = re.compile(_role("joiner_before_short_name"))
# A character written twice before 通 (县县通, 村村通): every county reached, no stops' initials (龙龙高铁,
# 荆荆高铁 are lines): data/lexicon/line_words.csv.
REPEATED = re.compile(_role("every_unit_reached"))
BARE_LINE_WORD = re.compile(_role("bare_line_word"))


def named_lines(
    text: str,
    ms: list[Mention],
    spells_cities: Callable[[str], bool] = lambda _: False,
    initials: Callable[[str], bool] = lambda _: False,
) -> list[Mention]:
    """``准朔铁路``, ``白阿铁路``, ``丹锡高速``, ``集大原高铁``, ``集通线``, ``陕京四线``: two or three
    characters right after a list mark, a line start or a building verb and before 铁路/高铁/高速 are a line's
    own short name (each character abbreviates a stop); kept, not drawn. Modifiers (城际铁路, 国家高速) and
    names the gazetteer reads otherwise are not lines; four characters are a name only when they spell cities
    near each other (``spells_cities``: 宁滁蚌亳铁路), and before 线 alone only initials of cities or
    provinces (``initials``: 京沈线, not 天际线). An X线 is of the kind of the next line word in its sentence
    (a pipeline before …管道), a railway when there is none."""
    # 滨城 (a district's short form) inside 京滨城际; 渝西, 长株潭 (regions) before 高铁 name the line
    named_by = {(m.start, m.end) for m in ms if m.kind == "region" and m.end - m.start in (2, 3)}
    taken = [(m.start, m.end) for m in ms if m.kind != "unresolved" and (m.start, m.end) not in named_by]
    out = []
    for m in [*finditer(NAMED_LINE, text), *finditer(NAMED_LINE_4, text), *finditer(NAMED_LINE_3, text)]:
        lead = LEAD.match(m.group(1)) if len(m.group(1)) >= 3 else None  # 完善广汕高铁: 广汕
        s = m.start() + (len(lead.group()) if lead else 0)  # 以宜万铁路: 以 leads; 完善以铁路: no name
        name = text[s : m.end(1)]
        if len(name) == 3 and (
            re.fullmatch(_role("char_before_short_name"), name[0]) or LEAD.fullmatch(text, s - 1, s + 1)
        ):  # 东接宁金高速公路, 距灌平高速, 在建恩来高速: the verb before a two-character name
            s, name = s + 1, name[1:]
        if (
            COUNT.search(name)  # 第一条高速公路
            or REPEATED.search(name)  # 县县通高速: every county reached
            or any(w in name for w in LINE_MODIFIERS)
            or any(
                a < m.end() and s < b
                for a, b in _in_the_way(taken, s, m, spells_cities) + [(o.start, o.end) for o in out]
            )
            or not name_like(name, 4)
            or NOT_A_NAME.fullmatch(name)  # 我省高速公路, 续建高速公路: a class of lines
            or (m.re in (NAMED_LINE_3, NAMED_LINE_4) and not spells_cities(name))
            or (
                m.re is NAMED_LINE_3
                and (name[0] not in PROVINCE_INITIALS or text[s - 1 : s] in PROVINCE_INITIALS)
            )
            or (
                BARE_LINE_WORD.fullmatch(m.group(2))
                and (JOINER.fullmatch(text, s - 1, s) or not initials(name))
            )
        ):  # 推进城际铁路: a verb, not a line's name; 随着济郑 no four cities' initials; 的海岸线 a word
            continue
        kind = "road" if re.fullmatch(ROAD_WORD, m.group(2)) else "rail"
        # 集通线 (…、白阿铁路), 陕京四线 (…、建平-赤峰天然气管道): the list's next line word says
        if m.group(2).endswith(_role("takes_next_kind")):
            stop = min((i for i in (text.find(c, m.end()) for c in "。；") if i >= 0), default=len(text))
            nxt = LINE_WORD.search(text, m.end(), stop)
            kind = next(k for rx, k in CORRIDOR_KINDS if re.fullmatch(rx, nxt.group(1))) if nxt else "rail"
        out.append(
            Mention.unlocated(
                text, s, m.end(), kind, note="a line's own short name; not in the gazetteer, not drawn"
            )
        )
        out += _listed_before(text, s, kind, taken + [(o.start, o.end) for o in out], spells_cities)
    return out


def _in_the_way(
    taken: list[tuple[int, int]], s: int, m: re.Match[str], spells_cities: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """The spans read already that stand in the way of the short name at ``s`` and its line word ``m``: not,
    when the name spells cities, a city read across the name's end into the word (宣城 of 合芜宣城际铁路)
    nor one shorter than the name inside it (昌吉 of 昌吉赣客专)."""
    e = m.end(1)
    if not spells_cities(m.string[s:e]):
        return taken
    return [(a, b) for a, b in taken if not (s < a < e < b <= m.end() or (s <= a < b <= e and b - a < e - s))]


def _listed_before(
    text: str, s: int, kind: str, taken: list[tuple[int, int]], spells: Callable[[str], bool]
) -> list[Mention]:
    """``平伍、伍益高速公路``, ``昌吉赣、赣深、安九客专``: short names of two characters, or of three that
    spell cities near each other, listed with 、 before a line's own short name, the first after a clause mark
    or a verb, are lines of its kind too."""
    out: list[Mention] = []
    while text[s - 1 : s] == "、":
        n = 3 if s >= 4 and name_like(text[s - 4 : s - 1], 3) and spells(text[s - 4 : s - 1]) else 2
        a = s - 1 - n
        if a < 0 or not name_like(text[a : s - 1], n):
            break
        s = a
        # 昌吉 of 昌吉赣: a city read inside a spelled name does not stand in the way
        if any(x < a + n and a < y and not (n == 3 and a <= x and y <= a + n) for x, y in taken) or not (
            a == 0 or ITEM_START.search(text, max(0, a - 6), a)
        ):
            return []
        out.append(
            Mention.unlocated(text, a, a + n, kind, note="listed with a line's own short name; not drawn")
        )
    return out[::-1]


NEXT_ITEM = re.compile(
    f"{_role('listed_after_line_mark')}([{CJK}]{{2,4}})(?={_role('listed_after_line_end')})"
)
"""A list's next item of two to four characters after a line (line_words.csv: its marks and ends)."""
UNIT_KINDS = ("province", "city", "county", "town")
NOTE_AFTER = "listed after a line, named by its stops' initials; not in the gazetteer, not drawn"


def listed_after_lines(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """The mentions with the items listed right after a railway or a road that are initials of cities or
    provinces (``沪通铁路二期、沪苏湖、杭临绩、合新等项目``): lines of its kind, kept, not drawn; the
    walk passes over other items and stops at one that a mention reads as a unit of its own."""
    found = []
    for line in (m for m in ms if m.kind in ("rail", "road")):
        at = line.end
        while item := NEXT_ITEM.match(text, at):
            s, e = item.span(1)
            at = e
            here = [m for m in ms if m.start < e and s < m.end]
            if any(m.start == s and m.end == e and m.kind in UNIT_KINDS for m in here):
                break
            if _spells_stops(item.group(1), g) and not any(
                _stands(m) for m in here
            ):  # an item of other characters is passed over (沪乍杭: 乍浦 a town)
                found.append(Mention.unlocated(text, s, e, line.kind, note=NOTE_AFTER))
    return replacing(ms, found) if found else ms


def _spells_stops(token: str, g: Gazetteer) -> bool:
    """Whether ``token``'s characters are the initials of a line's stops: nearby cities, far cities joined by
    a corridor, or nearby units (沪苏湖, 杭临绩)."""
    return spells_cities(token, g) or corridor_of(token, g) is not None or spells_units(token, g)


def _stands(m: Mention) -> bool:
    """Whether a mention read inside an item listed after a line stands: a line, or a name of two
    characters or more that is no guess of the recognizer's (沪苏湖 read as a lake is one)."""
    return m.kind in LINE_KINDS or (m.end - m.start > 1 and m.note != LAC_NOTE)


CROSSING_WORD = re.compile(rule_pattern("crossing_word"))
# Two characters and a crossing's word (深中通道): data/lexicon/rule_words.csv.
CROSSING = re.compile(
    f"(?:^|(?<={BEFORE_NAME})|(?<={BUILD_VERBS})|(?<={rule_pattern('crossing_lead')}))"
    f"([{HAN_FIRST}-{HAN_LAST}]{{2}})({CROSSING_WORD.pattern})"
)


def spelled_crossings(text: str, ms: list[Mention], spells_cities: Callable[[str], bool]) -> list[Mention]:
    """``深中通道``: two characters that spell the cities a crossing joins, after a clause mark, a building
    verb or 的 and before 通道 (过江通道, 跨海通道), name a road crossing the gazetteer lacks: kept, not
    drawn; not an epithet or directions (黄金通道, 南北通道), nor where a mention reads across them."""
    out = []
    for m in CROSSING.finditer(text):
        token = m.group(1)
        if token in LINE_MODIFIERS or set(token) <= DIRECTIONS or not spells_cities(token):
            continue
        if not any(x.start < m.end() and m.start() < x.end for x in ms):
            note = "a crossing named by the cities it joins; not in the gazetteer, not drawn"
            out.append(Mention.unlocated(text, m.start(), m.end(), "road", note=note))
    return out


RIVER_CROSSING = re.compile(rule_pattern("river_crossing_word"))
CROSSED = ("water", "landform")


def crossed_features(text: str, ms: list[Mention]) -> list[Mention]:
    """The mentions with each sea, strait or mountain right before a crossing's word read as the crossing
    over or through it (``狮子洋通道``, ``莲花山通道``), a road the gazetteer lacks: kept, not drawn. Not a
    river's crossings (长江过江通道: the class of them)."""
    out = []
    for x in ms:
        w = CROSSING_WORD.match(text, x.end) if x.kind in CROSSED else None
        if w and not RIVER_CROSSING.match(w.group()):
            note = "a crossing named after the feature it crosses; not in the gazetteer, not drawn"
            x = Mention.unlocated(text, x.start, w.end(), "road", note=note)
        out.append(x)
    return out
