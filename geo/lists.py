"""Lists of names that share one class word: ``霍尔果斯、阿拉山口、吐尔尕特等口岸``,
``吉隆、樟木、普兰、里孜口岸``, ``宁德、莆田、漳州等港区`` (data/lexicon/list_classes.csv). Pure functions
over the text and the mentions."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from geo.boundaries import ENDINGS, kind_of_name
from geo.crs import haversine_m
from geo.features import LEAD, name_like
from geo.gazetteer import MUNICIPALITIES, Gazetteer, Place
from geo.lexicon import alternation, marks, one, rule_pattern, table
from geo.lines import LINE_WORD
from geo.mention import Mention
from geo.scan import finditer, quick
from geo.structure import cn_number

CLASSES = [(r["pattern"], r["kind"]) for r in table("list_classes")]
CLASS_WORD = quick(
    re.compile(
        f"({rule_pattern('class_lead')}|{rule_pattern('class_lead_phrase')})?("
        + "|".join(rx for rx, _ in CLASSES)
        + ")"
    )
)
"""The class word closing a list, after 等 or a count (太原尧城、大同南六庄和长治沙家庄3个通用机场)."""
UNITS = ("city", "county", "town")
TOWN_WORDS = tuple(ending for ending, kind in ENDINGS if kind == "town")
"""The words that end a town's full name (镇, 乡, 苏木: data/lexicon/feature_endings.csv)."""
FACILITIES = frozenset({"port", "airport", "station", "rail", "road", "energy"})
"""Kinds whose word an item may end with and stand apart from a list of another class (荆州港 before 机场)."""
AREAS = ("region", "landform", "water", "eco_zone")
"""Known areas a listed name may stand for (晋北 in a list of coal bases)."""
LEAD_AT = re.compile(LEAD.pattern.lstrip("^"))
SPECIAL_REGIONS = ("81", "82")
"""Province codes of 香港 and 澳门 (GB/T 2260)."""
AREA_OF_PORT = re.compile(alternation("port_area_words"))
"""Class words that make a list's items areas of a port (港区, 作业区: data/lexicon/port_area_words.csv)."""
PORT_ENDING = one("match_guards", "text", role="port_ending")
HARBOUR_KM = 100
"""How far from the port written before them a list's port areas may be located at places of their names."""
FAR_FROM_LIST_KM = 1000
"""The farthest a listed name's settlement may lie from the nearest of the list's other places (the ports of
China's coast lie within a few hundred km of the next; 金山区 of Shanghai is 3,500 km from the stations of a
line in Xinjiang)."""


def _class_kind(w: re.Match) -> str:
    return kind_of_class(w.group(2))


@cache
def kind_of_class(word: str) -> str:
    """The kind of a class word: that of the first row of data/lexicon/list_classes.csv it matches (worked out
    once a word)."""
    return next(k for rx, k in CLASSES if re.fullmatch(rx, word))


