"""Faster scans with the same matches: a pattern that starts with optional words (``(等|N个)?(…口岸|…机场)``)
makes Python's ``re`` try its whole alternation at every position of the text. :func:`quick` puts a lookahead
for the characters a match can start with in front, which rejects the other positions at once;
:func:`finditer` scans only the runs of the text that hold a word every match holds."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)


class _Open(Exception):
    """A match may start with any character (``.``, ``[^…]``) or with nothing at all."""


def _items(charset: list) -> list[str]:
    """A character class's members, written as they would be inside ``[…]``."""
    out = []
    for op, av in charset:
        if op is C.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is C.RANGE:
            out.append(re.escape(chr(av[0])) + "-" + re.escape(chr(av[1])))
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            out.append(r"\d")
        else:
            raise _Open  # a negated or other class
    return out


def _first(seq, out: list[str]) -> bool:
    """Add to ``out`` the characters a match of ``seq`` can start with; whether it can match nothing."""
    for op, av in seq:
        if op is C.LITERAL:
            out.append(re.escape(chr(av)))
            return False
        if op is C.IN:
            out += _items(av)
            return False
        if op is C.BRANCH:
            if not any([_first(alt, out) for alt in av[1]]):  # a list: every branch adds its characters
                return False
        elif op is C.SUBPATTERN:
            if not _first(av[3], out):
                return False
        elif op in _REPEATS:
            if not _first(av[2], out) and av[0] > 0:
                return False
        elif op not in _ZERO_WIDTH:
            raise _Open
    return True


def _prefixed(data) -> bool:
    """Whether ``re`` scans for the pattern's first character itself
    (a literal, a class, words of literals)."""
    while data and data[0][0] is C.SUBPATTERN:
        data = data[0][1][3].data
    if not data:
        return False
    op, av = data[0]
    return op in (C.LITERAL, C.IN) or (
        op is C.BRANCH and all(alt and alt[0][0] is C.LITERAL for alt in av[1])
    )


