"""Features the gazetteer lacks located in the unit the text itself puts them in: the unit written right
before the name (深圳市光明区公明水库 in 光明区) or right after a verb of location (沙河水库位于溧阳县 in
溧阳县; 某核电项目位于福鼎市太姥山镇 in that town). A pure function over the mentions and the gazetteer."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from geo.gazetteer import ADMIN_SUFFIX, Gazetteer, Place, short_name
from geo.lexicon import marks, rule_pattern, rules
from geo.mention import Mention
from geo.stems import POINT_KINDS, STEM_PRECISION_M, located_note

LOCATING = re.compile(rule_pattern("located_in"))
"""A few words and a verb of location after a feature's name (位于, 地处, 在): data/lexicon/rule_words.csv."""
HOLDING = re.compile(rule_pattern("holds_before"))
"""A verb of having between a county or town and the feature after it: data/lexicon/rule_words.csv."""
UNITS = ("province", "city", "county", "town")
LOCAL_UNITS = ("county", "town")
"""The units whose sentence's unlocated features :func:`placed_by_sentence` places in them."""
TEXT_FEATURE = "ctx:"
CHINA = "iso:CN"
"""The id of a feature the text names and the gazetteer lacks (``ctx:`` and its name, or none): only these are
placed by the words around them; a river or a range the gazetteer knows keeps its own geometry."""
LOCATED_AT = re.compile("[;,] located (?:at|in) [^;]*")
"""Where a feature's note says it was placed before (by its name's unit), replaced when it is moved."""


