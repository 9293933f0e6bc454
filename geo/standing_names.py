"""Place names LAC reads standing alone: a LOC word with punctuation, a verb, a particle… (or nothing) on
either side. A pure function over the text and LAC's words."""

from __future__ import annotations

from geo.boundaries import BOUNDS
from geo.lexicon import marks
from geo.lexicon import words as words_of

BOUNDS_AFTER = BOUNDS | words_of("lac_tags", "tag", role="bounds_a_name_after")
SLOGAN = tuple(marks("opens_slogan"))
"""LAC tags of the words that may stand after a place name standing alone, and the marks that open a slogan:
data/lexicon/lac_tags.csv, list_marks.csv."""


def standing_names(text: str, words: list[tuple[int, int, str]]) -> set[tuple[int, int]]:
    """The spans LAC tags as place names with punctuation, a verb, a particle… (or nothing) on either side: a
    place named as such, not a word inside a longer noun nor a slogan's first word."""
    return {
        (a, b)
        for k, (a, b, tag) in enumerate(words)
        if tag == "LOC"
        and text[a - 1 : a] not in SLOGAN
        and (k == 0 or words[k - 1][2] in BOUNDS)
        and (k == len(words) - 1 or words[k + 1][2] in BOUNDS_AFTER)
    }
