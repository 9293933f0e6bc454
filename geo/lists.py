"""Lists of names that share one class word: ``霍尔果斯、阿拉山口、吐尔尕特等口岸``,
``吉隆、樟木、普兰、里孜口岸``, ``宁德、莆田、漳州等港区`` (data/lexicon/list_classes.csv). Pure functions
over the text and the mentions."""

from __future__ import annotations

import re
from dataclasses import replace

from geo.boundaries import ENDINGS, kind_of_name
from geo.features import LEAD_ANYWHERE, LIST_JOINS, name_like
from geo.gazetteer import Gazetteer
from geo.lexicon import alternation, marks, rule_pattern, words
from geo.lines import LINE_WORD
from geo.list_classes import a_class, an_item, kind_of_class, own_kind, takes_unknown_items
from geo.list_items import (
    FAR_FROM_LIST_KM,
    NEAR_LIST_KM,
    UNITS,
    city_like,
    distance_km,
    in_their_county,
    known_feature,
    listed_item,
    listed_unit,
    nearest_of,
    towns_named,
    unit_named,
)
from geo.list_starts import after_join, after_last_lead
from geo.mention import Mention, crosses
from geo.raw_matching import PORT_ENDING
from geo.regions import ETC
from geo.structure import count_value

FACILITIES = frozenset({"port", "airport", "station", "rail", "road", "energy"})
"""Kinds whose word an item may end with and stand apart from a list of another class (荆州港 before 机场)."""
FACILITY_WORDS = frozenset(e for e, kind in ENDINGS if kind in FACILITIES)
"""A facility's word standing alone (机场 among stations: the airport's stop, no name of its own)."""
WORKS_WORDS = words("project_words", use="works")
"""A works noun standing alone, no list's item: data/lexicon/project_words.csv, use works."""
AREAS = ("region", "landform", "water", "eco_zone")
"""Known areas a listed name may stand for (晋北 in a list of coal bases)."""
ITEM_SPLITS = frozenset(marks("join"))
"""What parts a list's items (、和及与: data/lexicon/list_marks.csv)."""
AREA_OF_PORT = re.compile(alternation("port_area_words"))
"""Class words that make a list's items areas of a port (港区, 作业区: data/lexicon/port_area_words.csv)."""
HARBOUR_KM = 200
"""How far from the port written before them a list's port areas may be located at places of their names."""


NOTE_OPENS, NOTE_CLOSES = marks("opens_note"), marks("closes_note")
NOTE_LONGEST = 8
"""The longest note in brackets an item may carry after its name, brackets included (a station's "existing" or
"not included": see :func:`_without_note`)."""


RANKED = re.compile(rule_pattern("list_modifier"))
"""A count or a word of rank opening a class word: data/lexicon/rule_words.csv (list_modifier)."""
SETTLEMENT_PART = re.compile(f"(?:{rule_pattern('settlement_part')})$")
"""A county seat or a city's urban area written as a list's item (巫山县城、巫山机场): no facility's name
(data/lexicon/rule_words.csv)."""


def _class_kind(w: re.Match) -> str:
    return kind_of_class(w.group(2))


def _clause_start(text: str, end: int) -> int:
    """Where the clause ending at ``end`` starts: after a clause mark or a bracket still open there (a note
    closed before ``end`` is part of an item: 长沙西（不含）、浏阳…车站)."""
    a = max(text.rfind(c, 0, end) for c in marks("clause") + "\n") + 1
    opened = max(text.rfind(c, a, end) for c in NOTE_OPENS)
    closed = max(text.rfind(c, a, end) for c in NOTE_CLOSES)
    return opened + 1 if opened > closed else a


def _without_note(text: str, s: int, e: int, starts: frozenset[int]) -> tuple[int, int]:
    """An item's span without the short note in brackets after its name (a station's "existing"); a note that
    names a place (the places an area spans) is kept, the item is no name of a site."""
    k = max(text.rfind(c, s, e) for c in NOTE_OPENS)
    if k > s and text[e - 1 : e] in NOTE_CLOSES and e - k <= NOTE_LONGEST and starts.isdisjoint(range(k, e)):
        return s, k
    return s, e


