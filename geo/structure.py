"""Recover a plan's structure from normalised text: chapters, sections, boxes, items, sentences.

All offsets are into the normalised text. Headings are found at line starts; in a text with no
line breaks (a PDF dump) the table-of-contents entries are searched in order instead, so
``第五章加快基础设施互联互通统筹推进…`` splits into the heading and the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo.lexicon import one

NUMERALS = "零一二三四五六七八九十"
TWO = one("character_sets", "chars", role="numeral_two")
"""两, the form of 二 before a measure word: data/lexicon/character_sets.csv."""
CHAPTER_RE = re.compile(r"第([一二三四五六七八九十]{1,3})章")
SECTION_RE = re.compile(r"第([一二三四五六七八九十]{1,3})节")
BOX_RE = re.compile(r"专栏\s*(\d{1,2})")
ITEM_RE = re.compile(
    r"(?:(?<=\n)|(?<=^)|(?<=[。；]))(?:（([一二三四五六七八九十]{1,4})）|([一二三四五六七八九十]{1,3})、)"
)
SENTENCE_END = "。！？"
CLOSERS = "”’」』）)"


def cn_number(s: str) -> int:
    """Chinese numeral up to 99: ``二十二`` → 22, ``两`` → 2."""
    s = s.replace(TWO, NUMERALS[2])
    if s == "十":
        return 10
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (NUMERALS.index(tens) if tens else 1) * 10 + (NUMERALS.index(ones) if ones else 0)
    return NUMERALS.index(s)


COUNT_NUMBER = re.compile(f"[\\d{TWO}{NUMERALS[2:]}]+")


def count_value(text: str) -> int | None:
    """The number the first numerals of ``text`` say (3个 → 3, 等五大 → 5, 十二条 → 12), None when there are
    none or they say no number (a count of lists and lines: geo.lists, geo.line_names)."""
    found = COUNT_NUMBER.search(text)
    if found is None:
        return None
    number = found.group()
    if number.isdigit():
        return int(number)
    try:
        return cn_number(number)
    except ValueError:
        return None


@dataclass(frozen=True)
class Heading:
    """A chapter, section, box (专栏) or numbered item, with its span in the normalised text."""

    level: str
    number: int
    title: str
    start: int
    end: int
    marker: str = ""  # as written when it is not 第X章/第X节 (a work plan's "一、")


@dataclass(frozen=True)
class Sentence:
    """One sentence with its place in the plan's structure."""

    start: int
    end: int
    text: str
    chapter: str
    section: str
    item: str


def _title_from_line(text: str, start: int, end: int, toc_titles: dict[str, list[str]], marker: str) -> int:
    """End offset of a heading's title that starts at ``start``."""
    for title in toc_titles.get(marker, []):
        if text.startswith(title, start):
            return start + len(title)
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    line = text[start:line_end]
    if not re.search("[。；]", line):
        return line_end
    # Title glued to the first sentence (nmg-bohai ``第一节基础条件内蒙古与…``): take a four-character
    # title, the commonest length of Chinese section titles, and say so in the docs.
    return min(start + 4, line_end)


def find_headings(text: str, toc: list[tuple[str, str]] | None = None) -> list[Heading]:
    """All chapter, section, box and item headings, in order."""
    toc_titles: dict[str, list[str]] = {}
    for marker, title in toc or []:
        toc_titles.setdefault(marker, []).append(title)
    out: list[Heading] = []
    for level, rx in (("chapter", CHAPTER_RE), ("section", SECTION_RE)):
        for m in rx.finditer(text):
            at_line_start = m.start() == 0 or text[m.start() - 1] == "\n"
            in_toc = any(text.startswith(t, m.end()) for t in toc_titles.get(m.group(), []))
            if not (at_line_start or in_toc):
                continue
            title_end = _title_from_line(text, m.end(), m.end(), toc_titles, m.group())
            out.append(Heading(level, cn_number(m.group(1)), text[m.end() : title_end], m.start(), title_end))
    for m in BOX_RE.finditer(text):
        title_end = m.end()
        tm = re.match(r"[^。\n（]{2,20}?(?=[（\n]|重点|主要|$)", text[m.end() :])
        if tm:
            title_end += len(tm.group())
        out.append(Heading("box", int(m.group(1)), text[m.end() : title_end], m.start(), title_end))
    for m in ITEM_RE.finditer(text):
        num = m.group(1) or m.group(2)
        out.append(Heading("item", cn_number(num), m.group(), m.start(), m.end()))
    if not any(h.level == "chapter" for h in out):
        # A work plan without 第X章 (baotou-2024): its "一、…" lines are its chapters.
        out = [
            _as_chapter(text, h)
            if h.level == "item" and h.title.endswith("、") and _line_start(text, h.start)
            else h
            for h in out
        ]
    out.sort(key=lambda h: h.start)
    return out


def _line_start(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] == "\n"


def _as_chapter(text: str, h: Heading) -> Heading:
    end = text.find("\n", h.end)
    end = len(text) if end == -1 else end
    return Heading("chapter", h.number, text[h.end : end].strip(), h.start, end, marker=h.title)


def split_sentences(text: str, headings: list[Heading]) -> list[Sentence]:
    """Sentences, each labelled with its chapter, section and item; heading titles are not sentences."""
    cuts = {0, len(text)}
    title_spans = [(h.start, h.end) for h in headings if h.level in ("chapter", "section", "box")]
    for s, e in title_spans:
        cuts.update((s, e))
    for i, ch in enumerate(text):
        if ch == "\n":
            cuts.update((i, i + 1))
        elif ch in SENTENCE_END:
            j = i + 1
            while j < len(text) and text[j] in CLOSERS:
                j += 1
            cuts.add(j)
    in_title = {s for s, _ in title_spans}
    bounds = sorted(cuts)
    heads = iter(sorted(headings, key=lambda h: h.start))
    nxt = next(heads, None)
    chapter = section = item = ""
    out = []
    for s, e in zip(bounds, bounds[1:]):
        while nxt and nxt.start <= s:
            label = f"{nxt.title}".strip()
            if nxt.level == "chapter":
                chapter, section, item = f"{nxt.marker or f'第{to_cn_number(nxt.number)}章 '}{label}", "", ""
            elif nxt.level == "section":
                section, item = f"第{to_cn_number(nxt.number)}节 {label}", ""
            elif nxt.level == "item":
                item = label
            nxt = next(heads, None)
        if s in in_title:
            continue
        chunk = text[s:e]
        stripped = chunk.strip()
        if len(stripped) < 2:
            continue
        lead = len(chunk) - len(chunk.lstrip())
        out.append(Sentence(s + lead, s + lead + len(stripped), stripped, chapter, section, item))
    return out


def to_cn_number(n: int) -> str:
    """22 → ``二十二`` (up to 99)."""
    if n <= 10:
        return NUMERALS[n]
    tens, ones = divmod(n, 10)
    return (NUMERALS[tens] if tens > 1 else "") + "十" + (NUMERALS[ones] if ones else "")
