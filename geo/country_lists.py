"""Countries written by one character in a list (``中、朝、俄三国``, ``日、韩等国``): a pure function over the
text, the mentions found so far and the gazetteer (data/lexicon/country_abbreviations.csv)."""

from __future__ import annotations

import re

from geo.gazetteer import Gazetteer
from geo.lexicon import marks, one, rule_pattern, table
from geo.mention import Mention
from geo.scan import in_runs

COUNTRY_ABBREVIATIONS = {r["abbr"]: r["iso2"] for r in table("country_abbreviations")}
_COUNTRY = "[" + "".join(COUNTRY_ABBREVIATIONS) + "]"
COUNTRY_LIST = re.compile(rf"(?<!{_COUNTRY}){_COUNTRY}(?:、{_COUNTRY})+({rule_pattern('countries_after')})")
"""Two or more one-character country names in a 、-list before a word of countries (中、朝、俄三国;
日、韩等国): data/lexicon/country_abbreviations.csv. Without that word such a list is too often something
else (中蒙、中俄 are pairs of countries, 蒙、俄、中亚 ends in a region, 吉、黑 are 吉林 and 黑龙江)."""


COUNTRIES_AFTER = re.compile(rule_pattern("countries_after"))
COUNTRY_RUN = re.compile(
    "["
    + "".join(COUNTRY_ABBREVIATIONS)
    + "、"
    + "".join(re.findall(r"[\u4e00-\u9fff]", COUNTRIES_AFTER.pattern))
    + "]*"
)
"""The characters of a list of one-character country names and of the word after it (geo.scan.in_runs)."""


OWN = one("character_sets", "chars", role="own_country")
TOWARD = one("character_sets", "chars", role="toward")
BEFORE_LIST = one("character_sets", "chars", role="function_first") + one(
    "character_sets", "chars", role="before_country_list"
)
"""Characters a list of one-character country names may follow right after (function characters, and
the characters of data/lexicon/character_sets.csv before_country_list)."""
# Three to six one-character country names written together before a count of countries or parties, a
# neighbour after a word of direction towards it (before a word of ties, or before any word for some), or
# neighbours written as one word (日韩) (rule_words.csv, countries_fused_after, country_toward_after,
# country_toward_any, fused_country_groups): those countries one by one, not the region a chain of them may
# name.
FUSED = re.compile(
    rf"{_COUNTRY}{{3,6}}(?={rule_pattern('countries_fused_after')})"
    rf"|(?<={TOWARD}){_COUNTRY}(?={rule_pattern('country_toward_after')})"
    rf"|(?<={TOWARD})(?:{rule_pattern('country_toward_any')})(?=[\u4e00-\u9fff])"
    rf"|{rule_pattern('fused_country_groups')}"
)


# 蒙、朝、韩、日组成的东北亚: a list of countries; 蒙、吉、黑 (provinces) is not
LONG_LIST = re.compile(
    rf"(?:(?<![\u4e00-\u9fff、])|(?<=[{BEFORE_LIST}])){_COUNTRY}(?:、{_COUNTRY}){{2,}}(?![\u4e00-\u9fff]?、)"
)
"""Three or more one-character country names in a list parted by enumeration commas, whatever follows."""
PROVINCES = frozenset(r["abbr"] for r in table("province_abbreviations"))
# 日、韩、东南亚国家; 俄、蒙、中亚: a list of one-character country names that goes on with a country or a
# region abroad
BEFORE_ABROAD = re.compile(rf"(?:(?<![\u4e00-\u9fff、])|(?<=[{BEFORE_LIST}])){_COUNTRY}(?:、{_COUNTRY})+、")
"""Two or more one-character country names in a list, before the list's next item."""


