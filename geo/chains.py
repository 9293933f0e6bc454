"""City chains of any region: ``兰白一体化``, ``京保石、京唐秦等发展轴``, ``哈大齐牡``, ``昌九一体化`` — two
to four characters, each the first character of a city (or its one-character abbreviation: 京, 昌, 蓉 …),
before a word that chains places (data/lexicon/chain_words.csv),
read as one region when the cities lie near each other."""

from __future__ import annotations

import re

from geo.chain_initials import chain_of, city_level, corridor_of
from geo.features import COUNT, LEADS, LIST_JOINS
from geo.gazetteer import GENERIC, Gazetteer, Place
from geo.lexicon import alternation, marks, rule_pattern, words
from geo.lines import LINE_KINDS, LINE_WORD
from geo.mention import Mention
from geo.recognizer import NAME_TAGS
from geo.scan import quick
from geo.scope import ONE_BY_ONE

WORD = quick(re.compile("(" + marks("etc") + "?)(" + alternation("chain_words") + ")"))
OPENS, CLOSES = marks("opens_note"), marks("closes_note")
BRACKETS = OPENS + CLOSES
# an item of a list read backwards: two to six characters, or a bracketed rest and the characters before it
_ITEM = rf"(?:[{CLOSES}][\u4e00-\u9fff]{{1,3}}[{OPENS}][\u4e00-\u9fff]{{1,6}}|[\u4e00-\u9fff]{{2,6}})"
LIST = re.compile(f"{_ITEM}(?:、{_ITEM})*")
"""The 、-list that ends right before a chaining word, read backwards from the word in the reversed text: one
match, where a search for a list ending at the word tries every start before it. An item may hold a bracketed
rest of a city's name: it is walked past, not read."""
NAMING = words("chain_words", part_of_name="yes")
"""Chain words in the region's name when they follow one chain directly (厦漳泉都市圈, 渝西地区)."""
CHAIN_WORD = re.compile(alternation("chain_words"))
"""Any word that chains places (同城化, 一体化): never itself a chain of initials."""
TAIL_WORD = re.compile(alternation("chain_tails"))
TAIL = re.compile(f"([^，。；：！？\\n]{{0,12}}?)({TAIL_WORD.pattern})")
"""A region word later in the clause of a chain LAC reads as one word (张吉怀精品旅游走廊)."""
NAMING_TAILS = words("chain_tails", part_of_name="yes")
"""Region words that end the region's name (湛茂阳城镇发展轴, 杭嘉沪创新大通道), not a verb (一体化)."""
NAMED_GAP = 6
"""The most characters between a chain and a region word that ends its name (精品旅游走廊)."""
WORD_TAGS = frozenset({"n", "nz", "nw", "s", "LOC", "PER", "ORG"})
"""LAC tags of a word that may begin a chain of initials; of one character only a name's (湛|茂阳城镇)."""
DESCRIBING = WORD_TAGS | {"vn", "a", "an"}
"""LAC tags of the words between a chain and the region word that ends its name (精品|旅游|走廊)."""
LEAD = re.compile(f"(?:{LEADS})")
CORRIDOR = re.compile(rule_pattern("corridor_chain"))
"""Chaining words after which initials name a corridor between far cities (data/lexicon/rule_words.csv)."""
# A count (after 等) and at most two characters of modifiers before a chaining word (三大枢纽板块,
# 盐洛等5条交通通道).
COUNTED = re.compile(f"[{marks('etc')}]?(?:{COUNT.pattern})[\u4e00-\u9fff]{{0,2}}$")
# A numeral right before a chaining word that takes the measure 大 (三 before 大通道; not 九 of 昌九城市带):
# data/lexicon/rule_words.csv.
BARE_COUNT = re.compile(rule_pattern("bare_count"))


def _in_a_verb(text: str, s: int) -> bool:
    """Whether the character at ``s`` begins or continues a plan's verb or function word (共建淮海, 和沈大):
    no city's initial then."""
    return any(w.start() <= s < w.end() for w in LEAD.finditer(text, max(0, s - 3), s + 3))


