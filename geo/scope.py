"""Names that stand for a whole province or part of one in few characters: one-character province
abbreviations written as a list (``新、甘、青、藏、川``) and an abbreviation with a direction (``陕北``,
``川西北``, ``皖南``, ``滇中``), from data/lexicon/province_abbreviations.csv (its ``directional`` column says
which abbreviations form such regions; 新 of 新中国, 台 of 台北, 宁 of many words do not)."""

from __future__ import annotations

import re
from dataclasses import replace

from geo.features import WETLAND, kind_after
from geo.gazetteer import CITY_SUFFIX, MUNICIPALITIES, REGION_SUFFIX, TOWNSHIP_SUFFIX, Gazetteer
from geo.lexicon import alternation, marks, rule_pattern, table, words
from geo.mention import Mention
from geo.regions import DASHES
from geo.scan import quick

ABBREVIATIONS = {r["abbr"]: r["adcode"] for r in table("province_abbreviations")}
_ONE = "[" + "".join(ABBREVIATIONS) + "]"
CITY_ABBREVIATIONS = {
    r["char"]: r["adcode"] for r in table("city_abbreviations") if r["char"] not in ABBREVIATIONS
}
_ANY = "[" + "".join(ABBREVIATIONS) + "".join(CITY_ABBREVIATIONS) + "]"
ABBREVIATION_LIST = re.compile(rf"{_ANY}(?:、{_ANY})+")
"""Two or more one-character abbreviations separated by 、: a list of provinces (京、津、冀;
新、甘、青、藏、川), unless the list goes on with other words (东、中、西部); a full province name may end it
(鲁、豫、晋、陕、内蒙古). A single character anywhere else is a word (新 is new, 青 is green),
never matched."""
NAMING = sorted(words("chain_words", part_of_name="yes"), key=len, reverse=True)
"""Chaining words that belong to a region's name (川渝地区, 粤港澳城市群)."""
GOES_ON = re.compile(r"[\u4e00-\u9fff]?、")
REGION_AFTER = "|".join(
    [r["ending"] for r in table("designations") if r["kind"] == "region"]
    + [r["word"] for r in table("chain_words")]
)
BORDER = rule_pattern("border_area")
PROVINCE_COUNT = re.compile(rule_pattern("province_count"))
PAIR_BOUND = re.compile(rule_pattern("province_pair_bound"))
_AFTER_TWO = "|".join((REGION_AFTER, PROVINCE_COUNT.pattern, PAIR_BOUND.pattern))
FUSED = quick(re.compile(rf"{_ONE}{{3,5}}|{_ONE}{{2,4}}(?:{BORDER})|{_ONE}{{2}}(?={_AFTER_TWO})"))
"""Three or more abbreviations written together (陕甘宁, 粤桂琼, 蒙晋冀), two or more and 边 (湘赣边, the
border area of the provinces), or two before a region's designation or a chaining word (川陕革命老区)
or a count of provinces or their boundary (甘青两省, 鲁苏交界): a region of those provinces, or those
provinces one by one when counted or bounded. Two alone are too often a word or a line's name
(data/lexicon/designations.csv, chain_words.csv)."""


DIRECTIONS = alternation("directions")
DIRECTIONAL = re.compile(
    "(["
    + "".join(r["abbr"] for r in table("province_abbreviations") if r["directional"] == "yes")
    + f"])(?:{DIRECTIONS})(?:{REGION_SUFFIX})?"
)
"""``陕北``, ``川西北``, ``蒙东地区``: part of a province named by its abbreviation and a direction."""


