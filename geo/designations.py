"""Zones, belts and regions named after a place: ``毛乌素沙地综合治理示范区``, ``张家口首都水源涵养功能区``,
``长江黄河上游生态屏障``, ``西安都市圈``, ``湄公河流域``. The designations and the words that may not stand
inside such a name are data (data/lexicon/designations.csv, designation_breakers.csv).

A pure function over the text and the mentions found so far.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from geo.features import COUNT, NOT_IN_SUB_NAME
from geo.lexicon import alternation, marks, one, rule_pattern, table, words
from geo.lines import JOIN_CHARS
from geo.mention import Mention
from geo.normalize import CJK
from geo.raw_matching import PORT_ENDING

DESIGNATIONS = {r["ending"]: (r["kind"], float(r["precision_m"])) for r in table("designations")}
DESIGNATION = re.compile(alternation("designations", "ending"))
NOT_AFTER = re.compile(rule_pattern("designation_not_after"))
"""What after a designation's word makes it a verb phrase (data/lexicon/rule_words.csv)."""
HEADS = (
    *("city", "county", "town", "province", "region", "landform", "water", "park", "airport", "port"),
    *("rail", "road"),
)
"""Kinds of place a zone may be named after (tests/test_geoparse_context.py); a belt or a corridor along a
line too (tests/test_geoparse_junctions.py)."""
BREAKERS = re.compile(r"[^\u4e00-\u9fff]|" + alternation("designation_breakers"))
"""What may stand between a place and its designation is a run of modifiers (bracketed asides aside), never a
clause: no verb, function word or punctuation."""
WHOLE = re.compile(alternation("designation_modifiers"))
"""Modifiers that hold a breaker and still stand whole inside a designation's name (跨区域协同发展示范区,
黄河流域生态保护和高质量发展先行区): data/lexicon/designation_modifiers.csv."""
ECO_WORDS = re.compile(alternation("eco_words"))
"""A park-like designation whose name says one of these is an ecological zone (data/lexicon/eco_words.csv)."""
DEVELOPMENT = re.compile(rule_pattern("development_words"))
"""Words that keep a park-like designation a development zone (data/lexicon/rule_words.csv)."""
MODIFIERS_MAX = 12
"""At most this many characters of modifiers between the place and the designation
(bracketed asides aside)."""
KNOWN = ("park", "eco_zone", "port", "region")
UNITS = ("province", "city", "county", "town")


def _head(text: str, ms: list[Mention], w: re.Match) -> Mention | None:
    """The place that names the designation ``w``: the nearest located place before it with only modifiers
    between."""
    start = w.start()
    near = [m for m in ms if start - 40 <= m.end <= start and m.kind in HEADS]
    for h in sorted(near, key=lambda m: -m.end):
        bare = WHOLE.sub("", re.sub(r"（[^（）]*）", "", text[h.end : w.start()]))
        if len(bare) > MODIFIERS_MAX:
            return None
        # a word across the join counts; one inside the designation does not
        stop = BREAKERS.search(bare + w.group())
        if stop is None or stop.start() >= len(bare):
            return h
    return None


def _first_word(text: str, ms: list[Mention], h: Mention, dashes: bool) -> Mention:
    """The head with the places written right before it, as one word (长江黄河, 三亚崖州湾), or joined to it
    by a dash (哀牢山—无量山山地生态屏障, 延平—古田生态保护修复区: a zone between two places)."""
    while True:
        prev = next(
            (
                m
                for m in ms
                if m.kind in HEADS
                and (
                    m.end == h.start
                    or (dashes and m.end == h.start - 1 and re.fullmatch(JOIN_CHARS, text[m.end]))
                )
            ),
            None,
        )
        if prev is None or (prev.kind == "province" and prev.surface == prev.name_zh):
            return h  # 湖南省湘南承接产业转移示范区: a province written in full stays a mention of its own
        h = prev


def _dashed(text: str, m: Mention, h: Mention) -> bool:
    """Whether ``m`` is a place a dash joins inside a zone's name, up to its head (哀牢山 and 无量山 of
    哀牢山—无量山山地生态屏障): an end of the zone, a mention of its own as a line's ends are."""
    return m.end <= h.end and any(
        0 <= i < len(text) and re.fullmatch(JOIN_CHARS, text[i]) for i in (m.start - 1, m.end)
    )