def national_chains(
    text: str, ms: list[Mention], g: Gazetteer, words: list[tuple[int, int, str]]
) -> list[Mention]:
    """A region for each chain of initials in a 、-list before a chaining word, in quotation marks, or
    beginning a word LAC reads before a region word in its clause, unless the gazetteer or a rule has read
    those characters, or LAC reads them as one ordinary word (中西部 is a direction). A mention that placed
    nothing (中江 inside 珠中江) does not stand in the way: see :func:`unplaced`."""
    covered = bytearray(len(text) + 1)  # characters some mention has read (a flag a character: linear time)
    for m in ms:
        # 京 read as the province inside 京保石 does not stand in the way
        if not unplaced(m) and (m.end - m.start > 1 or m.note.startswith(ONE_BY_ONE)):
            covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    common = {s: e for s, e, tag in words if tag not in NAME_TAGS and e - s > 1}
    # the characters inside a word LAC reads, not its first: no chain begins there (张|德江从, 沿|海临港)
    inner = bytearray(len(text) + 1)
    for s, e, _ in words:
        inner[s + 1 : e] = b"\x01" * (e - s - 1)
    out = _listed_chains(text, g, covered, common, inner)
    for m in out:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    out += _quoted_chains(text, g, covered)
    for m in out:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    return out + _word_chains(text, g, covered, words)


def _listed_chains(
    text: str, g: Gazetteer, covered: bytearray, common: dict[int, int], inner: bytearray
) -> list[Mention]:
    """Chains of up to six initials in a 、-list that ends before a chaining word (京保石、京唐秦等发展轴,
        厦漳泉都市圈, 苏锡常通泰盐三大枢纽板块); a chain of counties never over an ordinary word LAC reads
    (物流平台和区域性):
        ``common`` maps the start of each such word of two characters or more to its end."""
    out = []
    back = text[::-1]
    for w in WORD.finditer(text):
        counted = COUNTED.search(text, max(0, w.start() - 6), w.start())  # 宁镇扬、连徐淮宿三大枢纽板块
        corridor = CORRIDOR.fullmatch(w.group(2)) is not None
        bare = BARE_COUNT.match(text, w.start() - 1) if w.start() else None  # 三 before 大通道
        stop = counted.start() if counted else w.start() - (bare is not None)
        end = stop - (text[stop - 1 : stop] == "\n")  # a list may end the line before
        before = LIST.match(back, len(text) - end, len(text) - max(0, stop - 40))
        if not before:
            continue
        pos = len(text) - before.end()
        for item in text[pos:end].split("、"):
            s, e = pos, pos + len(item)
            pos = e + 1
            if any(c in BRACKETS for c in item):
                continue
            for k in range(max(0, len(item) - 6), len(item) - 1):  # the longest tail that reads as a chain
                token, s0 = item[k:], s + k
                # 平原|地区: two characters that start a longer ordinary word are no chain
                longer = len(token) == 2 and common.get(s0, e) > e
                if (
                    any(covered[s0:e])
                    or inner[s0]
                    or CHAIN_WORD.match(token)  # 长春-公主岭同城化协同发展: the chaining word itself
                    or (common.get(s0) == e and len(token) == 2)
                    or longer
                    or token in g.names
                    or token in GENERIC  # 平原地区: an ordinary word
                    or _in_a_verb(text, s0)
                ):
                    continue
                cities = (corridor and corridor_of(token, g)) or chain_of(token, g)
                if cities and not (
                    _has_counties(cities) and any(common.get(x, e + 1) <= e for x in range(s0, e))
                ):
                    # 厦漳泉都市圈, not 兰白一体化
                    whole = e == w.start() and not w.group(1) and w.group(2) in NAMING
                    out.append(
                        _mention(s0, w.end() if whole else e, text[s0 : w.end()] if whole else token, cities)
                    )
                    break
    return out


QUOTED = re.compile("“([\u4e00-\u9fff]{3,6})”")
"""A chain written alone in quotation marks (培育“万开云”城镇群, 以及“瑞兴于”等枢纽)."""


def _quoted_chains(text: str, g: Gazetteer, covered: bytearray) -> list[Mention]:
    """Chains of three to six initials written alone in quotation marks."""
    out = []
    for q in QUOTED.finditer(text):
        token = q.group(1)
        if not (any(covered[q.start(1) : q.end(1)]) or TAIL_WORD.search(token) or _names_inside(token, g)):
            cities = chain_of(token, g)
            if cities:
                out.append(_mention(q.start(1), q.end(1), token, cities))
    return out


