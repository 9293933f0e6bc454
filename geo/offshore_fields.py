"""Oil and gas fields named by a block: a place or sea area and two numbers (东方1-1气田, 陵水17-2气田,
渤中19-6凝析气田, 乐东22-1 listed before 等气田), the way offshore fields are named. Energy, unlocated: the
place names the block, the field lies off its coast. A pure function over the text and the mentions; the
words are data/lexicon/rule_words.csv (field_block, field_word, field_listed)."""

from __future__ import annotations

import re

from geo.lexicon import marks, rule_pattern
from geo.mention import Mention
from geo.normalize import CJK
from geo.scan import bounded

BLOCK = re.compile(rule_pattern("field_block"))
"""Two numbers of a block (17-2, 13- 2)."""
FIELD_WORD = re.compile(rule_pattern("field_word"))
"""The word of a field right after its block, or after 等 and a class (陵水25-1等深水气田)."""
LISTED = re.compile(rule_pattern("field_listed"))
"""What after a block says it is listed before a field's word (陵水25-1等深水气田)."""
CLAUSE_MARKS = marks("clause") + "\n"
NAME = re.compile(f"[{CJK}]{{2}}")
NOTE = "an oil or gas field by its block; its place names the block, not located"


def offshore_fields(text: str, ms: list[Mention]) -> list[Mention]:
    """The mentions with every field named by a place and a block read as one energy mention (the place
    inside it is part of its name)."""
    out = list(ms)
    for b in BLOCK.finditer(text):
        start = _name_start(text, b.start(), out)
        end = _field_end(text, b.end())
        if start is None or end is None:
            continue
        out = [m for m in out if not (start <= m.start and m.end <= end)]
        out.append(Mention.unlocated(text, start, end, "energy", note=NOTE))
    return sorted(out, key=lambda m: (m.start, -m.end))


def _name_start(text: str, s: int, ms: list[Mention]) -> int | None:
    """Where the place naming a block that starts at ``s`` begins: a mention ending there (秦皇岛), else
    two Chinese characters (渤中); None when there are none (2021-2035)."""
    m = next((m for m in ms if m.end == s and m.start < s), None)
    if m is not None:
        return m.start
    return s - 2 if s >= 2 and NAME.fullmatch(text, s - 2, s) else None


def _field_end(text: str, e: int) -> int | None:
    """Where the field's mention ends: after its word (气田, 凝析气田), or at the block when the field's
    word follows 等 in its clause (陵水25-1等深水气田); None when no field's word says it is a field."""
    w = FIELD_WORD.match(text, e)
    if w:
        return w.end()
    if LISTED.match(text, e) and FIELD_WORD.search(text, e, bounded(text, e, e, CLAUSE_MARKS)[1]):
        return e
    return None