ASIDE_UNITS = ("city", "county")
"""Units whose name in a bracketed aside of a zone's name locates the zone (a region's zone with its city in
brackets is in that city)."""


def _within(m: Mention, spans: list[tuple[int, int]]) -> bool:
    """Whether ``m`` lies inside one of ``spans``."""
    return any(a <= m.start and m.end <= b for a, b in spans)


def designations(text: str, ms: list[Mention]) -> list[Mention]:
    """A place followed by modifiers and a designation (data/lexicon/designations.csv) names one zone, belt or
    region, located at that place no closer than the designation's precision. The places inside its name are
    then part of it, not mentions of their own; places in a bracketed aside inside the name stay mentions. A
    name the gazetteer or an earlier rule already reads (长江经济带, a curated zone) is left as it is."""
    out = sorted(ms, key=lambda m: m.start)
    starts, longest = [m.start for m in out], max((m.end - m.start for m in out), default=0)
    for w in DESIGNATION.finditer(text):
        ws, we = w.span()  # read once, not once a mention
        if NOT_AFTER.match(text, we):
            continue  # 发展带来: the verb to bring
        # only the mentions that may reach the word or end within 40 characters before it
        near = out[bisect.bisect_left(starts, ws - 40 - longest) : bisect.bisect_left(starts, we)]
        if any(
            m.start < we <= m.end and (m.kind in KNOWN or (m.start < ws and m.kind in UNITS)) for m in near
        ):
            continue  # 长江经济带 known; 武陵源区 a district whose name ends like a designation (源区)
        h = _head(text, near, w)
        if h is None or COUNT.match(text, h.end):
            continue  # 南昌三大都市圈: the designation of a list, not 南昌's name
        kind, prec = DESIGNATIONS[w.group()]
        first = _first_word(text, out, h, dashes=kind != "region")  # regions: geo.regions reads dashed chains
        name = text[first.start : w.end()]
        if kind == "park" and ECO_WORDS.search(name) and not DEVELOPMENT.search(name):
            kind, prec = "eco_zone", max(prec, 30000.0)
        asides = [
            (h.end + a.start(), h.end + a.end())
            for a in re.finditer(r"（[^（）]*）", text[h.end : w.start()])
        ]
        out = [
            m
            for m in out
            if not (
                first.start <= m.start
                and m.end <= w.end()
                and not _within(m, asides)
                and not (first is not h and _dashed(text, m, h))
            )
        ]
        # 长三角（宣城）产业合作区: a city or county in a bracketed aside says where the zone is
        at = next((m for m in reversed(near) if m.kind in ASIDE_UNITS and _within(m, asides)), h)
        out.append(
            Mention.at(
                at,
                first.start,
                w.end(),
                name,
                name,
                kind,
                max(at.precision_m or 0.0, prec),
                score=h.score,
                runner_up=h.runner_up,
                note=f"designation:{text[h.end : w.end()]}; after {h.name_zh}; located at {at.name_zh}",
            )
        )
        out.sort(key=lambda m: m.start)
        starts, longest = [m.start for m in out], max(longest, w.end() - first.start)
    return out


PORT_AREA = re.compile(f"[{CJK}]{{1,5}}?(?P<word>" + alternation("port_area_words") + ")")
"""A port's area written after the port's name: ``芜湖港朱家桥港区`` (data/lexicon/port_area_words.csv)."""
SUB_AREA = re.compile(
    f"(?!{one('line_words', 'pattern', role='list_status')})[{CJK}]{{1,5}}?(?:"
    + alternation("port_area_words", inside_an_area="yes")
    + ")"
)
"""An area inside a port area, written right after it (高青港区花沟作业区; not 新建作业区, a status):
port_area_words.csv, line_words.csv."""
AREA_WORDS = tuple(words("port_area_words", inside_an_area="no"))
"""The words that end the name of a port's area, which areas inside it may follow (port_area_words.csv)."""
PORT_AREA_PRECISION_M = 30000.0
"""A port area lies somewhere in its port's city: no closer than this to the port's point."""


