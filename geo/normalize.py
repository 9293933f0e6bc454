"""Repair raw plan text while keeping a map from every character back to the raw file.

Every step takes a :class:`Tracked` text and returns a new one; deleted characters vanish
from the map, kept ones keep their raw offset, so any span of the normalised text can be
quoted exactly from the file. Problems found on the way (mojibake, page numbers, figure
captions, a table of contents, lost decimal points) are returned as :class:`Issue` records
with offsets into the normalised text.

This module repairs characters (mojibake, pinyin, Traditional forms, spaces and punctuation) and runs the
whole repair (:func:`normalize`); :mod:`geo.tracked` holds the text with its map, :mod:`geo.debris` removes
web and PDF debris.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geo.debris import (
    flag_lost_decimals,
    remove_figure_captions,
    remove_nav_lines,
    remove_page_numbers,
    remove_repeats,
    remove_toc,
)
from geo.tracked import Issue, Tracked

CJK = "\u4e00-\u9fff"
PINYIN_LETTERS = "a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
PINYIN_RE = re.compile(rf"[(（]([{PINYIN_LETTERS}]{{1,7}})[)）]")
REPLACEMENT = "\ufffd"
FULLWIDTH = 0xFEE0
"""How far the full-width forms of ASCII characters lie from them (the comma U+002C, its full-width form
U+FF0C)."""
_FULLWIDTH_PUNCT = {c: chr(ord(c) + FULLWIDTH) for c in ",;!?()"}
_SPACES = " \t\u3000\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\ufeff"


_NARROW = re.compile(r"[,;!?()]|(?<=[\u4e00-\u9fff]):|:(?=[\u4e00-\u9fff])")


def widened(text: str) -> str:
    """``text`` with its ASCII punctuation in the full-width form :func:`normalize` writes (``,`` → ``，``;
    ``:`` beside a Chinese character), one character for one: positions in it are positions in ``text``."""
    return _NARROW.sub(lambda m: chr(ord(m.group()) + FULLWIDTH), text)


def is_cjk(ch: str) -> bool:
    """Whether ``ch`` is a character of the CJK Unified Ideographs block (:data:`CJK`)."""
    return "\u4e00" <= ch <= "\u9fff"


def _in_gb2312_level1(ch: str) -> bool:
    try:
        b = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and 0xB0 <= b[0] <= 0xD7


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _variants() -> dict[int, str]:
    """Variant characters OpenCC leaves as they are, to their simplified forms (character_sets.csv)."""
    from geo.lexicon import table

    return {ord(r["chars"][0]): r["chars"][1] for r in table("character_sets") if r["role"] == "variant_pair"}


def to_simplified(text: str) -> str:
    """Traditional → Simplified with OpenCC (and the variants it leaves), guaranteed to keep the length (so
    offsets survive)."""
    conv = _t2s()
    text = text.translate(_variants())
    out = conv.convert(text)
    if len(out) == len(text):
        return out
    lines = text.split("\n")
    conv_lines = [conv.convert(line) for line in lines]
    return "\n".join(
        c if len(c) == len(line) else "".join(conv.convert(ch) or ch for ch in line)
        for c, line in zip(conv_lines, lines)
    )


TRADITIONAL_SHARE = 0.1
"""The share of Chinese characters OpenCC changes above which a text is written in traditional characters
(a simplified text changes only in the odd variant a proper name uses: tests/test_normalize.py)."""


def simplified_if_traditional(text: str) -> str:
    """``text`` in simplified characters if it is written in traditional ones, one for one; else as it is."""
    out = to_simplified(text)
    if out == text:
        return text
    changed = sum(a != b for a, b in zip(text, out))
    if changed < 2 or changed < TRADITIONAL_SHARE * sum(map(is_cjk, text)):
        return text
    return out


def mark_mojibake(t: Tracked) -> Tracked:
    """Replace each span destroyed by a wrong decoding with U+FFFD and report it.

    A span starts at a stray ASCII ``?`` inside Chinese text and runs over what cannot be
    real text there: ASCII letters, orphan pinyin, ``;`` and ``)``, and characters outside
    the 3,755 common ones of GB2312 level 1 (after Traditional→Simplified conversion).
    """
    text, simp = t.text, to_simplified(t.text)
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        wreck = "\ue000" <= text[i] <= "\uf8ff" or text[i] == REPLACEMENT
        if not wreck and (
            text[i] != "?" or not (i > 0 and (is_cjk(text[i - 1]) or text[i - 1] in "，。、）)"))
        ):
            i += 1
            continue
        j = i + 1
        while j < len(text):
            ch = text[j]
            m = PINYIN_RE.match(text, j)
            if m:
                j = m.end()
            elif (
                ch in "?;)_^"
                or (ch.isascii() and ch.isalpha())
                or ch in PINYIN_LETTERS
                or "\ue000" <= ch <= "\uf8ff"
            ):
                j += 1
            elif is_cjk(ch) and not _in_gb2312_level1(simp[j]) and not PINYIN_RE.match(text, j + 1):
                j += 1
            else:
                break
        if spans and i - spans[-1][1] <= 2 and all(is_cjk(c) for c in text[spans[-1][1] : i]):
            spans[-1] = (spans[-1][0], j)  # two wrecks two characters apart are one wreck
        else:
            spans.append((i, j))
        i = j
    if not spans:
        return t
    chars, raw, issues = [], [], list(t.issues)
    prev = 0
    for s, e in spans:
        chars.append(text[prev:s])
        raw.extend(t.raw[prev:s])
        pos = sum(len(c) for c in chars)
        issues.append(Issue("mojibake", pos, pos + 1, text[s:e]))
        chars.append(REPLACEMENT)
        raw.append(t.raw[s])
        prev = e
    chars.append(text[prev:])
    raw.extend(t.raw[prev:])
    return Tracked("".join(chars), raw, issues)


def strip_pinyin(t: Tracked) -> Tracked:
    """Remove ruby annotations such as the ``(nèi)`` of ``內(nèi)``:
    lowercase pinyin right after a character."""
    spans = []
    for m in PINYIN_RE.finditer(t.text):
        syl = m.group(1)
        if (
            m.start()
            and is_cjk(t.text[m.start() - 1])
            and syl.islower()
            and (not syl.isascii() or syl in _PLAIN_PINYIN)
        ):
            spans.append(m.span())
    return t.delete(spans)


# Toneless syllables that occur as annotations (neutral tone), e.g. 的(de), 了(le), 么(me).
_PLAIN_PINYIN = {"de", "le", "me", "men", "zi", "ge", "ma", "ne", "ba", "zhe", "li", "shang", "tou"}


STRAY_SPACE = re.compile(f"[^\\x00-\\x7f][{_SPACES}]|[{_SPACES}][^\\x00-\\x7f]")
"""A space beside a character that is not ASCII: one :func:`fix_whitespace_and_punct` drops."""


def squeezed(text: str) -> Tracked:
    """``text`` with its spaces, line ends and punctuation repaired as a document's are, and where each
    character left stood in ``text``."""
    return fix_whitespace_and_punct(Tracked.from_raw(text))


def fix_whitespace_and_punct(t: Tracked) -> Tracked:
    """Unify line ends and spaces; half-width → full-width Chinese punctuation; full-width digits → ASCII.

    A space survives only between two ASCII words (``Type 42``); a lone ``&`` ending a line (web debris)
    goes; blank lines collapse.
    """
    if "\r" in t.text:
        t = t.delete([(m.start(), m.start() + 1) for m in re.finditer("\r\n", t.text)])
    text = t.text.replace("\r", "\n")
    out: list[str] = []
    raw: list[int] = []
    new_pos: list[int] = []  # where each input character went, to move the issues with the text
    for i, ch in enumerate(text):
        new_pos.append(len(out))
        rest = text[i + 1 : i + 8].lstrip("".join(_SPACES))
        if ch in _SPACES or (ch == "&" and (not rest or rest[0] == "\n")):
            prev, nxt = (out[-1] if out else "\n"), (rest[:1] or "\n")
            if ch != "&" and prev.isascii() and prev not in "\n " and nxt.isascii() and nxt != "\n":
                out.append(" ")
                raw.append(t.raw[i])
            continue
        if ch == "\n":
            while out and out[-1] == " ":
                out.pop()
                raw.pop()
            if not out or out[-1] == "\n":
                continue
            out.append("\n")
        elif ch in _FULLWIDTH_PUNCT:
            out.append(_FULLWIDTH_PUNCT[ch])
        elif ch == ":" and (is_cjk(text[i + 1 : i + 2] or "a") or (out and is_cjk(out[-1]))):
            out.append(chr(ord(ch) + FULLWIDTH))
        elif (
            "\uff10" <= ch <= "\uff19"
            or "\uff21" <= ch <= "\uff3a"
            or "\uff41" <= ch <= "\uff5a"
            or ch in "％．"
        ):
            out.append(chr(ord(ch) - FULLWIDTH))
        else:
            out.append(ch)
        raw.append(t.raw[i])
    while out and out[-1] == "\n":
        out.pop()
        raw.pop()
    new_pos.append(len(out))
    issues = [
        Issue(i.kind, min(new_pos[i.start], len(out)), min(new_pos[i.end], len(out)), i.detail)
        for i in t.issues
    ]
    return Tracked("".join(out), raw, issues)


def normalize(raw_text: str) -> tuple[Tracked, list[tuple[str, str]]]:
    """Full repair of one witness: returns the tracked text and its table-of-contents entries."""
    t = Tracked.from_raw(raw_text)
    t = mark_mojibake(t)
    t = strip_pinyin(t)
    t = Tracked(to_simplified(t.text), t.raw, t.issues)
    t = fix_whitespace_and_punct(t)
    t = remove_nav_lines(t)
    t = remove_repeats(t)
    t, toc = remove_toc(t)
    t = remove_figure_captions(t)
    single_line = t.text.count("\n") <= len(t.text) / 2000
    if single_line:
        t = remove_page_numbers(t)
        t = flag_lost_decimals(t)
    return t, toc
