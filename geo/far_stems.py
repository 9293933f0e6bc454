"""Facilities and zones placed at the county their name starts with (曲江新区 at 曲江区 of 韶关) although
their sentence names only units far from it (西安市加快曲江新区建设): where a town or sub-district of that
name lies near the sentence's units (曲江街道 of 西安), the county is a far namesake and the feature is
placed at that town; with no such town, in the prefecture those units share (北海新区 after 营口市 and
盖州市: 营口's, not 北海's). A pure function over the text, the mentions and the gazetteer."""

from __future__ import annotations

import bisect

from geo.boundaries import ending_of, is_generic
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
namesake (the district of one province named like a sub-district of another city: some 1,100 km apart)."""
NEAR_KM = 150
"""How near the sentence's units the town of that name must lie."""
NAMESAKE = "a namesake near its sentence's units"
IN_THEIR_CITY = "the prefecture of its sentence's units, far from the place its name starts with"
TOWN_WORDS = tuple(sorted(words("unit_words", role="township") | words("unit_words", role="subdistrict")))
"""The words that end a township's or a sub-district's full name: data/lexicon/unit_words.csv."""


def far_stems(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """Every facility or zone placed by its name's first unit, a county or a prefecture, farther than
    :data:`FAR_KM` from every unit of China its sentence names before it, near each other, placed at the town
    of that name within :data:`NEAR_KM` of them, else, when its name is that unit's and a word alone, in the
    prefecture all its sentence's units share, if any."""
    ends = [e.start() for e in SENTENCE_END.finditer(text)] + [len(text)]
    by_sentence: dict[int, list[Mention]] = {}
    for u in ms:
        if u.kind in UNITS and u.lon is not None and u.adcode:
            by_sentence.setdefault(bisect.bisect_left(ends, u.start), []).append(u)
    out = []
    for m in ms:
        sentence = by_sentence.get(bisect.bisect_left(ends, m.start), []) if _by_a_unit(m) else []
        units = [u for u in sentence if u.end <= m.start]  # 西安市…曲江新区: the sentence says where first
        if units and m.lon is not None and distance_km(m, units) > FAR_KM and _local(units):
            town = nearest_of(_towns(g, m), units, NEAR_KM)
            if town:
                m = at_place(m, town, NAMESAKE, max(town.precision_m, m.precision_m or 0.0))
            elif _named_by_it(m, g) and (city := _their_city(sentence, g)):
                m = at_place(m, city, IN_THEIR_CITY)
        out.append(m)
    return out


def _local(units: list[Mention]) -> bool:
    """Whether the sentence's units lie near each other: a sentence about one place, not a list of sites
    across China (嘉峪关关城、大理古城…黄山风景区)."""
    return all(distance_km(u, units[:k]) <= NEAR_KM for k, u in enumerate(units) if k)


def _their_city(units: list[Mention], g: Gazetteer) -> Place | None:
    """The prefecture all the sentence's units lie in (营口市, 盖州市: 营口市), if they share one."""
    prefixes = {u.adcode[:4] for u in units}
    return g.by_adcode(prefixes.pop() + "00") if len(prefixes) == 1 and units[0].kind != "province" else None


def _by_a_unit(m: Mention) -> bool:
    return m.kind in KINDS and m.note.startswith(PLACED_BY_NAME) and bool(m.adcode) and m.adcode[2:] != "0000"


def _word(m: Mention) -> str:
    """The end of ``m``'s name after the part that placed it, as its note says."""
    return m.note.partition(";")[0].removeprefix(PLACED_BY_NAME)


def _stem(m: Mention) -> str:
    """The start of ``m``'s name that placed it: its name without the note's word."""
    return m.surface[: len(m.surface) - len(_word(m))]


def _named_by_it(m: Mention, g: Gazetteer) -> bool:
    """Whether ``m``'s name is the unit it was placed at and class words alone (北海新区), not that unit and a
    name of its own (杭州钱塘新区, 腾冲猴桥口岸 say where they are)."""
    p, word, ending = g.by_adcode(m.adcode), _word(m), ending_of(m.surface)[0]
    return (
        p is not None
        and p.name_zh.startswith(_stem(m))
        and word.endswith(ending)
        and is_generic(word[: len(word) - len(ending)])
    )


def _towns(g: Gazetteer, m: Mention) -> list[Place]:
    """The towns and sub-districts named like the start of ``m``."""
    return towns_named(g, _stem(m), TOWN_WORDS)