def _area(at: Mention, span: tuple[int, int], name: str, kind: str, what: str) -> Mention:
    """An area of a port or a zone named ``name``, located at ``at`` (the port, the zone or the place the
    area is named after), somewhere in it: no closer than :data:`PORT_AREA_PRECISION_M`."""
    prec = max(at.precision_m or 0.0, PORT_AREA_PRECISION_M)
    note = f"{what}; located at {at.surface}"
    return Mention.at(at, *span, name, name, kind, prec, score=at.score, runner_up=at.runner_up, note=note)


def port_areas(text: str, ms: list[Mention]) -> list[Mention]:
    """A port followed by the name of one of its areas and 港区 is one port, that area, located at the port;
    the names read inside the area's name (朱家桥港区, 龙口) are part of it. Areas listed after the first
    (天津港北疆港区、南疆港区和东疆港区) are that port's too."""
    out = list(ms)
    for m in [m for m in ms if m.kind == "port" and m.surface.endswith(PORT_ENDING)]:
        start, w = m.start, PORT_AREA.match(text, m.end)
        while w is not None and not _breaks(w.group()):
            own = next(
                (
                    x
                    for x in out
                    if x is not m
                    and x.kind == "port"
                    and x.start == w.start()
                    and x.end <= w.end()
                    and x.adcode[:4] == m.adcode[:4]  # 福州港江阴港区 is not at 江阴 of Jiangsu
                ),
                m,
            )
            end = _sub_area_end(text, w.end())
            out = [x for x in out if x is m or not w.start() <= x.start < end]  # 作业区多用途码头 too
            name = text[start:end]
            area = _area(own, (start, end), name, "port", f"port area of {own.surface}")
            out = (
                [area if x is m else x for x in out]
                if start == m.start
                else sorted(out + [area], key=lambda x: x.start)
            )
            join = LIST_JOIN.match(text, end)
            w = PORT_AREA.match(text, join.end()) if join else None
            if w is not None and any(
                x.kind == "port" and w.start() <= x.start and (x.end <= w.start("word") or x.end == w.end())
                for x in out
            ):
                # 、深圳港盐田港区, 、防城港渔澫港区: another port's area (京唐港区 is an area of this one)
                w = None
            start = w.start() if w is not None else start
    return _with_sub_areas(text, out)


def _with_sub_areas(text: str, ms: list[Mention]) -> list[Mention]:
    """Ports' areas read alone (龙游港区) with the areas inside them written right after them (桥头江作业区),
    and nothing read inside those."""
    grown = {
        id(m): end
        for m in ms
        if m.kind == "port" and m.surface.endswith(AREA_WORDS) and (end := _sub_area_end(text, m.end)) > m.end
    }
    if not grown:
        return ms
    return [
        replace(m, end=grown[id(m)], surface=text[m.start : grown[id(m)]]) if id(m) in grown else m
        for m in ms
        if not any(o.end <= m.start < grown.get(id(o), 0) for o in ms if o is not m)
    ]


def _sub_area_end(text: str, e: int) -> int:
    """Where a port area ends with the areas inside it written right after it (淄博港高青港区花沟作业区: one
    port mention)."""
    while (sub := SUB_AREA.match(text, e)) is not None and not _breaks(sub.group()):
        e = sub.end()
    return e


def _breaks(area: str) -> bool:
    """Whether what reads as a port's area is none: it holds a mark, a breaker, a count or a plan's verb
    (营口港下辖营口港区: the port's areas listed after 下辖)."""
    return bool(BREAKERS.search(area) or COUNT.search(area) or NOT_IN_SUB_NAME.search(area))


LIST_JOIN = re.compile("[" + marks("join") + "]")
ZONE_AREA = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:" + alternation("zone_area_words") + ")")
"""An area of a zone written after the zone or listed after its first area:
``哈尔滨片区`` (data/lexicon/zone_area_words.csv)."""
BARE_ITEM = re.compile(r"[\u4e00-\u9fff]{2,6}?(?=[" + marks("join") + "])")
AREA_KINDS = ("city", "county", "town", "port", "airport", "park", "province")
"""What an area is named after and located at (哈尔滨片区, 天津港片区, 天津机场片区, 滨海新区中心商务片区)."""


