"""Where a list's items start: the first after the verbs or function words before it in its clause, the list
after the last join mark of an item that is no name. Pure functions over the text, shared by
:mod:`geo.lists` and :mod:`geo.feature_lists`."""

from __future__ import annotations

import re

from geo.features import LEAD_ANYWHERE, name_like
from geo.lexicon import marks
from geo.mention import Mention


def last_lead(text: str, start: int, end: int) -> re.Match[str] | None:
    """The last run of verbs or function words in ``text[start:end]`` that leaves two characters or more after
    it, if what it leaves is a name (data/lexicon/plan_words.csv)."""
    leads = [m for m in LEAD_ANYWHERE.finditer(text, start, end) if end - m.end() >= 2]
    return leads[-1] if leads and name_like(text[leads[-1].end() : end]) else None


def after_last_lead(text: str, span: tuple[int, int], out: list[Mention]) -> tuple[int, int] | None:
    """A first item that is no name: its part after the last verb or function word that leaves a name of two
    characters or more (the words of a clause, then a verb, then the name), None if there is none or if a
    mention holds that verb's last character or ends right before it (a name holding a function word's
    character, as an airport's name may)."""
    lead = last_lead(text, *span)
    if lead is None or any(m.start < lead.end() < m.end or m.end == lead.start() for m in out):
        return None
    return (lead.end(), span[1]) if name_like(text[lead.end() : span[1]], 5) else None


def after_join(
    text: str,
    spans: list[tuple[int, int]],
    word: str,
    named: set[tuple[int, int]],
    units: set[tuple[int, int]],
) -> list[tuple[int, int]]:
    """The list starts after the last join mark of the latest item that is no name (list_marks.csv); not
    inside a name that carries the class ``word`` (an airport's name holding a join character), nor inside a
    place's name read already (``named``: a city's name holding a join character). A unit read already
    right before that join mark is an item too (``units``: the cities and counties read), and the list goes
    on before it."""
    j = len(spans) - 1
    while True:
        while j > 0 and (spans[j - 1] in named or name_like(text[spans[j - 1][0] : spans[j - 1][1]], 6)):
            j -= 1
        if j == 0:
            return spans
        s, e = spans[j - 1]
        k = max(text.rfind(c, s, e) for c in marks("join").replace("、", ""))
        piece = text[k + 1 : e].removesuffix(word)
        if not (k > s and name_like(piece, 6)):
            return spans
        if (s, k) not in units:
            return [(k + 1, e)] + spans[j:]
        # 宁海、长龙山、衢江和安徽绩溪、金寨: a unit read already before the join is an item too (not
        # 鄱阳湖湿地 of 鄱阳湖湿地和甲、乙保护区, nor 克拉玛依石化基地 of …石化基地和如东、滨海LNG接收站)
        spans = spans[: j - 1] + [(s, k), (k + 1, e)] + spans[j:]
