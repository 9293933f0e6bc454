"""Stations the gazetteer lacks, named with 站 in a sentence about a metro's or a railway's stations
(``自大学城站至西部新城站``, ``分别为：非遗博览园站、蔡桥站``): the name before 站, after a list mark or a
word that leads to a station (自, 起于, 途经: data/lexicon/station_words.csv), is a station's, located at the
city the sentence names before it, as imprecise as that city.

Pure function over the text and the mentions found so far.
"""

from __future__ import annotations

import re

from geo.features import name_like
from geo.lexicon import marks, one, words
from geo.mention import Mention, crosses
from geo.scan import bounded

CONTEXT = re.compile(one("station_words", role="metro_context"))
LEAD = re.compile(f".*?(?:{one('station_words', role='station_lead')})")
GENERIC = re.compile(f"(?:{one('station_words', role='generic_station')})$")
STATION_CHAR = one("station_words", role="station_char")
# a station's word after a name, not the first character of another word (data/lexicon/station_words.csv)
STATION = re.compile(
    rf"(?<=[\u4e00-\u9fff]){STATION_CHAR}(?!{one('station_words', role='not_after_station_char')})"
)
NAME_RUN = re.compile(r"[\u4e00-\u9fff]{2,12}$")
SENTENCE_MARKS = marks("sentence")
LINE_KINDS = ("rail", "road")
# LAC's tags of words no station's name starts with or holds (verbs, prepositions: 新建滚泉站, 预留秭归站)
BEFORE_NAME = words("lac_tags", "tag", role="bounds_a_name") | words("lac_tags", "tag", role="opens_a_name")
PLACE_KINDS = ("province", "city", "county")


def metro_stations(text: str, ms: list[Mention], tokens: list[tuple[int, int, str]]) -> list[Mention]:
    """The mentions, and the stations named with 站 in sentences about stations that no mention reads;
    ``tokens``: LAC's words and tags."""
    found = [s for w in STATION.finditer(text) if (s := _station_at(text, w.start(), ms, tokens))]
    if not found:
        return ms
    kept = [m for m in ms if not any(s.start <= m.start and m.end <= s.end for s in found)]
    return sorted(kept + found, key=lambda m: (m.start, -m.end))


def _known_station(m: Mention, end: int) -> bool:
    """Whether ``m`` is a station the gazetteer knows, ending at ``end`` (西安北站); not one read by its word
    after a name found elsewhere (新城站 of 西部新城站, named like a town far away)."""
    return m.kind == "station" and m.end == end and not m.place_id.startswith("ctx:")


def _station_at(text: str, k: int, ms: list[Mention], tokens: list[tuple[int, int, str]]) -> Mention | None:
    """The station whose 站 stands at ``k``, when its name is none of the mentions' and names no kind of
    station (加油站)."""
    a, z = bounded(text, k, k, SENTENCE_MARKS)
    run = NAME_RUN.search(text, a, k)
    if run is None or not CONTEXT.search(text, a, z):
        return None
    s = max(run.start(), text.rfind(STATION_CHAR, a, k) + 1)  # 自大学城站至西部新城站: from the one before
    s = max([s, *(m.end for m in ms if m.kind in LINE_KINDS and s <= m.end <= k)])  # 陇海铁路圃田站
    lead = LEAD.match(text, s, k)
    s = lead.end() if lead else s
    s = max([s, *(b for a, b, tag in tokens if s <= a and b <= k and tag in BEFORE_NAME)])
    name = text[s:k]
    if not name_like(name, 8) or GENERIC.search(name):
        return None
    # 成都西站, 串联西安北站: read already, or part of a longer name; one inside it and shorter is a word of
    # the station's name (清江 of 清江西路站, 新城站 of 西部新城站)
    if crosses(ms, s, k + 1) or any((m.start, m.end) == (s, k + 1) or _known_station(m, k + 1) for m in ms):
        return None
    city = next((m for m in reversed(ms) if m.kind in PLACE_KINDS and a <= m.start < s and m.lon), None)
    note = "a station named with 站 in a sentence about stations; not in the gazetteer"
    if city is None:
        return Mention.unlocated(text, s, k + 1, "station", note=f"{note}, not located")
    return Mention.at(
        city,
        s,
        k + 1,
        text[s : k + 1],
        text[s : k + 1],
        "station",
        city.precision_m,
        note=f"{note}, located at {city.name_zh}",
    )
