"""Matching: each match of the gazetteer's names (:mod:`geo.raw_matching`) resolved into a mention: the place,
the feature the words after it name, or ``unresolved`` with the reason. Used by :mod:`geo.geoparse`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geo.abbreviations import ABBREVIATION
from geo.boundaries import ENDINGS, NOT_TAKEN, is_generic, kind_of_name
from geo.city_counties import one_city_counties
from geo.features import designated, kind_after
from geo.gazetteer import (
    ABROAD_LEVEL,
    CITY_SUFFIX,
    REGION_SUFFIX,
    TOWNSHIP_SUFFIX,
    Gazetteer,
    Place,
)
from geo.lexicon import marks, one, rule_pattern
from geo.lines import ends_a_line, names_a_section
from geo.listed import listed_counties
from geo.mention import Mention
from geo.raw_matching import (
    AREA_WORDS,
    BEFORE_TOWN,
    DISTRICT,
    FUNCTION_FIRST,
    GUARDS,
    PLAN_WORDS,
    PORT_ENDING,
    SUB_NAMED,
    WIDE_LANDFORMS,
)
from geo.resolve import AIRPORT_OF_CITY, city_airport, resolve, station_unit, written_under
from geo.scan import bounded
from geo.sights import a_sight
from geo.stems import ANCHOR_KINDS, FACILITIES, far_reaching
from geo.word_after import word_after


def matched_mentions(
    text: str,
    g: Gazetteer,
    raw: list[tuple[int, int, str, str]],
    named: set[tuple[int, int]],
    tagged: set[tuple[int, int]] = frozenset(),
    proper: set[tuple[int, int]] = frozenset(),
) -> list[Mention]:
    """The gazetteer's matches resolved, one mention each: a place, a feature named by the words after it
    (:func:`geo.features.kind_after`), or ``unresolved`` with the reason. ``named``: the spans LAC tags as
    place names standing alone; a county's short form far from the document's region is taken there all the
    same (珲春 alone), at any LAC place name or proper noun (``tagged``, ``proper``) in a province the text
    names, names units of or names a known sight, port or station of (福建省…长汀, 景洪 beside 昆明市, 康定
    before 海螺沟), and wherever else LAC reads the name as a proper noun (瑞丽境内) once so taken."""
    res = listed_counties(text, raw, resolve([name for _, _, _, name in raw], g, written_under(raw, g)), g)
    res = one_city_counties(text, raw, res, g)
    starts = {
        s
        for s, _, _, name in raw
        if res[name][0] is not None
        and res[name][0].kind in ("city", "county", "town", "province", "station", "airport")
    }
    # the provinces the text names or names units of; none: a text too short to say where it is
    provinces = {
        p.province_adcode
        for p, _, _ in res.values()
        if p is not None and (1 <= p.level <= 3 or p.kind in ANCHOR_KINDS)  # 海螺沟 after 康定
    }
    here = {
        (s, e, name)
        for s, e, _, name in raw
        if res[name][0] is None
        and res[name][2] in g.places
        and g.places[res[name][2]].level == 3
        and _county_here(
            text, (s, e, name), g.places[res[name][2]], (named, tagged | proper, provinces), starts
        )
    }
    here_names = {name for _, _, name in here}
    ms: list[Mention] = []
    for s, e, surface, name in raw:
        if ms and s < ms[-1].end:  # inside a feature the name before has become (包头九原物流园)
            continue
        place, score, runner = res[name]
        if place is not None and place.kind == "country" and not _beside_a_country(text, raw, res, g, (s, e)):
            place, runner = None, place.place_id  # 祁连山、黑山、合黎山: Montenegro only beside a country
        if place is not None and _not_this_place(text, g, s, e, surface, place):
            place, runner = None, place.place_id
        elif place is None and ((s, e, name) in here or (name in here_names and (s, e) in proper)):
            place = g.places[runner]
        elif place is None and _the_only_one_before_a_facility(text, g, (e, name), starts, provinces):
            place = g.places[runner]  # 朱日和风场: the only town of the name, far from the text's others
        elif place is None and ABBREVIATION.fullmatch(surface) and len(g.candidates(name)) == 1:
            place = g.places[runner]  # 涪（陵）: the bracket writes the only unit of the name in full
        if place is None:
            ms.append(_not_placed(text, (s, e, surface, name), runner, starts))
        else:
            ms += _unit_apart(
                _resolved(text, g, (s, e, surface, name), place, (score, runner), starts), place, e
            )
    return ms


NATURAL = ("water", "landform")
"""Kinds of a natural feature whose word of two characters or more after a name not placed here makes it
that feature (a channel named like a far county: :func:`_not_placed`)."""


def _not_placed(text: str, match: tuple[int, int, str, str], runner: str, starts: set[int]) -> Mention:
    """A name not placed here: the natural feature it and the feature word right after it name, unlocated
    (沙湾水道: a channel named like a county far away; not 滨海湿地, a class of wetland), else unresolved."""
    s, e, surface, name = match
    word, kind = next(((w, k) for w, k in ENDINGS if len(w) >= 2 and text.startswith(w, e)), ("", ""))
    if kind in NATURAL and (e + len(word)) not in starts and not is_generic(text[s : e + len(word)]):
        note = "named by its word; its name is not placed here, not located"
        return Mention.unlocated(text, s, e + len(word), kind, note=note)
    note = f"{NOT_TAKEN}: nearest candidate {runner} lies outside the plan's region"
    return Mention(s, e, surface, name, "unresolved", runner_up=runner, note=note)


def _the_only_one_before_a_facility(
    text: str, g: Gazetteer, at: tuple[int, str], starts: set[int], provinces: set[str]
) -> bool:
    """Whether the name ending at ``at`` (its end and name) has one place only in the gazetteer, a town in a
    province the text names units of, or in any when it names none, and a facility's word follows it
    (朱日和风场): the facility is there, however far from the text's other places."""
    e, name = at
    found = g.candidates(name)
    return (
        len(found) == 1
        and found[0].kind == "town"
        and (not provinces or found[0].province_adcode in provinces)
        and kind_after(text, e, "town", starts)[0] in FACILITIES
    )


