"""The gazetteer's matches in a text that LAC's words leave standing: a short name inside an ordinary word
or a longer place name (世界上海拔, 建平 in 创建平台), cutting two words or opening with a join is none.
Pure functions over the text, the gazetteer and LAC's words."""

from __future__ import annotations

import bisect

from geo.boundaries import cuts_a_word, cuts_two_words, inside_a_name, starts_with_a_join
from geo.gazetteer import Gazetteer
from geo.lexicon import words as words_of
from geo.lines import LINE_WORD, SECTION_WORD, SEPARATORS, names_a_section
from geo.numbered_roads import SPOKEN_STOPS
from geo.raw_matching import raw_matches

GLUED_TAGS = words_of("lac_tags", "tag", role="glues_before_a_name")
"""LAC's tags of a verb or locative it may glue to the city after it (东望兰州: data/lexicon/lac_tags.csv)."""


def kept_matches(
    text: str, g: Gazetteer, blocked: list[tuple[int, int]], words: list[tuple[int, int, str]]
) -> list[tuple[int, int, str, str]]:
    """The gazetteer's matches in ``text`` but those LAC's words show to be pieces of other words (a short
    name inside an ordinary word or a longer place name, cutting two words, opening with a join); a name
    a vetoed match hid, starting one of LAC's words, is matched in its place (高铁山东段: 山东, not 铁山)."""
    starts_w = [w[0] for w in words]
    found = raw_matches(text, g, blocked)
    if not words:  # a parse without the recognizer: nothing to veto
        return found
    units = frozenset((r[0], r[1]) for r in found if any(p.level <= 3 for p in g.candidates(r[3])))
    unit_ends = frozenset(e for _, e in units)

    def stands(r: tuple[int, int, str, str]) -> bool:
        return not (
            (
                len(r[2]) == 2
                and (
                    cuts_a_word(r[0], r[1], words, starts_w)
                    or inside_a_name(text, r[0], r[1], words, starts_w, units)
                )
                and not _section_end(text, r[0], r[1])
                and not _next_stop(text, r[0], unit_ends)
                and not _via_stop(text, r[0], r[1], unit_ends)
                and not _last_stop(text, r[0], r[1])
                and not _a_city_after_a_verb(r, g, words, starts_w)
            )
            or (len(r[2]) == 3 and cuts_two_words(r[0], r[1], words, starts_w))
            or (len(r[2]) == 2 and starts_with_a_join(r[0], words, starts_w))
        )

    kept, vetoed = [], []
    for r in found:
        (kept if stands(r) else vetoed).append(r)
    freed = [r for r in _hidden(text, g, blocked, vetoed, kept, words) if stands(r)]
    if not freed:
        return kept
    # 市内黄陵县: 黄陵县, LAC's whole word, takes the place of 陵县 inside it
    kept = [r for r in kept if not any(f[0] <= r[0] and r[1] <= f[1] for f in freed)]
    return sorted(kept + freed, key=lambda r: r[0])


def _hidden(
    text: str,
    g: Gazetteer,
    blocked: list[tuple[int, int]],
    vetoed: list[tuple[int, int, str, str]],
    kept: list[tuple[int, int, str, str]],
    words: list[tuple[int, int, str]],
) -> list[tuple[int, int, str, str]]:
    """The names that start inside a vetoed match, at the start of one of LAC's words, overlapping no kept
    match but those inside it when it is one of LAC's words whole: leftmost-longest matching had given way to
    the vetoed one."""
    starts, spans = {w[0] for w in words}, {(w[0], w[1]) for w in words}
    out: list[tuple[int, int, str, str]] = []
    for v in vetoed:
        a = v[0] + 1
        for s, e, surface, name in raw_matches(text[a : v[1] + HIDDEN_REACH], g, []):
            s, e = s + a, e + a
            whole = (s, e) in spans
            if (
                s < v[1]
                and s in starts
                and not any(bs < e and s < be for bs, be in blocked)
                and not any(
                    r[0] < e and s < r[1] and not (whole and s <= r[0] and r[1] <= e) for r in kept + out
                )
            ):
                out.append((s, e, surface, name))
    return out


HIDDEN_REACH = 8
"""How far past a vetoed match a name it hid may reach (a name is at most this long beyond it)."""


def _a_city_after_a_verb(
    r: tuple[int, int, str, str], g: Gazetteer, words: list, starts_w: list[int]
) -> bool:
    """Whether a name that stands for a province or a prefecture-level city only ends a verb or a locative LAC
    glued before it (东望兰州): LAC's word vetoes it not."""
    k = bisect.bisect_right(starts_w, r[0]) - 1  # the word the name starts inside
    glued = words[k] if k >= 0 and words[k][0] < r[0] and words[k][1] == r[1] else None
    cands = g.candidates(r[3])
    return (
        glued is not None and glued[2] in GLUED_TAGS and bool(cands) and all(p.level in (1, 2) for p in cands)
    )


def _next_stop(text: str, s: int, unit_ends: frozenset[int]) -> bool:
    """``西宁至久治``: a name right after a unit and 至/－ is the line's next stop, whatever word LAC reads
    there (至久)."""
    return text[s - 1 : s] in SEPARATORS and s - 1 in unit_ends


def _via_stop(text: str, s: int, e: int, unit_ends: frozenset[int]) -> bool:
    """``黔江经务川至遵义``: a name between a unit and 经 and 至/－ is a stop the line goes by, whatever word
    LAC reads there (经务川)."""
    return text[s - 1 : s] in SPOKEN_STOPS and s - 1 in unit_ends and text[e : e + 1] in SEPARATORS


def _last_stop(text: str, s: int, e: int) -> bool:
    """``南宁吴圩至上思高速公路``: a name between 至/－ and a line's word ends the line, whatever word LAC
    reads there (至上)."""
    return text[s - 1 : s] in SEPARATORS and LINE_WORD.match(text, e) is not None


def _section_end(text: str, s: int, e: int) -> bool:
    """``贵阳至都匀段``: a name between 至/－ and 段 ends a line's section, ``云茂高速茂名段``: one between a
    line's word and 段 names its section, and ``兰新铁路酒泉至东风段``: one right after a line's word opens
    its section, whatever word LAC reads there."""
    return (text.startswith(SECTION_WORD, e) and text[s - 1 : s] in SEPARATORS) or names_a_section(text, s, e)
