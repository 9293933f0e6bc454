"""Short county names of one prefecture written in one clause are each other's context: 芮城 and 闻喜
(both of 运城) before the names of their firms, 山阳、商南、洛南、丹凤 (all of 商洛), although the clause
names neither province nor city and each alone may be a word or another county of that name. A pure
function over the text, the gazetteer's matches and the resolver's choices (see :mod:`geo.listed`)."""

from __future__ import annotations

from collections import defaultdict

from geo.gazetteer import Gazetteer, Place
from geo.lexicon import marks
from geo.raw_matching import PLAN_WORDS
from geo.scan import bounded

COUNTIES_OF_ONE_CITY = 2
"""How many distinct short names of counties of one prefecture a clause needs for them to be those counties
(two words that are both counties of one prefecture by chance are rare; one is not enough)."""
CLAUSE_MARKS = marks("clause")


def one_city_counties(text: str, raw: list[tuple[int, int, str, str]], res: dict, g: Gazetteer) -> dict:
    """``res`` with each short county name the resolver rejected for want of context taken as the county of
    the prefecture that :data:`COUNTIES_OF_ONE_CITY` or more such names of its clause share, the prefecture
    with the most of them first."""
    counties = {
        name: [p for p in g.candidates(name) if p.kind == "county" and p.level == 3]
        for _, _, _, name in raw
        if res[name][0] is None and name not in PLAN_WORDS
    }
    clauses: dict[tuple[int, int], set[str]] = defaultdict(set)
    for s, e, _, name in raw:
        if counties.get(name):  # the clause is looked for only where a county may be
            clauses[bounded(text, s, e, CLAUSE_MARKS)].add(name)
    out = dict(res)
    for names in clauses.values():
        for found in _by_city(names, counties):
            for name, county in found.items():
                if out[name][0] is None:
                    out[name] = (county, 0.0, res[name][2])
    return out


def _by_city(names: set[str], counties: dict[str, list[Place]]) -> list[dict[str, Place]]:
    """The counties the names stand for, grouped by prefecture: the groups of two names or more, largest
    first."""
    by_city: dict[str, dict[str, Place]] = defaultdict(dict)
    for name in sorted(names):
        for p in counties[name]:
            by_city[p.city_adcode].setdefault(name, p)
    groups = [found for found in by_city.values() if len(found) >= COUNTIES_OF_ONE_CITY]
    return sorted(groups, key=len, reverse=True)
