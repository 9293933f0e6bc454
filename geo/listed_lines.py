"""Known lines listed by their bare short names (``陇海、包兰、兰新、兰青等主要干线``,
``由哈大、哈牡、牡佳、哈佳共同构成``): an item is the line the gazetteer knows by that name and a
line word (陇海铁路, 哈牡高铁); a list of them is read when most of its items are such lines. Pure function
over the text, the mentions and the gazetteer; the line words tried are data/lexicon/line_words.csv (role
short_form_word)."""

from __future__ import annotations

import re

from geo.gazetteer import Gazetteer, Place
from geo.lexicon import one
from geo.lines import CLAUSE_END, CORRIDOR_KINDS, LINE_KINDS, LINE_WORD
from geo.mention import Mention, replacing
from geo.normalize import CJK
from geo.town_lists import list_pieces

RUN = re.compile(f"[{CJK}]{{2,}}(?:、[{CJK}]{{2,3}})*、[{CJK}]{{2,}}")
"""Words joined by list marks: the items are read from its pieces."""
WORDS = one("line_words", "pattern", role="short_form_word").split("|")
"""The line words a short name takes to name a known line, in order (data/lexicon/line_words.csv)."""
MOST = 1 / 2
"""The share of a list's items that must be known lines for the list to be read as one of lines."""
TAIL = 12
"""How far after the last item, in characters, the list's word may stand."""
NOT_LINES = re.compile(one("line_words", "pattern", role="listed_lines_not_before"))
"""Words of corridors and power lines closing a list of short names: no known lines (line_words.csv)."""
NOTE = "a known line listed by its bare short name"


def listed_lines(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """The mentions with the known lines of each list of bare short names (see the module); an item a
    mention reads whole stays that (南疆, 北疆: regions); an abbreviation read inside an item gives way."""
    found: list[Mention] = []
    for run in RUN.finditer(text) if "、" in text else ():
        for s, e, p in _list_lines(text, run, ms, g):
            here = [m for m in ms if m.start < e and s < m.end and m.kind != "unresolved"]
            if not any(m.kind in LINE_KINDS or (m.start <= s and e <= m.end) for m in here):
                found.append(Mention.of(p, s, e, text[s:e], p.kind, note=NOTE))
    return replacing(ms, found) if found else ms


def _list_lines(text: str, run: re.Match, ms: list[Mention], g: Gazetteer) -> list[tuple[int, int, Place]]:
    """The items of ``run`` that are known lines, of the kind the list's word says or, without one, the
    kind its other lines share (京哈, a railway and a road, among railways); none unless most items are."""
    items = [(s, e, _lines(g, text[s:e])) for s, e in _items(run)]
    if sum(1 for _, _, k in items if k) < max(2, MOST * len(items)):
        return []  # the cheap test first: too few items are lines' short names
    kind = _word_kind(text, items[-1][1])
    if kind is None:
        return []  # 沪昆、广昆等3条走廊, 青藏、川藏…联网: corridors, power lines
    if not kind:
        sure = [next(iter(k)) for _, _, k in items if len(k) == 1]
        sure += [m.kind for m in ms if m.kind in LINE_KINDS and run.start() <= m.start < run.end()]
        kind = max(set(sure), key=sure.count) if sure else ""
    picked = [(s, e, _of_kind(k, kind)) for s, e, k in items]
    lines = [(s, e, p) for s, e, p in picked if p is not None]
    return lines if len(lines) >= 2 and len(lines) >= MOST * len(items) else []


def _word_kind(text: str, e: int) -> str | None:
    """The kind of the line word closing the list after its last item (等…高速公路: road), "" when there is
    none, None when a word of corridors or power lines closes it instead (data/lexicon/line_words.csv)."""
    tail = text[e : e + TAIL]
    end = CLAUSE_END.search(tail)
    tail = tail[: end.start()] if end else tail
    word = LINE_WORD.search(tail)
    other = NOT_LINES.search(tail)
    if other and (word is None or other.start() < word.start()):
        return None
    return next(k for rx, k in CORRIDOR_KINDS if re.fullmatch(rx, word.group(1))) if word else ""


def _of_kind(lines: dict[str, Place], kind: str) -> Place | None:
    """The line of ``kind`` among an item's, or without a kind its only one (none for 京沪 alone)."""
    if kind:
        return lines.get(kind)
    return next(iter(lines.values())) if len(lines) == 1 else None


def _items(run: re.Match) -> list[tuple[int, int]]:
    """The items of a run: the last two characters of its first piece, its middle pieces, the first two of
    its last."""
    pieces = list_pieces(run)
    (_, fe), (ls, _) = pieces[0], pieces[-1]
    return [(fe - 2, fe), *pieces[1:-1], (ls, ls + 2)]


def _lines(g: Gazetteer, name: str) -> dict[str, Place]:
    """The lines the gazetteer knows by ``name`` and a line word, by kind (京沪: a railway and a road)."""
    return g.derived("lines_by_short_name", _short_names).get(name, {})


def _short_names(g: Gazetteer) -> dict[str, dict[str, Place]]:
    """Every line's written forms less a line word of :data:`WORDS`, tried in order: the line of each kind
    a short name names (陇海: 陇海铁路), worked out once a gazetteer."""
    out: dict[str, dict[str, Place]] = {}
    for word in WORDS:
        for form, ids in g.names.items():
            if form.endswith(word) and len(form) > len(word):
                name = form[: -len(word)]
                for p in (g.places[i] for i in ids):
                    if p.kind in LINE_KINDS and p.name_zh.startswith(name):
                        out.setdefault(name, {}).setdefault(p.kind, p)
    return out