def _names_inside(token: str, g: Gazetteer) -> bool:
    """Whether the gazetteer knows ``token`` or a name it starts or ends with (江南文化, 滨海城市): a word
    that holds a name, no chain of initials."""
    ends = [token[:i] for i in range(2, len(token))] + [token[-i:] for i in range(2, len(token))]
    return token in g.names or any(a in g.names or a in GENERIC for a in ends)  # 江南文化: a word


def _word_chains(
    text: str, g: Gazetteer, covered: bytearray, words: list[tuple[int, int, str]]
) -> list[Mention]:
    """Chains of three or four initials from the start of a word LAC reads as a name or noun — to the end
    of a word (瑞兴|于) or, for cities, anywhere (湛|茂阳城镇) — and a region word later in the clause,
    after words that describe the region and name no line (张吉怀精品旅游走廊, 锡常泰、苏通跨江融合; not
    宁滁蚌亳铁路、宁杭铁路二通道), never over a name the gazetteer knows (龙潭|长江大桥). The whole is the
    region's name when the region word ends a name and only a short description stands between
    (湛茂阳城镇发展轴): see :func:`_named_to`."""
    out = []
    for k, (s, e, tag) in enumerate(words):
        weak = e - s < 3 and tag not in NAME_TAGS  # 长吉|图: a short noun may begin a chain of cities
        if tag not in WORD_TAGS or (weak and e - s < 2):
            continue
        bounds = {w[1] for w in words[k : k + 3]}
        cuts = {w[0] + 1 for w in words[k + 1 : k + 4] if w[1] - w[0] > 1}
        # the longest that reads as a chain: ending with a word, or as cities, anywhere (湛|茂阳城镇|发展轴)
        for end in (s + 4, s + 3):
            token, tail = text[s:end], TAIL.match(text, end)
            if (
                not tail
                or end in cuts  # 长吉|图|开发: no chain takes just the first character of a word
                or LINE_WORD.search(tail.group(1))
                or TAIL_WORD.search(token)
                or any(covered[s:end])
                or _names_inside(token, g)
                or _in_a_verb(text, s)
                or token[-1] in LIST_JOINS  # 苏锡常和上海: no chain ends in a joining word
            ):
                continue
            cities = chain_of(token, g)
            if cities and ((end in bounds and not weak) or not _has_counties(cities)):
                last = _named_to(tail, words)
                out.append(_mention(s, last or end, text[s : last or end], cities))
                covered[s : last or end] = b"\x01" * ((last or end) - s)
                break
    return out


def _named_to(tail: re.Match[str], words: list[tuple[int, int, str]]) -> int | None:
    """Where the region's name ends when ``tail`` (the words after a chain and a region word) belongs to it:
    a region word that ends names after at most ``NAMED_GAP`` characters of nouns that describe it
    (精品旅游走廊, not 和哈牡绥为发展轴)."""
    a, b = tail.span(1)
    if tail.group(2) not in NAMING_TAILS or b - a > NAMED_GAP:
        return None
    return None if any(s < b and a < e and tag not in DESCRIBING for s, e, tag in words) else tail.end()


def _has_counties(ps: tuple[Place, ...]) -> bool:
    """Whether a chain holds a county or district, not only cities (万开云, 瑞兴于)."""
    return not all(city_level(p) or p.level == 1 for p in ps)


def unplaced(m: Mention) -> bool:
    """A mention that placed nothing — a feature guessed from its last word (珠中江 as a river) or a name
    judged not a place here (中江 inside 珠中江): a longer chain read over it replaces it. A line a rule read
    (成绵广 in a list of roads) stands, placed or not."""
    return m.lon is None and (m.kind == "unresolved" or not m.place_id) and m.kind not in LINE_KINDS


def _mention(s: int, e: int, token: str, cities: tuple[Place, ...]) -> Mention:
    note = (
        "chain read from the initials of nearby counties and cities: "
        if _has_counties(cities)
        else "city chain read from the initials of nearby cities: "
    )
    return Mention.region_of_places((s, e), token, list(cities), note)
