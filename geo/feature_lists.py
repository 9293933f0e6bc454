"""Lists of natural features and parks named by their class: ``昆都仑、巴图湾、尔力湖沟等病险水库``,
``大窑、和林格尔土城子等国家考古遗址公园`` (等 + a class word), and ``渭河、泾河``, ``贺兰山、六盘山`` (names
that end in the same class character). Their words are data/lexicon/rule_words.csv. Pure functions over the
text and the mentions found so far."""

from __future__ import annotations

import re
from dataclasses import replace

from geo.boundaries import EPITHET, is_generic
from geo.crs import haversine_m
from geo.features import LEAD, LEAD_ANYWHERE, name_like
from geo.gazetteer import Gazetteer
from geo.lexicon import marks, rule_kind, rule_pattern, rules
from geo.lines import CORRIDOR_KINDS
from geo.list_classes import a_class
from geo.list_items import BEARINGS, distance_km
from geo.list_starts import last_lead
from geo.mention import Mention
from geo.normalize import CJK

JOIN_WORDS = marks("join").replace("、", "")
"""The words that join a list's last item (和, 及, 与: data/lexicon/list_marks.csv)."""
ETC_MARK = marks("etc")

LEAD_IN = f"(?:{ETC_MARK}(?:{rule_pattern('list_modifier')})?|{rule_pattern('feature_list_count')})"
LIST_WORD = re.compile(f"{LEAD_IN}({rule_pattern('feature_list')})")
"""A mark of etcetera or a count of great ones, then a class of natural feature or park, ends a list of such
features: data/lexicon/rule_words.csv (list_modifier, feature_list_count, feature_list)."""
LINES = ("rail", "road", "energy")
"""Kinds a list of natural features or parks never retypes: lines keep their kind."""
NAMED_AFTER_KM = 300
"""How far from the located features of its list a settlement may lie and still locate a listed feature named
like it (昆都仑 the reservoir in 昆都仑区; not 饶河县 in Heilongjiang for the 饶河 of Jiangxi)."""


