"""Companies named after natural features name no gorge or river; the places inside a document's title
(《…》) and titles, rankings, events and epithets opened by a country name no place (the words are
data/lexicon/rule_words.csv: organisation_word, title_after_place, quoted_title; the title's marks are
data/lexicon/list_marks.csv; examples in tests/test_geoparse_sights.py and the tables' notes). Pure
functions over the text and the mentions."""

from __future__ import annotations

import re

from geo.features import NOT_A_NAME
from geo.lexicon import marks, rule_pattern
from geo.lexicon import words as words_of
from geo.mention import Mention
from geo.sights import NATURE

ORGANISATION = re.compile(rule_pattern("organisation_word"))
ORGANISATION_END = re.compile(f"(?:{rule_pattern('organisation_end')})$")
GROUP_END = re.compile(f"(?:{rule_pattern('group_end')})$")
UNITS = ("province", "city", "county", "country")
# Kinds a product is not named after: lines, and countries of origin (甲国大米 names the country).
NOT_PRODUCTS = ("rail", "road", "energy", "country")
TITLE = re.compile(rule_pattern("title_after_place"))
QUOTED_TITLE = re.compile(rule_pattern("quoted_title"))
SPIRIT = re.compile(rule_pattern("spirit_after"))
# A phrase, a company or a list after a country (中国方案); an outlet or a product after a place
# (湖北日报讯, 阳澄湖大闸蟹): data/lexicon/rule_words.csv.
COUNTRY_WORD = re.compile(rule_pattern("country_word_after"))
MEDIA = re.compile(rule_pattern("media_after_place"))
PRODUCT = re.compile(rule_pattern("product_after_place"))
# The rest of an event's name after a unit (阿拉善英雄会): data/lexicon/rule_words.csv.
EVENT = re.compile(rule_pattern("event_after_unit"))
HISTORIC_EVENT = re.compile(rule_pattern("historic_event_after_unit"))
# The directions that name regions too (东北, 西北: data/lexicon/directions.csv).
DIRECTIONS = words_of("directions")
# The word after a place that makes it its people (中国人: data/lexicon/rule_words.csv).
PEOPLE = rule_pattern("people_after")
# LAC's tags of the longer words a direction's region inside names no region (东北虎: lac_tags.csv).
NO_REGION_TAGS = words_of("lac_tags", "tag", role="holds_no_region")
OPENING_QUOTE = "\u201c"
OPEN_TITLE, CLOSE_TITLE = marks("opens_title"), marks("closes_title")
TITLE_SPAN = re.compile(f"{OPEN_TITLE}[^{OPEN_TITLE}{CLOSE_TITLE}]*{CLOSE_TITLE}")
"""A document's title in its marks: data/lexicon/list_marks.csv."""


def not_in_organisations(text: str, ms: list[Mention], words: list[tuple[int, int, str]]) -> list[Mention]:
    """The mentions but the natural features written right before a company's word, the countries opening a
    title, a place a spirit is named after, the places inside a document's title (《…》), the units, rivers
    and countries inside the name of a company, a university, an institute, an agency, a congress or a paper,
    and the countries inside a group's (LAC's ``ORG`` words ending so; ``words``: LAC's words, none without
    the recognizer)."""
    titles = list(TITLE_SPAN.finditer(text))
    inside: dict[int, tuple[int, bool]] = {}  # a character of such a name: the name's end, and if a group's
    held = [(a, b) for a, b, tag in words if tag in NO_REGION_TAGS]
    people = {a for a, b, _ in words if text[a:b] == PEOPLE}
    for a, b, tag in words:
        group = tag == "ORG" and bool(GROUP_END.search(text, a, b))
        if group or (tag == "ORG" and ORGANISATION_END.search(text, a, b)):
            inside.update(dict.fromkeys(range(a, b), (b, group)))
    return [
        m
        for m in ms
        if not (m.kind in NATURE and ORGANISATION.match(text, m.end))
        and not _titled(text, m)
        and not SPIRIT.match(text, m.end)
        and not MEDIA.match(text, m.end)
        and not (m.kind not in NOT_PRODUCTS and PRODUCT.match(text, m.end))
        and not _an_event(text, m)
        and not _a_direction_inside(m, held)
        and m.end not in people
        and not _in_organisation(m, inside.get(m.start))
        and not any(t.start() < m.start and m.end < t.end() for t in titles)
    ]


def _in_organisation(m: Mention, name: tuple[int, bool] | None) -> bool:
    """Whether ``m`` lies inside the organisation's name its first character is in (``name``: its end and
    whether a group's): a country inside any, a unit or a river inside one that is no group's (a river
    commission's name, 某江水利委员会, names no river, as the probes' annotators read it; a mountain
    stays: the held-out set counts a reserve's bureau, 某山管理局, as its mountain)."""
    if name is None or m.end > name[0]:
        return False
    return m.kind == "country" or (m.kind in (*UNITS, "water") and not name[1])


def _a_direction_inside(m: Mention, held: list[tuple[int, int]]) -> bool:
    """Whether a region named by a direction (东北, 西北) lies inside a longer proper noun LAC reads (东北虎,
    西北电建: ``held``): a species, a company, no region."""
    return m.kind == "region" and m.surface in DIRECTIONS and _inside(m, held)


def _inside(m: Mention, spans: list[tuple[int, int]]) -> bool:
    """Whether ``m`` lies inside one of the longer ``spans``."""
    return any(a <= m.start and m.end <= b and b - a > m.end - m.start for a, b in spans)


def _an_event(text: str, m: Mention) -> bool:
    """Whether a Chinese unit opens an event's name (重庆英才大会) or names a historic event right before its
    word (遵义会议): the words up to the event's word are no clause; a country beside another in a fair's
    name stays (中国—蒙古国博览会, as the repository's sets read it)."""
    if m.kind not in ("province", "city", "county"):
        return False
    event = EVENT.match(text, m.end)
    return HISTORIC_EVENT.match(text, m.end) is not None or (
        event is not None and not NOT_A_NAME.search(event.group())
    )


def _titled(text: str, m: Mention) -> bool:
    """Whether a country opens a title, a ranking, an event or a quoted epithet."""
    if m.kind != "country":
        return False
    quoted = text[m.start - 1 : m.start] == OPENING_QUOTE
    return bool(
        TITLE.match(text, m.end)
        or COUNTRY_WORD.match(text, m.end)
        or (quoted and QUOTED_TITLE.match(text, m.end))
    )
