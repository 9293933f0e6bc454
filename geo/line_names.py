"""Lines known by their short names in lists: ``京藏、京新等高速公路`` and ``依托京包、包茂交通运输大通道``
(each token with a line word, a line the gazetteer knows) and ``京包（头）`` (a short name glued to a
bracketed abbreviation). A line's own short name the gazetteer lacks (``准朔铁路``) is
:mod:`geo.own_line_names`. Pure functions over the text, the mentions and the gazetteer; the words are
data/lexicon/line_words.csv."""

from __future__ import annotations

import re
from collections import Counter

from geo.chain_initials import DIRECTIONS, LINE_SPAN_KM, spells_cities, spells_units
from geo.features import LEADS, name_like
from geo.gazetteer import Gazetteer
from geo.lexicon import marks, words
from geo.lines import BRANCH, CORRIDOR_KINDS, LINE_WORD, own_kind
from geo.lines import line_role as _role
from geo.mention import Mention
from geo.raw_matching import PROVINCE_INITIALS
from geo.scan import in_runs
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
    rf"((?:[\u4e00-\u9fff]{{4}}、|(?:[\u4e00-\u9fff]{{2,3}}|{ROUTE_ITEM}){_SEP})*(?:[\u4e00-\u9fff]{{2,3}}|{ROUTE_ITEM}))"
    rf"(?:{_role('list_item_tail')})?{ETC}?(?:{_role('list_word_lead')})?(?:{LINE_COUNT})?(?:{_role('list_status')})?"
    rf"({_ABBREVIATED_WORDS})"
    rf"|((?:[\u4e00-\u9fff]{{2,3}}、){{2,}}[\u4e00-\u9fff]{{2}})[\u4e00-\u9fff]{{1,4}}?"
    rf"({_role('loose_list_word')})"
)
"""A list of short names before a line word; it is made of characters of :data:`LIST_RUN` and holds an
:data:`ABBREVIATED_WORD`, so it is looked for only in the runs of them that hold one
(:func:`geo.scan.in_runs`)."""
ABBREVIATED_WORD = re.compile(_ABBREVIATED_WORDS)
STREET_END = re.compile(_role("street_item_end"))
"""The words a street's name ends in: data/lexicon/line_words.csv, street_item_end."""
LIST_RUN = re.compile(r"[\u4e00-\u9fff\u3001\dGS]*")
HAN_FIRST, HAN_LAST = chr(0x4E00), chr(0x9FFF)
"""The CJK Unified Ideographs block a name's characters lie in."""


def known_line(g: Gazetteer, token: str, word: str) -> str | None:
    """The id of the road or railway the gazetteer knows by ``token`` and a line word (``word`` first)."""
    forms = (
        [token + word] + [token + w for w in _role("road_rail_forms").split("|")]
        if re.search(_role("road_or_rail_word"), word)
        else [token + w for w in _role("other_forms").split("|")]
    )
    # 京沈高速公路 is the road: a word of one kind finds a line of that kind only (not 京沈铁路)
    kinds = [k for rx, k in CORRIDOR_KINDS if re.fullmatch(rx, word) and k in ("road", "rail")] or (
        ["rail"] if re.fullmatch(_role("bare_line_word"), word) else ["road", "rail"]
    )  # 线 alone after a list of short names: railways (京哈、沈大等线)
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
        for tm in re.finditer(rf"(?:^|{_SEP})([\u4e00-\u9fff]{{2,4}}?){ETC}?(?={_SEP}|$)", listed):
            token, end, tokens = tm.group(1), m.start(3 if loose else 1) + tm.end(1), tokens + 1
            if len(token) == 4 and not spells_cities(token, g) and not _branched(token):
                token = token[1:]  # 推进杭绍台: a verb's character before three initials
            for t in dict.fromkeys((token, token[-2:])):
                s0 = end - len(t)
                # 成渝 of 成渝中线: read inside the short name of a branch
                over = [x for x in taken if x.start < end and s0 < x.end and not _branch_of(x, s0, t)]
                if over and not (
                    len(over) == 1 and over[0].kind == "region" and (over[0].start, over[0].end) == (s0, end)
                ):
                    if (
                        len(t) > 2
                        and count is not None
                        and tokens > 1
                        and [(x.start, x.end) for x in over] == [(s0, end)]
                    ):
                        # 平伍、…、城陵矶5条高速公路: a place's name names the line
                        unknown.append((s0, end, t))
                        break
                    if len(t) > 2:
                        # 以京津: the verb's character, then a city chain (京津), which may be a line in a
                        # list of lines
                        continue
                    break
                pid = known_line(g, t, word)
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
            or (bool(found) and bool(unknown) and all(spells_ends(t, g) for _, _, t in unknown))
            or _first_of_counted(text, unknown, (len(found), count), m.start(2), g)
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
    if len(token) == 4 and (
        (tokens > 1 and spells_cities(token, g)) or (_branched(token) and spells_ends(token, g))
    ):
        return end - 4, end, token  # 通苏嘉甬: four cities' initials; 成渝中线: a branch
    if len(token) == 3 and (
        (count is not None and tokens > 1 and name_like(token))
        or (spells_cities(token, g) and (tokens > 1 or not _lead_ends(text, end - 2)))
    ):
        return end - 3, end, token
    if ABBREVIATED_WORD.fullmatch(t) or own_kind(text[max(0, end - 6) : end]):
        return None  # 高铁 of …高铁和包银, 专线 of 津秦客运专线和保津: a line's word, no name
    if STREET_END.search(token):  # 三一大道 among 机场高速: a street of its own, named whole
        return (end - len(token), end, token) if len(token) >= 3 and name_like(token, 5) else None
    return (end - 2, end, t) if name_like(t) and len(t) == 2 else None