def _county_here(
    text: str,
    match: tuple[int, int, str],
    county: Place,
    evidence: tuple[set[tuple[int, int]], set[tuple[int, int]], set[str]],
    starts: set[int],
) -> bool:
    """Whether a county's short form the resolver found far from the text's region is that county at this
    match all the same: LAC's standing name, its full name written (敦煌市区), a LAC place name in a
    province the text names or names units of, before a facility's word, or an end of a section or a line.
    ``evidence``: the standing names, LAC's place names and the provinces."""
    s, e, name = match
    named, tagged, provinces = evidence
    return (
        (s, e) in named
        or text.startswith(county.name_zh, s)
        or ((s, e) in tagged and county.province_adcode in provinces)
        or _names_a_facility(text, e, name, county, starts)
        or (name not in PLAN_WORDS and (names_a_section(text, s, e) or ends_a_line(text, s, e)))
    )


def _beside_a_country(text: str, raw: list, res: dict, g: Gazetteer, span: tuple[int, int]) -> bool:
    """Whether the country named at ``span`` is one: its name is no Chinese unit's, or another country is
    named in its clause (中国与塞尔维亚、黑山等国; not 祁连山、黑山、合黎山)."""
    name = text[span[0] : span[1]]
    if not any(p.level <= 3 for p in g.candidates(name)):
        return True
    a, b = bounded(text, span[0], span[1], CLAUSE_MARKS)
    others = [res[r[3]][0] for r in raw if a <= r[0] < b and r[3] != name]
    return any(p is not None and p.kind == "country" for p in others)


APART_KINDS = SUB_NAMED + ("water",)
"""Kinds whose own name a unit written in full before it stands apart from: facilities and water works."""


def _names_a_facility(text: str, e: int, name: str, county: Place, starts: set[int]) -> bool:
    """``丰宁抽水蓄能电站``, ``丰都栗子湾抽水蓄能电站``: a county's short form right before a facility's word
    (after a sub-name or not) is that county, far from the document's region as it may be; not a plan's
    verb (新建机场)."""
    kind = kind_after(text, e, county.kind, starts)[0]
    return kind in SUB_NAMED + ("energy",) and name not in PLAN_WORDS


def _unit_apart(m: Mention, place: Place, e: int) -> list[Mention]:
    """``宁明县爱店口岸``, ``黟县黄山风景区``, ``华容县团洲垸``: a unit written in full with its designation
    before a facility's or a water work's own name is a mention of its own, the facility (located in it)
    starts after it;
    ``腾冲猴桥口岸``, ``宁明县口岸``, ``芒市综合客运站`` stay one."""
    sub = m.surface[e - m.start :]
    if (
        m.kind not in APART_KINDS
        or e == m.end
        or not (
            designated(m.surface[: e - m.start], place.name_zh, place.kind)
            or (place.kind in ("city", "county") and a_sight(sub))
        )
        or kind_after(sub, 0, place.kind, {0})[2] == len(sub)
        or not kind_of_name(sub)  # 芒市综合客运站: a class of station, no name of its own
    ):
        return [m]
    unit = Mention.of(place, m.start, e, m.surface[: e - m.start], place.kind)
    return [unit, replace(m, start=e, surface=sub, name_zh=sub, place_id=f"ctx:{sub}")]