def _items(
    text: str, a: int, b: int, ends: frozenset[int] = frozenset(), starts: frozenset[int] = frozenset()
) -> list[tuple[int, int]]:
    """The 、-separated items of ``text[a:b]``, the first one cut after a leading verb or function word (one
    of a single character, not a join, only right after a name that ends at one of ``ends``: 延安市有枣园)."""
    spans, s = [], a
    for k in range(a, b + 1):
        if k == b or text[k] == "、":
            spans.append(_without_note(text, s, k, starts))
            s = k + 1
    lead = LEAD_ANYWHERE.match(text, spans[0][0], spans[0][1]) if spans else None
    if lead:
        spans[0] = (lead.end(), spans[0][1])
    if spans and not (lead and name_like(text[spans[0][0] : spans[0][1]])):
        # 黟县下辖宏村、…, 从上游至下游分别建设夹河、…: the first item starts after the last verb inside it
        cut = [
            k.end()
            for k in LEAD_ANYWHERE.finditer(text, *spans[0])
            if k.end() - k.start() >= 2 or (k.start() in ends and k.group() not in ITEM_SPLITS)
        ]
        if cut and name_like(text[cut[-1] : spans[0][1]]):
            spans[0] = (cut[-1], spans[0][1])
    for k in range(1, len(spans)):  # 改扩建甲机场、新建乙等机场: a verb opens a later item too
        lead = LEAD_ANYWHERE.match(text, *spans[k])
        if lead and lead.end() - lead.start() >= 2 and name_like(text[lead.end() : spans[k][1]]):
            spans[k] = (lead.end(), spans[k][1])
    return spans


def _harbour(text: str, start: int, out: list[Mention]) -> Mention | None:
    """The port written before a list of port areas in its sentence (天津港…主要由北疆、东疆、南疆…港区组成),
    whose areas the list's items are."""
    stop = max(text.rfind(c, 0, start) for c in marks("sentence")) + 1
    ports = [m for m in out if m.kind == "port" and stop <= m.start and m.end <= start and m.lon is not None]
    return next((m for m in reversed(ports) if m.surface.endswith(PORT_ENDING)), None)


# A character that makes one word with the join mark after it (以及): data/lexicon/list_marks.csv.
BEFORE_JOIN = marks("before_join")
DESCRIBING = marks("describing")
"""The mark between a class word and a line word that makes the line the items' own (the ports' sidings):
data/lexicon/list_marks.csv."""
COUNTED_LAST = re.compile(f"(?:{rule_pattern('counted_units')})$")
"""A count of units ending an item (data/lexicon/rule_words.csv, counted_units)."""


def _before_join(text: str, e: int) -> bool:
    """Whether the character before ``e`` makes one word with the join mark at ``e`` (以及)."""
    return text[e - 1 : e] in BEFORE_JOIN and text[e : e + 1] in LIST_JOINS


def _joined(text: str, span: tuple[int, int], out: list[Mention], k: int, n: int) -> list[tuple[int, int]]:
    """The ``k``-th of ``n`` items of a list, two items when it joins two names with 和 or 及: the last item
    (凯里黄平和荔波机场), or one inside after a feature's known name (甲、乌苏里江和三江、乙等; not 日喀则和平
    among airports; the first may join the list to the clause's object: 推进甲湿地和乙、丙保护区)."""
    last, inside = k == n - 1, 0 < k < n - 1
    s, e = span
    j = max(text.rfind("和", s, e), text.rfind("及", s, e))
    if j <= s or any(m.start == j for m in out) or not name_like(text[s:j], 6):
        return [span]
    if last or (
        inside and any((m.start, m.end) == (s, j) and m.kind not in ("province", *UNITS) for m in out)
    ):
        return [(s, j), (j + 1, e)]
    return [span]


