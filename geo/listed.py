"""Lists of neighbouring units are their own context: ``金寨、岳西、霍山`` are three counties of one corner of
Anhui although no province or city is named, ``锦州、朝阳`` is two cities although 朝阳 alone is an ordinary
word (朝阳产业). Pure functions over the text, the gazetteer's matches or the mentions found so far."""

from __future__ import annotations

import itertools
import re

from geo.crs import diameter_m, haversine_m
from geo.gazetteer import ABROAD_LEVEL, MUNICIPALITIES, TOWN_IN_FULL, Gazetteer, Place, bare_name
from geo.lexicon import alternation, marks, one
from geo.mention import Mention, joined_neighbours
from geo.raw_matching import DISTRICT

LIST_SPAN_KM = 400
"""The farthest apart the members of one 、-list may lie for its short county names to be taken
(金寨、岳西、霍山 lie within 120 km; 资源、合作、公安, three words that are also counties, lie 1,000 km and
more apart)."""
LIST_JOINS = tuple(marks("join"))
RUN_JOINS = LIST_JOINS + tuple(marks("stop"))
"""What joins the members of a run of short county names: a list's joins, or the stops of a corridor
(防城至东兴, 上思—峒中: two neighbours as well)."""
CITY_LIST_SPAN_KM = 800
"""How far from a prefecture listed beside it a prefecture named like a province or a river may lie
(辽源、牡丹江: 400 km; not 海南州 of Qinghai beside 海口)."""


CORE_WORDS = (DISTRICT, one("unit_words", role="county_level_city"))
"""The words of a district or a county-level city named like its prefecture: its core, not a county apart."""
TOWNS_IN_A_LIST = 3
"""How many towns written in full a list needs for the one county they all share to be theirs."""
UNKNOWN_ITEMS = re.compile(r"、(?:[\u4e00-\u9fff]{2,4}、){1,2}")
"""One or two items the gazetteer does not know between two it does (湖口、星子、都昌: 星子 is the former
name of 庐山市): the list goes on."""


def _lists(text: str, raw: list[tuple[int, int, str, str]]) -> list[list[int]]:
    """Runs of matches that follow each other with only a list's join between them (金寨、岳西和霍山), or
    unknown items (:data:`UNKNOWN_ITEMS`)."""
    runs: list[list[int]] = []
    for i, (s, _, _, _) in enumerate(raw):
        if i and (text[raw[i - 1][1] : s] in RUN_JOINS or UNKNOWN_ITEMS.fullmatch(text, raw[i - 1][1], s)):
            runs[-1].append(i)
        else:
            runs.append([i])
    return [r for r in runs if len(r) >= 2]


def listed_counties(text: str, raw: list[tuple[int, int, str, str]], res: dict, g: Gazetteer) -> dict:
    """Short county names that :func:`resolve` rejected for want of context, taken when they stand in one
    、-list with other places or short county names and one choice of their counties lies within
    ``LIST_SPAN_KM`` of every other member or in the province of every other member: a list of neighbouring
    counties, or of one province's counties (五常、庆安、方正、讷河), is its own context."""
    out = dict(res)
    for run in (part for r in _lists(text, raw) for part in _unit_runs(r, raw, res)):
        names = [raw[i][3] for i in run]
        # towns taken already (the only ones of their names) count among the list's towns too
        towns = [n for n in names if res[n][0] is None or res[n][0].kind == "town"]
        out.update(_towns_of_one_county(towns, g, res))
        anchors = [
            res[n][0] for n in names if res[n][0] is not None and res[n][0].kind in ("city", "county", "town")
        ]
        among_counties = _among_counties(names, res, g)
        counties = {
            n: [p for p in g.candidates(n) if p.kind == "county" and p.level == 3][:8]
            for n in names
            if res[n][0] is None or (among_counties and res[n][0].kind == "province")
        }
        loose = sorted({n for n in counties if counties[n]})  # 朱仙镇 a town: no county
        options = [counties[n] for n in loose]
        if not loose or len(anchors) + len(loose) < 2:
            continue
        best = min(itertools.product(*options), key=lambda ps: _spread(list(ps) + anchors))
        if _spread(list(best) + anchors) <= LIST_SPAN_KM * 1000:
            for n, p in zip(loose, best):
                out[n] = (p, 0.0, res[n][2])
    return out


def _among_counties(names: list[str], res: dict, g: Gazetteer) -> bool:
    """Whether the names of a list but those read as provinces are two or more counties, read so or not read
    for want of context (共和、贵南、泽库、河南四县: 河南 is then the county of that name, if one lies
    near)."""
    others = [n for n in names if res[n][0] is None or res[n][0].kind != "province"]
    return len(others) >= 2 and all(
        (res[n][0] is None and any(p.kind == "county" for p in g.candidates(n)))
        or (res[n][0] is not None and res[n][0].kind == "county")
        for n in others
    )


