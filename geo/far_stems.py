"""Facilities and zones placed at the county their name starts with (曲江新区 at 曲江区 of 韶关) although
their sentence names only units far from it (西安市加快曲江新区建设): where a town or sub-district of that
name lies near the sentence's units (曲江街道 of 西安), the county is a far namesake and the feature is
placed at that town. A pure function over the text, the mentions and the gazetteer."""

from __future__ import annotations

import bisect

from geo.gazetteer import Gazetteer, Place
from geo.lexicon import words
from geo.list_items import distance_km, nearest_of, towns_named
from geo.mention import Mention
from geo.whereabouts import SENTENCE_END, at_place

KINDS = ("park", "port", "airport", "station")
"""Kinds of feature a plan names after the district it lies in (data/lexicon/feature_words.csv)."""
PLACED_BY_NAME = "suffix:"
"""How the note of a feature placed at the unit its name starts with begins (geo.features)."""
UNITS = ("province", "city", "county")
FAR_KM = 800
"""How far from every unit of its sentence the county a feature's name starts with must lie to be a far
namesake (曲江区 of 韶关 lies 1,100 km from 西安)."""
NEAR_KM = 150
"""How near the sentence's units the town of that name must lie."""
NAMESAKE = "a namesake near its sentence's units"
TOWN_WORDS = tuple(sorted(words("unit_words", role="township") | words("unit_words", role="subdistrict")))
"""The words that end a township's or a sub-district's full name: data/lexicon/unit_words.csv."""


def far_stems(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """Every facility or zone placed by its name's first unit, a county (a prefecture's name has few
    namesakes), farther than :data:`FAR_KM` from every unit of China its sentence names before it, near each
    other, placed at the town of that name within :data:`NEAR_KM` of them, if any."""
    ends = [e.start() for e in SENTENCE_END.finditer(text)] + [len(text)]
    by_sentence: dict[int, list[Mention]] = {}
    for u in ms:
        if u.kind in UNITS and u.lon is not None and u.adcode:
            by_sentence.setdefault(bisect.bisect_left(ends, u.start), []).append(u)
    out = []
    for m in ms:
        units = by_sentence.get(bisect.bisect_left(ends, m.start), []) if _by_a_county(m) else []
        units = [u for u in units if u.end <= m.start]  # 西安市…曲江新区: the sentence says where first
        if units and m.lon is not None and distance_km(m, units) > FAR_KM and _local(units):
            town = nearest_of(_towns(g, m), units, NEAR_KM)
            m = at_place(m, town, NAMESAKE, max(town.precision_m, m.precision_m or 0.0)) if town else m
        out.append(m)
    return out


def _local(units: list[Mention]) -> bool:
    """Whether the sentence's units lie near each other: a sentence about one place, not a list of sites
    across China (嘉峪关关城、大理古城…黄山风景区)."""
    return all(distance_km(u, units[:k]) <= NEAR_KM for k, u in enumerate(units) if k)


def _by_a_county(m: Mention) -> bool:
    return (
        m.kind in KINDS
        and m.note.startswith(PLACED_BY_NAME)
        and bool(m.adcode)
        and not m.adcode.endswith("00")
    )


def _towns(g: Gazetteer, m: Mention) -> list[Place]:
    """The towns and sub-districts named like the start of ``m`` (its name without the note's word)."""
    word = m.note.partition(";")[0].removeprefix(PLACED_BY_NAME)
    stem = m.surface[: len(m.surface) - len(word)]
    return towns_named(g, stem, TOWN_WORDS)
