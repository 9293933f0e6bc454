"""Stations named by their city or county and a bearing, written in a railway's clause without 站:
``汉十铁路经孝感东、云梦北、安陆西…终到十堰北``. A pure function over the text and the mentions found so far.
"""

from __future__ import annotations

import re

from geo.lexicon import one, words
from geo.mention import Mention

BEARINGS = "".join(sorted(words("station_words", role="bearing")))
"""东, 南, 西, 北: data/lexicon/station_words.csv."""
AFTER = re.compile(f"[{BEARINGS}](?=[、，。；和及]|$)")
"""A bearing right after a place and before a list mark or the clause's end."""
RAIL_MARK = re.compile(one("line_words", "pattern", role="rail_mark"))
"""A clause that holds this (铁) is about a railway: data/lexicon/line_words.csv."""
UNITS = ("city", "county")


def bearing_stations(text: str, ms: list[Mention]) -> list[Mention]:
    """A city or county right before a bearing and a list mark, in a sentence about a railway, is the station
    of that place (孝感东: the station east of 孝感), located at the place."""
    out = []
    for m in ms:
        b = AFTER.match(text, m.end) if m.kind in UNITS and m.lon is not None else None
        if b is None or not RAIL_MARK.search(_sentence(text, m.start)):
            out.append(m)
            continue
        name = text[m.start : b.end()]
        note = f"a station named by {m.name_zh} and a bearing; located at {m.name_zh}"
        out.append(Mention.at(m, m.start, b.end(), name, name, "station", m.precision_m or 0.0, note=note))
    return out


def _sentence(text: str, at: int) -> str:
    start = text.rfind("。", 0, at) + 1
    end = text.find("。", at)
    return text[start : end if end >= 0 else len(text)]