def _first_of_counted(
    text: str, unknown: list[tuple[int, int, str]], counts: tuple[int, int | None], word: int, g: Gazetteer
) -> bool:
    """Whether a list names one line of several it counts (加快延榆等5条高铁), or one of three initials before
    等 (加快建成常益长等高速铁路), by a short name that spells the places it joins, right after a verb of
    plans or a mark (not the end of a longer name: 金仁桐等)."""
    found, count = counts
    if not (found == 0 and len(unknown) == 1 and ((count or 0) > 1 or len(unknown[0][2]) == 3)):
        return False  # 加快建成常益长等高速铁路: three initials need no count
    s, e, _ = unknown[0]
    if not text.startswith(ETC, e, word):
        return False
    return (_lead_ends(text, s) or not HAN_FIRST <= text[s - 1 : s] <= HAN_LAST) and spells_ends(
        unknown[0][2], g
    )


def _spelled(unknown: list[tuple[int, int, str]], g: Gazetteer) -> bool:
    """Whether two unknown names at least, and half of them, spell the cities, counties or provinces of a
    line (郑万、渝黔)."""
    n = sum(spells_ends(t, g) for _, _, t in unknown)
    return n >= 2 and 2 * n >= len(unknown)


def _branched(token: str) -> bool:
    """Whether a four-character token is a two-character short name and a branch (成渝中线)."""
    return len(token) == 4 and BRANCH.fullmatch(token, 2) is not None


def _branch_of(x: Mention, s0: int, t: str) -> bool:
    """Whether ``x`` was read inside the short name of the branch ``t`` written at ``s0`` (成渝, 渝中 of
    成渝中线)."""
    return _branched(t) and s0 <= x.start and x.end <= s0 + len(t)


def spells_ends(token: str, g: Gazetteer) -> bool:
    """Whether a short name spells the places a line joins: cities, counties or provinces (渝黔), or is such a
    name and a branch (成渝中线)."""
    token = token[:2] if _branched(token) else token
    if any(w in token for w in LINE_MODIFIERS) or set(token) <= DIRECTIONS:
        return False  # 城际, 沙漠: a modifier, no name; 东西: directions
    return set(token) <= PROVINCE_INITIALS or spells_cities(token, g, LINE_SPAN_KM) or spells_units(token, g)


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
    return [
        Mention(a, b, t, t if t.endswith(word) or STREET_END.search(t) else t + word, kind, note=note)
        for a, b, t in unknown
    ]


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


LINE_MODIFIERS = words("line_modifiers")
"""Words before a line word that are no line's short name (城际铁路, 全省铁路, 这两条铁路):
data/lexicon/line_modifiers.csv."""
