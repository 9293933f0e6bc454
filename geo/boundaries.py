"""What the statistical recognizer's words tell the geoparser (see :mod:`geo.recognizer`).

Pure functions over the text, LAC's words ``(start, end, tag)`` and the gazetteer's matches or mentions.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from geo.features import LEAD_ANYWHERE, WETLAND, kind_after
from geo.gazetteer import ADMIN_SUFFIX
from geo.lexicon import alternation, marks, one, rule_pattern, table
from geo.lexicon import words as words_of
from geo.mention import Mention
from geo.recognizer import NAME_TAGS
from geo.scan import bounded

ENDINGS = sorted(((r["ending"], r["kind"]) for r in table("feature_endings")), key=lambda t: -len(t[0]))
"""Feature words that type a place name the gazetteer lacks (data/lexicon/feature_endings.csv),
longest first."""


def _word_at(words: list[tuple[int, int, str]], starts: list[int], i: int) -> tuple[int, int, str] | None:
    k = bisect.bisect_right(starts, i) - 1
    return words[k] if k >= 0 and words[k][0] <= i < words[k][1] else None


def cuts_a_word(s: int, e: int, words: list[tuple[int, int, str]], starts: list[int]) -> bool:
    """Whether a short match [s, e) begins or ends inside an ordinary word (``世界上|海拔`` holds 上海,
    ``建|平台`` holds 建平): then it is part of that word, not a place. Words that may hold a place name
    (LOC, ORG: ``呼和浩特市发改委``) do not count."""
    for i in (s, e - 1):
        w = _word_at(words, starts, i)
        if w and w[2] not in NAME_TAGS and (w[0] < s or w[1] > e) and (w[0] < i if i == s else w[1] > e):
            return True
    return False


def cuts_two_words(s: int, e: int, words: list[tuple[int, int, str]], starts: list[int]) -> bool:
    """Whether a match [s, e) begins inside one ordinary word and ends inside another (``形成|都市圈`` holds
    成都市): then it straddles them, whatever its length."""
    a, b = _word_at(words, starts, s), _word_at(words, starts, e - 1)
    return bool(
        a and b and a != b and a[0] < s and b[1] > e and a[2] not in NAME_TAGS and b[2] not in NAME_TAGS
    )


def starts_with_a_join(s: int, words: list[tuple[int, int, str]], starts: list[int]) -> bool:
    """Whether a match begins with a one-character word LAC reads as a conjunction (和|龙栖湾新区 holds
    和龙): then its first character joins, it names nothing."""
    w = _word_at(words, starts, s)
    return bool(w and w[:2] == (s, s + 1) and w[2] == "c")


def inside_a_name(
    text: str,
    s: int,
    e: int,
    words: list[tuple[int, int, str]],
    starts: list[int],
    units: frozenset[tuple[int, int]] = frozenset(),
) -> bool:
    """Whether a short match [s, e) lies inside a longer place name LAC reads, after its start, that a feature
    word types or that ends with the match's unit word (a county the gazetteer may not know by that
    writing): then it is a piece of that name; not when it ends that name and a unit's match stands before
    it (``units``: a city and its lake). Examples: tests/test_geoparse*.py."""
    w = _word_at(words, starts, s)
    return bool(
        w
        and w[2] == "LOC"
        and w[0] < s
        and e <= w[1]
        and not ((w[0], s) in units and e == w[1])
        and (kind_of_name(text[w[0] : w[1]]) or (e == w[1] and ADMIN_SUFFIX.search(text[s:e]) is not None))
    )


GENERIC_PREFIXES = sorted((r["word"] for r in table("generic_prefixes")), key=len, reverse=True)
"""Class, scope and qualifier words (高速, 通用, 国家, 沿海) and set phrases (金山银山):
data/lexicon/generic_prefixes.csv."""


def is_generic(head: str) -> bool:
    """Whether what stands before a feature word is made only of class, scope and qualifier words (高速公路,
    国家自主创新示范区): then the whole is a class of things, not a place's name."""
    while head:
        w = next((w for w in GENERIC_PREFIXES if head.startswith(w)), None)
        if w is None:
            return False
        head = head[len(w) :]
    return True


@cache
def kind_of_name(name: str) -> str:
    """The kind a place name's last word gives it (``关角隧道`` a road, ``大熊猫国家公园`` a park); '' if none
    or if the rest is only class words (``通用机场``, ``高速公路``) or a set phrase (``金山银山``)."""
    return ending_of(name)[1]


CLASS_ENDINGS = tuple(words_of("class_endings", "ending"))
"""Words that end a class, not a place's name (乡村, 航站楼): data/lexicon/class_endings.csv."""


def ending_of(name: str) -> tuple[str, str]:
    """The feature word ending a place name and the kind it gives (:func:`kind_of_name`); ('', '') if none."""
    found = [
        (ending, kind) for ending, kind in ENDINGS if name.endswith(ending) and len(name) >= len(ending) + 2
    ]
    if (
        is_generic(name)
        or not found
        or name.endswith(CLASS_ENDINGS)
        or any(is_generic(name[: -len(ending)]) for ending, _ in found)
    ):
        return "", ""  # 内陆港: 内陆 before 港 is a class word, whichever ending is read
    return found[0]