def directional_regions(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """A region for each province abbreviation followed by a direction that no mention reads already (黔东南
    is a prefecture, 四川西部 the province), at its province's point with the province's precision."""
    # 鄂西北地区: the quarter after the abbreviation (西北地区) is part of it
    quarter = {
        (m.start, m.end) for m in ms if m.kind == "region" and text[m.start - 1 : m.start] in ABBREVIATIONS
    }
    taken = [(m.start, m.end) for m in ms if (m.start, m.end) not in quarter]
    out = list(ms)
    for w in DIRECTIONAL.finditer(text):
        if any(a < w.end() and w.start() < b for a, b in taken):
            continue
        out = [m for m in out if not (w.start() < m.start and m.end <= w.end())]
        p = g.by_adcode(ABBREVIATIONS[w.group(1)])
        kind, prec, e = kind_after(text, w.end(), "region", set())  # 川中丘陵 the hills, 藏东南…基地
        out.append(
            Mention.at(
                p,
                w.start(),
                e,
                text[w.start() : e],
                text[w.start() : e],
                kind or "region",
                max(p.precision_m, prec),
                note=f"part of {p.name_zh} named by its abbreviation"
                + (f"; {text[w.end() : e]}" if kind else ""),
            )
        )
    return sorted(out, key=lambda m: (m.start, -m.end))


RIVER_AFTER = re.compile(alternation("river_words"))
"""Words after a name that make it a river (data/lexicon/river_words.csv)."""


NATURE_ENDS = frozenset(
    r["ending"] for r in table("feature_endings") if len(r["ending"]) == 1 and r["kind"] == "water"
)
"""One-character words that end a river's or lake's name (河, 江, 水…: data/lexicon/feature_endings.csv)."""
RIVER_BEFORE = re.compile(rule_pattern("river_before"))
"""A verb of flowing or 又名 right before a name (注入黑龙江, 又名沂水): data/lexicon/rule_words.csv."""
COUNTY_RIVER_END = re.compile(rule_pattern("county_river_end"))
"""The last character of a county that may be read as a river too (沂水): data/lexicon/rule_words.csv."""
RIVER_JOINS = (*marks("join"), *DASHES)
"""What joins a river to another in a list or a waterway (黑龙江、乌苏里江; 黑龙江和乌苏里江; 右江—珠江)."""


def waterways(text: str, ms: list[Mention]) -> list[Mention]:
    """``金沙江—长江``, ``澜沧江—湄公河``: rivers joined by dashes are one waterway too, a water mention
    spanning them (the rivers stay mentions of their own, as a line's ends do); not located."""
    out = list(ms)
    rivers = [m for m in ms if m.kind == "water"]
    for a, b in zip(rivers, rivers[1:]):
        if text[a.end : b.start] in DASHES and not any(m.start < a.start and b.end <= m.end for m in ms):
            name = text[a.start : b.end]
            note = f"a waterway of the rivers {a.name_zh} and {b.name_zh}; not located"
            out.append(
                Mention(a.start, b.end, name, name, "water", group=f"{a.place_id}|{b.place_id}", note=note)
            )
    return sorted(out, key=lambda m: (m.start, -m.end))


PREFECTURE = re.compile(rule_pattern("prefecture_word"))


def prefectures(text: str, ms: list[Mention]) -> list[Mention]:
    """``荆州地区``, ``那曲地区``: a prefecture-level city and 地区 are the city, named as the prefecture
    (地区) it was before it became a city; one mention of the city."""
    return [
        replace(m, end=m.end + len(w.group()), surface=m.surface + w.group())
        if m.kind == "city" and (w := PREFECTURE.match(text, m.end))
        else m
        for m in ms
    ]


RANGE_TAIL = re.compile(rule_pattern("range_tail"))


def mountain_ranges(text: str, ms: list[Mention]) -> list[Mention]:
    """``七老图山脉``, ``大娄山系``: a mountain's name ending in 山 and 脉 or 系 are the range, one
    mention."""
    return [
        replace(m, end=r.end(), surface=text[m.start : r.end()])
        if m.kind == "landform" and (r := RANGE_TAIL.match(text, m.end))
        else m
        for m in ms
    ]


RIVER_ORDINAL = re.compile(rule_pattern("river_ordinal"))
MOUTH = re.compile(f"(?:{rule_pattern('river_mouth')})(?!{rule_pattern('river_mouth_not')})")


def river_mouths(text: str, ms: list[Mention]) -> list[Mention]:
    """``鸭绿江口``, ``北仑河口``: a river (a water mention ending in 江 or 河) and 口 are its mouth, water
    (data/lexicon/rule_words.csv), unlocated (the river's point says nothing of where it meets the sea);
    ``头道松花江``: an ordinal before it names one of its head streams, unlocated too."""
    out = []
    for m in ms:
        head = RIVER_ORDINAL.search(text, max(0, m.start - 2), m.start) if m.kind == "water" else None
        if head is not None:
            note = f"a head stream of {m.name_zh}; not located"
            m = Mention.unlocated(text, head.start(), m.end, "water", note=note)
        mouth = MOUTH.match(text, m.end) if m.kind == "water" else None
        if mouth is not None:
            note = f"the mouth of {m.name_zh}; not located"
            m = Mention.unlocated(text, m.start, mouth.end(), "water", group=m.place_id, note=note)
        out.append(m)
    return out


def wetlands(text: str, ms: list[Mention]) -> list[Mention]:
    """``青冈湖湿地``: a lake or river read from the words around it and the wetland word after it are one
    water mention, as a known lake's wetland is (洪泽湖湿地: data/lexicon/feature_words.csv)."""
    return [
        replace(m, end=w.end(), surface=text[m.start : w.end()], name_zh=text[m.start : w.end()])
        if m.kind == "water" and (w := WETLAND.match(text, m.end)) and not any(x.start == m.end for x in ms)
        else m
        for m in ms
    ]


CONFLUENCE = re.compile(rule_pattern("confluence"))
NOT_A_MOUTH = re.compile(rule_pattern("river_mouth_not"))
CONFLUENCE_NOTE = "where rivers meet or a river's mouth; not located"
"""The note of a confluence: no unit its name starts with says where it is (三江口 is not at 三江县)."""


def confluences(text: str, ms: list[Mention]) -> list[Mention]:
    """``双江口``, ``石龙三江口``, ``平塘江口``: names not placed here written one after another and ending in
    江口 or 河口 are where rivers meet or a river's mouth, one water mention, unlocated; not 三江口社区."""
    out: list[Mention] = []
    for m in ms:
        run = [m]
        while out and _not_placed(out[-1]) and out[-1].end == run[0].start:
            run.insert(0, out.pop())
        s, e = run[0].start, m.end
        if _not_placed(m) and e - s >= 3 and CONFLUENCE.search(text, s, e) and not NOT_A_MOUTH.match(text, e):
            m = Mention.unlocated(text, s, e, "water", note=CONFLUENCE_NOTE)
        else:
            out += run[:-1]
        out.append(m)
    return out


def _not_placed(m: Mention) -> bool:
    """Whether ``m`` is a name not placed here or a town's short form: a part of a confluence's name it may
    be (石龙 + 三江口); not a town written in full (宝轮镇)."""
    return m.kind == "unresolved" or (m.kind == "town" and not TOWNSHIP_SUFFIX.search(m.surface))


def provinces_or_rivers(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """A province, city or county named like a river (黑龙江, 右江, 黑河) is the river when a river word
    follows it (黑龙江干流, 黑河贯穿), a verb of flowing or 支流 precedes it (注入黑龙江, 支流桃江), or it
    stands in a list with a river or is joined to one by a dash (黑龙江、乌苏里江; 右江—珠江). A river the
    gazetteer lacks that a county's short form names (桃江 of Jiangxi, not 桃江县) is kept unlocated."""
    out = list(ms)
    for k in [*range(len(out))] * 2:  # twice: a river read makes its neighbour one (黑河、白河)
        m = out[k]
        if m.kind not in ("province", "city", "county", "unresolved") or not (
            m.surface[-1] in NATURE_ENDS or COUNTY_RIVER_END.fullmatch(m.surface[-1])
        ):
            continue
        river = next((p for p in g.candidates(m.surface) if p.kind == "water"), None)
        beside = [
            x
            for x in (out[k - 1] if k else None, out[k + 1] if k + 1 < len(out) else None)
            if x is not None
            and x.kind == "water"
            and text[min(x.end, m.end) : max(x.start, m.start)] in RIVER_JOINS
        ]
        flowing = RIVER_BEFORE.search(text, max(0, m.start - 3), m.start) is not None
        note = f"a river word or a river beside it: the river, not the {m.kind}"
        if (
            m.kind != "unresolved"
            and river is not None
            and (beside or flowing or RIVER_AFTER.match(text, m.end))
        ):
            out[k] = m.read_as(river, "water", note)
        elif river is None and (flowing or RIVER_AFTER.match(text, m.end)) and m.surface != _unit_name(m, g):
            # 桃江 (not 桃江县), 红河上游: a river the gazetteer lacks
            out[k] = Mention.unlocated(text, m.start, m.end, "water", note=f"{note}; not in the gazetteer")
    return out


def rivers_or_units(ms: list[Mention], text: str, g: Gazetteer) -> list[Mention]:
    """A river named like a county (元江, 浑江) listed among counties or cities with 、 is that county: of
    its namesakes, the one in the city or province of a neighbour."""
    out = list(ms)
    for k, m in enumerate(out):
        units = [p for p in g.candidates(m.surface) if p.level == 3] if m.kind == "water" else []
        beside = [
            x
            for x in (out[k - 1] if k else None, out[k + 1] if k + 1 < len(out) else None)
            if x is not None
            and x.kind in ("city", "county")
            and text[min(x.end, m.end) : max(x.start, m.start)] == "、"
        ]
        near = [p for p in units if any(p.adcode[:4] == x.adcode[:4] for x in beside)] or [
            p for p in units if any(p.adcode[:2] == x.adcode[:2] for x in beside)
        ]
        if len(near) == 1:
            out[k] = m.read_as(
                near[0], "county", "listed among counties and cities: the county, not the river"
            )
    return out


TO = marks("to")
"""The word between a line's stops (吉林至沈阳): data/lexicon/list_marks.csv."""


def cities_at_line_ends(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """A province written like a prefecture-level city (吉林: 吉林省, 吉林市) at an end of ``A至B`` is the
    city: lines run between cities."""
    out = []
    for m in ms:
        city = next(
            (
                p
                for p in g.candidates(m.surface + CITY_SUFFIX)
                if p.level == 2 and p.adcode[:2] not in MUNICIPALITIES
            ),
            None,
        )  # not 北京, 天津: the municipality is the city
        at_end = text[m.end : m.end + 1] == TO or text[max(0, m.start - 1) : m.start] == TO
        out.append(
            m.read_as(city, "city", "an end of a line: the city")
            if m.kind == "province" and city and at_end
            else m
        )
    return out


def _unit_name(m: Mention, g: Gazetteer) -> str:
    """The full name of the unit a mention reads, or would read had it been taken (its runner-up)."""
    unit = g.places.get(m.runner_up) if m.kind == "unresolved" else None
    return unit.name_zh if unit is not None else m.name_zh


RANGE_AFTER = re.compile(rule_pattern("range_after"))


def units_or_ranges(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """A prefecture or county named like a mountain range (大兴安岭) is the range when a part of a range
    follows it (大兴安岭北段西麓: data/lexicon/rule_words.csv)."""
    out = []
    for m in ms:
        rng = (
            next((p for p in g.candidates(m.surface) if p.kind == "landform"), None)
            if m.kind in ("city", "county") and RANGE_AFTER.match(text, m.end)
            else None
        )
        out.append(
            m
            if rng is None
            else m.read_as(rng, "landform", f"a part of a range after it: the range, not the {m.kind}")
        )
    return out


def province_lists(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """A mention for each item of a list of province (or city: 穗, 蓉) abbreviations, at its unit; items
    already read as part of a longer name (``陕、甘、宁夏``: 宁夏) are left to that name."""
    taken = [(m.start, m.end) for m in ms]
    out = []
    for run in ABBREVIATION_LIST.finditer(text):
        after = run.end() + 1
        if GOES_ON.match(text, run.end()) and not any(m.kind == "province" and m.start == after for m in ms):
            continue  # 东、中、西部: the list goes on with words
        for i in range(run.start(), run.end(), 2):
            if any(a <= i < b for a, b in taken):
                continue
            p = g.by_adcode(ABBREVIATIONS.get(text[i]) or CITY_ABBREVIATIONS[text[i]])
            kind = "province" if text[i] in ABBREVIATIONS else "city"  # 港、澳、穗、深: 穗 and 深 are cities
            out.append(Mention.of(p, i, i + 1, text[i], kind, note="one-character abbreviation in a list"))
    return out


def province_chains(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """A region for each run of distinct province abbreviations (:data:`FUSED`) that no mention reads
    already (京津冀 is known by name), at the mean of its provinces; the provinces one by one when a count of
    provinces follows (鄂豫皖三省)."""
    taken = [(m.start, m.end) for m in ms if m.kind != "unresolved"]
    out = []
    for w in FUSED.finditer(text):
        s, e = w.span()
        codes = [ABBREVIATIONS[c] for c in w.group() if c in ABBREVIATIONS]
        e += len(next((n for n in NAMING if text.startswith(n, e)), ""))  # 川渝地区
        if len(set(codes)) < len(codes) or any(a < e and s < b for a, b in taken):
            continue
        provinces = [g.by_adcode(c) for c in codes]
        if PROVINCE_COUNT.match(text, w.end()) or (len(codes) == 2 and PAIR_BOUND.match(text, w.end())):
            # 鄂豫皖三省, 鲁苏交界: the provinces one by one
            note = "one of provinces written by their abbreviations and counted"
            out += [
                Mention.of(p, s + k, s + k + 1, text[s + k], "province", note=note)
                for k, p in enumerate(provinces)
            ]
            continue
        out.append(
            Mention.region_of(
                (s, e),
                text[s:e],
                [p.name_zh for p in provinces],
                [(p.lon, p.lat, p.spread_m) for p in provinces],
                note="provinces written by their abbreviations: " + "、".join(p.name_zh for p in provinces),
                group="|".join(p.place_id for p in provinces),
            )
        )
    return out
