"""Parts of roads named after a place the text writes right before them: interchanges
(魁元屯互通, 赵官枢纽互通立交, 西三环枢纽立交), junctions (梁郭枢纽) and ports' access roads
(大东港疏港路). The name is a word LAC reads as a proper name, or a place found, right before the
part's word (data/lexicon/road_parts.csv); the part is a road, kept unlocated like a bridge
(:mod:`geo.structures`)."""

from __future__ import annotations

import re

from geo.features import name_like
from geo.lexicon import table
from geo.lexicon import words as lexicon_words
from geo.mention import Mention

PARTS = [(re.compile(r["pattern"]), r["kind"], r["context"]) for r in table("road_parts") if r["kind"]]
ROAD_WORD = re.compile("|".join(r["pattern"] for r in table("road_parts") if not r["kind"]))
FIRST = re.compile(
    "[" + "".join({r["pattern"][0] for r in table("road_parts") if r["kind"]} - {"(", "["}) + "互立]"
)
"""The characters a part's word may start with: a text without them has no part (a quick test)."""
NAME_TAGS = lexicon_words("lac_tags", "tag", role="names_a_road_part")
"""LAC's tags of a word that may be a road part's name: data/lexicon/lac_tags.csv."""
UNITS = ("province", "city", "county", "town")
NOTE = "a part of a road named in the text (an interchange, a junction, a port's access road); not located"


def road_parts(text: str, ms: list[Mention], words: list[tuple[int, int, str]]) -> list[Mention]:
    """The mentions with every named road part as a road mention; the places inside its name are part of it,
    but a unit written before a name of two characters or more stays its own (昌图 + 杏山北互通立交)."""
    if not words or not FIRST.search(text):
        return ms
    out = list(ms)
    for pattern, kind, context in PARTS:
        for m in pattern.finditer(text):
            s = _name_start(text, m.start(), out, words)
            if s is None or (context and not _names_a_road(text, m.start())):
                continue
            if context and any((x.start, x.end) == (s, m.start()) and x.kind in UNITS for x in out):
                continue  # 郑州枢纽: the city's transport hub
            while u := next(
                (x for x in out if x.start == s and x.kind in UNITS and x.end <= m.start() - 2), None
            ):
                s = u.end
            if any(x.start < m.end() and s < x.end and not (s <= x.start and x.end <= m.end()) for x in out):
                continue  # a name read across it
            out = [x for x in out if not (s <= x.start and x.end <= m.end())]
            out.append(Mention.unlocated(text, s, m.end(), kind, note=NOTE))
    return sorted(out, key=lambda m: (m.start, -m.end))


def _name_start(text: str, e: int, ms: list[Mention], words: list[tuple[int, int, str]]) -> int | None:
    """Where the name ending at ``e`` begins: a proper name LAC reads (LOC, PER…) or a place found;
    None when there is none."""
    starts = [s for s, we, tag in words if we == e and tag in NAME_TAGS] + [x.start for x in ms if x.end == e]
    return next((s for s in sorted(starts) if _a_name(text[s:e])), None)


def _a_name(name: str) -> bool:
    """Two to six Chinese characters of no function word and no part's own word (互通 of 互通立交)."""
    return name_like(name, 6) and not any(p.search(name) for p, _, _ in PARTS)


def _names_a_road(text: str, at: int) -> bool:
    """Whether the sentence around ``at`` names a road (高速, 公路)."""
    a = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
    b = min((i for i in (text.find("。", at), text.find("\n", at)) if i >= 0), default=len(text))
    return bool(ROAD_WORD.search(text, a, b))
