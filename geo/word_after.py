"""The feature word after a gazetteer match: which place the match stands for given the words around it (黑河
+ 水系: the river; 科尔沁 + 物流园区: the district) and the kind, precision and end of that word. Used by
:mod:`geo.matching`.
"""

from __future__ import annotations

import re

from geo.features import NAMED_AFTER, kind_after
from geo.gazetteer import ADMIN_SUFFIX, Gazetteer, Place, city_like_kind
from geo.lexicon import rule_pattern
from geo.lines import SEPARATORS
from geo.raw_matching import AREA_WORDS, LAKE_ENDING, LAKE_STEM, NAMED_PORT

NATURE_AFTER = re.compile(rule_pattern("nature_after"))
# The word after a port written with its own word that names its zone (口岸 + 经济区): rule_words.csv.
PORT_ZONE = re.compile(rule_pattern("port_zone_after"))
# The subkind the gazetteer gives a region named by its cities' initials (data/gazetteer/curated.csv)
CHAIN_SUBKIND = "城市链"
NATURE_BEFORE = re.compile(f"(?:{rule_pattern('nature_before')})$")
"""Words around a name shared by a city and the river or mountain it is named after that make it the river or
the mountain (data/lexicon/rule_words.csv)."""


def word_after(
    text: str, g: Gazetteer, match: tuple[int, int, str, str], place: Place, starts: set[int]
) -> tuple[Place, str, float, int]:
    """The place a match stands for given the feature word after it, and that word's kind, precision and end
    (``""`` and the match's end when none)."""
    s, e, surface, name = match
    if place.kind in ("landform", "water", "region"):
        # 科尔沁综合物流园区 is in 科尔沁区, not on the sandy land
        place = _named_after(text, g, match, starts, ("city", "county"), ("port", "park")) or place
    elif place.kind in ("city", "county", "province"):
        # 黑河水系, 牡丹江畔, 登黄山, 黑龙江北岸: the river or the mountain the unit is named after
        nature = NATURE_AFTER.match(text, e) or NATURE_BEFORE.match(text, max(0, s - 1), s)
        natural = [c for c in g.candidates(name) if c.kind in ("water", "landform")] if nature else []
        place = (natural[0] if len(natural) == 1 else None) or (
            _named_after(text, g, match, starts, ("water",), ("water", "region")) or place
        )
    # 宁波舟山港世界一流强港: the port is named
    named_port = place.kind == "port" and NAMED_PORT.search(surface) and not PORT_ZONE.match(text, e)
    kind_ctx, prec, e2 = (
        kind_after(text, e, city_like_kind(place), starts)
        if place.kind in NAMED_AFTER + ("port", "park") and not named_port
        else ("", 0.0, e)
    )
    if (
        (kind_ctx in ("energy", "rail", "road", "region") and text[s - 1 : s] in SEPARATORS)
        or (kind_ctx and (_unit_at(text, e, g) or _cuts_a_unit(text, e, e2, g)))
        or (kind_ctx == place.kind and surface.endswith(text[e:e2]))
        or (
            kind_ctx == place.kind == "region"
            and (_chain_written(place, surface) or surface.endswith(AREA_WORDS))
        )
        or (
            kind_ctx == "water"
            and e2 - e <= 2
            and (place.level == 1 or (place.level <= 3 and ADMIN_SUFFIX.search(surface)))
        )
    ):
        # 建平-赤峰天然气管道, 西宁—海东都市圈: the last of a chain, which carries the word for all;
        # 九江市湖口县: the word starts the next unit's full name; 广东河源: its short name;
        # 长汀县河田镇, 吴川县河角, 河南河务局: no river is named after a province or a unit written in full;
        # 万峰湖湖区: a lake's own word again starts the next word; 呼包鄂乌城市群, 东北地区城市群: the
        # cities of a chain or an area (after any other region, 南疆城市群, the word names a region)
        kind_ctx, e2 = "", e
    if not kind_ctx and surface.endswith(LAKE_STEM) and text[e : e + 1] == LAKE_ENDING:
        # 察汗淖 (a town) + 尔: the lake
        kind_ctx, prec, e2 = "water", 30000.0, e + 1
    if kind_ctx == "port" and (zone := PORT_ZONE.match(text, e2)):
        kind_ctx, e2 = "park", zone.end()  # 临高金牌港 + 开发区: the port's zone
    return place, kind_ctx, prec, e2


def _unit_at(text: str, e: int, g: Gazetteer) -> bool:
    """Whether a county's, city's or province's full official name starts at ``e`` (湖口县 after 九江市)."""
    return any(p.level <= 3 for k in range(3, 9) for p in g.in_full(text[e : e + k]))


def _cuts_a_unit(text: str, e: int, e2: int, g: Gazetteer) -> bool:
    """Whether a city's or county's short name starts at ``e`` and runs past ``e2`` (广东 + 河源)."""
    return any(p.level <= 3 for k in range(e2 - e + 1, 4) for p in g.candidates(text[e : e + k]))


def _named_after(
    text: str,
    g: Gazetteer,
    match: tuple[int, int, str, str],
    starts: set[int],
    kinds: tuple[str, ...],
    words: tuple[str, ...],
) -> Place | None:
    """The other place of the match's name, of one of ``kinds``, that a feature word of one of ``words``
    after it names (黑河 + 水系: the river; 科尔沁 + 物流园区: the district)."""
    e = match[1]
    return next(
        (
            c
            for c in g.candidates(match[3])
            if c.kind in kinds and kind_after(text, e, c.kind, starts)[0] in words
        ),
        None,
    )


def _chain_written(place: Place, surface: str) -> bool:
    """Whether the match is a chain of cities' initials written as its own name (呼包鄂乌 before 城市群): the
    region word after it names the chain's cities, not a region of its own."""
    return place.subkind == CHAIN_SUBKIND and place.name_zh == surface
