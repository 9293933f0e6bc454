"""Lines known by their short names: ``京藏、京新等高速公路`` and ``依托京包、包茂交通运输大通道``
(each token with a line word, a line the gazetteer knows), ``京包（头）`` (a short name glued to a bracketed
abbreviation), ``准朔铁路``, ``集大原高铁``, ``宁滁蚌亳铁路`` (a line's own short name the gazetteer
lacks). Pure functions over the text, the mentions and the gazetteer; the words are
data/lexicon/line_words.csv."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from geo.chain_initials import DIRECTIONS, spells_cities, spells_units
from geo.features import BUILD_VERBS, COUNT, LEADS, name_like
from geo.gazetteer import Gazetteer
from geo.lexicon import item_bounds, marks, rule_pattern, words
from geo.lines import BRANCH, CORRIDOR_KINDS, LINE_WORD, ROAD_WORD
from geo.lines import line_role as _role
from geo.mention import Mention
from geo.raw_matching import PROVINCE_INITIALS
from geo.scan import finditer, in_runs
from geo.structure import count_value

ETC = marks("etc")
"""What may end a list before its word (京藏、京新等高速公路): data/lexicon/list_marks.csv."""
_SEP = rf"(?:、|(?:{_role('list_and')})(?:{_role('list_status')})?)"  # 京津、京包、包兰和在建临哈交通干线
_ABBREVIATED_WORDS = _role("list_word")
LINE_COUNT = _role("line_count")
"""A count of lines between a list of their short names and their word (沈盘、沈营、沈抚3条城际铁路)."""
ROUTE_ITEM = r"[GS]\d{1,4}"
"""A route number among the short names of a list of roads (连霍、京藏、G312等高速公路): read by
geo.numbered_roads, skipped here."""
ABBREVIATED_LIST = re.compile(
    rf"((?:(?:[\u4e00-\u9fff]{{2,3}}|{ROUTE_ITEM}){_SEP})*(?:[\u4e00-\u9fff]{{2,3}}|{ROUTE_ITEM}))"
    rf"(?:{_role('list_item_tail')})?{ETC}?(?:{_role('list_word_lead')})?(?:{LINE_COUNT})?(?:{_role('list_status')})?"
    rf"({_ABBREVIATED_WORDS})"
    rf"|((?:[\u4e00-\u9fff]{{2,3}}、){{2,}}[\u4e00-\u9fff]{{2}})[\u4e00-\u9fff]{{1,4}}?"
    rf"({_role('loose_list_word')})"
)
"""A list of short names before a line word; it is made of characters of :data:`LIST_RUN` and holds an
:data:`ABBREVIATED_WORD`, so it is looked for only in the runs of them that hold one
(:func:`geo.scan.in_runs`)."""
ABBREVIATED_WORD = re.compile(_ABBREVIATED_WORDS)
LIST_RUN = re.compile(r"[\u4e00-\u9fff\u3001\dGS]*")
HAN_FIRST, HAN_LAST = chr(0x4E00), chr(0x9FFF)
"""The CJK Unified Ideographs block a name's characters lie in."""


def _known_line(g: Gazetteer, token: str, word: str) -> str | None:
    """The id of the road or railway the gazetteer knows by ``token`` and a line word (``word`` first)."""
    forms = (
        [token + word] + [token + w for w in _role("road_rail_forms").split("|")]
        if re.search(_role("road_or_rail_word"), word)
        else [token + w for w in _role("other_forms").split("|")]
    )
    # 京沈高速公路 is the road: a word of one kind finds a line of that kind only (not 京沈铁路)
    kinds = [k for rx, k in CORRIDOR_KINDS if re.fullmatch(rx, word) and k in ("road", "rail")] or [
        "road",
        "rail",
    ]
    return next((g.exact[f] for f in forms if f in g.exact and g.places[g.exact[f]].kind in kinds), None)