def _items(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The 、-separated items of ``text[a:b]``, the first one cut after a leading verb or function word."""
    spans, s = [], a
    for k in range(a, b + 1):
        if k == b or text[k] == "、":
            spans.append((s, k))
            s = k + 1
    lead = LEAD_AT.match(text, spans[0][0], spans[0][1]) if spans else None
    if lead:
        spans[0] = (lead.end(), spans[0][1])
    elif spans:  # 黟县下辖宏村、…: the first item starts after the last verb inside it
        cut = [k.end() for k in LEAD_AT.finditer(text, *spans[0]) if k.end() - k.start() >= 2]
        if cut and name_like(text[cut[-1] : spans[0][1]]):
            spans[0] = (cut[-1], spans[0][1])
    return spans


def listed_unit(
    g: Gazetteer, name: str, near: list[Place], facility: bool = False, town: bool = False
) -> Place | None:
    """The settlement a listed name stands for: its only one, or the one nearest the list's other places. In a
    list of facilities a name made of a county or city and a sub-name (抚远东极, 五大连池德都 before 机场)
    stands for that unit."""
    if facility and not g.candidates(name):
        head = next(
            (
                name[:k]
                for k in range(len(name) - 2, 1, -1)
                if any(p.kind in UNITS and p.level <= 3 for p in g.candidates(name[:k]))
            ),
            name,
        )
        inner = [
            p
            for p in g.candidates(name[len(head) :])
            if p.kind in UNITS
            and p.level == 3
            and any(p.adcode.startswith(q.adcode[:4]) for q in g.candidates(head) if q.kind == "city")
        ]
        if len(inner) == 1:
            return inner[0]  # 山南隆子: the county 隆子 of the city 山南
        name = head
    cands = [
        p for p in g.candidates(name) if p.kind in UNITS or (p.kind == "province" and _city_like(p))
    ] or [g.places[i] for i in g.waypoint_names.get(name, [])]
    if town:  # in a list of towns, the towns, by their full names too (金山 → 金山镇)
        towns = [p for p in cands if p.kind == "town"] or [
            p for w in TOWN_WORDS for p in g.candidates(name + w) if p.kind == "town"
        ]
        cands = towns or cands
    else:  # 霍尔果斯 the county-level city before the GeoNames town
        cands = [p for p in cands if p.level <= 3] or cands
    others = [q for q in near if q not in cands]
    if len(cands) <= 1 or not others:
        top = [p for p in cands if p.level == min((c.level for c in cands), default=0)]
        best = top[0] if len(top) == 1 else None  # 阜新 the city before 阜新 the county
    else:
        best = min(cands, key=lambda p: _distance_km(p, others))
    # 金山 among the stations of a line in Xinjiang: not 金山区 of Shanghai
    return None if best is None or (others and _distance_km(best, others) > FAR_FROM_LIST_KM) else best


def _harbour(text: str, start: int, out: list[Mention]) -> Mention | None:
    """The port written before a list of port areas in its sentence (天津港…主要由北疆、东疆、南疆…港区组成),
    whose areas the list's items are."""
    stop = max(text.rfind(c, 0, start) for c in marks("sentence")) + 1
    ports = [m for m in out if m.kind == "port" and stop <= m.start and m.end <= start and m.lon is not None]
    return next((m for m in reversed(ports) if m.surface.endswith(PORT_ENDING)), None)


def _distance_km(p: Place | Mention, others: list[Place | Mention]) -> float:
    return min(float(haversine_m(p.lon, p.lat, q.lon, q.lat)) for q in others) / 1000


def _unit_named(g: Gazetteer, item: str) -> bool:
    """A facility's name made of a county or city and a sub-name of two or three characters, whatever they are
    (日喀则和平 before 机场: 和 is part of the name here, not a join)."""
    return 4 <= len(item) <= 8 and any(
        name_like(item[k:], 3) and p.kind in UNITS and p.level <= 3
        for k in (len(item) - 2, len(item) - 3)
        for p in g.candidates(item[:k])
    )


def known_feature(g: Gazetteer, item: str, word: str, kind: str) -> Place | None:
    """The feature of that kind a listed name stands for, known by name with or without the class word
    (满都拉 → 满都拉口岸; 山南隆子 → 山南隆子机场)."""
    return next(
        (
            g.places[g.exact[f]]
            for f in (item + word, item + word[-2:], item)
            if f in g.exact and g.places[g.exact[f]].kind == kind
        ),
        None,
    )


def listed_item(
    text: str,
    s: int,
    e: int,
    w: re.Match,
    kind: str,
    at: Place | Mention | None,
    known: Place | None,
    group: str,
    note: str = "",
) -> Mention:
    """The mention of one listed name: the known feature of that name, or the name located at the settlement
    or area it names, or unlocated."""
    note = note or f"listed before {w.group()}"
    if known:  # 满都拉 in a list of ports: the curated 满都拉口岸
        return Mention.of(
            known, s, e, text[s:e], kind, group=group, note=f"{note}; the known {known.name_zh}"
        )
    name = text[s:e] + w.group(2)
    if at is None:
        return Mention(
            s, e, text[s:e], name, kind, group=group, note=f"{note}; not in the gazetteer, not located"
        )
    prec = max(at.precision_m or 0.0, getattr(at, "spread_m", 0.0))
    return Mention.at(
        at, s, e, text[s:e], name, kind, prec, group=group, note=f"{note}; located at {at.name_zh}"
    )


def _list_spans(text: str, w: re.Match, out: list[Mention], g: Gazetteer) -> list[tuple[int, int]]:
    """The items of the 、-list before the class word ``w``, back to the start of its clause; [] if it is
    none. A first item that names a known feature with the class word (铜仁凤凰机场) is kept whole."""
    a = max(text.rfind(c, 0, w.start()) for c in "，。；：\n（") + 1
    spans = _items(text, a, w.start())
    # 提升和田: a name the leading words seemed to swallow the start of
    whole = next((m for m in out if a <= m.start < spans[0][0] and m.end == spans[0][1]), None)
    if whole is not None:
        spans[0] = (whole.start, whole.end)
    s, e = spans[-1]
    k = max(text.rfind("和", s, e), text.rfind("及", s, e))
    if k > s and not any(m.start == k for m in out) and name_like(text[s:k], 6):  # 凯里黄平和荔波机场
        spans[-1:] = [(s, k), (k + 1, e)]
    spans = _after_join(text, spans)
    # 福州新区 before 机场
    apart = FACILITIES.union({"park"} if _class_kind(w) in ("airport", "port", "station") else set())
    own = [
        i
        for i, (s, e) in enumerate(spans[:-1])
        if kind_of_name(text[s:e]) in apart.difference({_class_kind(w)})
    ]
    # 荆州港、黄石新港和鄂州花湖机场: the ports are not airports
    spans = spans[own[-1] + 1 :] if own else spans
    facility = _class_kind(w) in ("airport", "port", "station")
    if len(spans) < 2 or not all(
        name_like(text[s:e], 6) or (facility and _unit_named(g, text[s:e])) for s, e in spans[1:]
    ):
        return []
    first = _first_item(text, spans[0], w, out, g)
    if first is None:
        return []
    spans[0] = first
    if any(m.kind == "province" and not _city_like(m) and (m.start, m.end) in spans for m in out):
        return []  # 天津、河北港口: the ports of provinces, not named after them (天津, 香港 are cities)
    return spans


def _first_item(
    text: str, span: tuple[int, int], w: re.Match, out: list[Mention], g: Gazetteer
) -> tuple[int, int] | None:
    """The span of a list's first item (its clause's words before it cut off), None if it is no name."""
    facility = _class_kind(w) in ("airport", "port", "station")
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
    if not (name_like(text[span[0] : span[1]], 5) or (facility and _unit_named(g, text[span[0] : span[1]]))):
        # 西藏已建成昌都邦达、林芝米林等支线机场: the first item is a unit and a sub-name after other words
        unit = next(
            (
                m
                for m in out
                if span[0] < m.start
                and m.kind in UNITS
                and facility
                and _unit_named(g, text[m.start : span[1]])
            ),
            None,
        )
        return None if unit is None else (unit.start, span[1])
    return span


def _city_like(m: Mention | Place) -> bool:
    """A province that is a city too: a municipality (天津) or a special administrative region (香港)."""
    return m.adcode[:2] in MUNICIPALITIES + SPECIAL_REGIONS


def _after_join(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The list starts after the last 和/及/与 of the latest item that is no name
    (…石化基地和如东、滨海LNG接收站)."""
    j = len(spans) - 1
    while j > 0 and name_like(text[spans[j - 1][0] : spans[j - 1][1]], 6):
        j -= 1
    if j == 0:
        return spans
    s, e = spans[j - 1]
    k = max(text.rfind(c, s, e) for c in marks("join").replace("、", ""))
    return [(k + 1, e)] + spans[j:] if k > s and name_like(text[k + 1 : e], 6) else spans


def _count(lead: str) -> int | None:
    """The number a count before a class word says (3个, 两个, 等十座: a number and one measure word, the
    class_lead rule of data/lexicon/rule_words.csv), None for 等."""
    number = lead.lstrip("等")[:-1]
    if number.isdigit():
        return int(number)
    try:
        return cn_number(number) if number else None
    except ValueError:
        return None


def class_lists(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """Every item of a 、-list of two or more names before a class word becomes a mention of that class: a
    settlement the gazetteer knows (霍尔果斯; 黑河 the city, not the river) is retyped and located there, a
    known area (晋北) too; an unknown name (吐尔尕特) is kept, unlocated. The last item may carry the word
    itself (里孜口岸). The list runs back to the start of its clause; one item at least must be known."""
    out = list(ms)
    for w in finditer(CLASS_WORD, text):
        if LINE_WORD.match(text, w.end()) or text[w.end() : w.end() + 1] == "、":
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
        known = {(s, e): p for s, e in spans if (p := known_feature(g, text[s:e], w.group(2), kind))}
        facility = kind in ("airport", "port", "station")
        near = [p for s, e in spans if (p := listed_unit(g, text[s:e], [], facility, kind == "town"))]
        if not near and not areas and not known and _count(w.group(1) or "") != len(spans):
            continue  # a list of unknown words only may be no list of places, unless counted (…3个港区)
        harbour = _harbour(text, spans[0][0], out) if AREA_OF_PORT.fullmatch(w.group(2)) else None
        for s, e in spans:
            # 浙江三门、山东海阳核电: the province says where, the item is the county's
            s = next(
                (
                    m.end
                    for m in out
                    if m.kind == "province"
                    and m.start == s
                    and any(u.start == m.end and u.kind in UNITS for u in out)
                ),
                s,
            )
            inside = [m for m in out if s <= m.start and m.end <= e]
            if any(m.start < e and s < m.end and not (s <= m.start and m.end <= e) for m in out):
                continue  # read as part of something longer
            if any(m.kind == kind and (m.start, m.end) == (s, e) for m in inside):
                continue  # 策克口岸 in a list of ports: known already
            # the mentions inside, by span: equal ones share it
            out = [m for m in out if not (s <= m.start and m.end <= e)]
            at = listed_unit(g, text[s:e], near, facility, kind == "town") or areas.get((s, e))
            if harbour is not None and (at is None or _distance_km(at, [harbour]) > HARBOUR_KM):
                at = harbour  # 北疆 among the areas of 天津港: not 北疆 of Xinjiang
            x = listed_item(text, s, e, w, kind, at, known.get((s, e)), f"classlist@{w.start()}")
            if e == w.start() and not w.group(1):  # 里孜口岸: the last item carries the class word
                x = replace(x, end=w.end(), surface=text[s : w.end()])
            out.append(x)
    return sorted(out, key=lambda m: (m.start, -m.end))
