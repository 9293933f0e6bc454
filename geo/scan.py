"""Faster scans with the same matches: a pattern that starts with optional words (``(等|N个)?(…口岸|…机场)``)
makes Python's ``re`` try its whole alternation at every position of the text. :func:`quick` puts a lookahead
for the characters a match can start with in front, which rejects the other positions at once."""

from __future__ import annotations

import re
from collections.abc import Iterator
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
