"""The ends of lines written ``A至B`` or ``A—B``: a province, a mountain or a river named like a
prefecture-level city is the city there (lines run between cities). A pure function over the text, the
mentions and the gazetteer."""

from __future__ import annotations

from geo.gazetteer import CITY_SUFFIX, MUNICIPALITIES, Gazetteer, Place
from geo.lines import SEPARATORS
from geo.mention import Mention


def _a_prefecture(p: Place) -> bool:
    """Whether ``p`` is a prefecture-level city, not a municipality (北京, 天津: the province is the city)."""
    return p.level == 2 and p.adcode[:2] not in MUNICIPALITIES


# Kinds of a name a prefecture-level city shares (吉林, 黄山, 牡丹江)
NAMED_LIKE_CITIES = ("province", "landform", "water")


def cities_at_line_ends(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """A province, a mountain or a river written like a prefecture-level city (吉林: 吉林省, 吉林市; 黄山)
    at an end of ``A至B`` or ``A—B`` whose other end is a place is the city: lines run between cities."""
    out = []
    for k, m in enumerate(ms):
        after = k + 1 < len(ms) and ms[k + 1].start == m.end + 1 and text[m.end : m.end + 1] in SEPARATORS
        before = k > 0 and ms[k - 1].end == m.start - 1 and text[m.start - 1 : m.start] in SEPARATORS
        city = (
            next((p for p in g.candidates(m.surface + CITY_SUFFIX) if _a_prefecture(p)), None)
            if m.kind in NAMED_LIKE_CITIES and (after or before)
            else None
        )
        out.append(m.read_as(city, "city", "an end of a line: the city") if city else m)
    return out