def quick(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` with a lookahead for the characters its matches start with: the same matches and groups, found
    faster. ``rx`` itself when it needs none or when any character may start a match."""
    if rx.flags & (re.IGNORECASE | re.VERBOSE):
        return rx
    data = P.parse(rx.pattern, rx.flags).data
    out: list[str] = []
    try:
        if _prefixed(data) or _first(data, out):
            return rx
    except _Open:
        return rx
    return re.compile("(?=[" + "".join(dict.fromkeys(out)) + "])(?:" + rx.pattern + ")", rx.flags)


@cache
def _starts(rx: str) -> re.Pattern[str] | None:
    """One character a match of ``rx`` may start with, as a pattern; None when it may start with any character
    or be empty."""
    out: list[str] = []
    try:
        if _first(P.parse(rx).data, out):
            return None
    except _Open:
        return None
    return re.compile("[" + "".join(dict.fromkeys(out)) + "]")


def alternatives(rxs: list[str], c: str) -> re.Pattern[str] | None:
    """``(?P<k0>rx0)|(?P<k1>rx1)|…`` with only the alternatives a match of which may start with ``c``, each
    keeping its group's name: at a position holding ``c`` it matches as the whole alternation does, without
    trying the others. None when no alternative may."""
    keep = [
        f"(?P<k{i}>{rx})"
        for i, rx in enumerate(rxs)
        if (first := _starts(rx)) is None or (c and first.match(c))
    ]
    return _compiled("|".join(keep)) if keep else None


@cache
def _compiled(rx: str) -> re.Pattern[str]:
    return re.compile(rx)


def in_runs(
    rx: re.Pattern[str], text: str, run: re.Pattern[str], needle: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern whose matches are made of the characters ``run`` matches any number
    of and hold a match of ``needle`` (itself made of them): only the runs of those characters that hold a
    needle are scanned, a pattern with a long optional start (a list before a word) is tried nowhere else."""
    back, done = "", 0
    for n in needle.finditer(text):
        if n.start() < done:
            continue
        back = back or text[::-1]
        a = n.start() - len(run.match(back, len(text) - n.start()).group())  # type: ignore[union-attr]
        done = max(run.match(text, n.start()).end(), n.end())  # type: ignore[union-attr]
        yield from rx.finditer(text, a, done)


_ANCHORS = (C.AT_BEGINNING, C.AT_BEGINNING_LINE, C.AT_BEGINNING_STRING)
"""Anchors that read nothing after them: they hold in a run of the text as in all of it."""


def _read(seq, out: list[str]) -> None:
    """Add to ``out`` every character a match of ``seq`` may be made of or look ahead at (lookbehinds read the
    text before a run, which a scan of the run sees as well)."""
    for op, av in seq:
        if op is C.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is C.IN:
            out += _items(av)
        elif op is C.BRANCH:
            for alt in av[1]:
                _read(alt, out)
        elif op is C.SUBPATTERN:
            _read(av[3], out)
        elif op in _REPEATS:
            _read(av[2], out)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            if av[0] > 0:  # a lookahead (a lookbehind: -1)
                _read(av[1], out)
        elif not (op is C.AT and av in _ANCHORS):
            raise _Open  # any character, a negated class, an end anchor, a word boundary…


def _words(seq) -> set[str] | None:
    """Words one of which every match of ``seq`` holds or looks ahead at (the longest such found), or None."""
    found: list[set[str]] = []
    word = ""
    for op, av in [*seq, (None, None)]:  # the last item ends the last word
        if op is C.LITERAL:
            word += chr(av)
            continue
        if word:
            found.append({word})
            word = ""
        if op is C.BRANCH:
            alts = [ws for alt in av[1] if (ws := _words(alt))]
            if len(alts) == len(av[1]):  # each alternative holds one of its words
                found.append(set().union(*alts))
        elif op is C.IN and len(av) <= 8 and all(o is C.LITERAL for o, _ in av):
            found.append({chr(c) for _, c in av})
        elif (inner := _inner(op, av)) is not None and (ws := _words(inner)):
            found.append(ws)
    return max(found, key=lambda ws: (min(map(len, ws)), -len(ws)), default=None)


def _inner(op, av) -> list | None:
    """What a group, a repeat of at least once or a lookahead holds; None for any other item."""
    if op is C.SUBPATTERN:
        return av[3]
    if op in _REPEATS and av[0] > 0:
        return av[2]
    if op is C.ASSERT and av[0] > 0:
        return av[1]
    return None


@cache
def _runs(rx: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The characters of ``rx``'s matches as a run pattern and the words one of which each match holds,
    for :func:`in_runs`; None when a match may hold any character or no word is known."""
    if rx.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    data = P.parse(rx.pattern, rx.flags).data
    chars: list[str] = []
    try:
        _read(data, chars)
    except _Open:
        return None
    words = _words(data)
    if not words:
        return None
    needle = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile("[" + "".join(dict.fromkeys(chars)) + "]*"), re.compile(needle)


def finditer(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)``, scanning only the runs of the characters its matches are made of that hold one
    of the words each match holds (:func:`in_runs`, both read from the pattern itself) where there are such
    words: ``(等|N个)?(…口岸|…机场)`` is tried only around 口岸 and 机场."""
    found = _runs(rx)
    return in_runs(rx, text, *found) if found else rx.finditer(text)


AHEAD = 8
"""How far past a needle :func:`near` lets a pattern look ahead."""


def near(rx: re.Pattern[str], text: str, needle: re.Pattern[str], back: int) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern whose matches end with a match of ``needle`` and start at most
    ``back`` characters before it: only those stretches of the text are scanned (overlapping ones as one)."""
    spans: list[list[int]] = []
    for n in needle.finditer(text):
        a = max(0, n.start() - back)
        if spans and a <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], n.end())
        else:
            spans.append([a, n.end()])
    for a, b in spans:
        yield from rx.finditer(text, a, b + AHEAD)  # a lookahead after the needle reads on


def bounded(text: str, s: int, e: int, marks: str) -> tuple[int, int]:
    """The span around ``text[s:e]`` out to the nearest of ``marks`` on either side, the marks left out: the
    clause (，。；：) or the sentence (。；！？) a mention stands in."""
    start = max(text.rfind(c, 0, s) for c in marks) + 1
    stops = [i for i in (text.find(c, e) for c in marks) if i >= 0]
    return start, min(stops, default=len(text))
