"""Parts of roads named after a place the text writes right before them: interchanges
(魁元屯互通, 赵官枢纽互通立交, 西三环枢纽立交), junctions (梁郭枢纽) and ports' access roads
(大东港疏港路). The name is a word LAC reads as a proper name, or a place found, right before the
part's word (data/lexicon/road_parts.csv); the part is a road, kept unlocated like a bridge
(:mod:`geo.structures`)."""

from __future__ import annotations

import re

from geo.features import name_like
from geo.lexicon import marks, table
from geo.lexicon import words as lexicon_words
from geo.mention import Mention, crosses
from geo.scan import bounded

PARTS = [(re.compile(r["pattern"]), r["kind"], r["context"]) for r in table("road_parts") if r["kind"]]
ANY_PART = re.compile("|".join(f"(?:{p.pattern})" for p, _, _ in PARTS))
"""Any part's word: a text without one has no part (a quick test)."""
ROAD_WORD = re.compile("|".join(r["pattern"] for r in table("road_parts") if not r["kind"]))
NAME_TAGS = lexicon_words("lac_tags", "tag", role="names_a_road_part")
"""LAC's tags of a word that may be a road part's name: data/lexicon/lac_tags.csv."""
UNITS = ("province", "city", "county", "town")
CLAUSE_ENDS = marks("clause") + "\n"
SENTENCE_ENDS = marks("sentence") + "\n"
NOTE = "a road or a road's part named in the text (a numbered scenic road, an interchange); not located"


def road_parts(text: str, ms: list[Mention], words: list[tuple[int, int, str]]) -> list[Mention]:
    """The mentions with every named road part as a road mention; the places inside its name are part of it,
    but a unit written before a name of two characters or more stays its own (昌图 + 杏山北互通立交). A name
    the text reads as a place already names a part only in a clause that names a road (安仁互通 after
    杭新景高速; not 与香港互通), and never a junction written 枢纽 alone (郑州枢纽, 三峡枢纽)."""
    if not words or not ANY_PART.search(text):
        return ms
    out, starts = list(ms), _name_starts(ms, words)
    for pattern, kind, context in PARTS:
        for m in pattern.finditer(text):
            s = next((s for s in starts.get(m.start(), []) if _a_name(text[s : m.start()])), None)
            known = s is not None and any((x.start, x.end) == (s, m.start()) and x.place_id for x in out)
            if (
                s is None
                or (context == "always" and (known or not _names_a_road(text, m.start(), SENTENCE_ENDS)))
                or (context == "known" and known and not _names_a_road(text, m.start(), CLAUSE_ENDS))
            ):
                continue
            while u := next(
                (x for x in out if x.start == s and x.kind in UNITS and x.end <= m.start() - 2), None
            ):
                s = u.end
            if crosses(out, s, m.end()):
                continue  # a name read across it
            out = [x for x in out if not (s <= x.start and x.end <= m.end())]
            out.append(Mention.unlocated(text, s, m.end(), kind, note=NOTE))
    return sorted(out, key=lambda m: (m.start, -m.end))


def _name_starts(ms: list[Mention], words: list[tuple[int, int, str]]) -> dict[int, list[int]]:
    """Where a name ending at each position may begin, earliest first: a proper name LAC reads (LOC, PER…)
    or a place found."""
    out: dict[int, list[int]] = {}
    for s, e in [(s, e) for s, e, tag in words if tag in NAME_TAGS] + [(x.start, x.end) for x in ms]:
        out.setdefault(e, []).append(s)
    return {e: sorted(set(v)) for e, v in out.items()}


def _a_name(name: str) -> bool:
    """Two to six Chinese characters of no function word and no part's own word (互通 of 互通立交)."""
    return name_like(name, 6) and not ANY_PART.search(name)


def _names_a_road(text: str, at: int, ends: str) -> bool:
    """Whether the clause or sentence (bounded by ``ends``) around ``at`` names a road (高速, 公路)."""
    return bool(ROAD_WORD.search(text, *bounded(text, at, at, ends)))