# China and a neighbour written together before their border or ties (中俄边境, 中越两国): the two countries,
# as the probes written to the current guide (202-285) annotate them 22 times to none (31 to 12 the other way
# in earlier probes written to another guide), a list of such pairs too: rule_words.csv, country_pair_after.
PAIR = re.compile(
    rf"{OWN}{_COUNTRY}(?=(?:[{marks('join')}]{OWN}{_COUNTRY})*(?:{rule_pattern('country_pair_after')}))"
)


def country_pairs(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """The mentions and the two countries of each pair of China and a neighbour (:data:`PAIR`) no mention
    reads."""
    out = list(ms)
    for w in PAIR.finditer(text):
        if any(m.start < w.end() and w.start() < m.end for m in ms):
            continue
        for i, c in enumerate(w.group(), w.start()):
            p = g.places[f"iso:{COUNTRY_ABBREVIATIONS[c]}"]
            out.append(Mention.of(p, i, i + 1, c, "country", note="China and a neighbour written together"))
    return out


# A one-character country name alone in brackets after a name, or before 境内 or 方 (rule_words.csv).
BESIDE = re.compile(rule_pattern("country_beside").replace("{abbr}", _COUNTRY))


def _beside_names(text: str, ms: list[Mention]) -> list[int]:
    """Where a one-character country name other than China's stands alone in brackets after a name
    (布拉戈维申斯克（俄）), before 境内 or 方 (（俄境内）, 俄方), or right before a place abroad
    (俄哈巴罗夫斯克)."""
    spots = [w.end() - 1 for w in BESIDE.finditer(text) if text[w.end() - 1] != OWN]
    abroad = [m.start - 1 for m in ms if m.kind != "country" and m.place_id and not m.adcode and m.start > 0]
    return spots + [i for i in abroad if text[i] in COUNTRY_ABBREVIATIONS and text[i] != OWN]


def _foreign(run: str) -> bool:
    """Whether two of a list's one-character names at least are no province's abbreviation, so that the list
    names countries, not provinces (data/lexicon/province_abbreviations.csv)."""
    return sum(c not in PROVINCES for c in run[::2]) >= 2


def _before_abroad(text: str, ms: list[Mention]) -> list[int]:
    """Where the one-character names of a list (:data:`BEFORE_ABROAD`) stand when a country or a region
    abroad (no Chinese unit: no adcode) is the list's next item and one name at least is no province's."""
    abroad = {m.start for m in ms if m.kind in ("country", "region") and m.place_id and not m.adcode}
    runs = [r for r in BEFORE_ABROAD.finditer(text) if r.end() in abroad]
    return [i for r in runs if any(c not in PROVINCES for c in r.group()[::2]) for i in range(*r.span(), 2)]


def country_lists(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """The mentions and a country for each item of a list of one-character country names
    (:data:`COUNTRY_LIST`) or of a counted run of them (:data:`FUSED`), at the country; characters already
    read as part of a longer name are left to it (a run's region gives way)."""
    fused = [w.span() for w in FUSED.finditer(text) if len(set(w.group())) == len(w.group())]
    ms = [m for m in ms if not (m.kind == "region" and (m.start, m.end) in fused)]
    taken = [(m.start, m.end) for m in ms]
    spots = [i for a, b in fused for i in range(a, b)]
    for run in in_runs(COUNTRY_LIST, text, COUNTRY_RUN, COUNTRIES_AFTER):  # tried only before 三国, 等国
        spots += range(run.start(), run.start(1), 2)
    if "、" in text:
        runs = [run for run in LONG_LIST.finditer(text) if _foreign(run.group())]
        spots += [i for run in runs for i in range(*run.span(), 2)]
        spots += _before_abroad(text, ms)
    spots += _beside_names(text, ms)
    out = []
    for i in sorted(set(spots)):
        p = g.places.get(f"iso:{COUNTRY_ABBREVIATIONS[text[i]]}")
        if p is not None and not any(a <= i < b for a, b in taken):
            note = "one-character country name in a list"
            out.append(Mention.of(p, i, i + 1, text[i], "country", note=note))
    return country_pairs(text, ms + out, g)
