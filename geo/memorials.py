"""Sights named after a person: a person's name LAC reads, with a memorial word after it or ending it
(the former residence, tomb, memorial hall of someone), is a sight, typed park and kept unlocated until the
words around it place it (geo.whereabouts). The memorial words are data (data/lexicon/rule_words.csv,
memorial_word); examples: tests/test_geoparse_sights.py. A pure function over the text, the mentions and
LAC's words."""

from __future__ import annotations

import re

from geo.lexicon import rule_pattern
from geo.mention import Mention

MEMORIAL = re.compile(rule_pattern("memorial_word"))
"""The words that make a person's name a sight (data/lexicon/rule_words.csv)."""
NOTE = "a person's name and a memorial word (LAC): a sight not in the gazetteer, not located"


def person_sights(text: str, ms: list[Mention], words: list[tuple[int, int, str]]) -> list[Mention]:
    """The mentions with every sight a person's name and a memorial word make, where no mention stands."""
    out = list(ms)
    for k, (s, e, tag) in enumerate(words):
        if tag != "PER":
            continue
        own = MEMORIAL.search(text, s + 2, e)
        if own and own.end() == e:
            end = e  # the memorial word inside the person's word
        elif k + 1 < len(words) and MEMORIAL.fullmatch(text, words[k + 1][0], words[k + 1][1]):
            end = words[k + 1][1]
        else:
            continue
        if not any(m.start < end and s < m.end for m in out):
            out.append(Mention.unlocated(text, s, end, "park", note=NOTE))
    return sorted(out, key=lambda m: (m.start, -m.end))