def _zone_area_spans(text: str, zone: Mention) -> list[tuple[int, int]]:
    """The areas written after ``zone``: the first joined to it (its span starts with the zone's), then those
    listed after it with 、/和/与/及; a bare name before a listed area shares its word (襄阳、宜昌片区)."""
    w = ZONE_AREA.match(text, zone.end)
    if w is None or BREAKERS.search(w.group()) or COUNT.search(w.group()):
        return []  # 德令哈两大园区: a count of zones after a listed one, no area of it
    spans, pending, pos = [(zone.start, w.end())], [], w.end()
    while (join := LIST_JOIN.match(text, pos)) is not None:
        item = ZONE_AREA.match(text, join.end())
        if item is not None and not BREAKERS.search(item.group()) and not LIST_JOIN.search(item.group()):
            spans += pending + [item.span()]
            pending, pos = [], item.end()
        elif (bare := BARE_ITEM.match(text, join.end())) is not None and not BREAKERS.search(bare.group()):
            pending, pos = pending + [bare.span()], bare.end()
        else:
            break
    return spans


def zone_areas(text: str, ms: list[Mention]) -> list[Mention]:
    """A zone followed by the name of one of its areas (中国（黑龙江）自由贸易试验区哈尔滨片区) is one park,
    that area, and so is every area listed after it (、黑河片区和绥芬河片区); each is located at the place it
    is named after, or at the zone, and the places inside its name are part of it."""
    out = list(ms)
    for zone in [m for m in ms if m.kind == "park"]:
        for s, e in _zone_area_spans(text, zone):
            inner = [m for m in out if s <= m.start and m.end <= e]
            at = next(
                (m for m in inner if m is not zone and m.kind in AREA_KINDS and m.lon is not None), zone
            )
            name = text[s:e]
            out = [m for m in out if m not in inner] + [
                _area(at, (s, e), name, "park", f"area of {zone.surface}")
            ]
    return sorted(out, key=lambda m: (m.start, -m.end))


CHAIN_NAMING = re.compile(alternation("chain_words", part_of_name="yes"))
"""Region words that are part of a region's name (城市群, 都市圈…: data/lexicon/chain_words.csv)."""
PREFIXES = {r["prefix"]: r for r in table("region_prefixes")}
BREAK_BEFORE = re.compile(r"(?:[^\u4e00-\u9fff]|" + alternation("designation_breakers") + ")$")
BREAKER_LENGTH = max(map(len, words("designation_breakers")))
"""The longest breaker: a search for one right before a place looks back that far only (one more for a line
break, before which ``$`` lets a match end)."""


def prefixed_regions(text: str, ms: list[Mention]) -> list[Mention]:
    """``环长株潭城市群``, ``环鄱阳湖``, ``大西安``, ``泛珠三角``: a prefix (data/lexicon/region_prefixes.csv)
    written right before a region, city, lake or mountain makes one region around it, located there no closer
    than the region's precision. ``大`` counts only at the start of a clause or after a verb or function word
    (扩大西安… is 扩大, not 大西安)."""
    out = list(ms)
    for k, m in enumerate(out):
        p = PREFIXES.get(text[m.start - 1 : m.start]) if m.start else None
        if (
            p is None
            or m.kind not in p["kinds"].split()
            or any(x.end > m.start - 1 and x.start < m.start for x in out if x is not m)
        ):
            continue
        if (
            p["after_break_only"] == "yes"
            and m.start > 1
            and not BREAK_BEFORE.search(text, max(0, m.start - 2 - BREAKER_LENGTH), m.start - 1)
        ):
            continue
        # 环长株潭城市群: the word that names the region is part of it
        named = CHAIN_NAMING.match(text, m.end)
        end = named.end() if named else m.end
        name = text[m.start - 1 : end]
        out[k] = Mention.at(
            m,
            m.start - 1,
            end,
            name,
            name,
            "region",
            max(m.precision_m or 0.0, float(p["precision_m"])),
            score=m.score,
            runner_up=m.runner_up,
            note=f"{p['note'].split(';')[0]}; located at {m.name_zh}",
        )
    return out
