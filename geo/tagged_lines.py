"""Lines the gazetteer does not know, named by a short name that LAC reads as a word of its own right before
a line's word: a railway's, a road's or a crossing's initials (``杭黄铁路``, ``沈白高铁``, ``深中通道``) or
a person's name (``史迪威公路``). Kept as one unlocated line mention, as the probes' annotators of real text
write such lines, with no ends: the initials are no places the parser could be sure of. Pure functions over
the text, the mentions and LAC's words ``(start, end, tag)``."""

from __future__ import annotations

import re

from geo.boundaries import is_generic
from geo.features import name_like
from geo.lexicon import marks, table, words
from geo.line_names import LINE_MODIFIERS
from geo.lines import line_role
from geo.mention import Mention

LINE_WORDS = [
    (re.compile(r["pattern"]), r["kind"]) for r in table("line_words") if r["role"] == "tagged_line_word"
]
"""The words that close a line's name after a short name LAC tags (data/lexicon/line_words.csv)."""
NAME_TAGS = frozenset(words("lac_tags", "tag", role="names_a_line"))
"""LAC tags of a short name that names a line before a line's word (data/lexicon/lac_tags.csv)."""
STOPS = frozenset(marks("stop") + marks("chain_stop"))
"""The marks between a corridor's stops (至, —: data/lexicon/list_marks.csv)."""
URBAN_LINE = re.compile(line_role("urban_line"))
"""A city's numbered metro line written without its city (data/lexicon/line_words.csv, urban_line)."""
URBAN_LINE_WORD = line_role("urban_line_word")
"""The word every numbered metro line's name holds (号线)."""
SUBURBAN_LINE = re.compile(line_role("suburban_line"))
"""A suburban railway by its number, with the initials of the cities it joins (line_words.csv)."""
ROAD_AFTER_NUMBER = re.compile(line_role("road_after_suburban_number"))
"""A road's word after the number and the route numbers listed with it: the number is a road's."""
URBAN_NOTE = "a numbered urban rail line written without its city: no place here, as annotators read it"
NOTE = "a line LAC reads by its short name; not in the gazetteer, not located"


def tagged_lines(text: str, ms: list[Mention], lac: list[tuple[int, int, str]]) -> list[Mention]:
    """The mentions with every line named by a short name LAC tags as a name of its own (2 to 4 characters,
    no class or modifier word) written right before a line's word, where no mention reads either; a place
    read inside the short name gives way to the line."""
    out = list(ms)
    for s, e, tag in lac:
        name = text[s:e]
        if (
            tag not in NAME_TAGS
            or not name_like(name, 4)
            or is_generic(name)
            or any(w in name for w in LINE_MODIFIERS)
            or text[s - 1 : s] in STOPS
        ):
            continue  # 北京至雄安城际铁路: the last stop of a corridor, read with its line
        found = next(((w, kind) for rx, kind in LINE_WORDS if (w := rx.match(text, e))), None)
        if found is None:
            continue
        word, kind = found
        if any((m.start, m.end) == (s, e) and m.kind in UNIT_KINDS for m in out):
            continue  # 陕西铁路: a province's railways, no line
        if any(m.start < word.end() and e < m.end for m in out) or any(
            m.start < s < m.end or (m.start < e and s < m.end and m.kind not in FRAGMENT_KINDS) for m in out
        ):
            continue  # a name read across it, or one that is no fragment of the line's short name
        out = [m for m in out if not (s <= m.start and m.end <= e)]
        out.append(Mention.unlocated(text, s, word.end(), kind, note=NOTE))
    return sorted(out, key=lambda m: (m.start, -m.end))


UNIT_KINDS = ("province", "city", "county")
FRAGMENT_KINDS = ("city", "county", "town", "province", "unresolved")
"""Kinds of a name read inside a line's short name that give way to the line (沈 + 白 of 沈白高铁)."""


def urban_lines(text: str, ms: list[Mention]) -> list[Mention]:
    """The mentions with every numbered metro line written without its city (地铁1号线, 7号线) where no
    mention reads it or across it, kept unresolved: its words are no other place's, but no line is named
    (the annotators of probes 202-245 left such lines out 22 times in 22)."""
    ms = suburban_lines(text, ms)
    if URBAN_LINE_WORD not in text:
        return ms  # the cheapest test first
    new = [
        Mention.unlocated(text, w.start(), w.end(), "unresolved", note=URBAN_NOTE)
        for w in URBAN_LINE.finditer(text)
        if not any(m.start < w.end() and w.start() < m.end for m in ms)
    ]
    return sorted(ms + new, key=lambda m: (m.start, -m.end)) if new else ms


def suburban_lines(text: str, ms: list[Mention]) -> list[Mention]:
    """The mentions with every suburban railway by its number (成德S11线) read as a railway: the route number
    read as a road and the places read inside its initials give way (a provincial road's number has three
    digits, S310线, or a road's word after it)."""
    if "S" not in text:
        return ms
    out = list(ms)
    for w in SUBURBAN_LINE.finditer(text):
        s, e = w.span()
        if ROAD_AFTER_NUMBER.match(text, e):
            continue
        inside = [m for m in out if s <= m.start and m.end <= e]
        if any(m.start < e and s < m.end for m in out if m not in inside) or any(
            m.kind not in (*FRAGMENT_KINDS, "road") for m in inside
        ):
            continue
        out = [m for m in out if m not in inside]
        out.append(
            Mention.unlocated(text, s, e, "rail", note="a suburban railway by its number; not located")
        )
    return sorted(out, key=lambda m: (m.start, -m.end))
