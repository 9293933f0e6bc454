"""What the statistical recognizer's words tell the geoparser (see :mod:`geo.recognizer`).

Pure functions over the text, LAC's words ``(start, end, tag)`` and the gazetteer's matches or mentions.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from geo.gazetteer import ADMIN_SUFFIX
from geo.lexicon import rule_pattern, table
from geo.lexicon import words as words_of
from geo.lines import CORRIDOR_KINDS
from geo.mention import Mention
from geo.recognizer import NAME_TAGS

ENDINGS = sorted(((r["ending"], r["kind"]) for r in table("feature_endings")), key=lambda t: -len(t[0]))
"""Feature words that type a place name the gazetteer lacks (data/lexicon/feature_endings.csv),
longest first."""
_LINE_WORDS = {k: re.compile(rx) for rx, k in CORRIDOR_KINDS}
LINE_ENDINGS = frozenset(e for e, k in ENDINGS if k in ("rail", "road") and _LINE_WORDS[k].fullmatch(e))
"""The endings that are a line's word (铁路, 高速公路: data/lexicon/line_words.csv), not a street's (大街)."""


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


def a_class_with_one_character(name: str) -> bool:
    """Whether a name ending in a feature word is a class word and one character before it (大 + 陆路 +
    口岸 of 最大陆路口岸): no name; one character alone before the feature word may be one (黄河)."""
    stem = name[: len(name) - len(ending_of(name)[0])]
    cut = stem
    while w := next((w for w in GENERIC_PREFIXES if cut.endswith(w) and len(w) < len(cut)), None):
        cut = cut[: -len(w)]
    return cut != stem and len(cut) < 2


@cache
def kind_of_name(name: str) -> str:
    """The kind a place name's last word gives it (``关角隧道`` a road, ``大熊猫国家公园`` a park); '' if none
    or if the rest is only class words (``通用机场``, ``高速公路``) or a set phrase (``金山银山``)."""
    return ending_of(name)[1]


CLASS_ENDINGS = tuple(words_of("class_endings", "ending"))
"""Words that end a class, not a place's name: data/lexicon/class_endings.csv."""


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
        or _one_character_line(name)
    ):
        return "", ""  # 内陆港: 内陆 before 港 is a class word, whichever ending is read
    return found[0]


def _one_character_line(name: str) -> bool:
    """Whether a line's word leaves one character before it (国铁路 of 等国铁路, 赣铁路 of 兴永郴赣铁路): a
    fragment, which no shorter ending (路) makes a name."""
    return name[1:] in LINE_ENDINGS


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


LAC_NOTE = (
    "a place name found by the LAC recognizer; typed by its last word; not in the gazetteer, not located"
)
COUNT_IN_NAME = re.compile(rule_pattern("count_in_name"))
"""A count inside what LAC reads as a name (三条河, 两个…自然保护区): a phrase, no name
(data/lexicon/rule_words.csv)."""
EPITHET = re.compile(rule_pattern("epithet"))
"""长寿之乡, 江南水乡: an epithet, no place (data/lexicon/rule_words.csv)."""
BOUNDS = words_of("lac_tags", "tag", role="bounds_a_name")
"""LAC tags of the words that may stand before a place name standing alone: data/lexicon/lac_tags.csv."""
