"""Names that stand for a whole province or part of one in few characters: one-character province
abbreviations written as a list (``新、甘、青、藏、川``) and an abbreviation with a direction (``陕北``,
``川西北``, ``皖南``, ``滇中``), from data/lexicon/province_abbreviations.csv (its ``directional`` column says
which abbreviations form such regions; 新 of 新中国, 台 of 台北, 宁 of many words do not)."""

from __future__ import annotations

import re
from dataclasses import replace

from geo.boundaries import ENDINGS
from geo.crs import haversine_m
from geo.features import LIST_JOINS, kind_after
from geo.gazetteer import REGION_SUFFIX, Gazetteer, short_name
from geo.lexicon import alternation, marks, one, rule_pattern, table, words
from geo.mention import Mention, joined_neighbours
from geo.raw_matching import PORT_ENDING
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
NAMED_ABBREVIATION = re.compile(f"(?:{rule_pattern('abbreviation_named')})({_ONE})")
ALSO_NAMED = re.compile(f"(?:{rule_pattern('abbreviation_also')})({_ONE})")
"""An abbreviation named as such is the province, and so is one joined to it (rule_words.csv,
abbreviation_named and abbreviation_also)."""
# Taiwan's abbreviation after 对 (对台贸易): rule_words.csv; not 出川 or 进藏, which annotators leave out.
TRAVELLED = re.compile(f"(?:{rule_pattern('abbreviation_travelled')})({_ONE})")
NAMING = sorted(words("chain_words", part_of_name="yes"), key=len, reverse=True)
"""Chaining words that belong to a region's name (川渝地区, 粤港澳城市群)."""
GOES_ON = re.compile(r"[\u4e00-\u9fff]?、")
REGION_AFTER = "|".join(
    [r["ending"] for r in table("designations") if r["kind"] == "region"]
    + [r["word"] for r in table("chain_words")]
)
BORDER = rule_pattern("border_area")
PROVINCE_COUNT = re.compile(rule_pattern("province_count"))
ONE_BY_ONE = "one of provinces written by their abbreviations"
"""How the note of a province read one by one from a run of abbreviations begins."""
PAIR_BOUND = re.compile(rule_pattern("province_pair_bound"))
JUNCTION = re.compile(rule_pattern("province_junction"))
JUNCTION_BEFORE = re.compile(f"(?:{rule_pattern('province_junction_before')})$")
_AFTER_TWO = "|".join(
    (
        REGION_AFTER,
        PROVINCE_COUNT.pattern,
        PAIR_BOUND.pattern,
        JUNCTION.pattern,
        rule_pattern("province_pair_region_after"),
    )
)
FUSED = quick(re.compile(rf"{_ONE}{{3,5}}|{_ONE}{{2,4}}(?:{BORDER})|{_ONE}{{2}}(?={_AFTER_TWO})"))
"""Three or more abbreviations written together (陕甘宁, 粤桂琼, 蒙晋冀), two or more and 边 (湘赣边, the
border area of the provinces), or two before a region's designation or a chaining word (川陕革命老区)
or a count of provinces or their boundary (甘青两省, 鲁苏交界): a region of those provinces, or those
provinces one by one when counted or bounded. Two alone are too often a word or a line's name
(data/lexicon/designations.csv, chain_words.csv)."""


LISTED_AFTER = re.compile(f"[{marks('join')}]{_ONE}{{2}}")
LISTED_BEFORE = re.compile(f"{_ONE}{{2}}[{marks('join')}]$")
"""Two abbreviations and a list mark beside a run of them: the run is listed with other runs."""
RUN_REGION_AFTER = re.compile(f"{REGION_AFTER}|{rule_pattern('province_chain_region_after')}")
"""What makes three or more abbreviations written together one region (rule_words.csv,
province_chain_region_after, and the region words): without it they are the provinces one by one."""


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


PORT_WORKS = re.compile(rule_pattern("port_city_after"))
PORT = one("rule_words", "kind", rule="port_city_after")
"""The kind a city named like its port is read as beside its works or another port (rule_words.csv)."""


