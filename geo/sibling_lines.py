"""Lines listed beside a line: in ``贺州至来宾、浦北至北流、灌阳至平乐6个高速公路项目`` the rules of
:mod:`geo.corridors` may read only the items nearest the line word; every other item of the same list
written as places joined by stop marks (至, —, －, -) is a line of that line's kind too.

Pure functions over the text and the mentions found so far.
"""

from __future__ import annotations

import re

from geo.lexicon import marks, one
from geo.lines import JOIN_CHARS, LINE_KINDS, NAMED_LINE_WORD, SECTION_WORD, WAYPOINT_KINDS
from geo.mention import Mention

ITEM_MARKS = "".join(marks("join"))
# a stop mark, or a spoken one between two stops (data/lexicon/list_marks.csv)
JOINED = re.compile(f"{JOIN_CHARS}|{'|'.join(marks('spoken_stop'))}")
NUMERALS = one("character_sets", "chars", role="count_numerals")
# What may close an item after its second stop and before the list's next mark: a section (段), the works
# on it (改扩建) or a note in brackets (田林至西林（桂滇界）)
ITEM_TAIL = re.compile(
    f"(?:{SECTION_WORD}|{one('line_words', 'pattern', role='list_item_tail')}|（[^（）]{{1,16}}）)?"
)
# a bank of a stop's river or bay, part of the line's name (松旺至铁山港东岸)
BANK = re.compile(one("line_words", "pattern", role="stop_bank"))
# what may follow an item of a list of lines: the next item's mark, the clause's end, etcetera or a count
CLOSING = ITEM_MARKS + "".join(marks("clause")) + "".join(marks("etc"))
GRADE = one("character_sets", "chars", role="grade_after_numeral")
ITEM_CLOSE = re.compile(f"[{CLOSING}]|[\\d{NUMERALS}](?![{GRADE}])")  # not a grade (南宁至界首一级航道)
# the kinds of a listed line's stops: places, not countries or regions (中国—中南半岛 is a corridor of trade)
# and names the gazetteer does not take there (凤凰 of 灌阳至凤凰): the line is kept, not drawn
STOP_KINDS = (
    *(k for k in WAYPOINT_KINDS if k not in ("country", "region")),
    "water",
    "landform",
    "unresolved",
)
NATURAL = ("water", "landform")
"""Kinds of stop a line of land joins only beside places (a river's bank), never alone."""


def sibling_lines(text: str, ms: list[Mention]) -> list[Mention]:
    """The mentions and the lines of a list that holds a line: its items of places joined by stop marks."""
    places, ends = {}, {}
    for m in ms:
        if m.kind in STOP_KINDS:
            places.setdefault(m.start, m)
            ends.setdefault(m.end, m)
    taken = [(m.start, m.end) for m in ms if m.kind in LINE_KINDS]
    line_ends = {y for _, y in taken}  # 郑西高速尧山至栾川段: a section of the line before it
    found: list[Mention] = []
    for line in (m for m in ms if m.kind in LINE_KINDS):
        for chain in [*_chains_before(text, line, ends), *_chains_after(text, line, places)]:
            if all(m.kind in NATURAL for m in chain):
                continue  # 京张高铁和永定河—官厅水库: a river and its reservoir, no stops of a railway
            a, b = chain[0].start, chain[-1].end
            section = re.match(SECTION_WORD, text[b : b + 1])  # 尧山至栾川段: a section, no line of its own
            if a not in line_ends and not section and not any(x < b and a < y for x, y in taken):
                taken.append((a, b))
                found.append(_line(text, chain, line))
    return sorted(ms + found, key=lambda m: (m.start, -m.end))


def _joined(text: str, k: int) -> bool:
    """Whether a stop mark stands at ``k``."""
    return JOINED.match(text, k, k + 1) is not None


def _chain_from(text: str, start: int, places: dict[int, Mention]) -> list[Mention]:
    """Places joined by stop marks from ``start`` to the item's end, or nothing."""
    chain = [places[start]] if start in places else []
    while chain and _joined(text, chain[-1].end) and chain[-1].end + 1 in places:
        chain.append(places[chain[-1].end + 1])
    if len(chain) < 2 or _joined(text, chain[-1].end) or not ITEM_CLOSE.match(text, _item_end(text, chain)):
        return []
    return chain


def _chain_ending(text: str, k: int, ends: dict[int, Mention]) -> list[Mention]:
    """Places joined by stop marks whose last ends at ``k``, from the item's start, or nothing."""
    chain = [ends[k]] if k in ends else []
    while chain and chain[0].start > 1 and _joined(text, chain[0].start - 1) and chain[0].start - 1 in ends:
        chain.insert(0, ends[chain[0].start - 1])
    if len(chain) < 2 or (chain[0].start > 0 and _joined(text, chain[0].start - 1)):
        return []
    return chain


def _item_end(text: str, chain: list[Mention]) -> int:
    """Where the item of ``chain`` ends: after its last place and what may close it."""
    end = _stop_end(text, chain[-1])
    return end + len(ITEM_TAIL.match(text, end).group())


def _stop_end(text: str, b: Mention) -> int:
    """Where the line of a chain ends: after its last place and that place's bank."""
    bank = BANK.match(text, b.end)
    return bank.end() if bank else b.end


def _chains_after(text: str, line: Mention, places: dict[int, Mention]) -> list[list[Mention]]:
    """The items of joined places that follow ``line`` in its list, up to the first that is not."""
    out, pos = [], line.end
    while pos < len(text) and text[pos] in ITEM_MARKS:
        chain = _chain_from(text, pos + 1, places)
        if not chain:
            break
        out.append(chain)
        pos = _item_end(text, chain)
    return out


def _chains_before(text: str, line: Mention, ends: dict[int, Mention]) -> list[list[Mention]]:
    """The items of joined places that precede ``line`` in its list, nearest first."""
    out, pos = [], line.start
    while pos > 0 and text[pos - 1] in ITEM_MARKS:
        chain = next(
            (
                c
                for k in range(pos - 1, max(0, pos - 20), -1)
                if (c := _chain_ending(text, k, ends)) and _item_end(text, c) == pos - 1
            ),
            [],
        )
        if not chain:
            break
        out.append(chain)
        pos = chain[0].start
    return out


def _line(text: str, chain: list[Mention], line: Mention) -> Mention:
    """The line of ``chain``, of the kind of the line listed with it."""
    word = re.search(f"(?:{NAMED_LINE_WORD.pattern})$", line.name_zh)
    end = _stop_end(text, chain[-1])
    drawn = all(m.lon is not None for m in chain)
    return Mention(
        chain[0].start,
        end,
        text[chain[0].start : end],
        "—".join(m.surface for m in chain) + (word.group() if word else ""),
        line.kind,
        place_id="line:" + "—".join(m.place_id for m in chain) if drawn else "",
        group="|".join(m.place_id for m in chain) if drawn else "",
        note=f"corridor listed with {line.surface}" + ("" if drawn else "; a stop not placed, not drawn"),
    )