NOT_TAKEN = "not taken as a place here"
"""How the note of a gazetteer name that is no place in this plan begins (kind ``unresolved``)."""


def no_fragments(ms: list[Mention]) -> list[Mention]:
    """A gazetteer name not taken as a place here that lies inside a longer mention is a fragment of it (滨城
    in 京滨城际): the longer one stands. Stops a line names but the gazetteer lacks stay listed."""
    found = [m for m in ms if m.kind != "unresolved"]
    return [
        m
        for m in ms
        if not (m.kind == "unresolved" and m.note.startswith(NOT_TAKEN))
        or not any(x.start <= m.start and m.end <= x.end and x.end - x.start > m.end - m.start for x in found)
    ]


FRAGMENT_KINDS = ("town", "county", "city", "unresolved")
"""Kinds of a two-character gazetteer match that may be a fragment of a longer unknown name
(江源 in 三江源)."""


STATE_ABROAD_END = one("character_sets", "chars", role="state_abroad_end")
"""The last character of a state abroad read with its country (科布多省): data/lexicon/character_sets.csv."""


def _country_before(text: str, s: int, e: int, out: list[Mention]) -> int:
    """Where a state abroad that LAC read with its country begins (蒙古国|科布多省): after that country."""
    if text[e - 1] not in STATE_ABROAD_END:
        return s
    lead = next((m for m in out if m.start == s and m.kind == "country" and m.end < e - 1), None)
    return lead.end if lead else s


def _fragment(m: Mention, s: int, e: int) -> bool:
    """Whether a mention inside LAC's name [s, e) is a piece of it: a short name (江源 in 三江源…), a name not
    taken as a place here (佛坪 of 佛坪国家级自然保护区), or a zone read from a fragment that ends where LAC's
    name ends (佛山国家级自然保护区 inside 金佛山国家级自然保护区)."""
    return (
        (len(m.surface) <= 2 and m.kind in FRAGMENT_KINDS)
        or m.kind == "unresolved"
        or (m.end == e and m.start > s and m.note.startswith(("designation:", "suffix:")))
    )


def _river_of_unit(m: Mention, s: int, e: int, kind: str) -> bool:
    """Whether LAC's name [s, e) is a unit's name and one character of a river (汨罗 + 江): the river."""
    return kind == "water" and m.kind in ("city", "county") and (m.start, m.end) == (s, e - 1)


def unknown_places(text: str, ms: list[Mention], words: list[tuple[int, int, str]]) -> list[Mention]:
    """The mentions with every place name LAC tags LOC that no mention covers and that ends in a feature
    word, typed by that word and unlocated. Gazetteer names found strictly inside it and not at its start
    (``江源`` in ``三江源国家级自然保护区``, 哈萨克斯坦 in 东哈萨克斯坦州) were fragments of it and give way;
    a country LAC glued before a state abroad stays (蒙古国 of 蒙古国科布多省)."""
    out = list(ms)
    for k, (s, e, tag) in enumerate(words):
        kind = _lac_kind(text, s, e, out) if tag == "LOC" else _natural_kind(text, words, k)
        if (
            not kind
            or QUARTER_ONLY.fullmatch(text, s, e)
            or COUNTED_UNITS.fullmatch(text, s, e)
            or EPITHET.fullmatch(text, s, e)
        ):
            continue  # 南部地区 of a text about one city: its quarter, no name; 五乡一镇: a count; 长寿之乡
        bound = BOUNDED_BY.match(text, s, e - 2) or LEAD_ANYWHERE.match(text, s, e - 2)
        s = bound.end() if bound else s  # 东界辽河, 古称黔江, 和贡格尔河: the name after the words before it
        if bound and e - s >= 3 and not kind_of_name(text[s:e]):
            continue  # 新建纪念馆: once the verb is left out, only a class word is left
        s = _past_split_word(text, s, e)
        s = _country_before(text, s, e, out) if kind == "region" else s
        inside = [m for m in out if s <= m.start and m.end <= e]
        abroad = kind == "region" and text[e - 1] in STATE_ABROAD_END
        if len(inside) == 1 and _river_of_unit(inside[0], s, e, kind):
            inside = []  # 汨罗江: the river the county is named after
            out = [m for m in out if not (m.start == s and m.end == e - 1)]
        if (
            any(m.start < e and s < m.end for m in out if m not in inside)
            or any(m.start == s and not abroad and m.kind != "unresolved" for m in inside)
            or any(not _fragment(m, s, e) and not (abroad and m.kind == "country") for m in inside)
        ):
            # the gazetteer or a rule has read this name, or reads across it;
            # LAC glued a word to it (以阴山山脉)
            continue
        out = [m for m in out if m not in inside]
        area = AREA_AFTER.match(text, e) if kind in ("water", "landform") else None
        if area and not any(m.start < area.end() and e < m.end for m in out):
            e, kind = area.end(), "region"  # 榜沙河流域, 大别山区: the region around the feature
        wet = WETLAND.match(text, e) if kind in ("water", "landform") else None
        if wet and not any(m.start < wet.end() and e < m.end for m in out):
            e, kind = wet.end(), "water"  # 莲花湖湿地: the wetland of the lake, one water mention
        # 狮子山隧洞: the works named after the mountain; not a one-character word (东林藏布河 + 河)
        word, _, end = kind_after(text, e, kind, {e}) if kind != "region" else ("", 0.0, e)
        if end - e >= 2 and not any(m.start < end and e < m.end for m in out):
            e, kind = end, word
        out.append(Mention.unlocated(text, s, e, kind, note=LAC_NOTE))
    return sorted(out, key=lambda m: (m.start, -m.end))


