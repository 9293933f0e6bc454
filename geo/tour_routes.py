"""Tourist routes: stops joined by dashes, each a sight after the unit it lies in (甲县乙景区—丙县丁山—…),
as tourism plans write their routes. Two stops known as parks, or a route word after it (…的国家风景道),
make the route one of sights: the last name of every stop is a sight, whatever a word of its own made it (a
mountain, a lake, a village), and a known sight fused with its unit (大同云冈石窟) is the unit and the sight.
Pure functions over the text, the mentions and the gazetteer."""

from __future__ import annotations

import re
from dataclasses import replace

from geo.gazetteer import Gazetteer
from geo.lexicon import rule_pattern
from geo.mention import Mention
from geo.regions import DASHES

STOP = r"[\u4e00-\u9fff]{2,12}"
DASH = "[" + re.escape("".join(DASHES)) + "]"
ROUTE = re.compile(f"{STOP}(?:{DASH}{STOP})+")
"""Two stops or more joined by dashes, in one clause."""
ROUTE_WORD = re.compile(rule_pattern("tour_route_after"))
"""What may follow a route and make it one of sights whatever its stops were read as (a national scenic
byway, a tourist route): data/lexicon/rule_words.csv."""
SIGHT_KINDS = ("landform", "water", "town", "unresolved")
"""What a stop's last name may have been read as that a route of sights makes a sight."""
UNITS = ("city", "county")
PARKS_NEEDED = 2
MIN_STOPS = 3
"""A route with no route word after it: three stops at least, two of them parks."""


def tour_routes(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """The mentions with the stops of every route of sights read as sights (see the module)."""
    if not any(d in text for d in DASHES):
        return ms  # no route without a dash (the cheapest test first)
    out = list(ms)
    for route in ROUTE.finditer(text):
        stops = _stops(route, out)
        last = [_last_name(out, a, b) for a, b in stops]
        parks = sum(m is not None and m.kind == "park" for m in last)
        named = ROUTE_WORD.match(text, stops[-1][1]) is not None
        if not named and (parks < PARKS_NEEDED or len(stops) < MIN_STOPS):
            continue
        for (a, _), m in zip(stops, last):
            if m is None:
                continue
            unit = next((u for u in out if u.kind in UNITS and a <= u.start and u.end <= m.start), None)
            made = _sight(m, unit) if m.kind in SIGHT_KINDS else _apart(m, g)
            out = [x for x in out if x is not m] + made
    return sorted(out, key=lambda m: (m.start, -m.end))


def _stops(route: re.Match[str], ms: list[Mention]) -> list[tuple[int, int]]:
    """The spans of a route's stops; the last ends with the last name in it (齐云山 of 齐云山的…风景道)."""
    spans, a = [], route.start()
    for k in range(route.start(), route.end() + 1):
        if k == route.end() or route.string[k] in DASHES:
            spans.append((a, k))
            a = k + 1
    a, b = spans[-1]
    spans[-1] = (a, max((m.end for m in ms if a <= m.start < b and m.end <= b), default=b))
    return spans


def _last_name(ms: list[Mention], a: int, b: int) -> Mention | None:
    """The longest mention that ends a stop [a, b)."""
    return min((m for m in ms if a <= m.start and m.end == b), key=lambda m: m.start, default=None)


def _sight(m: Mention, unit: Mention | None) -> list[Mention]:
    """A stop's last name as a sight: where it was placed, or in the unit before it (太行龙口 of 和顺)."""
    note = "a stop of a route of sights"
    if m.lon is not None and m.kind != "unresolved":
        return [replace(m, kind="park", note=f"{note}; {m.note}" if m.note else note)]
    if unit is None:
        return [Mention(m.start, m.end, m.surface, m.surface, "park", note=f"{note}; not located")]
    prec = unit.precision_m or 0.0
    return [
        Mention.at(
            unit, m.start, m.end, m.surface, m.surface, "park", prec, note=f"{note}; in {unit.name_zh}"
        )
    ]


def _apart(m: Mention, g: Gazetteer) -> list[Mention]:
    """A park written after its unit as one name (大同云冈石窟): the unit and the sight the gazetteer knows,
    each a mention; any other mention as it was."""
    if m.kind != "park":
        return [m]
    for k in (3, 2):
        unit, sight = g.exact.get(m.surface[:k]), g.exact.get(m.surface[k:])
        if unit and sight and g.places[unit].kind in UNITS and g.places[sight].kind == "park":
            u, p = g.places[unit], g.places[sight]
            cut = m.start + k
            return [
                Mention.of(u, m.start, cut, m.surface[:k], u.kind),
                Mention.of(p, cut, m.end, m.surface[k:], "park", note="a stop of a route of sights"),
            ]
    return [m]