def abbreviated_lines(text: str, g: Gazetteer, taken: list[Mention]) -> list[Mention]:
    """``京藏、京新、荣乌、青银等高速公路``, ``依托京包、包茂交通运输大通道``: each short token that, with a
    line word, is a line the gazetteer knows (a three-character token may carry a verb's last character:
    ``依托京包`` → ``京包``)."""
    out = []
    for m in in_runs(ABBREVIATED_LIST, text, LIST_RUN, ABBREVIATED_WORD):
        loose = m.group(3) is not None
        word, listed = (m.group(4), m.group(3)) if loose else (m.group(2), m.group(1))
        count = None if loose else _count(text[m.end(1) : m.start(2)])
        if count is not None and re.search(_role("road_or_rail_word"), word) is None:
            continue  # 京港澳、陆桥4条通道经济带: counted corridors of a region, no lines
        found, unknown, tokens = [], [], 0
        for tm in re.finditer(rf"(?:^|{_SEP})([\u4e00-\u9fff]{{2,3}}?){ETC}?(?={_SEP}|$)", listed):
            token, end, tokens = tm.group(1), m.start(3 if loose else 1) + tm.end(1), tokens + 1
            for t in dict.fromkeys((token, token[-2:])):
                s0 = end - len(t)
                over = [x for x in taken if x.start < end and s0 < x.end]
                if over and not (
                    len(over) == 1 and over[0].kind == "region" and (over[0].start, over[0].end) == (s0, end)
                ):
                    if (
                        len(t) > 2
                        and count is not None
                        and tokens > 1
                        and [(x.start, x.end) for x in over] == [(s0, end)]
                    ):
                        unknown.append(
                            (s0, end, t)
                        )  # 平伍、…、城陵矶5条高速公路: a place's name names the line
                        break
                    if len(t) > 2:
                        # 以京津: the verb's character, then a city chain (京津), which may be a line in a
                        # list of lines
                        continue
                    break
                pid = _known_line(g, t, word)
                if pid:
                    p = g.places[pid]
                    found.append(Mention.of(p, s0, end, t, p.kind, note="abbreviated line"))
                    break
            else:
                if item := _unknown_item(text, g, (token, t, end), count, tokens):
                    unknown.append(item)
        # without 等 + word right after, the list must hold two known lines at least
        if loose and len(found) < 2:
            continue
        listed_lines = (
            count == tokens
            and len(found) + len(unknown) == tokens
            or _spelled(unknown, g)
            or (bool(found) and bool(unknown) and all(_spells(t, g) for _, _, t in unknown))
        )  # 合福、沪昆客专: a known line beside names that spell their ends
        if unknown and not loose and unknown[-1][1] == m.start(2):  # 津兴城际铁路: the last carries the word
            a, _, t = unknown[-1]
            unknown[-1] = (a, m.end(2), t + word)
        out += found + _unknown_lines(found, unknown, word, listed_lines)
    return out


def _unknown_item(
    text: str, g: Gazetteer, item: tuple[str, str, int], count: int | None, tokens: int
) -> tuple[int, int, str] | None:
    """An item of a list of lines that is no known line: whole when its three characters are one name (a
    place among counted short names, or initials spelling three cities, not after a verb of plans), else its
    last two characters; None when they are no name."""
    token, t, end = item
    if len(token) == 3 and (
        (count is not None and tokens > 1 and name_like(token))
        or (spells_cities(token, g) and (tokens > 1 or not _lead_ends(text, end - 2)))
    ):
        return end - 3, end, token
    if ABBREVIATED_WORD.fullmatch(t):
        return None  # 高铁 of …高铁和包银: a line's word, no name
    return (end - 2, end, t) if name_like(t) and len(t) == 2 else None


def _spelled(unknown: list[tuple[int, int, str]], g: Gazetteer) -> bool:
    """Whether two unknown names at least, and half of them, spell the cities, counties or provinces of a
    line (郑万、渝黔)."""
    n = sum(_spells(t, g) for _, _, t in unknown)
    return n >= 2 and 2 * n >= len(unknown)


def _spells(token: str, g: Gazetteer) -> bool:
    """Whether a short name spells the places a line joins: cities, counties or provinces (渝黔)."""
    if any(w in token for w in LINE_MODIFIERS):
        return False  # 城际, 沙漠: a modifier, no name
    return set(token) <= PROVINCE_INITIALS or spells_cities(token, g) or spells_units(token, g)


def _lead_ends(text: str, end: int) -> bool:
    """Whether a verb or function word of plans ends at ``end`` (依托 of 依托京包)."""
    return LEAD_AT_END.search(text, max(0, end - 4), end) is not None


