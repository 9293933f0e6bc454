"""Companies named after natural features: ``三峡集团``, ``中国三峡总公司`` name no gorge (the words are
data/lexicon/rule_words.csv: organisation_word). Pure functions over the text and the mentions."""

from __future__ import annotations

import re

from geo.lexicon import rule_pattern
from geo.mention import Mention
from geo.sights import NATURE

ORGANISATION = re.compile(rule_pattern("organisation_word"))


def not_in_organisations(text: str, ms: list[Mention]) -> list[Mention]:
    """The mentions but the natural features written right before a company's word (a province or a city
    before it stays one)."""
    return [m for m in ms if not (m.kind in NATURE and ORGANISATION.match(text, m.end))]
