"""Features a plan names by their own words, with or without a known place in them: zones of two places
across a border (``瑞丽-木姐跨境经济合作区``), parks named before 国家…公园 (``成吉思汗国家森林公园``), water
transfers (``引汉济渭``). Pure functions over the text and the mentions found so far (see
:mod:`geo.features`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from geo.boundaries import is_generic
from geo.features import BUILD_VERBS, COUNT, LEADS, VOLTAGE, name_like
from geo.lexicon import item_bounds, one, rule_kind, rule_pattern, rules, words
from geo.mention import Mention, crosses
from geo.scan import near

BORDER_ZONE = re.compile(rule_pattern("border_zone"))
FEATURE_LEAD = rule_pattern("feature_lead")
"""Verbs after which a feature's name starts besides the building verbs: data/lexicon/rule_words.csv."""


def _pair_item(text: str, e: int, ms: list[Mention]) -> tuple[int, int, Mention | None] | None:
    """A pair ``Y-Z`` ending at ``e``: where it starts, where its hyphen is, and the home side's mention when
    the gazetteer knows it; None when it is no pair of names."""
    h = max(text.rfind(c, max(0, e - 7), e) for c in "-－—")
    if h < 0:
        return None
    known = next(
        (x for x in ms if x.end == h and x.kind in ("city", "county", "town", "port") and x.lon is not None),
        None,
    )
    if known:
        start = known.start
    else:
        lead = re.search(
            rf"(?:^|[{item_bounds()}]|{BUILD_VERBS}|{FEATURE_LEAD})([\u4e00-\u9fff]{{2,6}})$",
            text[max(0, h - 10) : h],
        )
        if not lead:
            return None
        start = h - len(lead.group(1))
    return (start, h, known) if name_like(text[start:h]) and name_like(text[h + 1 : e]) else None


def border_pairs(text: str, ms: list[Mention]) -> list[Mention]:
    """``二连浩特-扎门乌德、额布都格-巴彦呼舒跨境经济合作区``: a cross-border zone is named by a pair, the
    home side first and the partner across the border second. The zone is the whole pair, located at the home
    side when the gazetteer knows it; the partner is a city abroad, kept unlocated (巴彦呼舒 is then not the
    Chinese town of that name). Earlier pairs listed with 、 share the zone's word."""
    out = list(ms)
    for w in BORDER_ZONE.finditer(text):
        e, end, suffix, group = w.start(), w.end(), "", f"border@{w.start()}"
        while (item := _pair_item(text, e, out)) is not None:
            start, h, home = item
            name = text[start:end] + suffix
            out = [x for x in out if not (start <= x.start and x.end <= end) or x is home]
            loc = (
                dict(
                    adcode=home.adcode,
                    lon=home.lon,
                    lat=home.lat,
                    precision_m=max(home.precision_m, 5000.0),
                    coord_source=home.coord_source,
                )
                if home
                else {}
            )
            out.append(
                Mention(
                    start,
                    end,
                    text[start:end],
                    name,
                    "park",
                    f"ctx:{name}" if home else "",
                    group=group,
                    note=f"cross-border zone; located at its home side {home.name_zh}"
                    if home
                    else "cross-border zone; its home side is not in the gazetteer, not located",
                    **loc,
                )
            )
            out.append(
                Mention.unlocated(
                    text,
                    h + 1,
                    e,
                    "city",
                    group=group,
                    note="partner across the border in a cross-border zone's name; not located",
                )
            )
            if text[start - 1 : start] != "、":
                break
            e = end = start - 1
            suffix = w.group()
    return sorted(out, key=lambda x: x.start)


