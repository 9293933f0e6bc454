"""Stations named by their city or county and a bearing, written in a railway's clause without 站:
``汉十铁路经孝感东、云梦北、安陆西…终到十堰北``; and the pumping stations of a water transfer, named 站 like
railway stations (``泗洪站、沙集站等泵站抽水``). Pure functions over the text and the mentions found so far.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geo.lexicon import item_bounds, marks, one, rule_pattern, words
from geo.list_items import BEARINGS
from geo.mention import Mention
from geo.scan import bounded

_BEARING = f"[{''.join(sorted(BEARINGS))}]"
_ENDS = re.escape(item_bounds() + marks("stop") + marks("etc"))
AFTER = re.compile(f"{_BEARING}(?=[{_ENDS}]|$)(?!、{_BEARING})")
"""A bearing right after a place and before a list mark, a stop's mark (襄阳东至万州北站), 等 or the clause's
end; not one of a pair of bearings (郑州东、西两区)."""
STATION_WORDS = "|".join(words("station_words", role="sentence_word"))
RAIL_WORD = re.compile(one("line_words", "pattern", kind="rail", role="word") + "|" + STATION_WORDS)
"""A sentence that holds a railway's word (铁路, 高铁, 城际…: line_words.csv) or a word of stations (车站,
站点: station_words.csv) is about a railway."""
BEARING_START = re.compile(rule_pattern("bearing_start"))
"""A span written with bearings (北起昆明南至万象): the bearing before 至 is the span's, no station's."""
STOPS = marks("stop")
WATER_TRANSFER = re.compile(rule_pattern("water_transfer_context"))
"""A sentence about pumping or transferring water (泵站, 抽水, 南水北调…: rule_words.csv)."""
PUMPING_END = tuple(words("station_words", role="pumping_end"))
"""The word a pumping station is named with (站: station_words.csv)."""
UNITS = ("city", "county")
SENTENCE_MARKS = marks("sentence")


def bearing_stations(text: str, ms: list[Mention]) -> list[Mention]:
    """A city or county right before a bearing and a list mark, in a sentence about a railway, is the station
    of that place (孝感东: the station east of 孝感), located at the place."""
    out = []
    for m in ms:
        b = AFTER.match(text, m.end) if m.kind in UNITS and m.lon is not None else None
        a, z = bounded(text, m.start, m.start, SENTENCE_MARKS)
        if (
            b is None
            or not RAIL_WORD.search(text, a, z)
            or (text[b.end() : b.end() + 1] in STOPS and BEARING_START.search(text, a, m.start))
        ):
            out.append(m)
            continue
        name = text[m.start : b.end()]
        note = f"a station named by {m.name_zh} and a bearing; located at {m.name_zh}"
        out.append(Mention.at(m, m.start, b.end(), name, name, "station", m.precision_m or 0.0, note=note))
    return out


def pumping_stations(text: str, ms: list[Mention]) -> list[Mention]:
    """A station named 站 in a sentence about pumping or transferring water is a pumping station of the
    transfer, water, located as it was (江都站抽长江水; 泗洪站、沙集站等泵站)."""
    out = []
    for m in ms:
        if (
            m.kind == "station"
            and m.surface.endswith(PUMPING_END)
            and WATER_TRANSFER.search(text, *bounded(text, m.start, m.end, SENTENCE_MARKS))
        ):
            m = replace(m, kind="water", note=f"a pumping station of a water transfer; {m.note}".rstrip("; "))
        out.append(m)
    return out
