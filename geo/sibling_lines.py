"""Lines listed beside a corridor: in ``贺州至来宾、浦北至北流、灌阳至平乐6个高速公路项目`` the rules of
:mod:`geo.corridors` may read only the items nearest the line word; every other item of the same list
written as two places joined by a stop mark (至, —, －, -) is a line of that corridor's kind too.

Pure functions over the text and the mentions found so far.
"""

from __future__ import annotations

import re

from geo.lexicon import marks, one
from geo.lines import JOIN_CHARS, NAMED_LINE_WORD, SECTION_WORD, WAYPOINT_KINDS
from geo.mention import Mention

ITEM_MARKS = "".join(marks("join"))
SPOKEN = "|".join(marks("spoken_stop"))
NUMERALS = "一二三四五六七八九十两"
# What may close an item after its second stop and before the list's next mark: a section (段), the works
# on it (改扩建) or a note in brackets (田林至西林（桂滇界）)
ITEM_TAIL = re.compile(
    f"(?:{SECTION_WORD}|{one('line_words', 'pattern', role='list_item_tail')}|（[^（）]{{1,8}}）)?"
)
# a bank of a stop's river or bay, part of the line's name (松旺至铁山港东岸)
BANK = re.compile(one("line_words", "pattern", role="stop_bank"))
# what may follow an item of a list of lines: the next item's mark, the clause's end, 等 or a count
ITEM_CLOSE = re.compile(f"[{ITEM_MARKS}{''.join(marks('clause'))}等]|[\\d{NUMERALS}]")
LINE_KINDS = ("rail", "road", "energy")
# the kinds of a listed line's stops: places, not countries or regions (中国—中南半岛 is a corridor of trade)
STOP_KINDS = (*(k for k in WAYPOINT_KINDS if k not in ("country", "region")), "water", "landform")


def sibling_lines(text: str, ms: list[Mention]) -> list[Mention]:
    """The mentions and the lines of a list that holds a corridor: its items of two joined places."""
    places = {}
    for m in ms:
        if m.kind in STOP_KINDS:
            places.setdefault(m.start, m)
    taken = [(m.start, m.end) for m in ms if m.kind in LINE_KINDS]
    line_ends = {y for _, y in taken}  # 郑西高速尧山至栾川段: a section of the line before it
    found: list[Mention] = []
    for line in (m for m in ms if m.kind in LINE_KINDS):
        for pair in [*_pairs_before(text, line, places), *_pairs_after(text, line, places)]:
            a, b = pair[0].start, pair[1].end
            section = text.startswith(SECTION_WORD, b)  # 尧山至栾川段: a section, no line of its own
            if a not in line_ends and not section and not any(x < b and a < y for x, y in taken):
                taken.append((a, b))
                found.append(_line(text, pair, line))
    return sorted(ms + found, key=lambda m: (m.start, -m.end))


def _pair_from(text: str, start: int, places: dict[int, Mention]) -> tuple[Mention, Mention] | None:
    """Two places joined by a stop mark from ``start``: an item of a list of lines."""
    a = places.get(start)
    if a is None or not re.match(JOIN_CHARS, text[a.end : a.end + 1]):
        return None
    b = places.get(a.end + 1)
    if b is None or _joined_on(text, b.end) or not ITEM_CLOSE.match(text, _item_end(text, (a, b))):
        return None
    return a, b


def _joined_on(text: str, k: int) -> bool:
    """Whether a stop mark follows ``k``: the pair before it is part of a longer chain (万宁至儋州至洋浦)."""
    return re.match(f"{JOIN_CHARS}|{SPOKEN}", text[k : k + 1]) is not None


def _item_end(text: str, pair: tuple[Mention, Mention]) -> int:
    """Where the item of ``pair`` ends: after its second place and what may close it."""
    end = _stop_end(text, pair[1])
    return end + len(ITEM_TAIL.match(text, end).group())


def _stop_end(text: str, b: Mention) -> int:
    """Where the line of a pair ends: after its second place and that place's bank."""
    bank = BANK.match(text, b.end)
    return bank.end() if bank else b.end


def _pairs_after(text: str, line: Mention, places: dict[int, Mention]) -> list[tuple[Mention, Mention]]:
    """The items of two joined places that follow ``line`` in its list, up to the first that is not."""
    out, pos = [], line.end
    while pos < len(text) and text[pos] in ITEM_MARKS:
        pair = _pair_from(text, pos + 1, places)
        if pair is None:
            break
        out.append(pair)
        pos = _item_end(text, pair)
    return out


def _pairs_before(text: str, line: Mention, places: dict[int, Mention]) -> list[tuple[Mention, Mention]]:
    """The items of two joined places that precede ``line`` in its list, nearest first."""
    ends = {}
    for m in places.values():
        ends.setdefault(m.end, m)
    out, pos = [], line.start
    while pos > 0 and text[pos - 1] in ITEM_MARKS:
        pair = next(
            (
                p
                for k in range(pos - 1, max(0, pos - 12), -1)
                if (p := _pair_ending(text, k, ends, places)) and _item_end(text, p) == pos - 1
            ),
            None,
        )
        if pair is None:
            break
        out.append(pair)
        pos = pair[0].start
    return out


def _pair_ending(
    text: str, k: int, ends: dict[int, Mention], places: dict[int, Mention]
) -> tuple[Mention, Mention] | None:
    """The pair of joined places whose second place ends at ``k``."""
    b = ends.get(k)
    if b is None or b.start < 2 or not re.match(JOIN_CHARS, text[b.start - 1]):
        return None
    a = ends.get(b.start - 1)
    if a is None or places.get(a.start) is not a or (a.start > 0 and _joined_on(text, a.start - 1)):
        return None
    return a, b


def _line(text: str, pair: tuple[Mention, Mention], line: Mention) -> Mention:
    """The line of ``pair``, of the kind of the corridor listed with it."""
    a, b = pair
    word = re.search(f"(?:{NAMED_LINE_WORD.pattern})$", line.name_zh)
    end = _stop_end(text, b)
    return Mention(
        a.start,
        end,
        text[a.start : end],
        f"{a.surface}—{b.surface}{word.group() if word else ''}",
        line.kind,
        place_id=f"line:{a.place_id}—{b.place_id}",
        group=f"{a.place_id}|{b.place_id}",
        note=f"corridor listed with {line.surface}",
    )
