"""Places written together and counted (``青浦吴江嘉善三地``, ``遂潼两地``): the count says how many places
the run of characters before it names, so each is read on its own: a unit's short name of two characters or
more, or, when the run is that many characters, the initials of nearby units. A run that a region of the
gazetteer reads (京津冀三地) stays that region. Pure function over the text, the mentions and the gazetteer.
"""

from __future__ import annotations

import re
from itertools import product

from geo.chain_initials import chain_of, unit_chain
from geo.crs import diameter_m
from geo.gazetteer import Gazetteer, Place
from geo.lexicon import rule_pattern
from geo.mention import Mention
from geo.normalize import CJK
from geo.raw_matching import PROVINCE_INITIALS
from geo.structure import count_value

COUNTED = re.compile(f"(?<=[{CJK}])(?:{rule_pattern('places_count')})")
"""A count of places after their names: data/lexicon/rule_words.csv, role places_count."""
LONGEST = 4
"""The longest short name of a unit read in such a run (four characters)."""
NOTE = "one of places written together and counted"


def counted_places(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """The mentions with the places of each counted run read one by one (see the module)."""
    out, changed = list(ms), False
    for w in COUNTED.finditer(text):
        n, e = count_value(w.group()) or 0, w.start()
        if n < 2:
            continue
        parts = _names(text, e, n, g)
        if not parts:
            parts = _initials(text, e, n, g)
            if parts and _read_already(out, parts[0][0], e):
                continue  # 京津冀三地 the region, 海沧两地 the district, 沪苏两地 two provinces
        if parts:
            s = parts[0][0]
            out = [m for m in out if not (m.start < e and s < m.end)]
            out += [Mention.of(p, a, b, text[a:b], p.kind, note=NOTE) for a, b, p in parts]
            changed = True
    return sorted(out, key=lambda m: (m.start, -m.end)) if changed else ms


def _read_already(ms: list[Mention], s: int, e: int) -> bool:
    """Whether a mention reads the run ``[s, e)`` whole, or mentions read each of its characters."""
    inside = [m for m in ms if s <= m.start and m.end <= e and m.kind != "unresolved"]
    return any((m.start, m.end) == (s, e) for m in inside) or len(inside) == e - s


def _names(text: str, e: int, n: int, g: Gazetteer) -> list[tuple[int, int, Place]]:
    """``n`` units' short names of two characters or more ending at ``e``, nearest each other, or []."""
    splits = _splits(text, e, n, g)
    best = min(
        (
            (diameter_m(tuple(ps)), [(a, b, p) for (a, b, _), p in zip(split, ps)])
            for split in splits
            for ps in product(*(cands for _, _, cands in split))
            if len(set(ps)) == n
        ),
        key=lambda x: x[0],
        default=None,
    )
    return best[1] if best else []


def _splits(text: str, e: int, n: int, g: Gazetteer) -> list[list[tuple[int, int, list[Place]]]]:
    """Every way to read ``n`` unit names, each of two characters or more, right before ``e``."""
    if n == 0:
        return [[]]
    out = []
    for size in range(2, LONGEST + 1):
        s = e - size
        units = [p for p in g.candidates(text[s:e])[:5] if p.level in (1, 2, 3)] if s >= 0 else []
        if units:
            out += [rest + [(s, e, units)] for rest in _splits(text, s, n - 1, g)]
    return out


def _initials(text: str, e: int, n: int, g: Gazetteer) -> list[tuple[int, int, Place]]:
    """``n`` characters before ``e`` that are the initials of nearby cities or units, or []."""
    token = text[max(0, e - n) : e]
    if set(token) <= PROVINCE_INITIALS or any(p.level in (1, 2, 3) for p in g.candidates(token)):
        return []  # 沪苏两地: provinces, read by geo.scope.province_chains; 海沧两地: a district's name
    places = (chain_of(token, g) or unit_chain(token, g)) if len(token) == n and n > 1 else None
    return [(e - n + k, e - n + k + 1, p) for k, p in enumerate(places)] if places else []
