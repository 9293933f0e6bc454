"""Names listed before a name and a feature word that they share: ``包头、鄂尔多斯机场`` (two airports),
``南京、杭州、合肥都市圈`` (three metropolitan regions), ``蒙西与华北电网``. A pure function over the text,
the mentions found so far and the gazetteer."""

from __future__ import annotations

import re
from dataclasses import replace

from geo.features import LIST_JOINS
from geo.gazetteer import Gazetteer, Place
from geo.lexicon import rule_pattern, rules
from geo.list_classes import a_class
from geo.mention import Mention

ITEM_MARK = LIST_JOINS[:1]
"""The list mark proper (、), the only one between cities that share a metropolitan region's word."""
SHARED_TAILS = {
    kind: re.compile("|".join(f"(?:{rx})" for rx, k in rules("shared_tail") if k == kind) + "$")
    for kind in {k for _, k in rules("shared_tail")}
}
"""Feature words a list of names shares, by the kind of the name they end (包头、鄂尔多斯机场; a station's
站 is no power station's): data/lexicon/rule_words.csv."""


CITIES_AFTER = re.compile(rule_pattern("shared_tail_not_before"))
"""What after the shared word makes the list one of cities, not of facilities: rule_words.csv."""


def shared_suffix(text: str, ms: list[Mention], g: Gazetteer | None = None) -> list[Mention]:
    """``包头、鄂尔多斯机场`` → both are airports: names listed with 、/与/和/及 before a name+feature word
    (or a zone's designation: ``榆林、鄂尔多斯国家农业科技园区``) share it, and so do cities before a
    metropolitan region's word (南京、杭州、合肥都市圈); a grid word (``蒙西与华北电网``) is shared by
    regions and provinces too."""
    out = list(ms)
    for i, m in enumerate(out):
        tail = SHARED_TAILS[m.kind].search(m.surface) if m.kind in SHARED_TAILS else None
        word = m.note.partition(";")[0].partition(":")[2]
        designated = (
            m.kind in ("airport", "port", "park", "energy") and m.note.startswith("designation:")
        ) or (
            m.kind == "park" and m.note.startswith("suffix:") and a_class(word)
        )  # 甲、乙化工园区 share the park's class; a converter station (甲与乙换流站) is one place's
        if not (tail or designated) or CITIES_AFTER.match(text, m.end):
            continue  # 南京、杭州都市圈: regions; not a designation after 区及, nor 物流园区布局城市
        # 榆林、鄂尔多斯国家农业科技园区: a designation, or class words read as the sub-name and word
        suffix = tail.group() if tail else word
        # 蒙西与华北电网
        heads = ("city", "county", "region", "province") if m.kind == "energy" else ("city", "county")
        j = i - 1
        joins = LIST_JOINS if m.kind != "region" else ITEM_MARK  # 芜湖和南京都市圈: 芜湖 stays a city
        while j >= 0 and out[j].lon is not None and text[out[j].end : out[j + 1].start] in joins:
            x = out[j]
            if x.kind in ("city", "county") and x.written_in_full():
                break  # 茅箭区、…和十堰经济技术开发区: units in full stay units
            if x.kind not in heads + (m.kind,):
                city = _its_city(x, g) if g else None  # 吉林和通化机场: 吉林 the city
                if city is None:
                    break
                x = x.read_as(city, "city", "a province's name that is its city's too, before a facility")
            # one listed as that feature already (策克, a curated port) does not end the list
            if x.kind != m.kind:
                out[j] = replace(
                    x,
                    kind=m.kind,
                    name_zh=x.surface + suffix,
                    place_id=f"ctx:{x.surface}{suffix}",
                    group=f"shared@{m.start}",
                    note=f"shared suffix; located at {x.name_zh}",
                )
            j -= 1
    return out


def _its_city(m: Mention, g: Gazetteer) -> Place | None:
    """The city a province's short name also names (吉林 → 吉林市): a province listed before a facility."""
    if m.kind != "province":
        return None
    return next(
        (
            p
            for p in g.candidates(m.surface)
            if p.kind == "city" and p.level == 2 and p.adcode[:2] == m.adcode[:2]
        ),
        None,
    )  # 吉林市 in 吉林省; not 海南州 of Qinghai for the province 海南
