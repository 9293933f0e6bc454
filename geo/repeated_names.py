"""A name the text writes again where the resolver left it unplaced is the place it named before: one sense
per text (石鼓 placed as a town of 丽江市 by the city before it, then 石鼓至攀枝花). A pure function over the
mentions."""

from __future__ import annotations

from dataclasses import replace

from geo.boundaries import NOT_TAKEN
from geo.mention import Mention

CARRIED_KINDS = ("county", "town")
"""Kinds of place whose short forms are often ambiguous and so may be left unplaced where they stand alone."""


def repeated_names(ms: list[Mention]) -> list[Mention]:
    """The mentions, each name left unplaced (not taken) replaced by the county or town the text placed under
    the same written form elsewhere, when it placed that form at one place only."""
    placed: dict[str, set[str]] = {}
    carried = [m for m in ms if m.kind in CARRIED_KINDS and m.place_id and m.lon is not None]
    for m in carried:
        placed.setdefault(m.surface, set()).add(m.place_id)
    firsts = {m.surface: m for m in reversed(carried) if len(placed[m.surface]) == 1}
    return [
        replace(
            firsts[m.surface], start=m.start, end=m.end, note="the same name placed elsewhere in the text"
        )
        if m.kind == "unresolved" and m.note.startswith(NOT_TAKEN) and m.surface in firsts
        else m
        for m in ms
    ]
