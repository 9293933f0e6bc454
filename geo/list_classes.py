"""The classes of list (data/lexicon/list_classes.csv): the class word that closes or opens a list of names
(等口岸, 等景区, 两大流域), the kind it gives its items, and which names it takes as items. Pure functions."""

from __future__ import annotations

import re
from functools import cache

from geo.boundaries import ENDINGS, ending_of, is_generic
from geo.lexicon import rule_pattern, table
from geo.lines import SEPARATORS
from geo.mention import Mention
from geo.scan import finditer, quick

CLASSES = [(r["pattern"], r["kind"]) for r in table("list_classes")]
PHASE_AT_END = re.compile(rule_pattern("item_phase"))
"""A phase closing a list's item: data/lexicon/rule_words.csv (item_phase)."""
ITEMS = {r["pattern"]: re.compile(r["items"]) for r in table("list_classes") if r["items"]}
"""For a class of list whose items are only some names, what those names are; the others keep what they were
read as (a list before 流域 makes its rivers basins, a lake among them stays one):
data/lexicon/list_classes.csv."""
KEEPS = {r["pattern"]: frozenset(r["keeps"].split("|")) for r in table("list_classes") if r["keeps"]}
"""For a class of list, the kinds an item read already keeps (a city among scenic areas, a county among
basins; written_in_full: a unit written with its full name, 克山县): data/lexicon/list_classes.csv."""
UNKNOWN_ITEMS = frozenset(r["pattern"] for r in table("list_classes") if r["unknown_items"])
"""Classes of list whose items may all be names no table holds after a mark of etcetera (苏洼龙、旭龙等电站:
power sites and fields are named so): data/lexicon/list_classes.csv."""
LOOKAROUND = re.compile(r"\(\?<?[=!][^)]*\)")
"""A lookaround of a class pattern (the count before 三镇): left out when the word alone is typed."""
CLASS_WORD = quick(
    re.compile(
        f"({rule_pattern('class_lead')}|{rule_pattern('class_lead_phrase')}|{rule_pattern('class_lead_verb')})?("
        + "|".join(rx for rx, _ in CLASSES)
        + ")"
    )
)
"""The class word closing a list, after 等 or a count (太原尧城、大同南六庄和长治沙家庄3个通用机场)."""


FEATURE_WORDS = frozenset(e for e, _ in ENDINGS)


def a_class(name: str) -> bool:
    """Whether a name is only class words, or class words and a feature word (generic_prefixes.csv)."""
    return is_generic(name) or any(name.endswith(w) and is_generic(name[: -len(w)]) for w in FEATURE_WORDS)


@cache
def row_of_class(word: str) -> str:
    """The pattern of the first row of data/lexicon/list_classes.csv a class word matches."""
    return next(rx for rx, _ in CLASSES if re.fullmatch(LOOKAROUND.sub("", rx), word))


def an_item(text: str, s: int, e: int, w: re.Match, inside: list[Mention]) -> bool:
    """Whether the name at [s, e) is an item of the list closed by ``w``: a name its class takes (ITEMS) that
    was not read already as a kind its class leaves alone (KEEPS)."""
    row = row_of_class(w.group(2))
    if row in ITEMS and not ITEMS[row].fullmatch(text, s, e):
        return False
    if s and text[s - 1] in SEPARATORS:  # 晋宁至红塔区、…轨道交通: the end of a line listed, no item
        return False
    keeps = KEEPS.get(row, frozenset())
    return not any(
        (m.start, m.end) == (s, e)
        and (m.kind in keeps or ("written_in_full" in keeps and m.written_in_full()))
        for m in inside
    )


def takes_unknown_items(word: str) -> bool:
    """Whether a list of unknown names only before this class word (and a mark of etcetera) is one."""
    return row_of_class(word) in UNKNOWN_ITEMS


@cache
def kind_of_class(word: str) -> str:
    """The kind of a class word: that of the first row of data/lexicon/list_classes.csv it matches (worked out
    once a word)."""
    return dict(CLASSES)[row_of_class(word)]


def own_kind(name: str) -> str:
    """The kind a list's item has by its own word, which sets it apart from a list of another class (福州新区
    before 机场); a park's word of one character (寺, 庙) ends many places' names (老爷庙 before 口岸)."""
    ending, kind = ending_of(PHASE_AT_END.sub("", name))
    return "" if kind == "park" and len(ending) == 1 else kind


def class_words(text: str) -> list[re.Match[str]]:
    """The class words of the text that may close or open a list (:data:`CLASS_WORD`), found once for
    :func:`geo.lists.class_lists` and :func:`geo.headed_lists.headed_lists`."""
    return list(finditer(CLASS_WORD, text))