def _list_spans(text: str, w: re.Match, out: list[Mention], g: Gazetteer) -> list[tuple[int, int]]:
    """The items of the 、-list before the class word ``w``, back to the start of its clause; [] if it is
    none. A first item that names a known feature with the class word (铜仁凤凰机场) is kept whole."""
    a = _clause_start(text, w.start())
    if not any(c in ITEM_SPLITS for c in text[a : w.start()]):
        return []  # one item only: no list (the cheapest test first)
    inside = [m for m in out if a <= m.start]
    spans = _items(text, a, w.start(), frozenset(m.end for m in inside), frozenset(m.start for m in inside))
    # 提升和田: a name the leading words seemed to swallow the start of
    whole = next((m for m in out if a <= m.start < spans[0][0] and m.end == spans[0][1]), None)
    if whole is not None:
        spans[0] = (whole.start, whole.end)
    spans = [part for k, sp in enumerate(spans) for part in _joined(text, sp, out, k, len(spans))]
    spans = [(s, e - 1) if _before_join(text, e) else (s, e) for s, e in spans]  # 甲口岸以及乙口岸
    named = {(m.start, m.end) for m in inside if m.kind != "unresolved"}
    units = {(m.start, m.end) for m in inside if m.kind in ("city", "county")}
    spans = after_join(text, spans, w.group(2), named, units)
    kind = _class_kind(w)
    facility = kind in ("airport", "port", "station")
    # 福州新区 before 机场
    apart = FACILITIES.union({"park"} if kind in ("airport", "port") else set())  # 凤凰古城 is a station's
    apart -= {"road"} if kind == "station" else set()  # 复兴路 among stations: metro stops are named by roads
    own = [
        i
        for i, (s, e) in enumerate(spans[:-1])
        if own_kind(text[s:e]) in apart.difference({kind}) and (s, e) not in units
    ]
    # 荆州港、黄石新港和鄂州花湖机场: the ports are not airports; 防城港 the city is an item as any other
    spans = spans[own[-1] + 1 :] if own else spans  # a first item after 、 now: whole (矮寨大桥、德夯大峡谷…)
    counted = [i for i, (s, e) in enumerate(spans[:-1]) if COUNTED_LAST.search(text, s, e)]
    spans = spans[counted[-1] + 1 :] if counted else spans  # an item ending in a count closes another list
    if (
        len(spans) < 2
        or not all(
            name_like(text[s:e], 6)
            or (s, e) in named
            or (facility and unit_named(g, text[s:e]))
            # 金兰上森林公园 among scenic spots: a longer name with its own word
            or (name_like(text[s:e], 10) and kind in (kind_of_name(text[s:e]), "park"))
            for s, e in spans[1:]
        )
    ):
        return []
    first = _first_item(text, spans[0], w, out, g) if not own else spans[0]
    if first is None:
        return []
    spans[0] = first
    if kind not in ("station", "energy") and any(
        m.kind == "province" and not city_like(m) and (m.start, m.end) in spans for m in out
    ):
        return []  # 天津、河北港口: provinces' ports (天津, 香港: cities); a province names a coal base
    return spans


def _first_item(
    text: str, span: tuple[int, int], w: re.Match, out: list[Mention], g: Gazetteer
) -> tuple[int, int] | None:
    """The span of a list's first item (its clause's words before it cut off), None if it is no name."""
    facility = _class_kind(w) in ("airport", "port", "station")
    lead = LEAD_ANYWHERE.match(text, span[0], span[1])
    if lead and span[1] - lead.end() >= 2:
        span = (lead.end(), span[1])  # 设南阳东、唐河北…10座车站: 设 opens the list
    first = next((m for m in out if m.end == span[1] and span[0] <= m.start and m.end - m.start >= 2), None)
    # 提升吉隆, 将包头: a known name ending the first item starts it
    if first is not None and text[span[0] : span[1]] + w.group(2) not in g.exact:
        parent = next(
            (
                m
                for m in out
                if m.end == first.start and m.kind == "city" and first.adcode[:4] == m.adcode[:4]
            ),
            None,
        )
        # 运城绛县
        return (parent.start if parent and span[0] <= parent.start else first.start, first.end)
    if not (name_like(text[span[0] : span[1]], 5) or (facility and unit_named(g, text[span[0] : span[1]]))):
        # 西藏已建成昌都邦达、林芝米林等支线机场: the first item is a unit and a sub-name after other words
        unit = next(
            (
                m
                for m in out
                if span[0] < m.start
                and (m.kind in UNITS or city_like(m))
                and facility
                and unit_named(g, text[m.start : span[1]])
            ),
            None,
        )
        return after_last_lead(text, span, out) if unit is None else (unit.start, span[1])
    return span


def _a_class_of(item: str) -> bool:
    """Whether a list's item is a class word, or of three characters or more a class, no name; two
    characters are too often a name ending in a feature word."""
    return item in FACILITY_WORDS or item in WORKS_WORDS or (len(item) >= 3 and a_class(item))


def _count(lead: str) -> int | None:
    """The number a count before a class word says (3个, 两个, 等十座, 三 of 三镇: the class_lead rule of
    data/lexicon/rule_words.csv), None for 等 or 多个."""
    return count_value(lead)


def _counted(lead: str, items: int) -> bool:
    """Whether a count before a class word counts a list of so many items, or of more after a mark of
    etcetera (data/lexicon/list_marks.csv): the list then names some of them."""
    n = _count(lead)
    return n == items or (n is not None and lead.startswith(ETC) and n > items)


