"""Units written in full before a park's own name: ``咸阳市旬邑县马栏大唐鹿野苑旅游度假区`` names 咸阳市,
旬邑县 and the resort 马栏大唐鹿野苑旅游度假区, which lies in 旬邑县. A unit's short form stays part of the
name (兰州新区, 三亚崖州湾科技城), and so does a full form before a class alone (咸阳市高新区 is one zone)
or before a name that repeats it (肥城市肥城桃中国特色农产品优势区).
A station's own name written after a unit in full (河西区东海路站, 龙岗区龙城站) or after a district's
short form (坪山沙田站) is split so too, where LAC reads the station's name as a word of its own (not
崇明区首个高铁站, 洪山广场站); a city's short form stays in it, as railway stations are named (洛阳龙门站).
A county written before the name of a lake or a mountain only LAC reads is one too (陵水新村潟湖).
A pure function over the mentions and the gazetteer."""

from __future__ import annotations

from dataclasses import replace

from geo.boundaries import LAC_NOTE, kind_of_name
from geo.gazetteer import Gazetteer, Place
from geo.lexicon import words
from geo.list_classes import a_class
from geo.mention import Mention
from geo.whereabouts import holds, placed_in

UNITS = ("province", "city", "county")
FULL_ENDINGS = tuple(
    sorted(
        words("unit_words", role="admin_suffix") | words("unit_words", role="prefecture_short"),
        key=len,
        reverse=True,
    )
)
"""What a unit's name written in full ends with, longest first (and the short word a prefecture may end
with): data/lexicon/unit_words.csv."""
NAME_TAGS = frozenset({"LOC", "ORG", "nz"})
"""LAC's tags of the word a station's own name must be, apart from the unit before it."""
LAC_FOUND = LAC_NOTE.partition(";")[0]
"""How the note of a name only LAC reads begins (geo.boundaries)."""
NATURAL = ("water", "landform")
"""Kinds whose names hold no unit's: a county written before an unknown one is a mention of its own."""
SPLIT_KINDS = ("park", "energy")
"""The kinds whose names are split so: parks, zones and resorts, and energy facilities with a place's name of
their own (a port or an airport takes its unit's name)."""


def units_before_names(ms: list[Mention], g: Gazetteer, words: list[tuple[int, int, str]]) -> list[Mention]:
    """Each park, station or unknown natural feature whose name starts with units (:func:`_units_before`)
    and goes on with a name of its own becomes those units and the feature named by the rest, located where
    it was (in the last unit)."""
    names = {(a, b) for a, b, t in words if t in NAME_TAGS}  # 河西区|东海路站: LAC reads the station apart
    places = {a for a, _, t in words if t == "LOC"}
    out: list[Mention] = []
    for m in ms:
        units = _units_before(m, g)
        cut = sum(len(name) for _, name in units)
        rest = m.surface[cut:]
        if not units or len(rest) < 2 or a_class(rest) or not _own_name(m, rest, units, names, places):
            out.append(m)
            continue
        at = m.start
        for p, name in units:
            out.append(
                Mention.of(
                    p, at, at + len(name), name, p.kind, note=f"written before the {m.kind}'s own name"
                )
            )
            at += len(name)
        feature = replace(m, start=at, surface=rest)
        unit = out[-1]  # 新宁县崀山, placed by the sentence elsewhere: in 新宁县
        out.append(
            feature
            if holds(unit.adcode, feature.adcode)
            else placed_in(feature, unit, g, "written before it")
        )
    return out


def _units_before(m: Mention, g: Gazetteer) -> list[tuple[Place, str]]:
    """The units a park's, a station's or an unknown river's or mountain's name starts with."""
    if m.kind in SPLIT_KINDS:
        return _leading_units(m.surface, g)
    if m.kind == "station":
        return _station_units(m, g)
    if m.kind in NATURAL and m.note.startswith(LAC_FOUND):  # 陵水新村潟湖: the county and the lagoon
        return _leading_units(m.surface, g) or next(
            ([(u[0], m.surface[:k])] for k in (3, 2) if len(u := _units_named(g, m.surface[:k])) == 1), []
        )
    return []


def _units_named(g: Gazetteer, name: str) -> list[Place]:
    return [p for p in g.candidates(name) if p.kind in ("city", "county")]


def _own_name(
    m: Mention, rest: str, units: list[tuple[Place, str]], names: set[tuple[int, int]], places: set[int]
) -> bool:
    """Whether the rest of a station's name is a word LAC reads (``names``); whether the rest of an energy
    facility's starts with a place name LAC reads (``places``: 共和县|塔拉滩光伏园区, not 嵩县|抽水蓄能电站);
    whether the rest of a park's is a name of its own: not the last unit's name again (肥城市肥城桃…优势区 is
    one name)."""
    if m.kind == "station":
        return (m.end - len(rest), m.end) in names
    if m.kind == "energy":
        return m.end - len(rest) in places
    if m.kind in NATURAL:
        return bool(kind_of_name(rest))  # a name and its word (新村潟湖); not 山水库 of 凤凰山水库
    unit = units[-1][1]
    stem = unit[: -len(next(e for e in FULL_ENDINGS if unit.endswith(e)))]
    return len(rest) >= 2 and not rest.startswith(stem)


def _station_units(m: Mention, g: Gazetteer) -> list[tuple[Place, str]]:
    """The units a station's name read by its word after a place (the note ``suffix:``…) starts with: units
    in full, or one county-level unit's short form (坪山 of 坪山沙田站); none for a city's short form."""
    own = m.note.partition(";")[0].removeprefix("suffix:") if m.kind == "station" else ""
    head = m.surface[: len(m.surface) - len(own)] if own and m.note.startswith("suffix:") else ""
    units = _leading_units(head + own, g) if head else []
    if units and sum(len(name) for _, name in units) == len(head):
        return units
    short = [p for p in g.candidates(head) if p.kind in UNITS] if head else []
    return [(short[0], head)] if len(short) == 1 and short[0].kind == "county" else []


def _leading_units(surface: str, g: Gazetteer) -> list[tuple[Place, str]]:
    """The units written in full, one after the other, that ``surface`` starts with (each within the one
    before it), the longest name first, with their written forms."""
    found: list[tuple[Place, str]] = []
    i = 0
    while True:
        k = next((k for k in range(len(surface) - 1, i + 1, -1) if _full_unit(surface[i:k], g, found)), 0)
        if not k:
            return found
        found.append((_full_unit(surface[i:k], g, found), surface[i:k]))
        i = k


def _full_unit(name: str, g: Gazetteer, before: list[tuple[Place, str]]) -> Place | None:
    """The one unit ``name`` writes in full (肃南县 for 肃南裕固族自治县), inside the unit before it if
    any."""
    end = next((e for e in FULL_ENDINGS if name.endswith(e)), "")
    # the name without its ending names the unit too (临夏 of 临夏州; not 温 of 温州, a short form), or the
    # name is the unit's own full name (澧县, 共和县: no short form of theirs is taken alone), unless it ends
    # in a zone's word too (滨海新区中心商务片区 is one name)
    cands = [
        p
        for p in g.candidates(name)
        if p.kind in UNITS
        and end
        and ((p.name_zh == name and not kind_of_name(name)) or p in g.candidates(name[: -len(end)]))
    ]
    if before:
        parent = before[-1][0].adcode.rstrip("0")
        cands = [p for p in cands if p.adcode.startswith(parent)]
    return cands[0] if len(cands) == 1 else None
