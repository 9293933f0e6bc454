"""Power lines named by the provinces they join, written with the two provinces' one-character
abbreviations: ``陇电入鲁`` (甘肃's power into 山东), ``宁电入湘工程``. A pure function over the text and its
mentions."""

from __future__ import annotations

import re

from geo.lexicon import rule_pattern
from geo.mention import Mention
from geo.scope import ABBREVIATIONS

_ONE = "([" + "".join(ABBREVIATIONS) + "])"
TRANSFER = re.compile(
    _ONE + rule_pattern("power_transfer") + _ONE + "(?:" + rule_pattern("power_transfer_tail") + ")?"
)
"""Two abbreviations joined by the words of a power transfer, and the words of the works after them
(data/lexicon/rule_words.csv)."""
NOTE = "a power line named by the provinces it joins"


def power_transfers(text: str, ms: list[Mention]) -> list[Mention]:
    """The mentions with every power line named by the provinces it joins as one energy line between them;
    the abbreviations read inside it give way (annotators read the name as one line)."""
    out = list(ms)
    for t in TRANSFER.finditer(text):
        s, e = t.span()
        if any(m.start < e and s < m.end and not (s <= m.start and m.end <= e) for m in out):
            continue  # a name read across it
        ends = [f"adm:{ABBREVIATIONS[x]}" for x in t.group(1, 2)]
        out = [m for m in out if not (s <= m.start and m.end <= e)]
        out.append(
            Mention(
                s,
                e,
                t.group(),
                t.group(),
                "energy",
                place_id="line:" + "—".join(ends),
                group="|".join(ends),
                note=NOTE,
            )
        )
    return sorted(out, key=lambda m: (m.start, -m.end))