def _listed_all_the_same(text: str, w: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    """Whether a list of names no table holds is one all the same: counted before its class word (…3个港区),
    or closed by 等 and a class of site so named (苏洼龙、旭龙等电站), none of its items a class word."""
    lead = w.group(1) or ""
    sites = lead.startswith(ETC) and takes_unknown_items(w.group(2))
    return _counted(lead, len(spans)) or (sites and not any(a_class(text[s:e]) for s, e in spans))


def _read_already(inside: list[Mention], s: int, e: int, kind: str) -> bool:
    """Whether the item [s, e) is read already as a place of the list's kind (策克口岸 among ports), or as a
    county and its town among towns (赣榆区海头镇; not 阿里普兰 among airports, named so whole)."""
    return any(
        m.kind == kind
        and m.end == e
        and (m.start == s or (kind == "town" and _units_tile(inside, s, m.start)))
        for m in inside
    )


def _units_tile(inside: list[Mention], s: int, e: int) -> bool:
    """Whether units written one after the other fill [s, e) (赣榆区 before 海头镇), or it is empty."""
    while s < e:
        s = next((m.end for m in inside if m.start == s and m.kind in ("province", *UNITS)), e + 1)
    return s == e


def _after_province(out: list[Mention], s: int) -> int:
    """Where an item starting at ``s`` starts after a province written before its unit (浙江三门、
    山东海阳核电: the province says where, the item is the county's)."""
    return next(
        (
            m.end
            for m in out
            if m.kind == "province"
            and m.start == s
            and any(u.start == m.end and u.kind in UNITS for u in out)
        ),
        s,
    )


def class_lists(text: str, ms: list[Mention], g: Gazetteer, words: list[re.Match[str]]) -> list[Mention]:
    """Every item of a 、-list of two or more names before a class word becomes a mention of that class: a
    settlement the gazetteer knows (霍尔果斯; 黑河 the city, not the river) is retyped and located there, a
    known area (晋北) too; an unknown name (吐尔尕特) is kept, unlocated. The last item may carry the word
    itself (里孜口岸). The list runs back to the start of its clause; one item at least must be known."""
    out = list(ms)
    for w in words:
        after = text[w.end() : w.end() + 1]
        if (LINE_WORD.match(text, w.end()) and after not in DESCRIBING) or after == "、":
            continue  # 兰州至中川机场铁路, 华山、西咸机场、铜川: an item's own word, no list's class
        kind = _class_kind(w)
        spans = _list_spans(text, w, out, g)
        if not spans:
            continue
        areas = {
            (m.start, m.end): m
            for m in out
            if m.lon is not None and m.kind in AREAS and (m.start, m.end) in spans
        }
        if kind == "town" and all(
            any(m.kind in UNITS and (m.start, m.end) == sp for m in out) for sp in spans
        ):
            continue  # 兴仁、安龙共12个乡镇: the townships of these counties, not towns named so
        known = {(s, e): p for s, e in spans if (p := known_feature(g, text[s:e], w.group(2), kind))}
        facility = kind in ("airport", "port", "station")
        near = [p for s, e in spans if (p := listed_unit(g, text[s:e], [], facility, kind == "town"))]
        if not (near or areas or known or _listed_all_the_same(text, w, spans)):
            continue  # a list of unknown words only may be no list of places
        harbour = _harbour(text, spans[0][0], out) if AREA_OF_PORT.fullmatch(w.group(2)) else None
        far, made = NEAR_LIST_KM if kind == "town" else FAR_FROM_LIST_KM, []
        for s, e in spans:
            s = _after_province(out, s)
            inside = [m for m in out if s <= m.start and m.end <= e]
            item = text[s:e]
            if crosses(out, s, e) or _a_class_of(item) or SETTLEMENT_PART.search(item):
                continue  # part of something longer, a class word or class (开发区), a town's part (巫山县城)
            if _read_already(inside, s, e, kind):
                continue  # 策克口岸 in a list of ports, 赣榆区海头镇 in a list of towns
            if not an_item(text, s, e, w, inside):
                continue  # 合肥, 巢湖 before 流域; 昆明 among scenic areas: what it was read as
            # the mentions inside, by span: equal ones share it
            out = [m for m in out if not (s <= m.start and m.end <= e)]
            # 海河 among basins: the river read there, not a town of that name
            area = areas.get((s, e)) if kind in AREAS else None
            at = area or listed_unit(g, text[s:e], near, facility, kind == "town", far) or areas.get((s, e))
            if harbour is not None and (at is None or distance_km(at, [harbour]) > HARBOUR_KM):
                # 江阴 among the areas of 福州港: its town 江阴镇 near the harbour, not 江阴市 of Jiangsu;
                # 北疆 among 天津港's: the harbour itself
                at = nearest_of(towns_named(g, text[s:e]), [harbour], HARBOUR_KM) or harbour
            x = listed_item(text, s, e, w, kind, at, known.get((s, e)), f"classlist@{w.start()}")
            if e == w.start() and not w.group(1) and not RANKED.match(w.group(2)).group():
                # 里孜口岸: the last item carries the class word; not one of rank (瑞丽重点口岸)
                x = replace(x, end=w.end(), surface=text[s : w.end()])
            made.append(x)
        out += in_their_county(made, g) if kind == "town" else made
    return sorted(out, key=lambda m: (m.start, -m.end))
