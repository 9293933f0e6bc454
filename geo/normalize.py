"""Repair raw plan text while keeping a map from every character back to the raw file.

Every step takes a :class:`Tracked` text and returns a new one; deleted characters vanish
from the map, kept ones keep their raw offset, so any span of the normalised text can be
quoted exactly from the file. Problems found on the way (mojibake, page numbers, figure
captions, a table of contents, lost decimal points) are returned as :class:`Issue` records
with offsets into the normalised text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

CJK = "\u4e00-\u9fff"
PINYIN_LETTERS = "a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
PINYIN_RE = re.compile(rf"[(（]([{PINYIN_LETTERS}]{{1,7}})[)）]")
REPLACEMENT = "\ufffd"
_FULLWIDTH_PUNCT = {",": "，", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}
_SPACES = " \t\u3000\xa0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\ufeff"
_UNITS = "个%％年月日万亿元公里米倍条项家所座处千百多余吨度号小时岁天周级类期届批次人户亩平立方"


@dataclass(frozen=True)
class Issue:
    """A defect found in the text: ``kind`` is mojibake, page_number, figure_caption, toc, repeat or lost_decimal."""

    kind: str
    start: int
    end: int
    detail: str


@dataclass
class Tracked:
    """Text plus, for each character, its offset in the raw file."""

    text: str
    raw: list[int]
    issues: list[Issue] = field(default_factory=list)

    @classmethod
    def from_raw(cls, raw_text: str) -> Tracked:
        return cls(raw_text, list(range(len(raw_text))))

    def delete(self, spans: list[tuple[int, int]]) -> Tracked:
        """Drop the characters of the given ``[start, end)`` spans (issue offsets are remapped)."""
        keep = [True] * len(self.text)
        for s, e in spans:
            for i in range(s, e):
                keep[i] = False
        new_pos, n = [], 0
        for k in keep:
            new_pos.append(n)
            n += k
        new_pos.append(n)
        text = "".join(ch for ch, k in zip(self.text, keep) if k)
        raw = [r for r, k in zip(self.raw, keep) if k]
        issues = [Issue(i.kind, new_pos[i.start], new_pos[i.end], i.detail) for i in self.issues]
        return Tracked(text, raw, issues)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw-file offsets ``[start, end)`` of a normalised span."""
        if start >= end:
            r = self.raw[start] if start < len(self.raw) else (self.raw[-1] + 1 if self.raw else 0)
            return r, r
        return self.raw[start], self.raw[end - 1] + 1


def _is_cjk(ch: str) -> bool:
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


def to_simplified(text: str) -> str:
    """Traditional → Simplified with OpenCC, guaranteed to keep the length (so offsets survive)."""
    conv = _t2s()
    out = conv.convert(text)
    if len(out) == len(text):
        return out
    lines = text.split("\n")
    conv_lines = [conv.convert(line) for line in lines]
    return "\n".join(c if len(c) == len(line) else "".join(conv.convert(ch) or ch for ch in line)
                     for c, line in zip(conv_lines, lines))


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
        if not wreck and (text[i] != "?" or not (i > 0 and (_is_cjk(text[i - 1]) or text[i - 1] in "，。、）)"))):
            i += 1
            continue
        j = i + 1
        while j < len(text):
            ch = text[j]
            m = PINYIN_RE.match(text, j)
            if m:
                j = m.end()
            elif ch in "?;)_^" or (ch.isascii() and ch.isalpha()) or ch in PINYIN_LETTERS or "\ue000" <= ch <= "\uf8ff":
                j += 1
            elif _is_cjk(ch) and not _in_gb2312_level1(simp[j]) and not PINYIN_RE.match(text, j + 1):
                j += 1
            else:
                break
        if spans and i - spans[-1][1] <= 2 and all(_is_cjk(c) for c in text[spans[-1][1]:i]):
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
    """Remove ruby annotations such as the ``(nèi)`` of ``內(nèi)``: lowercase pinyin right after a character."""
    spans = []
    for m in PINYIN_RE.finditer(t.text):
        syl = m.group(1)
        if m.start() and _is_cjk(t.text[m.start() - 1]) and syl.islower() and (not syl.isascii() or syl in _PLAIN_PINYIN):
            spans.append(m.span())
    return t.delete(spans)


# Toneless syllables that occur as annotations (neutral tone), e.g. 的(de), 了(le), 么(me).
_PLAIN_PINYIN = {"de", "le", "me", "men", "zi", "ge", "ma", "ne", "ba", "zhe", "li", "shang", "tou"}


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
        rest = text[i + 1:i + 8].lstrip("".join(_SPACES))
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
        elif ch == ":" and (_is_cjk(text[i + 1:i + 2] or "a") or (out and _is_cjk(out[-1]))):
            out.append("：")
        elif "\uff10" <= ch <= "\uff19" or "\uff21" <= ch <= "\uff3a" or "\uff41" <= ch <= "\uff5a" or ch in "％．":
            out.append(chr(ord(ch) - 0xFEE0))
        else:
            out.append(ch)
        raw.append(t.raw[i])
    while out and out[-1] == "\n":
        out.pop()
        raw.pop()
    new_pos.append(len(out))
    issues = [Issue(i.kind, min(new_pos[i.start], len(out)), min(new_pos[i.end], len(out)), i.detail) for i in t.issues]
    return Tracked("".join(out), raw, issues)


