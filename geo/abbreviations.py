"""Names written with brackets: a one-character abbreviation completed in brackets (``包（头）``) and a name
with its unit word in brackets (``吉林（市）``). Pure functions over the text."""

from __future__ import annotations

import re

from geo.lexicon import in_order
from geo.normalize import CJK
from geo.scan import finditer

ABBREVIATION = re.compile(f"([{CJK}])（([{CJK}]{{1,4}})）")
"""A character and the rest of its name in brackets: data of no table, the way plans abbreviate."""


UNIT_IN_BRACKETS = re.compile(
    f"([{CJK}]{{2,4}})（({'|'.join(w for w in in_order('unit_words', role='admin_suffix') if len(w) == 1)})）"
)
"""A name and its one-character unit word in brackets: the unit so named, not its namesake of another level
(data/lexicon/unit_words.csv)."""


def expand_abbreviations(text: str) -> list[tuple[int, int, str]]:
    """Parenthetical abbreviations: ``包（头）`` → (start, end, ``包头``) for each character+brackets, and a
    name with its unit word in brackets: ``吉林（市）`` → ``吉林市``."""
    return [
        (m.start(), m.end(), m.group(1) + m.group(2))
        for rx in (ABBREVIATION, UNIT_IN_BRACKETS)
        for m in finditer(rx, text)
    ]