def _towns_of_one_county(names: list[str], g: Gazetteer, res: dict) -> dict:
    """泰达街道、塘沽街道、杭州道街道: towns written in full, three or more in one list, each of which has a
    namesake in one and the same county (and only one such county), are that county's towns (two common
    names, 城关镇、新华街道, share one county by chance)."""
    full = [n for n in names if TOWN_IN_FULL.search(n)]
    towns = {n: [p for p in g.candidates(n) if p.kind == "town"] for n in full}
    if len(full) < TOWNS_IN_A_LIST:
        return {}
    shared = set.intersection(*({p.adcode for p in ps} for ps in towns.values()))
    if len(shared) != 1:
        return {}
    (county,) = shared
    return {n: (next(p for p in ps if p.adcode == county), 0.0, res[n][2]) for n, ps in towns.items()}


def _unit_runs(run: list[int], raw: list[tuple[int, int, str, str]], res: dict) -> list[list[int]]:
    """A run cut at the items read as something other than a unit (橘子洲—岳麓山、解放垸: a mountain is no
    county's neighbour in a list of counties)."""
    parts: list[list[int]] = [[]]
    for i in run:
        place = res[raw[i][3]][0]
        if place is not None and place.kind not in ("province", "city", "county", "town"):
            parts.append([])
        else:
            parts[-1].append(i)
    return [p for p in parts if len(p) >= 2]


def _spread(places: list[Place]) -> float:
    """How far apart a list's members lie: 0 when they all lie in one province, else their diameter in m."""
    if len({p.province_adcode for p in places}) == 1:
        return 0.0
    return diameter_m(places)


ITEM_END = tuple(marks("join") + marks("clause") + marks("after_item"))
"""What may follow the last item of a list (朝阳建设, 朝阳和锦州, 朝阳等): a join, punctuation or a verb's
first character (data/lexicon/list_marks.csv)."""
ITEM_START = tuple(marks("join") + marks("clause"))
LEADING_VERB = re.compile("(?:" + alternation("plan_words", leads="yes") + ")$")
"""A verb after which a list starts (支持永定、南靖、华安): data/lexicon/plan_words.csv."""


def listed_waypoints(text: str, g: Gazetteer, ms: list[Mention]) -> list[Mention]:
    """A name the gazetteer keeps for corridors only because alone it is a word (朝阳, 中山, 大厂) is a unit
    when it stands as a whole item of a 、-list next to a placed unit and one of its units lies within
    ``LIST_SPAN_KM`` of it (the nearest, the higher level first): ``锦州、朝阳`` is 朝阳市; a township of the
    county of a town listed next to it: ``西递、宏村``."""
    out = list(ms)
    for _ in range(2):  # a name placed in one pass may place its neighbour in the next (三河、大厂、香河)
        placed = [m for m in out if m.lon is not None and m.kind in ("city", "county", "town")]
        taken = [(m.start, m.end) for m in out if m.kind != "unresolved"]
        heads = frozenset(m.end for m in out if m.kind in ("province", "city"))
        before = len(taken)
        for n in placed:
            for s0, e0 in _neighbours(text, n, heads):
                token = text[s0:e0]
                if token not in g.waypoint_names or any(a < e0 and s0 < b for a, b in taken):
                    continue
                units = [q for q in (g.places[i] for i in g.waypoint_names[token]) if q.level <= 3]
                p = (
                    nearest_unit(units, n, LIST_SPAN_KM * 1000)
                    or one_of_province(units, n, g)
                    or _town_of_county(g, token, n)
                )
                if p is not None:
                    out = [m for m in out if not (s0 <= m.start and m.end <= e0)]
                    out.append(Mention.of(p, s0, e0, token, p.kind, note=f"listed next to {n.name_zh}"))
                    taken.append((s0, e0))
        if len(taken) == before:
            break  # none placed: a second pass would read the same mentions and place none
    return sorted(out, key=lambda m: (m.start, -m.end))


def _town_of_county(g: Gazetteer, token: str, n: Mention) -> Place | None:
    """The one township of ``token``'s name in the county of the town ``n`` listed next to it (西递、宏村:
    two townships of 黟县), else None."""
    if n.kind != "town":
        return None
    same = [
        q for q in (g.places[i] for i in g.waypoint_names[token]) if q.level == 4 and q.adcode == n.adcode
    ]
    return same[0] if len(same) == 1 else None


def one_of_province(units: list[Place], n: Mention, g: Gazetteer) -> Place | None:
    """The one county among ``units`` in the province of ``n`` (芒市、河口: 600 km apart in Yunnan)."""
    home = g.places[n.place_id].province_adcode if n.place_id in g.places else None
    same = [p for p in units if p.level == 3 and p.province_adcode == home]
    return same[0] if len(same) == 1 else None