def remove_nav_lines(t: Tracked) -> Tracked:
    """Drop web-page navigation lines (breadcrumbs, 'current position', source/editor lines)."""
    spans = []
    for m in re.finditer(r"[^\n]*\n?", t.text):
        line = m.group()
        if re.search(r"您现在的位置|您的位置|当前位置|首页\s*[>＞]|责编[:：]|信息来源[:：]|^\s*城市群规划\s*$", line):
            spans.append(m.span())
    return t.delete(spans)


def remove_repeats(t: Tracked) -> Tracked:
    """Drop a fragment repeated immediately after itself (``自然生态功能。自然生态功能。``)."""
    spans, issues = [], list(t.issues)
    for m in re.finditer(r"([^。\n]{4,60}。)\1", t.text):
        s = m.start() + len(m.group(1))
        spans.append((s, m.end()))
        issues.append(Issue("repeat", s, m.end(), m.group(1)))
    return Tracked(t.text, t.raw, issues).delete(spans)


HEADING_RE = re.compile(r"第[一二三四五六七八九十]{1,3}[章节]|前\s*言")


def find_toc(text: str) -> tuple[int, int] | None:
    """Span of a table of contents: a run of headings that follow each other with no sentence between.

    The run starts at 目录 when there is one. It ends just before its first entry appears again
    (the body's own heading), or else at the end of the line of its last entry.
    """
    m = re.search(r"目\s*录", text[:8000])
    heads = list(HEADING_RE.finditer(text, m.end() if m else 0, 20000))
    for i, first in enumerate(heads[:40]):
        run = [first]
        for h in heads[i + 1:]:
            gap = text[run[-1].end():h.start()]
            if len(gap) > 40 or re.search("[。，；]", gap):
                break
            run.append(h)
        if len(run) < 5:
            if m:
                return None
            continue
        start = m.start() if m else first.start()
        key = re.sub(r"\s", "", first.group())
        last = run[-1]
        if re.sub(r"\s", "", last.group()) == key:
            return start, last.start()
        line_end = text.find("\n", last.end())
        return start, (line_end if line_end != -1 else last.end())
    return None


def remove_toc(t: Tracked) -> tuple[Tracked, list[tuple[str, str]]]:
    """Remove the table of contents; return the text and its ``(marker, title)`` entries."""
    span = find_toc(t.text)
    if not span:
        return t, []
    toc = t.text[span[0]:span[1]]
    entries = []
    for m in re.finditer(r"(第[一二三四五六七八九十]{1,3}[章节])\s*([^\d\n第]+?)\s*(?=\d|\n|第[一二三四五六七八九十]|$)", toc):
        entries.append((m.group(1), m.group(2).strip()))
    t = Tracked(t.text, t.raw, t.issues + [Issue("toc", span[0], span[1], f"{len(entries)} entries")])
    return t.delete([span]), entries


def remove_figure_captions(t: Tracked) -> Tracked:
    """Remove figure captions such as ``图4呼包鄂榆城市群综合交通运输网示意图`` (kept as issues)."""
    spans, issues = [], list(t.issues)
    for m in re.finditer(r"图\s*\d{1,2}\s*[^。，；\n图]{2,40}?(?:示意图|分布图|规划图|布局图)", t.text):
        spans.append(m.span())
        issues.append(Issue("figure_caption", m.start(), m.end(), m.group()))
    return Tracked(t.text, t.raw, issues).delete(spans)


def remove_page_numbers(t: Tracked) -> Tracked:
    """Remove page numbers glued into running text by PDF extraction (``加大农牧21区交通``).

    Only used on texts without line breaks (a PDF dump). Page numbers are found in sequence:
    after page ``n`` comes the first free-standing number ``n+1 … n+4`` that is not followed by a
    unit (个, 年, %, 万 …), so ordinary numbers in sentences are left alone.
    """
    text = t.text
    if text.count("\n") > len(text) / 2000 or len(text) < 5000:
        return t
    spans, issues = [], list(t.issues)
    expected, pos = 1, 0
    pat = re.compile(rf"(?<![\d.．])(\d{{1,3}})(?![\d.．{_UNITS}])")
    while True:
        best = None
        for m in pat.finditer(text, pos):
            n = int(m.group(1))
            if expected <= n <= expected + 3:
                prev = text[m.start() - 1] if m.start() else ""
                if prev and (prev in "第约近达超至占和、～~-－—" or prev.isascii() and prev.isalpha()):
                    continue
                best = m
                break
            if m.start() - pos > 4000:
                break
        if not best:
            break
        spans.append(best.span())
        issues.append(Issue("page_number", best.start(), best.end(), best.group(1)))
        expected, pos = int(best.group(1)) + 1, best.end()
    if len(spans) < 3:  # a real paginated dump has many pages; two numbers are just numbers
        return t
    return Tracked(text, t.raw, issues).delete(spans)


def flag_lost_decimals(t: Tracked) -> Tracked:
    """Flag numbers that probably lost a decimal point or percent sign in PDF extraction."""
    issues = list(t.issues)
    pat = r"(?:约占|占|分别约占全国的|比重|增长|提高到|达到|下降|率达)[^。，；\d]{0,6}(\d{2,4})(?=[、和，。；])"
    for m in re.finditer(pat, t.text):
        issues.append(Issue("lost_decimal", m.start(1), m.end(1), m.group(1)))
    return Tracked(t.text, t.raw, issues)


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
