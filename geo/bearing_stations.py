"""Stations named by their city or county and a bearing, written in a railway's clause without the station's
word (the bearings are data/lexicon/station_words.csv); the pumping stations of a water transfer, named
with the railway station's word; stations named after a zone or an airport. Pure functions over the text
and the mentions found so far; examples are the sentences of tests/test_lists.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geo.features import LIST_JOINS
from geo.gazetteer import MUNICIPALITIES, Gazetteer
from geo.lexicon import in_order, item_bounds, marks, one, rule_pattern, words
from geo.list_items import BEARINGS
from geo.mention import Mention, joined_neighbours
from geo.scan import bounded

_BEARING = f"[{''.join(sorted(BEARINGS))}]"
BEARING = re.compile(_BEARING)
_ENDS = re.escape(item_bounds() + marks("stop") + marks("etc"))
_AFTER_WORDS = "|".join(words("station_words", role="after_bearing"))
AFTER = re.compile(f"{_BEARING}(?=[{_ENDS}]|$|{_AFTER_WORDS})(?!、{_BEARING})")
"""A bearing right after a place and before a list mark, a stop's mark, the mark that ends a list, the
clause's end (data/lexicon/list_marks.csv) or a word of trains leaving (station_words.csv, after_bearing);
not one of a pair of bearings sharing a place."""
SECTION_END = re.compile(f"{_BEARING}(?:{'|'.join(words('station_words', role='section_after_bearing'))})")
"""A bearing and the end of a section (station_words.csv, section_after_bearing): a station's when a stop's
mark stands before the place."""
STATION_WORDS = "|".join(words("station_words", role="sentence_word"))
RAIL_WORD = re.compile(one("line_words", "pattern", kind="rail", role="word") + "|" + STATION_WORDS)
"""A sentence that holds a railway's word (line_words.csv) or a word of stations (station_words.csv,
role sentence_word) is about a railway."""
BEARING_START = re.compile(rule_pattern("bearing_start"))
"""A line's span written with bearings (rule_words.csv, bearing_start): the bearing before the stop's mark
is the span's, no station's."""
STOPS = marks("stop")
STATION_CHAR = one("station_words", role="station_char")
WATER_TRANSFER = re.compile(rule_pattern("water_transfer_context"))
"""A sentence about pumping or transferring water (rule_words.csv, water_transfer_context)."""
PUMPING_END = tuple(words("station_words", role="pumping_end"))
"""The word a pumping station is named with (station_words.csv, pumping_end)."""
UNITS = ("city", "county")
SENTENCE_MARKS = marks("sentence")
STATION_AFTER = re.compile(in_order("feature_words", "pattern", kind="station")[-1])
"""A station's word (data/lexicon/feature_words.csv: the last row of kind station, after a city's hub)."""
NAMES_STATIONS = ("park", "airport")


def bearing_stations(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """A city or county right before a bearing and a list mark, in a sentence about a railway, is the station
    of that place (孝感东: the station east of 孝感), located where the gazetteer has that station, else at
    the place."""
    out, named = [], set()
    for m in ms:
        b = _bearing(text, m)
        a, z = bounded(text, m.start, m.start, SENTENCE_MARKS)
        if (
            b is None
            or not RAIL_WORD.search(text, a, z)
            or (text[b.end() : b.end() + 1] in STOPS and BEARING_START.search(text, a, m.start))
        ):
            out.append(m)
            continue
        out.append(
            _known(text, m.start, b.end(), g)
            or _station(
                text, m, b.end(), f"a station named by {m.name_zh} and a bearing; located at {m.name_zh}"
            )
        )
        named.add(m.start)
    return _listed_with_stations(text, out, named) if named else out


def _known(text: str, start: int, end: int, g: Gazetteer) -> Mention | None:
    """The station the gazetteer knows by the name from ``start`` to ``end`` and the station's character."""
    name = text[start:end]
    p = next((p for p in g.candidates(name + STATION_CHAR) if p.kind == "station"), None)
    note = "a station named by a place and a bearing, known with the station's character"
    return Mention.of(p, start, end, name, "station", note=note) if p else None


def _bearing(text: str, m: Mention) -> re.Match[str] | None:
    """The bearing right after a city, a county or a municipality that may make it a station's name."""
    if not (m.kind in UNITS or (m.kind == "province" and m.adcode[:2] in MUNICIPALITIES)) or m.lon is None:
        return None
    if text[m.start - 1 : m.start] in STOPS and SECTION_END.match(text, m.end):
        return BEARING.match(text, m.end)  # 甲西至乙东段
    return AFTER.match(text, m.end)


def _listed_with_stations(text: str, ms: list[Mention], named: set[int]) -> list[Mention]:
    """A city or county listed right beside a station named by a bearing (its start in ``named``) is a
    station too, and so on along the list (包括甲西、乙、丙南: 乙 is the station of 乙), located where it
    was."""
    out = list(ms)
    while True:
        beside = [
            k
            for k, m in enumerate(out)
            if m.kind in UNITS
            and m.lon is not None
            and any(x.start in named for x in joined_neighbours(out, k, text, ("station",), LIST_JOINS))
        ]
        if not beside:
            return out
        for k in beside:
            m = out[k]
            out[k] = _station(text, m, m.end, f"a station listed with stations; located at {m.name_zh}")
            named.add(m.start)


def _station(text: str, m: Mention, end: int, note: str) -> Mention:
    """The station named by the words from ``m`` to ``end``, located where ``m`` is."""
    name = text[m.start : end]
    return Mention.at(m, m.start, end, name, name, "station", m.precision_m or 0.0, note=note)


def pumping_stations(text: str, ms: list[Mention]) -> list[Mention]:
    """A station named with the station's word in a sentence about pumping or transferring water, and not
    about a railway (新郑机场至郑州南站城际铁路…穿越南水北调工程), is a pumping station of the transfer,
    water, located as it was."""
    out = []
    for m in ms:
        span = bounded(text, m.start, m.end, SENTENCE_MARKS)
        if (
            m.kind == "station"
            and m.surface.endswith(PUMPING_END)
            and WATER_TRANSFER.search(text, *span)
            and not RAIL_WORD.search(text, *span)
        ):
            m = replace(m, kind="water", note=f"a pumping station of a water transfer; {m.note}".rstrip("; "))
        out.append(m)
    return out


def facility_stations(text: str, ms: list[Mention]) -> list[Mention]:
    """A zone or an airport right before a station's word names that station (a new area's station, an
    airport's station), located where the zone or the airport is."""
    out, starts = [], {x.start for x in ms}
    for m in ms:
        w = STATION_AFTER.match(text, m.end) if m.kind in NAMES_STATIONS else None
        if w is None or m.end in starts:
            out.append(m)
            continue
        out.append(_station(text, m, w.end(), f"a station named after {m.surface}; located at it"))
    return out