def nearest_unit(cands: list[Place], n: Mention, within_m: float) -> Place | None:
    """Among ``cands`` within ``within_m`` of the placed mention ``n``, the highest level,
    then the nearest."""
    near = [
        (p.level, d, p.place_id, p)
        for p in cands
        if (d := float(haversine_m(p.lon, p.lat, n.lon, n.lat))) < within_m
    ]
    return min(near, key=lambda t: t[:3])[3] if near else None


def _neighbours(text: str, n: Mention, heads: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """The spans of two or three characters that stand as whole list items
    right after or right before ``n``; an item before it may also start where a province or a city written
    before it ends (``heads``: 青海大通、门源)."""
    if "、" not in (text[n.end : n.end + 1], text[n.start - 1 : n.start]):
        return []  # no list mark next to it
    spans = []
    for size in (2, 3):
        a = n.end + 1
        if text[n.end : a] == "、" and text[a + size : a + size + 1] in ITEM_END and a + size <= len(text):
            spans.append((a, a + size))
        b = n.start - 1
        if (
            b - size >= 0
            and text[b : n.start] == "、"
            and (
                b - size == 0
                or text[b - size - 1] in ITEM_START
                or b - size in heads
                or LEADING_VERB.search(text, max(0, b - size - 4), b - size)
            )
        ):
            spans.append((b - size, b))
    return spans


def listed_cities(text: str, g: Gazetteer, ms: list[Mention]) -> list[Mention]:
    """A name read as a province or a river that also names a prefecture is that prefecture where it stands in
    a 、-list between prefectures (长春、哈尔滨、吉林; 辽源、牡丹江), a prefecture that also names one of its
    counties is that county between its counties (抚顺、新宾、清原), and a name held back that names a
    city abroad is that city beside another city abroad (加尔各答、达卡): the list says what kind of place its
    items are."""
    out = list(ms)
    for k, m in enumerate(out):
        abroad = _city_abroad(m, g)
        if abroad is not None and any(
            not x.adcode and x.place_id.startswith(abroad.place_id[:3])
            for x in joined_neighbours(out, k, text, ("city",), LIST_JOINS)
        ):
            out[k] = m.read_as(abroad, "city", "listed beside cities abroad")  # 加尔各答、达卡
            continue
        county = _county_of_its_city(text, out, k, g)
        if county is not None:
            out[k] = m.read_as(county, "county", f"listed between counties of one city; {county.name_zh}")
            continue
        if m.kind not in ("province", "water") or m.surface != text[m.start : m.end]:
            continue
        beside = joined_neighbours(out, k, text, ("city",), LIST_JOINS)
        cities = [
            p
            for p in g.candidates(m.surface)
            if p.kind == "city" and p.level == 2 and p.adcode[:2] not in MUNICIPALITIES
        ]
        if beside and cities:  # a municipality's own prefecture (北京 beside 天津) is the municipality
            p = nearest_unit(cities, beside[0], CITY_LIST_SPAN_KM * 1000)
            if p is not None:
                out[k] = m.read_as(p, p.kind, f"listed between prefectures; {p.name_zh}")
    return out


def _county_of_its_city(text: str, ms: list[Mention], k: int, g: Gazetteer) -> Place | None:
    """The county a city's short name also names in the city its neighbours lie in, when it stands in a
    、-list between counties of one city and no other city: in its own city (抚顺县 of 抚顺:
    抚顺、新宾、清原等县) but not the district or the city named like its prefecture, its core (克拉玛依区:
    独山子和克拉玛依 is the city; 喀什市), or in another (大同区 of 大庆: 红岗、大同两个区); else None."""
    m = ms[k]
    if m.kind != "city" or m.surface != bare_name(m.name_zh):
        return None
    counties = joined_neighbours(ms, k, text, ("county",), LIST_JOINS)
    if not counties or len({x.adcode[:4] for x in counties}) > 1:
        return None
    if joined_neighbours(ms, k, text, ("city", "province"), LIST_JOINS):
        return None
    city = counties[0].adcode[:4]
    # the city 大同 holds the short form of 大同区: the district is found by its full name
    named = g.candidates(m.surface) + g.candidates(m.surface + DISTRICT)
    own = [p for p in named if p.kind == "county" and p.adcode[:4] == city]
    return next((p for p in own if city != m.adcode[:4] or not p.name_zh.endswith(CORE_WORDS)), None)


def _city_abroad(m: Mention, g: Gazetteer) -> Place | None:
    """The city abroad a name not taken as a place here was nearest to (达卡, held back as a corridor's
    word), if it was one."""
    p = g.places.get(m.runner_up) if m.kind == "unresolved" else None
    return p if p is not None and p.kind == "city" and p.level == ABROAD_LEVEL else None