NAMED = "named"
"""How the note of a feature read back from its word starts (geo.word_starts reads it)."""
VERB_LEADS = "|".join(w for w in LEADS.split("|") if len(w) > 1)
"""The leads of two characters or more: verbs (建设, 签署建设): a named feature may start at one after any
word; a one-character lead (以, 有) may be part of a name and starts one only after a bound."""
# Characters after which the name of a power station or a mine may start (的, 是): character_sets.csv.
BEFORE_FACILITY = one("character_sets", "chars", role="before_named_facility")
ENERGY_WORD = "|".join(rx for rx, kind in rules("named_feature") if kind == "energy")
ENERGY_CLASS = re.compile(f"(?:{ENERGY_WORD})")
FACILITY_BOUND = re.compile(f"[{BEFORE_FACILITY}]")
NAMED_FEATURE = re.compile(
    f"(?:^|(?<=[“（\n{item_bounds()}])"
    f"|(?<=[{BEFORE_FACILITY}])(?=[^{BEFORE_FACILITY}]{{2,4}}(?:{ENERGY_WORD}))"
    f"|(?=(?:{VERB_LEADS})))((?:(?:"
    + LEADS
    + r")+)?[\u4e00-\u9fff]{2,6}?)"
    + f"(?:{VOLTAGE})?("  # 月城500千伏变电站: a voltage between the name and the word
    + rule_pattern("named_feature")
    + ")",
    re.M,
)


FEATURE_WORD = re.compile(rule_pattern("named_feature"))
NAME_REACH = 24
"""How far before its feature word a named feature may start: leads and a name of at most six characters."""


def named_features(text: str, ms: list[Mention]) -> list[Mention]:
    """``成吉思汗国家森林公园``, ``祁连山国家公园``, ``出山店水库``: a name of two to six characters (four
    before a water or energy word) after a list mark or a building verb and before 国家…公园, 水库, 灌区,
    湿地, 水电站… (data/lexicon/rule_words.csv) is that feature even when the gazetteer does not know it
    (kept unlocated); not a class of them (病险水库)."""
    taken = [m for m in ms if m.kind != "unresolved"]
    out = list(ms)
    for w in near(NAMED_FEATURE, text, FEATURE_WORD, NAME_REACH):
        name = re.sub(f"^(?:{LEADS})+", "", w.group(1))
        start, kind = w.end(1) - len(name), rule_kind("named_feature", w.group(2))
        if kind == "energy":  # 建成的甲电站: the name after 的; 最大的抽水蓄能电站 has none
            name = FACILITY_BOUND.split(name)[-1]
            start = w.end(1) - len(name)
            if ENERGY_CLASS.fullmatch(name + w.group(2)):
                continue
        # 华蓥市猫儿沟水库: a unit written in full before the name stays a mention of its own
        unit = next(
            (m for m in ms if m.start == start and m.written_in_full() and m.end < w.end(1) - 1), None
        )
        if unit is not None:
            start, name = unit.end, text[unit.end : w.end(1)]
        longest = 6 if kind == "park" else 4
        if (
            name_like(name, longest)
            and not is_generic(name)
            and not is_generic(name + w.group(2))  # 高原湿地: a class of wetland (generic_prefixes.csv)
            # 大青山和桦皮岭两座国家森林公园: a count ends a list, no name
            and not COUNT.search(text, start, w.end())
            and _free(taken, start, w, kind)
        ):
            # 祁连 of 祁连山国家公园, not taken here
            out = [m for m in out if not (start <= m.start and m.end <= w.end())]
            out.append(
                Mention.unlocated(
                    text,
                    start,
                    w.end(),
                    kind,
                    note=f"{NAMED} {w.group(2)}; its name is not in the gazetteer, not located",
                )
            )
    return sorted(out, key=lambda m: m.start)


def _free(taken: list[Mention], start: int, w: re.Match, kind: str) -> bool:
    """Whether no mention stands inside the name of ``w``, but the unit a water or power work is named after
    (蚌埠闸, 涡阳船闸, 巴塘500千伏送出工程: the name is the unit's, the work is located there later by
    :mod:`geo.stems`) or the province a park's name opens with."""
    inside = [m for m in taken if m.start < w.end() and start < m.end]
    if len(inside) == 1 and kind == "park" and inside[0].kind == "province" and inside[0].start == start:
        # 甘肃冰沟河省级森林公园: a province's short name opens a reserve's or a park's official name (the
        # probes' annotators read it so 67 times in 73; with 省 written, apart 6 times in 6)
        return not inside[0].written_in_full()
    return not inside or (
        kind in UNIT_WORKS
        and len(inside) == 1
        and inside[0].kind in NAMING_UNITS
        and (inside[0].start, inside[0].end) == (start, w.start(2))
    )


