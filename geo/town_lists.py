"""Towns listed by their short forms (a county's report lists its towns without their town word): the
gazetteer keeps those forms apart, too common to match alone (:attr:`geo.gazetteer.Gazetteer.waypoint_names`);
two or more of them in one list whose namesakes share exactly one county are that county's towns. Examples:
tests/test_geoparse_sights.py. A pure function over the text, the mentions and the gazetteer."""

from __future__ import annotations

import bisect
import re

from geo.gazetteer import Gazetteer, Place
from geo.lexicon import rule_pattern
from geo.mention import Mention

LIST_RUN = re.compile(r"[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)+")
"""Chinese words joined by list marks: the items are read from its pieces."""
JOIN = re.compile(rule_pattern("town_list_join"))
"""What joins the last two items inside a piece (data/lexicon/rule_words.csv)."""
NOTE = "a town's short form among others of one county in a list"


def listed_town_forms(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """The mentions with the towns a list names by their short forms, when their namesakes share exactly one
    county; items any mention reads are left to it."""
    taken = sorted((m.start, m.end) for m in ms if m.kind != "unresolved")
    starts, reach = [a for a, _ in taken], max((b - a for a, b in taken), default=0)

    def free(s: int, e: int) -> bool:
        near = taken[bisect.bisect_left(starts, s - reach) : bisect.bisect_left(starts, e)]
        return not any(a < e and s < b for a, b in near)

    found = []
    for run in LIST_RUN.finditer(text):
        towns = {}
        for options in _items(text, run):
            # a lookup first (few items are towns), the overlap test only for those that are
            named = [((s, e), ps) for s, e in options if (ps := _towns(g, text[s:e]))]
            found_here = next(((span, ps) for span, ps in named if free(*span)), None)
            if found_here is not None:
                towns[found_here[0]] = found_here[1]
        if len({text[s:e] for s, e in towns}) < 2:
            continue  # one name twice is a word, no list of towns (货运铁路、铁路专用线)
        shared = set.intersection(*({p.adcode for p in ps} for ps in towns.values()))
        if len(shared) == 1:
            (county,) = shared
            found += [
                Mention.of(next(p for p in ps if p.adcode == county), s, e, text[s:e], "town", note=NOTE)
                for (s, e), ps in towns.items()
            ]
    return sorted(ms + found, key=lambda m: (m.start, -m.end)) if found else ms


def _towns(g: Gazetteer, name: str) -> list[Place]:
    return [g.places[i] for i in g.waypoint_names.get(name, []) if g.places[i].kind == "town"]


def list_pieces(run: re.Match, marks_: str = "、") -> list[tuple[int, int]]:
    """The spans of a run's pieces between its list marks, each one character of ``marks_`` (甲乙、丙、丁戊:
    甲乙, 丙, 丁戊)."""
    pieces, at = [], run.start()
    for piece in re.split(f"[{marks_}]", run.group()):
        pieces.append((at, at + len(piece)))
        at += len(piece) + 1
    return pieces


def _items(text: str, run: re.Match) -> list[list[tuple[int, int]]]:
    """The spans each item of a list may have, longest first: the last three or two characters of its first
    piece, each middle piece whole (or its two parts around a join), the first three or two of its last."""
    pieces = list_pieces(run)
    (fs, fe), (ls, le) = pieces[0], pieces[-1]
    items = [[(fe - n, fe) for n in (3, 2) if fe - n >= fs]]
    for s, e in pieces[1:-1]:
        j = JOIN.search(text, s, e)
        items += [[(s, j.start())], [(j.end(), e)]] if j else [[(s, e)]]
    return items + [[(ls, ls + n) for n in (3, 2) if ls + n <= le]]
