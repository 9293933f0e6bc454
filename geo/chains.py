"""City chains of any region: ``兰白一体化``, ``京保石、京唐秦等发展轴``, ``哈大齐牡``, ``昌九一体化`` — two
to four characters, each the first character of a city (or its one-character abbreviation: 京, 昌, 蓉 …),
before a word that chains places (data/lexicon/chain_words.csv),
read as one region when the cities lie near each other."""

from __future__ import annotations

import itertools
import re

from geo.crs import diameter_m
from geo.features import COUNT, LEADS
from geo.gazetteer import Gazetteer, Place
from geo.lexicon import alternation, table, words
from geo.mention import Mention
from geo.recognizer import NAME_TAGS
from geo.scan import quick

WORD = quick(re.compile("(等?)(" + alternation("chain_words") + ")"))
LIST = re.compile(r"[\u4e00-\u9fff]{2,6}(?:、[\u4e00-\u9fff]{2,6})*")
"""The 、-list that ends right before a chaining word, read backwards from the word in the reversed text: one
match, where a search for a list ending at the word tries every start before it."""
NAMING = words("chain_words", part_of_name="yes")
"""Chain words that belong to the region's name when they follow one chain directly
(厦漳泉都市圈, 渝西地区)."""
SPAN_KM = 600
"""The farthest two cities of one chain may lie apart
(哈尔滨–…–牡丹江 and 齐齐哈尔 are about 560 km apart)."""
DIRECTIONS = set("东西南北中上下内外前后")
LEAD = re.compile(f"(?:{LEADS})")
COUNTED = re.compile(f"(?:{COUNT.pattern})[\u4e00-\u9fff]{{0,2}}$")
"""A count and at most two characters of modifiers before a chaining word (三大枢纽板块)."""


def _in_a_verb(text: str, s: int) -> bool:
    """Whether the character at ``s`` begins or continues a plan's verb or function word (共建淮海, 和沈大):
    no city's initial then."""
    return any(w.start() <= s < w.end() for w in LEAD.finditer(text, max(0, s - 3), s + 3))


def _initials(g: Gazetteer) -> dict[str, tuple[Place, ...]]:
    """Cities by the character a chain writes for them: prefecture-level cities, county-level cities (图们),
    municipalities by their first character, and the abbreviations of data/lexicon/city_abbreviations.csv."""
    out: dict[str, list[Place]] = {}
    for p in g.places.values():
        if p.place_id.startswith("adm:") and (
            p.level == 2
            or (p.level == 3 and p.name_zh.endswith("市"))
            or (p.level == 3 and p.adcode[2:4] == "90")  # 神农架林区
            or p.adcode in ("110000", "120000", "310000", "500000")
        ):
            if p.place_id not in {q.place_id for q in out.get(p.name_zh[0], [])}:
                out.setdefault(p.name_zh[0], []).append(p)
    for r in table("city_abbreviations"):
        out.setdefault(r["char"], []).insert(0, g.by_adcode(r["adcode"]))
    return {c: tuple(ps) for c, ps in out.items()}


def _chain(token: str, g: Gazetteer) -> tuple[Place, ...] | None:
    """The nearest-together cities whose characters spell ``token``,
    or None (worked out once a token and gazetteer)."""
    known = g.derived("initial_chains", lambda g: {})
    if token not in known:
        known[token] = _nearest_chain(token, g)
    return known[token]


def _nearest_chain(token: str, g: Gazetteer) -> tuple[Place, ...] | None:
    """The nearest-together cities whose characters spell ``token``, or None."""
    initials = g.derived("city_initials", _initials)
    if (
        set(token) <= DIRECTIONS
        or token[-1] in DIRECTIONS
        or COUNT.search(token)
        or any(c not in initials for c in token)
    ):
        return None
    choices = [
        ps
        for ps in itertools.product(*(initials[c][:12] for c in token))
        if len({p.place_id for p in ps}) == len(ps)  # 武鄂黄黄: 黄石 and 黄冈, never one city twice
    ]
    if not choices:
        return None
    # prefecture cities first, then the closest
    best = min(choices, key=lambda ps: (sum(p.level for p in ps), diameter_m(ps)))
    if diameter_m(best) > SPAN_KM * 1000:
        best = min(choices, key=diameter_m)
    return None if diameter_m(best) > SPAN_KM * 1000 else best


def national_chains(
    text: str, ms: list[Mention], g: Gazetteer, words: list[tuple[int, int, str]]
) -> list[Mention]:
    """A region for each chain of city initials in a 、-list before a chaining word, unless the gazetteer or a
    rule has read those characters, or LAC reads them as one ordinary word (中西部 is a direction). A mention
    that placed nothing (中江 inside 珠中江) does not stand in the way: see :func:`unplaced`."""
    covered = bytearray(len(text) + 1)  # characters some mention has read (a flag a character: linear time)
    for m in ms:
        # 京 read as the province inside 京保石 does not stand in the way
        if not unplaced(m) and m.end - m.start > 1:
            covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    common = {(s, e) for s, e, tag in words if tag not in NAME_TAGS}
    out = []
    back = text[::-1]
    initials = g.derived("city_initials", _initials)
    for w in WORD.finditer(text):
        counted = COUNTED.search(text, max(0, w.start() - 6), w.start())  # 宁镇扬、连徐淮宿三大枢纽板块
        stop = counted.start() if counted else w.start()
        end = stop - (text[stop - 1 : stop] == "\n")  # a list may end the line before
        before = LIST.match(back, len(text) - end, len(text) - max(0, stop - 40))
        if not before:
            continue
        pos = len(text) - before.end()
        for item in text[pos:end].split("、"):
            s, e = pos, pos + len(item)
            pos = e + 1
            if len(item) < 2 or item[-1] in DIRECTIONS or not all(c in initials for c in item[-2:]):
                continue  # every token below ends with these two characters: none is a chain (_nearest_chain)
            for k in range(max(0, len(item) - 4), len(item) - 1):  # the longest tail that reads as a chain
                token, s0 = item[k:], s + k
                if any(covered[s0:e]) or (s0, e) in common or token in g.names or _in_a_verb(text, s0):
                    continue
                cities = _chain(token, g)
                if cities:
                    # 厦漳泉都市圈, not 兰白一体化
                    whole = e == w.start() and not w.group(1) and w.group(2) in NAMING
                    out.append(
                        _mention(s0, w.end() if whole else e, text[s0 : w.end()] if whole else token, cities)
                    )
                    break
    return out


def unplaced(m: Mention) -> bool:
    """A mention that placed nothing — a feature guessed from its last word (珠中江 as a river) or a name
    judged not a place here (中江 inside 珠中江): a longer chain read over it replaces it."""
    return m.lon is None and (m.kind == "unresolved" or not m.place_id)


def _mention(s: int, e: int, token: str, cities: tuple[Place, ...]) -> Mention:
    return Mention.region_of(
        (s, e),
        token,
        [p.name_zh for p in cities],
        [(p.lon, p.lat, p.spread_m) for p in cities],
        note="city chain read from the initials of nearby cities: " + "、".join(p.name_zh for p in cities),
        group="|".join(p.place_id for p in cities),
    )