def _resolved(
    text: str,
    g: Gazetteer,
    match: tuple[int, int, str, str],
    place: Place,
    scored: tuple[float, str],
    starts: set[int],
) -> Mention:
    """A resolved match: the place, or the feature the words after it name (located at the place)."""
    s, e, surface, name = match
    score, runner = scored
    place, kind_ctx, prec, e2 = word_after(text, g, match, place, starts)
    if kind_ctx:
        suffix = text[e:e2]
        # 兰州中川国际机场, 西安北站: somewhere in the unit, not at its seat
        prec = max(prec, place.spread_m)
        if kind_ctx == "station":
            place, prec = station_unit(g, place, suffix) or (place, prec)
        elif kind_ctx == "airport" and AIRPORT_OF_CITY.fullmatch(suffix):
            place, prec = city_airport(g, surface) or (place, prec)
        note = f"suffix:{suffix}; located at {place.name_zh}"
        rest = _area_rest(text, e2, surface + suffix) if kind_ctx in ("landform", "water") else None
        if rest is not None:  # 图们江地区: the region around a feature named with its word
            kind_ctx, e2, suffix = "region", e2 + len(rest), suffix + rest
        found = Mention.at(
            place,
            s,
            e2,
            text[s:e2],
            surface + suffix,
            kind_ctx,
            max(place.precision_m, prec),
            score=score,
            runner_up=runner,
            note=note,
        )
        # 长江新区: somewhere along a river or a range, in no one unit of it
        return replace(found, adcode="") if kind_ctx in FACILITIES and far_reaching(place) else found
    kind = place.kind
    if kind == "park" and WATER_SIGHT.search(surface):
        kind = "water"  # 黄果树瀑布, 趵突泉: a scenic area written as the waterfall or spring it shows
    if kind == "town" and ISLAND_TOWN.search(surface) and surface != place.name_zh:
        kind = ISLAND  # 黑瞎子岛 for 黑瞎子岛镇: the island the town is named after
    if kind in ("landform", "water"):
        rest = _area_rest(text, e, surface)
        if (
            rest is not None
        ):  # 六盘山区, 三峡库区, 太行山 + 区: the region around the feature, drawn as the feature
            kind, e, surface = "region", e + len(rest), surface + rest
    if kind == "region" and text.startswith(REGION_SUFFIX, e) and not surface.endswith(REGION_SUFFIX):
        e, surface = e + len(REGION_SUFFIX), surface + REGION_SUFFIX
    if place.level == ABROAD_LEVEL and text.startswith(CITY_SUFFIX, e) and not CITY_WORD_ON.match(text, e):
        e, surface = e + len(CITY_SUFFIX), surface + CITY_SUFFIX  # 万象市: a city abroad written with 市
    if kind == "port" and surface.endswith(PORT_ENDING) and _district_word(text, e):
        e, surface = e + 1, surface + text[e]  # 洋浦港区, 洋山深水港区: the port's area, one port mention
    elif kind == "port" and surface.endswith(PORT_ENDING) and (entry := PORT_ENTRY.match(text, e)):
        e, surface = entry.end(), surface + entry.group()  # 关累港水运口岸: the harbour as a port of entry
    return Mention.of(place, s, e, surface, kind, score=score, runner_up=runner)


def _district_word(text: str, e: int) -> bool:
    """Whether 区 at ``e`` ends the word before it, not starting 区域, 区位… (match_guards.csv)."""
    return text[e : e + 1] == DISTRICT and text[e : e + 2] not in GUARDS["not_a_district"]


def _area_rest(text: str, e: int, surface: str) -> str | None:
    """What follows a landform or water written as an area: "" when its name ends with an area word
    (六盘山区), the rest of the word when the word begins in the name (太行山 + 区) or the whole word after
    the name (图们江 + 地区), None when it is no area (a plateau or a plain: 云贵高原地区)."""
    if surface.endswith(WIDE_LANDFORMS):
        return None
    for w in AREA_WORDS:
        for i in range(len(w), -1, -1):
            if surface.endswith(w[:i]) and text.startswith(w[i:], e):
                return w[i:]
    return None


CLAUSE_MARKS = marks("clause")
PORT_ENTRY = re.compile(rule_pattern("port_entry_after"))
"""A port of entry's word after a harbour's name (data/lexicon/rule_words.csv)."""
CITY_WORD_ON = re.compile(f"{CITY_SUFFIX}(?:{rule_pattern('city_word_on')})")
"""市 starting another word after a city abroad (市场, 市民: data/lexicon/rule_words.csv)."""
WATER_SIGHT = re.compile(f"(?:{rule_pattern('water_sight')})$")
"""The endings of a scenic area's written name that make it the water it shows (rule_words.csv)."""
ISLAND_TOWN = re.compile(f"(?:{rule_pattern('island_town')})$")
ISLAND = one("rule_words", "kind", rule="island_town")
"""A town's written short form ending so (黑瞎子岛) is the island, of this kind (rule_words.csv)."""


def _not_this_place(text: str, g: Gazetteer, s: int, e: int, surface: str, place: Place) -> bool:
    """Whether the words around a resolved match say it is not that place after all."""
    if place.kind == "town" and not TOWNSHIP_SUFFIX.search(surface) and s > 0 and text[s - 1] in BEFORE_TOWN:
        return True  # 西巴彦花 is not 巴彦花: a town's short form with a prefix is another name
    if (
        place.level == 2
        and len(surface) == 2
        and _district_word(text, e)
        and surface + DISTRICT not in g.names
    ):
        return True  # 支流河源区 is where rivers rise, not 河源市: a city is not written X区
    if (
        place.level == 3
        and len(surface) == 2
        and surface != place.name_zh
        and surface not in g.exact
        and surface[0] in FUNCTION_FIRST
        and s > 0
        and "\u4e00" <= text[s - 1] <= "\u9fff"
    ):
        return True  # 机制和政策: 和 joins two words; 和政县 is not meant
    return False
