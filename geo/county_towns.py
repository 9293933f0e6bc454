"""Townships of one county written by their short names before what they hold (甲岭茶业产业园、乙溪种养基地、
丙坑加工厂 in a county's work report): three or more short names of townships of one county in one sentence
support each other, although the sentence names no county. Each must stand before words of its own that are
no feature word (not 甲岗站, a station, nor 乙塘 alone in a list of port areas). One short name alone, or
names of townships of different counties, stay words. A pure function over the text, LAC's words, the
mentions and the gazetteer."""

from __future__ import annotations

from collections import defaultdict

from geo.boundaries import kind_of_name
from geo.features import name_like
from geo.gazetteer import Gazetteer, Place
from geo.lexicon import marks
from geo.lexicon import words as lexicon_words
from geo.list_items import towns_named
from geo.mention import Mention
from geo.scan import bounded

AT_LEAST = 3
"""How many townships of one county a sentence must name for their short names to be read as them."""
SENTENCE = marks("sentence") + "\n"
"""What ends a sentence (list_marks.csv)."""
NAME_TAGS = lexicon_words("lac_tags", "tag", role="starts_a_town_short_name")
"""LAC's tags of words a township's short name may start (a firm's or a person's name LAC reads whole, the
township's name its first characters): data/lexicon/lac_tags.csv."""
OF = marks("of")
"""The particle of possession after a township's short name: what follows is its (list_marks.csv)."""
NOTE = "short name of a township; the sentence names other townships of its county"


def county_towns(
    text: str, ms: list[Mention], words: list[tuple[int, int, str]], g: Gazetteer
) -> list[Mention]:
    """The mentions with the short names of townships that, three or more in a sentence, lie in one county."""
    taken = [(m.start, m.end) for m in ms if m.kind != "unresolved"]
    by_sentence: dict[tuple[int, int], list[tuple[int, int, Place]]] = defaultdict(list)
    for i, (s, e, tag) in enumerate(words):
        if tag not in NAME_TAGS or any(a < e and s < b for a, b in taken):
            continue
        k, towns = next(
            ((k, t) for k in (3, 2) if s + k <= e and (t := towns_named(g, text[s : s + k]))), (0, [])
        )
        # what the name is the name of: the rest of LAC's word, else the next word
        held = text[s:e] if e > s + k else text[s : words[i + 1][1]] if i + 1 < len(words) else ""
        if towns and (name_like(held[k:]) or held[k:] in OF) and not kind_of_name(held):
            by_sentence[bounded(text, s, s + k, SENTENCE)] += [(s, s + k, p) for p in towns]
    out = list(ms)
    for found in by_sentence.values():
        counties: dict[str, set[str]] = defaultdict(set)
        for s, e, p in found:
            counties[p.adcode[:6]].add(text[s:e])
        county = max(counties, key=lambda c: len(counties[c]), default="")
        if len(counties.get(county, ())) < AT_LEAST:
            continue
        made = {(s, e): p for s, e, p in found if p.adcode[:6] == county}
        out = [m for m in out if not any(s <= m.start and m.end <= e for s, e in made)]
        out += [Mention.of(p, s, e, text[s:e], "town", note=NOTE) for (s, e), p in made.items()]
    return sorted(out, key=lambda m: (m.start, -m.end))