def _past_split_word(text: str, s: int, e: int) -> int:
    """Where LAC's name [s, e) starts once the word of rivers it cut in two is left out (支|流州河 → 州河,
    内|陆河黑河 → 黑河: data/lexicon/rule_words.csv, split_before_name); ``s`` if it cut none."""
    for w in SPLIT_BEFORE_NAME.finditer(text, max(0, s - 4), min(e, s + 4)):
        if w.start() < s < w.end() <= e - 2:
            return w.end()
    return s


def _natural_kind(text: str, words: list[tuple[int, int, str]], k: int) -> str:
    """The kind of a word LAC tags as a person's or another proper name that is an unknown river, lake or
    landform (陆水河为主干水系): by its last word, when it has three characters or more, stands alone between
    words of :data:`BOUNDS` and is listed with no person's name."""
    s, e, tag = words[k]
    kind = kind_of_name(text[s:e]) if tag in MISTAKEN_TAGS and e - s >= 3 else ""
    alone = all(j < 0 or j >= len(words) or words[j][2] in BOUNDS for j in (k - 1, k + 1))
    # 王金山、刘玉河等同志: a list of people's names, not of rivers and mountains
    people = any(0 <= j < len(words) and words[j][2] == "PER" for j in (k - 2, k + 2))
    return kind if kind in ("water", "landform") and alone and not people else ""


LAC_NOTE = (
    "a place name found by the LAC recognizer; typed by its last word; not in the gazetteer, not located"
)
SHORT_RIVER = re.compile(rule_pattern("short_river"))
RIVER_CONTEXT = re.compile(rule_pattern("short_river_context"))
NO_RIVER = re.compile(rule_pattern("short_river_not"))
CLAUSE_MARKS = marks("clause")
"""The marks that end a clause (，。；：: data/lexicon/list_marks.csv)."""
COUNT_IN_NAME = re.compile(rule_pattern("count_in_name"))
"""A count inside what LAC reads as a name (三条河, 两个…自然保护区): a phrase, no name
(data/lexicon/rule_words.csv)."""
RIVER_WINDOW = 8
"""How many characters on each side of a short river's name, inside its clause, may show it is a river."""


def _lac_kind(text: str, s: int, e: int, ms: list[Mention]) -> str:
    """The kind of a name LAC tags: by its last word when it has three characters or more; a river when it
    has two, ends in 江 or 河, is no word (沿河), the gazetteer reads nothing there and words of rivers stand
    near it in its clause (潇河, 贡江: data/lexicon/rule_words.csv, short_river)."""
    if e - s >= 3:
        name = text[s:e]
        return "" if COUNT_IN_NAME.search(name) else kind_of_name(name)
    if (
        not SHORT_RIVER.fullmatch(text, s, e)
        or NO_RIVER.fullmatch(text, s, e)
        or any(m.start < e and s < m.end for m in ms)
    ):
        return ""
    a, b = bounded(text, s, e, CLAUSE_MARKS)
    return "water" if RIVER_CONTEXT.search(text, max(a, s - RIVER_WINDOW), min(b, e + RIVER_WINDOW)) else ""


AREA_AFTER = re.compile(alternation("area_words"))
"""Words after a river or a mountain that make the region around it (data/lexicon/area_words.csv)."""
BOUNDED_BY = re.compile(rule_pattern("bounded_by"))
"""A direction and a verb of bounding that LAC glued before a name (东界辽河, 西临黄河; not 东门水库):
data/lexicon/rule_words.csv."""
COUNTED_UNITS = re.compile(rule_pattern("counted_units"))
SPLIT_BEFORE_NAME = re.compile(rule_pattern("split_before_name"))
EPITHET = re.compile(rule_pattern("epithet"))
"""长寿之乡, 江南水乡: an epithet, no place (data/lexicon/rule_words.csv)."""
QUARTER_ONLY = re.compile(
    f"(?:{alternation('directions')})+(?:{rule_pattern('quarter_part')})(?:{alternation('area_words')})"
)
"""A quarter, 部 and an area word (南部地区, 东南部区域): where the text is, no name of its own (中南地区 is
one: data/lexicon/directions.csv, area_words.csv)."""


BOUNDS = words_of("lac_tags", "tag", role="bounds_a_name")
"""LAC tags of the words that may stand before a place name standing alone: data/lexicon/lac_tags.csv."""
MISTAKEN_TAGS = words_of("lac_tags", "tag", role="mistakes_a_feature")