def feature_lists(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """``昆都仑、巴图湾、尔力湖沟等病险水库``, ``大窑、和林格尔土城子等国家考古遗址公园``: every item of a
    list ending in 等 + a class of natural feature or park is a feature of that class. Items are parted by 、;
    a 和/及/与 (not the first character of a known name: 和林格尔) starts the first item. An item may be
    unknown when a separator bounds it on both sides (it is then kept unlocated); an item that starts with a
    known place (和林格尔土城子) is located at that place; the first item must be known, and so must one item
    at least. A known place of another kind (昆都仑区) names the feature and locates it, to 30 km; so does a
    word the gazetteer keeps for corridors only (东河, of 东河区) when one of its places lies within 100 km of
    the list's located items (the river gave the district its name)."""
    out = list(ms)
    by_end = {m.end: m for m in ms if m.kind != "unresolved"}
    by_start = {m.start: m for m in ms if m.kind != "unresolved" and m.lon is not None}
    for w in LIST_WORD.finditer(text):
        kind = rule_kind("feature_list", w.group(1))
        found, inner = _listed_items(text, w, kind, ms, (by_start, by_end), g)
        if not any(x.place_id for x in found):  # a list of unknown words only may be no list of places
            continue
        if len(found) == 1 and not w.group().startswith(ETC_MARK):
            continue  # 内蒙古自治区两大沙地: a count of great ones needs a list, not one name before it
        anchors = [x for x in found if x.lon is not None]
        found = [_near_waypoint(x, anchors, g) if x.note.startswith("waypoint:") else x for x in found]
        out = _retyped([m for m in out if id(m) not in inner], found, kind, w)
    return sorted(out, key=lambda m: m.start)


def _listed_items(
    text: str, w: re.Match, kind: str, ms: list[Mention], index: tuple[dict, dict], g: Gazetteer
) -> tuple[list[Mention], set[int]]:
    """The items of the list ending at ``w``, last first, and the ids of the mentions inside items located at
    the place they start with (see :func:`feature_lists`)."""
    by_start, by_end = index
    inside = {k for m in by_end.values() for k in range(m.start + 1, m.end)}
    pos, found, inner = w.start(), [], set()
    while True:
        known = by_end.get(pos)
        left = text.rfind("、", 0, pos)
        # a join character inside a name read already (乌兰布和) parts nothing
        joins = [
            k for k in range(left + 1, pos) if text[k] in JOIN_WORDS and k not in by_start and k not in inside
        ]
        start = joins[-1] + 1 if joins else left + 1
        # 饶河和修水等: a join in the last item parts the last two items; in an earlier one it opens the list
        # (被巴丹吉林和腾格里两大沙漠: two items, the first after the verb)
        opening = last_lead(text, 0, joins[-1]) if joins and left < 0 else None
        first = left + 1 if left >= 0 else (opening.end() if opening else 0)
        last_two = not found and joins and name_like(text[first : joins[-1]])
        lead = last_lead(text, start, pos) if left < 0 and not joins else None
        led, start = lead is not None, lead.end() if lead else start  # 加快|腾格里、…三大沙漠: after the verb
        item, head = text[start:pos], by_start.get(start)
        if head and known and known.start == head.end and head.written_in_full():
            found.append(known)  # 湖州市苕溪: the city written in full and its river, two mentions
            start = head.start
        elif (
            head
            and head is not known
            and head.end < pos
            and ((known and known.start == head.end) or name_like(text[head.end : pos], 4))
        ):
            # 和林格尔土城子: located at 和林格尔; 鹤壁云梦山: a city stays apart, the feature after it
            apart = head.kind == "city" and not a_class(text[head.end : pos])
            inner |= {id(m) for m in ms if start <= m.start and m.end <= pos and not (apart and m is head)}
            s0 = head.end if apart else start
            prec = max(head.precision_m or 0.0, 30000.0)
            found.append(Mention.at(head, s0, pos, text[s0:pos], text[s0:pos], kind, prec))
        elif known and (
            known.start == start or not name_like(item) or LEAD_ANYWHERE.fullmatch(text, start, known.start)
        ):  # 及其湟水: a function word before the name read already
            found.append(known)
            start = known.start
        elif (left >= 0 or joins or led) and (named := _with_class_word(item, w.group(1), kind, g)):
            found.append(Mention.of(named, start, pos, item, kind, note=f"listed with {w.group()}"))
        elif (left >= 0 or joins or led) and name_like(item) and not a_class(item):
            note = f"listed with {w.group()}; not in the gazetteer, not located"
            found.append(Mention(start, pos, item, item, kind, note=note))
            if item in g.waypoint_names:
                found[-1] = replace(found[-1], note=f"waypoint:{item}")
        else:
            break
        if last_two:
            pos = joins[-1]
            continue
        if joins or start == 0 or text[start - 1] != "、":
            break
        pos = start - 1
    return found, inner


def _with_class_word(item: str, word: str, kind: str, g: Gazetteer):
    """The one place of ``kind`` the gazetteer names by the item and the list's class word (腾格里 + 沙漠);
    None if there is none or more than one."""
    found = [p for p in g.candidates(item + word) if p.kind == kind] if name_like(item) else []
    return found[0] if len(found) == 1 else None


def _retyped(out: list[Mention], found: list[Mention], kind: str, w: re.Match) -> list[Mention]:
    """``out`` with the list's items of the class ``kind``: known places retyped, new items added, in one
    group."""
    group = f"list@{w.start()}"
    at = {id(m): k for k, m in enumerate(out)}
    same = [x for x in found if x.kind == kind and x.lon is not None]
    for x in found:
        if (x.kind in LINES + ("country",) and id(x) in at) or (x.kind == "region" and kind == "water"):
            # 京包铁路 in a list of wetlands is the railway still, 中国 before 四大高原 the country;
            continue  # 叶尔羌河流域 among 水系 a basin
        if id(x) in at and x.kind != kind and x.lon is not None and _far(x, same):
            note = (
                f"listed with {w.group()}; named like {x.name_zh}, too far from the list to be located there"
            )
            out[at[id(x)]] = replace(
                x, name_zh=x.surface, kind=kind, place_id="", adcode="", lon=None, lat=None,
                precision_m=None, coord_source="", group=group, note=note,
            )  # fmt: skip
        elif id(x) in at and x.kind != kind:
            out[at[id(x)]] = replace(
                x,
                kind=kind,
                name_zh=x.surface,
                place_id=f"ctx:{x.surface}",
                group=group,
                precision_m=max(x.precision_m or 0.0, 30000.0),
                note=f"listed with {w.group()}; located at {x.name_zh}",
            )
        elif id(x) not in at:
            note = x.note or f"listed with {w.group()}; located at the place it starts with"
            out = [m for m in out if not (m.kind == "unresolved" and (m.start, m.end) == (x.start, x.end))]
            out.append(replace(x, group=group, note=note))
    return out


def _far(x: Mention, same: list[Mention]) -> bool:
    """Whether a settlement named like a listed feature (饶河县 for 饶河 among the rivers of Jiangxi) lies
    farther than :data:`NAMED_AFTER_KM` from every listed feature of the list's class that the gazetteer
    locates; with none located, the settlement may have given the feature its name (昆都仑区)."""
    return bool(same) and distance_km(x, same) > NAMED_AFTER_KM


def _near_waypoint(x: Mention, anchors: list[Mention], g: Gazetteer) -> Mention:
    """An unknown list item that is a corridor-only word,
    located at its place nearest a located item (≤ 100 km)."""
    near = [
        (float(haversine_m(p.lon, p.lat, a.lon, a.lat)), p.place_id, p, a)
        for p in map(g.places.get, g.waypoint_names[x.surface])
        for a in anchors
    ]
    d, _, p, a = min(near, default=(1e9, "", None, None))
    if d > 100_000:
        return replace(x, note="listed; not in the gazetteer, not located")
    return replace(
        x,
        place_id=f"ctx:{x.surface}",
        adcode=p.adcode,
        lon=p.lon,
        lat=p.lat,
        precision_m=max(p.precision_m, 30000.0),
        coord_source=p.coord_source,
        note=f"listed; located at {p.name_zh}, named like it, {d / 1000:.0f} km from {a.surface}",
    )


SUFFIX_LIST = re.compile(
    "("
    + "|".join(
        rf"(?:[\u4e00-\u9fff]{{1,6}}?{c}、)+[\u4e00-\u9fff]{{1,4}}?{c}" for c, _ in rules("suffix_list")
    )
    + f")(?={rule_pattern('suffix_list_end')})"
)
"""Two or more names in a 、-list each ending in the same class of character (渭河、泾河):
data/lexicon/rule_words.csv."""
SUFFIX_KINDS = [(re.compile(f"(?:{rx})$"), kind) for rx, kind in rules("suffix_list")]
"""Each row's ending and the kind it gives the list (rivers, mountains, streets): rule_words.csv."""
LIST_MARK = marks("join")[0]
"""The mark between a list's items (、: data/lexicon/list_marks.csv, its first join)."""
LINE_AFTER = re.compile(f"{LIST_MARK}[{CJK}]{{2,3}}(?:{'|'.join(rx for rx, _ in CORRIDOR_KINDS)})")
"""The next item of a list, a line's short name and its word (、京秦铁路)."""
LISTED_SUFFIX = re.compile(f"(?:{rule_pattern('suffix_list')})、")
UNITS_AFTER = re.compile(rule_pattern("suffix_list_units"))
"""A class of units after a list of names that end alike (青岛、葫芦岛等沿海城市): rule_words.csv."""


def suffix_lists(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """``渭河、泾河``, ``贺兰山、六盘山``, ``富裕路、科技路``: two or more names in a 、-list, each ending in
    河/江 (rivers), 山/岭 (mountains) or 路/大道 (streets; not class words alone before 公路: 一级公路), are
    features of that class: the gazetteer's feature of that name and kind (大兴安岭 the range, not the
    prefecture), or one kept unlocated. The first item starts after a verb or
    function word (加强渭河 → 渭河). A place inside an item (贺兰 of 贺兰山) is part of the item's name."""
    out = list(ms)
    # only the clauses that hold 河、/山、… are searched: the list pattern is slow on plain prose
    clauses = set()
    for h in LISTED_SUFFIX.finditer(text):
        a = max(text.rfind(c, 0, h.start()) for c in "，。；：\n") + 1
        b = min((i for i in (text.find(c, h.end()) for c in "，。；：\n") if i >= 0), default=len(text))
        clauses.add((a, b))
    for w in (w for a, b in sorted(clauses) for w in SUFFIX_LIST.finditer(text, a, b + 1)):
        if _among_units(text, w.start(1), w.end(1), ms) or UNITS_AFTER.match(text, w.end(1)):
            continue  # 三河、香河、大厂三县市; 青岛、葫芦岛等沿海城市: units, not features
        kind = next(k for end, k in SUFFIX_KINDS if end.search(w.group(1)))
        items = w.group(1).split("、")
        pos = w.start(1) + _lead_length(items[0])
        items[0] = text[pos : w.start(1) + len(items[0])]
        for k, item in enumerate(items):
            s0, e0, pos = pos, pos + len(item), pos + len(item) + 1
            lead = _bearing_lead(item) if k else 0  # 、东抵长湘公路: a bearing and a verb before the name
            s0, item = s0 + lead, item[lead:]
            if (
                any(
                    m.start < e0
                    and s0 < m.end
                    and (
                        m.kind not in ("city", "county", "town", "unresolved")
                        or not (s0 <= m.start and m.end <= e0)
                    )
                    for m in out
                )
                or not name_like(item)
                or EPITHET.fullmatch(item)
                or _a_class(item)
            ):
                continue  # known already (大黑河), or overlapping something larger; 浪漫之岛 an epithet
            out = [m for m in out if not (s0 <= m.start and m.end <= e0)]
            note = f"listed with other names ending in {item[-1]}"
            known = next((p for p in g.candidates(item) if p.kind == kind and p.name_zh == item), None)
            out.append(
                Mention.of(known, s0, e0, item, kind, note=note)
                if known
                else Mention(s0, e0, item, item, kind, note=f"{note}; not in the gazetteer, not located")
            )
    return sorted(out, key=lambda m: m.start)


CLASS_OF_LISTED = re.compile(f"(.+)(?:{rule_pattern('suffix_list_class')})")


def _a_class(item: str) -> bool:
    """Whether a listed item is class words before a class ending (一级公路 among 科技路、…): a class."""
    m = CLASS_OF_LISTED.fullmatch(item)
    return bool(m) and is_generic(m.group(1))


def _among_units(text: str, s: int, e: int, ms: list[Mention]) -> bool:
    """Whether a list's run [s, e) holds a county's or a city's name and goes on, before or after, with
    another (三河、香河、大厂: a list of units; not 蟒河、沁河、济源), or goes on with a line's short name
    and its word (京山、沈山、京秦铁路: a list of lines)."""
    units = [m for m in ms if m.kind in ("city", "county")]
    if LINE_AFTER.match(text, e):
        return True
    spans = {(m.start, m.end) for m in units}
    if all((a, a + len(item)) in spans for a, item in _item_spans(text, s, e)):
        return True  # 秦皇岛、唐山: every item is a unit
    inside = any(s <= m.start and m.end <= e for m in units)
    return inside and any(
        (text[e : e + 1] == LIST_MARK and m.start == e + 1)
        or (text[s - 1 : s] == LIST_MARK and m.end == s - 1)
        for m in units
    )


def _item_spans(text: str, s: int, e: int) -> list[tuple[int, str]]:
    """Each item of the list ``text[s:e]`` with where it starts."""
    out, a = [], s
    for item in text[s:e].split(LIST_MARK):
        out.append((a, item))
        a += len(item) + 1
    return out


def _bearing_lead(item: str) -> int:
    """How much of a later item goes before its name: a bearing and a verb of reaching (东抵, 西达), none
    otherwise."""
    lead = LEAD.match(item)
    return lead.end() if lead and lead.end() == 2 and item[0] in BEARINGS and name_like(item[2:]) else 0


def _lead_length(item: str) -> int:
    """How much of a list's first item goes before its name: the verbs and function words up to the last of
    them that leaves a name (加强渭河 → 渭河, 上游由建溪 → 建溪), none if none does."""
    cuts = [k.end() for k in LEAD_ANYWHERE.finditer(item) if name_like(item[k.end() :])]
    return cuts[-1] if cuts else 0