def placed_by_text(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """Every point feature without a point that a located unit is written right before, or right after a verb
    of location after it, is located in the last unit of that run (湖北省武汉市 → 武汉市), as precise as
    that unit's spread; one located in a unit the verb's run lies inside is moved there (宁德核电项目,
    placed at 宁德市 by its name, 位于福鼎市: at 福鼎市); a feature of any kind the text names, placed by a
    name of its own outside the unit written right before it, is moved into that unit (:func:`_elsewhere`);
    a county written after its parent is that parent's first (:func:`units_under_parents`)."""
    ms = units_under_parents(ms, g)
    units = [m for m in ms if m.kind in UNITS and m.lon is not None]
    by_start, by_end = {m.start: m for m in units}, {m.end: m for m in units}
    out = []
    for m in ms:
        before = by_end.get(m.start)
        if m.kind in POINT_KINDS and (not m.place_id or m.place_id.startswith(TEXT_FEATURE)):
            verb = LOCATING.match(text, m.end)
            unit = _last_of_run(by_start, verb.end()) if verb else None
            if unit is not None and (m.lon is None or _inside(unit, m)):
                m = placed_in(m, unit, g, "after a verb of location")
            elif before is not None and (m.lon is None or _elsewhere(before, m)):
                m = placed_in(m, before, g, WRITTEN_BEFORE)
            elif _unplaced_feature(m) and (holder := _holder(text, m, by_end)) is not None:
                m = placed_in(m, holder, g, "a verb of having after it")
        elif m.place_id.startswith(TEXT_FEATURE) and before is not None and _elsewhere(before, m):
            m = placed_in(m, before, g, WRITTEN_BEFORE)  # a wetland, a zone
        out.append(m)
    return out


WRITTEN_BEFORE = "written right before it"
"""How a note says a feature's unit was found: written right before its name."""


def _holder(text: str, m: Mention, by_end: dict[int, Mention]) -> Mention | None:
    """The county or town written right before a verb of having that ends where ``m`` starts, if any."""
    for j in range(max(0, m.start - HOLDING_REACH), m.start):
        u = by_end.get(j)
        if u is not None and u.kind in LOCAL_UNITS and HOLDING.fullmatch(text, j, m.start):
            return u
    return None


HOLDING_REACH = 12
"""The most characters a verb of having and its words may take between a unit and the feature it holds."""


IN_ONE_COUNTY = rules("placed_by_sentence")
"""The kinds and names of features :func:`placed_by_sentence` may place (data/lexicon/rule_words.csv)."""
ELSEWHERE = re.compile(rule_pattern("elsewhere_between"))
"""Words between a county and a feature that say the feature is elsewhere (赴, 参观, 召开):
data/lexicon/rule_words.csv."""
# What separates a list's items (、): data/lexicon/list_marks.csv.
SEPARATOR = marks("separator")
# What right after a feature says the units next tell where it lies (隶属于): data/lexicon/rule_words.csv.
WHEREABOUTS_AFTER = re.compile(rule_pattern("whereabouts_after"))
SENTENCE_END = re.compile("[" + "".join(marks("sentence")) + "\n]")
"""What ends the stretch of text whose one unit places the features in it (。；！ and a line's end)."""


def placed_by_sentence(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """A point feature still without a point, in a sentence whose units are all one county, its towns or
    the city and province it lies in, one of the county's or towns' before it (位于某县的野三坡…拥有百里峡),
    is located at the last of those before it, as imprecise as that unit's spread: a local text names the
    features of its one county. With none before it, the one city of the sentence written before it
    (长沙市新建某纪念馆), as imprecise as the city; else the last of the county's units written after it
    when a whereabouts word or a comma follows it (十八洞村隶属于花垣县双龙镇)."""
    ends = [e.start() for e in SENTENCE_END.finditer(text)] + [len(text)]
    located: dict[int, list[Mention]] = {}
    for u in ms:
        if u.lon is not None and (u.kind in UNITS or (u.kind == "country" and u.place_id != CHINA)):
            # a country other than China: the sentence is about more than one county
            located.setdefault(bisect.bisect_left(ends, u.start), []).append(u)
    out = []
    for m in ms:
        near = located.get(bisect.bisect_left(ends, m.start), []) if _unplaced_feature(m) else []
        before = _written_before(text, near, m, LOCAL_UNITS)
        if before and all(holds(u.adcode, before[-1].adcode) for u in near):
            m = placed_in(m, before[-1], g, "its sentence names, the only county it names")
        elif not before and (cities := _city_before(text, near, m)) is not None:
            m = placed_in(m, cities, g, "its sentence names, the only city it names")
        elif not before and near and WHEREABOUTS_AFTER.match(text, m.end):
            after = [u for u in near if u.kind in LOCAL_UNITS and u.start >= m.end]
            if after and all(holds(u.adcode, after[-1].adcode) for u in near):
                m = placed_in(m, after[-1], g, "the units written right after it, one county's")
        out.append(m)
    return out


def _written_before(text: str, near: list[Mention], m: Mention, kinds: tuple[str, ...]) -> list[Mention]:
    """The units of ``kinds`` of the sentence written before ``m`` that may say where it lies: not one that
    opens another list item nor one that goes or meets elsewhere."""
    return [
        u
        for u in near
        if u.kind in kinds
        and u.end <= m.start
        and not _own_item(text, u, m)
        and not ELSEWHERE.search(text, u.end, m.start)
    ]


def _city_before(text: str, near: list[Mention], m: Mention) -> Mention | None:
    """The last city written before ``m`` when every unit of the sentence lies in it or holds it."""
    before = _written_before(text, near, m, ("city",))
    if before and all(holds(u.adcode, before[-1].adcode) or holds(before[-1].adcode, u.adcode) for u in near):
        return before[-1]
    return None


def holds(adcode: str, county: str) -> bool:
    """Whether the unit of ``adcode`` is ``county`` or a province or city it lies in (a place abroad, with
    none, is in no county)."""
    return bool(adcode) and county.startswith(_prefix(adcode) or adcode)


def _prefix(adcode: str) -> str:
    """The start every adcode inside a province's or a city's shares ('' for a county's)."""
    return adcode[:2] if adcode.endswith("0000") else adcode[:4] if adcode.endswith("00") else ""


def _own_item(text: str, u: Mention, m: Mention) -> bool:
    """Whether the unit ``u`` opens an item of a 、-list before ``m``'s (…工程、清水河县林业工程、某公园):
    it says where that item is, not where the sentence's other items are."""
    return text[u.start - 1 : u.start] == SEPARATOR and SEPARATOR in text[u.end : m.start]


def _unplaced_feature(m: Mention) -> bool:
    """A feature the gazetteer lacks, of a kind and name one county holds (data/lexicon/rule_words.csv,
    placed_by_sentence: no mountain, river or sea), that has no point yet."""
    return (
        m.lon is None
        and (not m.place_id or m.place_id.startswith(TEXT_FEATURE))
        and any(kind == m.kind and re.fullmatch(rx, m.surface) for rx, kind in IN_ONE_COUNTY)
    )


FUSED_KINDS = ("port", "park", "airport", "station", "energy")
"""Kinds of facility and zone a province's short form right before it belongs to the name of: a power
station's (辽宁红沿河核电站) too, as the probes' annotators of real text read it 19 times in 20, not a
line's."""
STATION_UNITS = ("city", "county")
"""Kinds of unit whose name, written right before a station of theirs, belongs to its name (镇江市丹徒站)."""
UNIT_IN_FULL = re.compile(rule_pattern("unit_in_full_first"))
"""A city or a county written in full opening a facility's name: then the province before it stays apart
(data/lexicon/rule_words.csv)."""
LINE_STOPS = frozenset(marks("stop") + marks("chain_stop"))
"""The marks between a line's stops (data/lexicon/list_marks.csv): a name holding one is a line's."""


# 河北唐山港, 四川达州金垭机场: apart; 广西凭祥重点开发开放试验区, 甘肃玉门抽水蓄能电站: one name
UNIT_NAMED_KINDS = ("port", "airport", "station")
"""Kinds of facility whose name, opening with its city's or county's name, leaves a province's short form
before it apart, as the probes' annotators of real text read it 31 times in 32 outside the municipalities
(probes 202-461); a zone's or a power station's name does not."""


def _opens_with_unit(g: Gazetteer, prev: Mention, m: Mention) -> bool:
    """Whether ``m``'s name opens with the name of the city or county it lies in, ``prev`` being a province
    that is no municipality (北京大兴国际机场 stays one name)."""
    if m.kind not in UNIT_NAMED_KINDS or len(m.adcode) != 6 or m.adcode.endswith("0000"):
        return False
    twin = g.by_adcode(prev.adcode[:2] + "0100")  # a municipality's city bears the province's name
    if twin is None or twin.name_zh == prev.name_zh:
        return False
    units = (g.by_adcode(m.adcode), g.by_adcode(m.adcode[:4] + "00"))
    names = {n for u in units if u is not None for n in (u.name_zh, short_name(u.name_zh)) if n}
    return any(m.surface.startswith(n) for n in names)


def _fuses(prev: Mention, m: Mention, g: Gazetteer) -> bool:
    """Whether the unit ``prev``, written right before ``m``, belongs to its name (fused_provinces)."""
    if prev.end != m.start or not prev.adcode:
        return False  # 越南芒街口岸: a country (no adcode) stays apart, as annotators write it 27 to 1
    if prev.kind in STATION_UNITS:  # 杭州市桐庐东站: a unit written in full stays apart
        return (
            m.kind == "station"
            and m.adcode.startswith(_prefix(prev.adcode) or prev.adcode)
            and not prev.written_in_full()
        )
    return (
        prev.kind == "province"
        and not prev.written_in_full()
        and not ADMIN_SUFFIX.search(prev.surface)  # 宁夏自治区 (an alias with its unit word) stays apart
        and m.kind in FUSED_KINDS
        and not (
            m.kind == "energy" and (LINE_STOPS.intersection(m.surface) or m.place_id.startswith("line:"))
        )
        and (m.adcode[:2] in ("", prev.adcode[:2]) or m.place_id.startswith(TEXT_FEATURE))
        and not UNIT_IN_FULL.match(m.surface)
        and not _opens_with_unit(g, prev, m)
    )


def fused_provinces(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """A province written by its short form right before a facility or a zone of it is part of that name, as
    plans write and annotators read them (examples: tests/test_whereabouts.py), and so is a city or county
    right before a station of its own; the facility keeps its place. A province, a city or a county written
    in full stays a mention of its own."""
    out: list[Mention] = []
    for m in ms:
        prev = out[-1] if out else None
        if prev is not None and _fuses(prev, m, g):
            out.pop()
            name = text[prev.start : m.end]
            own = m.place_id.startswith(TEXT_FEATURE) or not m.place_id
            m = replace(
                m,
                start=prev.start,
                surface=name,
                name_zh=name if own else m.name_zh,
                place_id=f"{TEXT_FEATURE}{name}" if own else m.place_id,
            )
            if m.adcode and m.adcode[:2] != prev.adcode[:2]:
                # 江西饶河源…湿地公园: a stem's namesake in another province placed it; the province is sure
                m = Mention.at(prev, m.start, m.end, name, name, m.kind, prev.precision_m, note=m.note)
        out.append(m)
    return out


def municipal_features(ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """A feature placed at a municipality (北京, 天津, 上海) lies in its prefecture-level city (北京市,
    110100), the unit an analyst filters a city's features by; the municipality itself stays the province."""
    out = []
    for m in ms:
        twin = g.by_adcode(m.adcode[:2] + "0100") if m.adcode.endswith("0000") else None
        if twin is not None and m.kind in POINT_KINDS and (twin.lon, twin.lat) == (m.lon, m.lat):
            m = replace(m, adcode=twin.adcode)
        out.append(m)
    return out


def units_under_parents(ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """A county written right after a province or city it does not lie in is that parent's county of the
    same name (南京鼓楼区 and 福州鼓楼区, read once as one written form: 福州 + 鼓楼区 is 350102)."""
    out = list(ms)
    for k in range(1, len(out)):
        parent, m = out[k - 1], out[k]
        if m.kind != "county" or parent.end != m.start or parent.kind not in ("province", "city"):
            continue
        if not parent.adcode or m.adcode.startswith(_prefix(parent.adcode)):
            continue
        own = [
            p for p in g.candidates(m.surface) if p.level == 3 and p.adcode.startswith(_prefix(parent.adcode))
        ]
        if len(own) == 1:
            out[k] = Mention.of(
                own[0], m.start, m.end, m.surface, "county", note="the unit written before it"
            )
    return out


def _last_of_run(by_start: dict[int, Mention], at: int) -> Mention | None:
    """The last of the units written one right after another from ``at`` (湖北省武汉市): None if none starts
    there."""
    unit = by_start.get(at)
    while unit is not None and unit.end in by_start:
        unit = by_start[unit.end]
    return unit


def _elsewhere(unit: Mention, m: Mention) -> bool:
    """Whether a feature placed by a name of its own that no unit's is lies outside the unit written right
    before it and not around it either (富源小海子: not the 小海子 of Xinjiang): the name is another place's.
    One placed at a unit named in it stays (准（格尔）托（克托）清（水河）工业园区 is at 清水河县)."""
    at = LOCATED_AT.search(m.note)
    by_unit = at is not None and ADMIN_SUFFIX.search(at.group().rstrip(";, "))
    return not by_unit and not holds(m.adcode, unit.adcode) and not holds(unit.adcode, m.adcode)


def _inside(unit: Mention, m: Mention) -> bool:
    """Whether ``unit`` lies inside the province or city a located feature was placed at, and is smaller."""
    prefix = _prefix(m.adcode)
    return bool(prefix) and unit.adcode != m.adcode and unit.adcode.startswith(prefix)


def placed_in(m: Mention, unit: Mention, g: Gazetteer, how: str) -> Mention:
    """``m`` located in ``unit``, as precise as the unit's spread and no closer than a site placed by its
    name's unit (:data:`geo.stems.STEM_PRECISION_M`), its note saying how."""
    p = g.places.get(unit.place_id)
    return replace(
        m,
        place_id=m.place_id or f"ctx:{m.surface}",
        adcode=unit.adcode,
        lon=unit.lon,
        lat=unit.lat,
        precision_m=max(unit.precision_m or 0.0, p.spread_m if p else 0.0, STEM_PRECISION_M),
        coord_source=unit.coord_source,
        note=located_note(
            LOCATED_AT.sub("", m.note).rstrip("; "), f"located in {unit.name_zh}, the unit {how}"
        ),
    )


def at_place(m: Mention, p: Place, how: str, precision_m: float | None = None) -> Mention:
    """``m``, named as the text names it, at the point of the place ``p`` (an airport, a town), no closer than
    ``precision_m`` (else ``p``'s own precision), its note saying it was moved there and ``how``."""
    note = located_note(LOCATED_AT.sub("", m.note).rstrip("; "), f"located at {p.name_zh}, {how}")
    return replace(
        m,
        adcode=p.adcode,
        lon=p.lon,
        lat=p.lat,
        precision_m=p.precision_m if precision_m is None else precision_m,
        coord_source=p.coord_source,
        note=note,
    )
