"""Remove what web pages and PDF extraction leave in a plan's text: navigation lines, repeated fragments,
the table of contents, figure captions and page numbers; flag numbers that probably lost a decimal point.
Each step of :func:`geo.normalize.normalize` takes a :class:`~geo.tracked.Tracked` text and returns a new one.
"""

from __future__ import annotations

import re

from geo.tracked import Issue, Tracked

_UNITS = "个%％年月日万亿元公里米倍条项家所座处千百多余吨度号小时岁天周级类期届批次人户亩平立方"


def remove_nav_lines(t: Tracked) -> Tracked:
    """Drop web-page navigation lines (breadcrumbs, 'current position', source/editor lines)."""
    spans = []
    for m in re.finditer(r"[^\n]*\n?", t.text):
        line = m.group()
        if re.search(
            r"您现在的位置|您的位置|当前位置|首页\s*[>＞]|责编[:：]|信息来源[:：]|^\s*城市群规划\s*$", line
        ):
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
        for h in heads[i + 1 :]:
            gap = text[run[-1].end() : h.start()]
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
    toc = t.text[span[0] : span[1]]
    entries = []
    for m in re.finditer(
        r"(第[一二三四五六七八九十]{1,3}[章节])\s*([^\d\n第]+?)\s*(?=\d|\n|第[一二三四五六七八九十]|$)", toc
    ):
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
    pat = (
        r"(?:约占|占|分别约占全国的|比重|增长|提高到|达到|下降|率达)[^。，；\d]{0,6}(\d{2,4})(?=[、和，。；])"
    )
    for m in re.finditer(pat, t.text):
        issues.append(Issue("lost_decimal", m.start(1), m.end(1), m.group(1)))
    return Tracked(t.text, t.raw, issues)