def port_cities(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """A city written by a short form ending in 港 (防城港, 连云港) is its port, located at the city, when a
    word of the port's works follows it (防城港20万吨级散货码头) or it is listed or paired with another port
    (钦州港与防城港: data/lexicon/rule_words.csv)."""
    out = list(ms)
    for k, m in enumerate(out):
        if m.kind != "city" or not m.surface.endswith(PORT_ENDING) or m.surface != short_name(m.name_zh):
            continue  # the cheapest test first
        if (
            joined_neighbours(out, k, text, (PORT,), LIST_JOINS) or PORT_WORKS.match(text, m.end)
        ) and m.place_id in g.places:
            out[k] = m.read_as(g.places[m.place_id], PORT, "a port's works or a port beside it: the port")
    return out


ZONE_ENDINGS = tuple(e for e, k in ENDINGS if k == "park")
"""The words that end a zone's or a park's name (新区, 开发区…: data/lexicon/feature_endings.csv)."""


def zones_of_cities(text: str, ms: list[Mention]) -> list[Mention]:
    """A district named like a zone (天津's 滨海新区) written right after a city it does not lie in
    (绍兴滨海新区, 揭阳滨海新区) is that city's zone: one park mention, located at the city."""
    out: list[Mention] = []
    for m in ms:
        head = out[-1] if out else None
        if (
            head is not None
            and m.kind == "county"
            and head.kind == "city"
            and head.end == m.start
            and m.surface.endswith(ZONE_ENDINGS)
            and m.adcode[:4] != head.adcode[:4]
        ):
            out.pop()
            surface = text[head.start : m.end]
            note = f"a zone of {head.name_zh} named like {m.name_zh}; located at {head.name_zh}"
            m = Mention.at(head, head.start, m.end, surface, surface, "park", head.precision_m, note=note)
        out.append(m)
    return out


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


LISTED_NOTE = "one-character abbreviation in a list"
NAME_TAGS = frozenset({"LOC", "ORG", "nz"})
"""LAC's tags of a name of three Chinese characters or more a listed character may lie inside."""
TIME_TAGS = frozenset({"TIME", "m", "q"})
"""LAC's tags of times and counts, which may run on from a list's last item (a city's abbreviation and a
travel time)."""


def in_longer_names(text: str, ms: list[Mention], words: list[tuple[int, int, str]]) -> list[Mention]:
    """The mentions but the listed abbreviations inside a name LAC reads (ports sharing their word), and those
    of a pair inside an ordinary word of two characters or more (互通、合作: no list of 通 and 合; a longer
    list is one however LAC cuts its first item, as in 带沪、苏、浙)."""
    names = [
        (s, e)
        for s, e, t in words
        if t in NAME_TAGS
        and len(re.findall(r"[^\W\d_]", text[s:e])) > 2
        and not PROVINCE_COUNT.match(text, s + 1)  # 青三省 of 川、甘、青三省: the last item and a count
    ]
    plain = [(s, e) for s, e, t in words if t not in NAME_TAGS and t not in TIME_TAGS and e - s > 1]
    listed = {m.start for m in ms if m.note == LISTED_NOTE}

    def pair(i: int) -> bool:
        return not ({i - 4, i + 4} & listed or {i - 2, i + 2} <= listed)

    return [
        m
        for m in ms
        if m.note != LISTED_NOTE
        or not any(s <= m.start and m.end <= e for s, e in names + (plain if pair(m.start) else []))
    ]


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
            out.append(Mention.of(p, i, i + 1, text[i], kind, note=LISTED_NOTE))
    return out + _named_abbreviations(text, taken, g)


def _named_abbreviations(text: str, taken: list[tuple[int, int]], g: Gazetteer) -> list[Mention]:
    """The provinces a text names by their abbreviation, saying so (:data:`NAMED_ABBREVIATION`) or facing
    them (:data:`TRAVELLED`: 对台)."""
    out = []
    for w in [*NAMED_ABBREVIATION.finditer(text), *TRAVELLED.finditer(text)]:
        i = w.start(1)
        while not any(a <= i < b for a, b in taken):
            p = g.by_adcode(ABBREVIATIONS[text[i]])
            note = "an abbreviation named as such" if w.re is NAMED_ABBREVIATION else "a province gone to"
            out.append(Mention.of(p, i, i + 1, text[i], "province", note=note))
            nxt = ALSO_NAMED.match(text, i + 1)
            if nxt is None:
                break
            i = nxt.start(1)
    return out


def province_chains(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """The mentions with a region for each run of distinct province abbreviations (:data:`FUSED`) that no
    mention reads already, at the mean of its provinces; the provinces one by one when a count of provinces
    or their junction follows, then even over a landform's or a region's short name inside the run
    (examples: tests/test_geoparse_junctions.py)."""
    out = list(ms)
    for w in FUSED.finditer(text):
        s, e = w.span()
        codes = [ABBREVIATIONS[c] for c in w.group() if c in ABBREVIATIONS]
        e += len(next((n for n in NAMING if text.startswith(n, e)), ""))  # 川渝地区
        counted = bool(
            PROVINCE_COUNT.match(text, w.end())
            or JUNCTION.match(text, w.end())
            or JUNCTION_BEFORE.search(text, max(0, s - 2), s)
            or (len(codes) == 2 and PAIR_BOUND.match(text, w.end()))
        )
        over = [m for m in out if m.kind != "unresolved" and m.start < e and s < m.end]
        inside = counted and all(
            s <= m.start and m.end <= w.end() and m.kind in ("landform", "region") for m in over
        )
        if len(set(codes)) < len(codes) or (over and not inside):
            continue
        one_by_one = counted or _alone(text, w, len(codes))  # 京津冀, known as a region, is read already
        out = [m for m in out if m not in over]
        provinces = [g.by_adcode(c) for c in codes]
        if one_by_one:
            note = f"{ONE_BY_ONE}{' and counted' if counted else ''}"
            out += [
                Mention.of(p, s + k, s + k + 1, text[s + k], "province", note=note)
                for k, p in enumerate(provinces)
            ]
            continue
        note = "provinces written by their abbreviations: "
        out.append(Mention.region_of_places((s, e), text[s:e], provinces, note))
    return out


PAIR = re.compile(f"(?<!{_ANY}){_ONE}{{2}}(?!{_ANY})")
PAIR_AFTER = re.compile(rule_pattern("province_pair_after"))
NEIGHBOURS_KM = 900
"""How far apart two provinces' points may lie for their abbreviations written together alone to be the two
provinces (neighbours lie within 600 km; the pairs that name lines join provinces 1,000 km and more apart)."""


def province_pairs(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """The mentions with the two provinces of two neighbouring provinces' abbreviations written together
    alone and followed by a word of their relation (川渝东出的大通道, 沪苏省际边界: rule_words.csv
    province_pair_after) when no mention reads them (the probes' annotators read such a pair as its two
    provinces)."""
    out = list(ms)
    for w in PAIR.finditer(text):
        s, e = w.span()
        if not PAIR_AFTER.match(text, e) or any(
            m.start < e and s < m.end and m.kind != "unresolved" for m in ms
        ):
            continue
        a, b = (g.by_adcode(ABBREVIATIONS[c]) for c in w.group())
        if a is b or haversine_m(a.lon, a.lat, b.lon, b.lat) > NEIGHBOURS_KM * 1000:
            continue
        note = f"{ONE_BY_ONE}: two neighbours written together"
        out = [m for m in out if not (m.start < e and s < m.end)]
        out += [
            Mention.of(p, s + k, s + k + 1, text[s + k], "province", note=note) for k, p in enumerate((a, b))
        ]
    return out


def _alone(text: str, run: re.Match[str], abbreviations: int) -> bool:
    """Whether three or four abbreviations written together stand alone (东接沪苏浙, 沪苏浙交界处): no
    region's word or border follows them (:data:`RUN_REGION_AFTER`) and no other run is listed beside them
    (苏浙皖、皖赣鄂). ``abbreviations``: how many of the run's characters are abbreviations."""
    return (
        3 <= abbreviations <= 4  # five together are an area of its own (陕甘宁蒙晋交界)
        and abbreviations == len(run.group())  # 湘赣边: the border area
        and not RUN_REGION_AFTER.match(text, run.end())
        and not LISTED_AFTER.match(text, run.end())
        and not LISTED_BEFORE.search(text, max(0, run.start() - 3), run.start())
    )