NAMING_UNITS = ("city", "county", "town")
"""Units a water or power work may be named after, its name theirs alone (see :func:`_free`)."""
UNIT_WORKS = ("water", "energy")


WATER_TRANSFER = re.compile(rule_pattern("water_transfer"))
"""引汉济渭, 引洮供水二期工程: the way plans name a water transfer (data/lexicon/rule_words.csv)."""


WATER_WORK_TAIL = re.compile(rule_pattern("water_work_tail"))
"""A phase and 工程 after a water work's name (滇中引水二期工程): data/lexicon/rule_words.csv."""


def water_transfers(text: str, ms: list[Mention]) -> list[Mention]:
    """``引大（大通河）济湟（湟水）工程``, ``引额济乌``: a water transfer named the way plans name them is one
    water mention, known to the gazetteer or not (then unlocated);
    the rivers and places in its name are part of it. A known water work's phase and 工程 are part of its
    name (滇中引水二期工程)."""
    out = [
        replace(m, end=t.end(), surface=text[m.start : t.end()])
        if m.kind == "water" and (t := WATER_WORK_TAIL.match(text, m.end))
        else m
        for m in ms
    ]
    for w in WATER_TRANSFER.finditer(text):
        s, e = w.span()
        if crosses(out, s, e) or any(m.kind == "water" and m.start == s and m.end >= e - 2 for m in out):
            continue  # read across by a longer name, or known already (引江济淮工程)
        out = [m for m in out if not (s <= m.start and m.end <= e)]
        out.append(
            Mention(
                s,
                e,
                w.group(),
                w.group(),
                "water",
                note="a water transfer named by its source and destination; "
                "not in the gazetteer, not located",
            )
        )
    return sorted(out, key=lambda m: (m.start, -m.end))


QUARTERS = "".join(w for w in words("directions") if len(w) == 1)
DIRECTED = re.compile(f"(?:^|[（\n{item_bounds()}]|{LEADS})([{QUARTERS}])$")
"""A direction written right before a lake or a range after a list mark or a leading verb (东洞庭湖)."""
LEAD_WORDS = re.compile(f"(?:{LEADS})+")
"""Leading verbs and function words in a row: a direction character ending one (among them) is no
direction."""


def directed_features(text: str, ms: list[Mention]) -> list[Mention]:
    """``东洞庭湖``, ``南洞庭湖湿地``: the part of a lake or range that a direction before its name picks is
    one mention with it, at the feature."""
    out = []
    for m in ms:
        d = DIRECTED.search(text, max(0, m.start - 4), m.start) if m.kind in ("water", "landform") else None
        if (
            d is not None
            and m.start > 0
            and m.lon is not None
            and not LEAD_WORDS.fullmatch(text, d.start(), m.start)
        ):
            m = replace(m, start=m.start - 1, surface=text[m.start - 1 : m.end])
        out.append(m)
    return out


HIGH_SPEED = one("line_words", "pattern", role="road_turned_rail")
RAIL_AFTER = one("line_words", "pattern", role="rail_after_road")


def high_speed_railways(text: str, ms: list[Mention]) -> list[Mention]:
    """``连霍高速铁路``, ``杭昌高速铁路``: a road's name ending in 高速 with 铁路 after it is a high-speed
    railway's whole name (data/lexicon/line_words.csv), kept unlocated: the road the gazetteer knows by the
    first words is not it."""
    return [
        Mention.unlocated(
            text,
            m.start,
            m.end + len(RAIL_AFTER),
            "rail",
            note=f"a high-speed railway named like {m.name_zh}",
        )
        if m.kind == "road" and m.surface.endswith(HIGH_SPEED) and text.startswith(RAIL_AFTER, m.end)
        else m
        for m in ms
    ]