LEAD_AT_END = re.compile(f"(?:{LEADS})$")


def _unknown_lines(
    found: list[Mention], unknown: list[tuple[int, int, str]], word: str, complete: bool
) -> list[Mention]:
    """The other short names of a list of known lines: lines of the same kind, undrawn; so are all the
    names of a list counted before its word (沈盘、沈营、沈抚3条城际铁路: ``complete``) or spelling the
    cities they join (济滨、津潍等高铁)."""
    if not (len(found) >= 2 or complete):
        return []
    kind = (
        Counter(f.kind for f in found).most_common(1)[0][0]
        if found
        else next((k for rx, k in CORRIDOR_KINDS if re.fullmatch(rx, word)), None)
    )
    if kind is None:
        return []  # 京包、包茂交通运输大通道: a word of no line's kind
    why = f"known {kind} lines" if len(found) >= 2 else "a count of lines or the initials of cities"
    note = f"listed with {why}; not in the gazetteer, not located"
    return [Mention(a, b, t, t if t.endswith(word) else t + word, kind, note=note) for a, b, t in unknown]


def _count(between: str) -> int | None:
    """The number a count of lines says (3条, 七条), None when there is none."""
    number = re.search(LINE_COUNT, between)
    return count_value(number.group()) if number else None


def bracketed_lines(text: str, g: Gazetteer, ms: list[Mention]) -> list[Mention]:
    """``有序推进京包（头）、包（头）银（川）…等铁路``: one character glued before a bracketed abbreviation
    (``京`` + ``包（头）``) is the short name of a line the gazetteer knows (京包铁路) when a list mark or a
    line word follows; the abbreviated place stays a mention of its own."""
    taken = [(m.start, m.end) for m in ms]
    out = []
    for m in ms:
        s0 = m.start - 1
        if (
            s0 < 0
            or m.surface[1:2] != "（"
            or any(a <= s0 < b for a, b in taken)
            or not HAN_FIRST <= text[s0] <= HAN_LAST
        ):
            continue
        if not (text[m.end : m.end + 1] in _role("after_bracketed") or LINE_WORD.match(text, m.end)):
            continue
        token = text[s0] + m.surface[0]
        pid = next(
            (g.exact[f] for f in (token + w for w in _role("bracket_forms").split("|")) if f in g.exact), None
        )
        if pid and g.places[pid].kind in ("rail", "road"):
            p = g.places[pid]
            out.append(Mention.of(p, s0, m.end, text[s0 : m.end], p.kind, note="abbreviated line"))
    return out


LEAD = re.compile(f"(?:{LEADS})")
BEFORE_NAME = f"[{marks('opens_line_name')}\n{item_bounds()}]"
"""A quotation mark, a bracket, a line break or a list mark: what a line's short name may stand right after
(data/lexicon/list_marks.csv)."""
NOT_A_NAME = re.compile(rule_pattern("line_name_not"))
"""A scope or a status read like a line's short name (data/lexicon/rule_words.csv)."""
LINE_MODIFIERS = words("line_modifiers")
"""Words before a line word that are no line's short name (城际铁路, 全省铁路, 这两条铁路):
data/lexicon/line_modifiers.csv."""
NAMED_LINE = re.compile(
    f"(?:^|(?<={BEFORE_NAME})|(?<={_role('char_before_short_name')})|(?<="
    + BUILD_VERBS
    + "))([\u4e00-\u9fff]{2}(?:"
    + BRANCH.pattern
    + f"(?={_role('after_short_branch')}))?|[\u4e00-\u9fff]{{3}}(?={_role('after_three_characters')}))"
    "(" + _role("short_name_word") + f")(?!{_role('not_after_short_name_word')})",
    re.M,
)
NAMED_LINE_4 = re.compile(
    f"(?:^|(?<={BEFORE_NAME})|(?<="
    + BUILD_VERBS
    + f"))([\u4e00-\u9fff]{{4}})(?={_role('after_four_characters')})"
    "(" + _role("short_name_word") + f")(?!{_role('not_after_short_name_word')})",
    re.M,
)
"""Four characters before 铁路/高铁/客专, read apart so that they never hide a shorter name the pattern above
would read at the same place (宁滁蚌亳铁路)."""


