"""Where the names the gazetteer lacks start: a rule that reads a name back from its feature word may take
in the words before it (景区以天龙桥, 市区只有灵昆大桥, 如今高速). LAC's words say where the name starts:
after the last preposition, pronoun, particle, adverb or time word inside it, after a locative that follows
another word, and after a verb when one name LAC knows follows it (data/lexicon/lac_tags.csv); verbs and
numerals may belong to names (奋斗水库, 六万大山). What is left of a feature word alone (湿地, 高速, 大桥) is
no name. Only names read back from their feature word are started so: LAC splits the abbreviations of
lines and transfers into words of every kind (平漯周高铁, 引黄济汾). A pure function over the text, the
mentions and LAC's words."""

from __future__ import annotations

import bisect
import re

from geo.lexicon import rule_pattern
from geo.lexicon import words as lexicon_words
from geo.list_classes import FEATURE_WORDS, a_class
from geo.mention import Mention
from geo.named import NAMED
from geo.structures import NAMED_IN_TEXT, STRUCTURE

OPENERS = lexicon_words("lac_tags", "tag", role="opens_a_name")
"""LAC's tags of the words a name starts after (p, r, u…: data/lexicon/lac_tags.csv)."""
INNER_OPENERS = lexicon_words("lac_tags", "tag", role="opens_a_name_inside")
"""The same for a word after a name LAC knows (f: 大渡河边泸定桥; not 铁路上元门)."""
NAME_OPENERS = lexicon_words("lac_tags", "tag", role="opens_a_known_name")
"""The same for a word of two characters or more before names LAC knows (v: 只有灵昆大桥, 建成龙潭长江大桥;
not 响礁门大桥)."""
NAME_TAGS = lexicon_words("lac_tags", "tag", role="names_a_road_part")
NOT_A_PRONOUN = re.compile(rule_pattern("pronoun_not"))
"""A word LAC reads as a pronoun that opens a place's name instead (data/lexicon/rule_words.csv)."""
"""LAC's tags of names (LOC, PER, nz: data/lexicon/lac_tags.csv)."""


def _start(text: str, m: Mention, words: list[tuple[int, int, str]], starts: list[int]) -> int:
    """Where ``m``'s name starts by LAC's words (its own start when no word says otherwise; its end when a
    verb leaves only class words after it); ``starts``: the words' starts, in order."""
    window = words[bisect.bisect_left(starts, m.start) : bisect.bisect_left(starts, m.end)]
    inside = [w for w in window if w[1] <= m.end]
    cut, word = m.start, _named_word_start(m)
    for k, (s, e, tag) in enumerate(inside[:-1]):
        if e > word and tag in NUMBER_TAGS:
            continue  # 太行一号国家风景道: a number inside the feature's word (一号) opens no name
        rest = inside[k + 1 :]
        if (
            (tag in OPENERS and not NOT_A_PRONOUN.fullmatch(text, s, e))
            or (k > 0 and tag in INNER_OPENERS and inside[k - 1][2] in NAME_TAGS)
            or (tag in NAME_OPENERS and e - s >= 2 and rest[0][2] in NAME_TAGS)
        ):
            cut = e
        elif tag in NAME_OPENERS and not any(w[0] >= cut and w[2] in NAME_TAGS for w in inside[:k]):
            if text[e : m.end] not in FEATURE_WORDS and a_class(text[e : m.end]):
                return m.end  # 关闭核心景区: a verb before class words; not 甲山换流站, 丰宁抽水蓄能电站
    return cut


def started_by_words(text: str, ms: list[Mention], words: list[tuple[int, int, str]]) -> list[Mention]:
    """The mentions with every name the gazetteer lacks that a rule read back from its feature word (a
    structure, a named feature: no point) started where LAC's words say; dropped when only a feature word or
    a class word is left of it (标志着大桥, 它以湿地)."""
    if not words:
        return ms
    out, starts = [], [w[0] for w in words]
    for m in ms:
        read_back = m.note.startswith(f"{NAMED} ") or NAMED_IN_TEXT in m.note
        cut = _start(text, m, words, starts) if m.lon is None and read_back else m.start
        if cut > m.start and cut > _word_start(m):
            cut = m.start  # 锦文路过江通道: LAC's 路过 runs into the crossing's word and opens no name
        rest = text[cut : m.end]
        if cut == m.start:
            out.append(m)
        elif len(rest) >= 2 and rest not in FEATURE_WORDS and not a_class(rest):
            out.append(Mention.unlocated(text, cut, m.end, m.kind, note=m.note))
    return out


NUMBER_TAGS = ("m", "TIME")
"""LAC's tags of a numeral or a time word: inside a feature word (a numbered scenic road's) one opens no
name."""


def _named_word_start(m: Mention) -> int:
    """Where the feature word a named feature was read back from starts (its note names it), or ``m``'s
    end."""
    word = m.note.removeprefix(f"{NAMED} ").partition(";")[0] if m.note.startswith(f"{NAMED} ") else ""
    return m.end - len(word) if word and m.surface.endswith(word) and len(word) < len(m.surface) else m.end


STRUCTURE_END = re.compile(f"(?:{STRUCTURE.pattern})$")
"""A structure's word (过江通道, 大桥: geo.structures) ending a name."""


def _word_start(m: Mention) -> int:
    """Where the structure's word that ends ``m`` starts, or ``m``'s end when it is no structure's."""
    word = STRUCTURE_END.search(m.surface) if NAMED_IN_TEXT in m.note else None
    return m.start + word.start() if word else m.end
