"""Towns written by their short names alone that LAC reads as place names (燕郊 beside 三河, 大厂 and 香河;
南沙街 for 南沙街道 among the towns of 南沙区): the gazetteer holds them only in full (燕郊镇), so no other
rule reads them. A name LAC tags LOC that nothing reads, or reads only as a street, is the town or
sub-district of that short name that lies within :data:`NEAR_KM` of a unit or town its sentence names, when
the word after it bounds a name (a mark, a verb, a particle: data/lexicon/lac_tags.csv); with none that
near it stays a word. A pure function over the text, the mentions, LAC's words and the gazetteer."""

from __future__ import annotations

import bisect
import re

from geo.boundaries import BOUNDS, LAC_NOTE, kind_of_name
from geo.gazetteer import GENERIC, TOWN_NAME_ENDS, Gazetteer, Place
from geo.lexicon import marks, one
from geo.lexicon import words as lexicon_words
from geo.list_classes import class_words, kind_of_class
from geo.list_items import nearest_of, towns_named
from geo.mention import Mention
from geo.normalize import CJK
from geo.whereabouts import SENTENCE_END

NEAR_KM = 50
"""How near a unit or town of its sentence the town must lie (a town next to a district of its own city lies
about 10 km from its point)."""
SUBDISTRICT_WORDS = tuple(sorted(lexicon_words("unit_words", role="subdistrict")))
"""The words that end a sub-district's full name: data/lexicon/unit_words.csv."""
NEAR_KINDS = ("city", "county", "town")
SLOGAN = marks("opens_slogan")
"""An opening quotation mark: a name right after it is an epithet's (data/lexicon/list_marks.csv)."""
UNIT_KINDS = ("province", "city", "county", "town")
NATURAL_ENDS = one("character_sets", "chars", role="ends_a_mountain_or_river")
"""The characters that end a mountain's or a river's name: a town's short name ending in one may name the
mountain as well, so it stays what the other rules make of it (data/lexicon/character_sets.csv)."""
LIST_RUN = re.compile(
    f"(?:[{''.join(marks('join'))}][{CJK}]{{2,8}})*(?:(?:{'|'.join(marks('etc'))})[{CJK}]{{0,6}})?"
)
"""The rest of a list after an item, up to its class word: more items after the join marks, then a mark of
etcetera and a few modifiers (data/lexicon/list_marks.csv)."""
NOTE = "short name of a town LAC reads as a place; its sentence names a unit near it"


def lac_towns(text: str, ms: list[Mention], words: list[tuple[int, int, str]], g: Gazetteer) -> list[Mention]:
    """The mentions with each short name of a town that LAC tags LOC and no mention reads (or one reads as
    a street, 南沙街) at the town of that name nearest the located units and towns of its sentence."""
    ends = [e.start() for e in SENTENCE_END.finditer(text)] + [len(text)]
    classes: list[re.Match[str]] | None = None  # the text's class words, found once a town is a candidate
    out = list(ms)
    for k, (s, e, tag) in enumerate(words):
        after = words[k + 1][2] if k + 1 < len(words) else "w"
        if (
            tag != "LOC"
            or not 2 <= e - s <= 4
            or after not in BOUNDS
            or text[s:e] in GENERIC
            or (s > 0 and text[s - 1] in SLOGAN)
        ):
            continue  # 园洲 of 园洲南互通: a name goes on; 中心 a word; “北极”漠河 an epithet
        over = [m for m in out if m.start < e and s < m.end and m.kind != "unresolved"]
        cands = _towns(g, text[s:e], over)
        if cands and classes is None:
            classes = [w for w in class_words(text) if kind_of_class(w.group(2)) not in UNIT_KINDS]
        if not cands or _listed_in_a_class(text, e, classes or []):
            continue
        i = bisect.bisect_left(ends, s)  # the sentence: from the end before to ends[i]
        lo = ends[i - 1] if i else 0
        near = [m for m in out if m.kind in NEAR_KINDS and m.lon is not None and lo <= m.start < ends[i]]
        town = nearest_of(cands, [m for m in near if m.start != s], NEAR_KM) if near else None
        if town is None:
            continue
        out = [m for m in out if not (m.start < e and s < m.end)]
        out.append(Mention.of(town, s, e, text[s:e], "town", note=NOTE))
    return sorted(out, key=lambda m: (m.start, -m.end))


def _listed_in_a_class(text: str, e: int, classes: list[re.Match[str]]) -> bool:
    """Whether the name ending at ``e`` is an item of a list its class word closes (韶山、乌石等红色旅游景区,
    珞璜、兰家沱等深水良港): a feature of that class, whatever town shares its name."""
    return any(w.start() >= e and LIST_RUN.fullmatch(text, e, w.start()) for w in classes)


def _towns(g: Gazetteer, name: str, over: list[Mention]) -> list[Place]:
    """The towns ``name`` may be short for: any township or sub-district when nothing reads it and it ends
    in no feature word (nor a mountain's or a river's character); a sub-district (南沙街道) when it is read
    only as a street LAC found (南沙街)."""
    if not over:
        natural = kind_of_name(name) or name[-1] in NATURAL_ENDS
        return [] if natural else towns_named(g, name, TOWN_NAME_ENDS)
    if len(over) == 1 and over[0].note == LAC_NOTE and over[0].kind == "road" and over[0].surface == name:
        return towns_named(g, name[:-1], tuple(w for w in SUBDISTRICT_WORDS if w.startswith(name[-1])))
    return []