ITEM_START = re.compile(f"(?:{BEFORE_NAME}|{BUILD_VERBS})$")
"""What may stand right before a list's first item: a clause or list mark, a building verb (推进)."""


JOINER = re.compile(_role("joiner_before_short_name"))
REPEATED = re.compile(_role("every_unit_reached"))
"""A character written twice before 通 (县县通, 村村通): every county reached, no stops' initials (龙龙高铁,
荆荆高铁 are lines): data/lexicon/line_words.csv."""
BARE_LINE_WORD = re.compile(_role("bare_line_word"))


def named_lines(
    text: str, ms: list[Mention], spells_cities: Callable[[str], bool] = lambda _: False
) -> list[Mention]:
    """``准朔铁路``, ``白阿铁路``, ``丹锡高速``, ``集大原高铁``, ``集通线``, ``陕京四线``: two or three
    characters right after a list mark, a line start or a building verb and before 铁路/高铁/高速 are a line's
    own short name (each character abbreviates a stop); kept, not drawn. Modifiers (城际铁路, 国家高速) and
    names the gazetteer reads otherwise are not lines; four characters are a name only when they spell cities
    near each other (``spells_cities``: 宁滁蚌亳铁路). An X线 is of the kind of the next line word in its
    sentence (a pipeline before …管道), a railway when there is none."""
    # 滨城 (a district's short form) inside 京滨城际; 渝西, 长株潭 (regions) before 高铁 name the line
    named_by = {(m.start, m.end) for m in ms if m.kind == "region" and m.end - m.start in (2, 3)}
    taken = [(m.start, m.end) for m in ms if m.kind != "unresolved" and (m.start, m.end) not in named_by]
    out = []
    for m in [*finditer(NAMED_LINE, text), *finditer(NAMED_LINE_4, text)]:
        lead = LEAD.match(m.group(1)) if len(m.group(1)) >= 3 else None  # 完善广汕高铁: 广汕
        s = m.start() + (len(lead.group()) if lead else 0)  # 以宜万铁路: 以 leads; 完善以铁路: no name
        name = text[s : m.end(1)]
        if len(name) == 3 and re.fullmatch(_role("char_before_short_name"), name[0]):
            s, name = s + 1, name[1:]  # 东接宁金高速公路, 距灌平高速: the verb before a two-character name
        if (
            COUNT.search(name)  # 第一条高速公路
            or REPEATED.search(name)  # 县县通高速: every county reached
            or any(w in name for w in LINE_MODIFIERS)
            or any(a < m.end() and s < b for a, b in taken + [(o.start, o.end) for o in out])
            or not name_like(name, 4)
            or NOT_A_NAME.fullmatch(name)  # 我省高速公路, 续建高速公路: a class of lines
            or (m.re is NAMED_LINE_4 and not spells_cities(name))
            or (JOINER.fullmatch(text, s - 1, s) and BARE_LINE_WORD.fullmatch(m.group(2)))
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
        out += _listed_before(text, s, kind, taken + [(o.start, o.end) for o in out])
    return out


def _listed_before(text: str, s: int, kind: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """``平伍、伍益高速公路``: two-character short names listed with 、 before a line's own short name, the
    first after a clause mark or a verb, are lines of its kind too."""
    out: list[Mention] = []
    while text[s - 1 : s] == "、" and s >= 3 and name_like(text[s - 3 : s - 1], 2):
        a, s = s - 3, s - 3
        if any(x < a + 2 and a < y for x, y in taken) or not (
            a == 0 or ITEM_START.search(text, max(0, a - 6), a)
        ):
            return []
        out.append(
            Mention.unlocated(text, a, a + 2, kind, note="listed with a line's own short name; not drawn")
        )
    return out[::-1]


# Two characters and a crossing's word (深中通道): data/lexicon/rule_words.csv.
CROSSING = re.compile(
    f"(?:^|(?<={BEFORE_NAME})|(?<={BUILD_VERBS})|(?<={rule_pattern('crossing_lead')}))"
    f"([{HAN_FIRST}-{HAN_LAST}]{{2}})({rule_pattern('crossing_word')})"
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
