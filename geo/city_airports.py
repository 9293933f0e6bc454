"""Airports written by the name of the place they serve, in a list of airports (西宁 in 西宁、格尔木机场),
and placed at that place are the one airport the gazetteer knows by that place's name and 机场 (西宁机场:
曹家堡, in 互助县), placed at its point. A pure function over the mentions and the gazetteer."""

from __future__ import annotations

from geo.gazetteer import Gazetteer, Place
from geo.lexicon import table
from geo.mention import Mention
from geo.whereabouts import at_place

AIRPORT_WORDS = tuple(r["ending"] for r in table("feature_endings") if r["kind"] == "airport")
"""The words an airport's name ends in, longest first: data/lexicon/feature_endings.csv."""


def city_airports(ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """Every airport placed at a unit (not at an airport the gazetteer knows) that the one known airport of
    that place's name is."""
    out = []
    for m in ms:
        known = m.place_id in g.places and g.places[m.place_id].kind == "airport"
        p = _the_airport(m, g) if m.kind == "airport" and m.lon is not None and not known else None
        out.append(at_place(m, p, "its place's one airport") if p else m)
    return out


def _stem(surface: str) -> str:
    return next((surface[: -len(w)] for w in AIRPORT_WORDS if surface.endswith(w)), surface)


def _the_airport(m: Mention, g: Gazetteer) -> Place | None:
    """The one airport of ``m``'s place; only for a name written without an airport's word (a list's item,
    西宁 of 西宁、格尔木机场): a name with its own (府谷支线机场) may be a new airport, not the known one."""
    stem = _stem(m.surface)
    if stem != m.surface:
        return None
    found = {p.place_id: p for w in AIRPORT_WORDS for p in g.candidates(stem + w) if p.kind == "airport"}
    return next(iter(found.values())) if len(found) == 1 else None
