"""Lines the plans name: the line words, lines extended by the words after them, sections and unknown
stops; lines known by their short names are :mod:`geo.line_names`. The waypoints a corridor lets
the parser accept are :mod:`geo.waypoints`; corridors through places (``包头至银川、鄂尔多斯至榆林至延安
高速铁路``) and numbered roads (``G210白云鄂博至固阳至东河``) are read by :mod:`geo.corridors`.

Pure functions over the text and the mentions found so far.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from geo.features import name_like
from geo.lexicon import marks, one, rule_pattern, table, words
from geo.mention import Mention
from geo.scan import quick


@cache
def _role(role: str) -> str:
    """The pattern of the one row of data/lexicon/line_words.csv with that role (read once a role)."""
    return one("line_words", "pattern", role=role)


line_role = _role


LINE_KINDS = ("rail", "road", "energy")
"""The kinds of mentions that are lines."""
CORRIDOR_KINDS: list[tuple[str, str]] = [
    (
        "(?:"
        + "|".join(r["pattern"] for r in table("line_words") if r["kind"] == kind and r["role"] == "word")
        + ")",
        kind,
    )
    for kind in LINE_KINDS
]
"""The words that close a line's name, by kind: data/lexicon/line_words.csv."""
WAYPOINT_KINDS = (
    "city",
    "county",
    "town",
    "province",
    "port",
    "region",
    "park",
    "energy",
    "country",
    "airport",
    "station",
)
LINE_MODIFIER = (
    "(?:" + "|".join(r["pattern"] for r in table("line_words") if r["role"] in ("modifier", "voltage")) + ")"
)
LINE_WORD = quick(
    re.compile(
        f"(?:{_role('before_word')})?" + LINE_MODIFIER + "*(" + "|".join(rx for rx, _ in CORRIDOR_KINDS) + ")"
    )
)
SEPARATORS = tuple(marks("stop"))
"""The marks between two stops of a line (至, －, —): data/lexicon/list_marks.csv."""
LINE_TAIL = {
    kind: re.compile(LINE_MODIFIER + f"*(?:(?:{rx})(?:{_role('tail')})?|{_role('tail')}|{_role('own_part')})")
    for rx, kind in CORRIDOR_KINDS
}
"""What may follow a line known by its short name, by kind: its modifiers before its own kind's word or a
tail (工程, 二期) or a second line (二线), never other modifiers alone (太原铁路枢纽 before 客运通道)."""
ROAD_WORD = next(rx for rx, kind in CORRIDOR_KINDS if kind == "road")
LINE_END = quick(re.compile("(?:" + "|".join(rx for rx, _ in CORRIDOR_KINDS) + ")$"))
BRANCH = re.compile(next(r["pattern"] for r in table("line_words") if r["role"] == "branch"))
"""A line's branch written after its full name (泛亚铁路东线): data/lexicon/line_words.csv."""


POINT_ENERGY = re.compile(
    "(?:"
    + "|".join(
        r["pattern"]
        for r in table("feature_words")
        if r["kind"] == "energy" and r["subkind"] not in words("energy_subkinds", "subkind", takes_tail="yes")
    )
    + ")$"
)
"""Power stations, bases and mines (data/lexicon/feature_words.csv): points, no line; a phase after one is
part of the station's own name there (六鳌海上风电场二期), never a line's tail."""


def extended_lines(text: str, ms: list[Mention]) -> list[Mention]:
    """A line the gazetteer knows by a short name (白鹤滩—浙江, 川气东送, 青豫直流) written with its voltage,
    line word or tail (``±800千伏特高压直流工程``, ``二线``, ``工程``), or a full name with its branch
    (泛亚铁路东线), is one mention, that line, with all of its name."""
    out = []
    listed = {m.end for m in ms if m.note == "abbreviated line"}
    for m in ms:
        if listed and any(0 <= m.start - e <= 4 for e in listed):
            # 京包、包兰和临哈交通干线: the list's last line shares its word, which stays out of its name
            out.append(m)
            continue
        w = (
            (BRANCH if LINE_END.search(m.surface) else LINE_TAIL[m.kind]).match(text, m.end)
            if m.kind in LINE_TAIL and not POINT_ENERGY.search(m.surface)
            else None
        )
        if w is not None and w.end() > m.end and not any(m.end <= x.start < w.end() for x in ms):
            m = replace(m, end=w.end(), surface=text[m.start : w.end()])
        out.append(m)
    return out


SECTION_WORD = _role("section")
"""The word that closes a line's section (段: data/lexicon/line_words.csv)."""
CLAUSE_END = re.compile("[" + marks("clause") + "\n]")
"""The mark or line break that ends a clause (list_marks.csv)."""
JOIN_CHARS = "[" + "".join(re.escape(c) for c in SEPARATORS if c != "~") + "]"
"""至/－/—/- between two stops of a line."""
JOIN = f"({JOIN_CHARS})"
SECTION = re.compile(r"([\u4e00-\u9fff]{2,5}?)" + JOIN + r"([\u4e00-\u9fff]{2,5}?)" + SECTION_WORD)


def sections(text: str, ms: list[Mention]) -> list[Mention]:
    """``京新高速临河至哈密段``, ``白阿铁路芒罕屯至伊尔施段``: two names joined by 至/－ and closed by 段
    right after a line are a section of that line, of its kind, which the later rules read as a line (its
    ends, one of which may be a name the gazetteer lacks: 芒罕屯) and :func:`without_sections` leaves out."""
    at = {m.start: m for m in ms if m.kind in WAYPOINT_KINDS and m.lon is not None}
    taken = [(m.start, m.end) for m in ms if m.kind not in WAYPOINT_KINDS + ("unresolved",)]
    out = []
    for line in (m for m in ms if m.kind in LINE_KINDS):
        s = SECTION.match(text, line.end)
        if not s or any(a < s.end() and s.start() < b for a, b in taken):
            continue
        a, b = at.get(s.start(1)), at.get(s.start(3))
        ends = [x if x is not None and x.end == s.end(k) else None for x, k in ((a, 1), (b, 3))]
        if not any(ends) or not all(e or name_like(s.group(k), 4) for e, k in zip(ends, (1, 3))):
            continue
        name = f"{line.name_zh}{s.group(1)}—{s.group(3)}{SECTION_WORD}"
        placed = all(ends)
        out.append(
            Mention(
                s.start(),
                s.end(),
                s.group(),
                name,
                line.kind,
                place_id=f"line:{ends[0].place_id}—{ends[1].place_id}" if placed else "",
                group=f"{ends[0].place_id}|{ends[1].place_id}" if placed else "",
                note=f"section of {line.surface}"
                + ("" if placed else "; one end not in the gazetteer, not drawn"),
            )
        )
    return out


def without_sections(ms: list[Mention]) -> list[Mention]:
    """The mentions without the sections of lines: a section ``A至B段`` (or ``河北段``) helps find its
    ends and is then left out, as every evaluation set of other regions' text annotates it: its line and
    its ends are the places."""
    return [m for m in ms if not (m.kind in LINE_KINDS and m.surface.endswith(SECTION_WORD))]


def unknown_stops(text: str, ms: list[Mention]) -> list[Mention]:
    """The stops of a line that the gazetteer lacks (芒罕屯 of 芒罕屯至伊尔施段, 湘南 of 蒙西至湘南) are kept
    as unresolved names, listed for the user, never dropped:
    each part between 至/－/— not covered by a mention."""
    taken = [(m.start, m.end) for m in ms if m.kind not in LINE_KINDS]
    out = []
    for line in (
        m
        for m in ms
        if m.kind in LINE_KINDS and m.note.endswith("not drawn") and re.search(JOIN_CHARS, m.surface)
    ):
        pos = line.start
        for part in re.split(JOIN_CHARS, line.surface):
            s0, pos = pos, pos + len(part) + 1
            name = re.sub(LINE_WORD.pattern + f"$|{SECTION_WORD}$", "", part)
            if name_like(name, 5) and not any(a < s0 + len(name) and s0 < b for a, b in taken):
                out.append(
                    Mention(
                        s0,
                        s0 + len(name),
                        name,
                        name,
                        "unresolved",
                        note=f"a stop of {line.surface}; not in the gazetteer, not located",
                    )
                )
    return out


def own_kind(item: str) -> str:
    """The kind of the line word an item ends in itself (安吉高速: road), '' if none."""
    own = LINE_WORD.search(item)
    if own is None or own.end() != len(item):
        return ""
    return next((k for rx, k in CORRIDOR_KINDS if re.fullmatch(rx, own.group(1))), "")


def names_a_section(text: str, s: int, e: int) -> bool:
    """Whether the name at ``[s, e)`` stands between a line and the section word, or is an end of a section
    written right after a line (崇礼 of …铁路崇礼至黑城子段), so that a county's short form there names the
    line's section in that county, far from the document's region as it may be; not after a river (a river's
    bank)."""
    if text.startswith(SECTION_WORD, e):
        if _after_line(text, s):
            return True
        # the section's second end: its first ends at the stop mark before it (林芝至康定段)
        return text[s - 1 : s] in SEPARATORS and SECTION_START.search(text, max(0, s - 6), s - 1) is not None
    return SECTION_AFTER.match(text, e) is not None and _after_line(text, s)


def ends_a_line(text: str, s: int, e: int) -> bool:
    """Whether the name at ``[s, e)`` is an end of a line written A至B and its word (峨眉至汉源高速: both
    ends), so that a county's short form there is that county, far from the document's region as it may be."""
    if text[s - 1 : s] in SEPARATORS and s > 0:
        return NAMED_LINE_WORD.match(text, e) is not None
    return LINE_AFTER_STOP.match(text, e) is not None


NAMED_LINE_WORD = re.compile(LINE_MODIFIER + "*(?:" + "|".join(rx for rx, _ in CORRIDOR_KINDS) + ")")
"""A line's word right after its last stop, after its modifiers (a voltage, a class of line)."""
LINE_AFTER_STOP = re.compile(JOIN + r"[\u4e00-\u9fff]{2,5}?" + NAMED_LINE_WORD.pattern)
"""The stop mark, the last stop and the line's word after a line's first stop."""


def _after_line(text: str, k: int) -> bool:
    """Whether a line's word or number ends right before ``k``."""
    return k >= 0 and AFTER_LINE.search(text, max(0, k - LINE_WORD_REACH), k) is not None


SECTION_START = re.compile(r"[\u4e00-\u9fff]{2,5}$")
"""A section's first end, right before the stop mark of its second."""
SECTION_AFTER = re.compile(JOIN + r"[\u4e00-\u9fff]{2,5}?" + SECTION_WORD)
"""The stop mark, the second end and the section word after a section's first end."""


AFTER_LINE = re.compile(rule_pattern("section_after_line"))
"""What a county's short form before the section word follows when it names a line's section
(rule_words.csv)."""
LINE_WORD_REACH = 6
"""How far back from a county's short form its line's word or route number may start."""


LINE_PREFIX = re.compile(f"(?:{rule_pattern('line_prefix')})$")
"""A bearing or two provinces' abbreviations right before a line named along a river or a coast
(data/lexicon/rule_words.csv)."""
ALONG = re.compile(rule_pattern("line_along"))
"""How a line named along a river, a coast or a border begins (data/lexicon/rule_words.csv)."""


def prefixed_lines(text: str, ms: list[Mention]) -> list[Mention]:
    """A line named along a river or a coast with a bearing or two provinces before it is another line of that
    name (the line along the north bank): kept as written, not drawn; what was read inside the prefix gives
    way."""
    out = list(ms)
    for m in ms:
        along = m.kind in ("rail", "road") and ALONG.match(text, m.start)
        w = LINE_PREFIX.search(text, max(0, m.start - 2), m.start) if along else None
        if w is None:
            continue
        note = f"a line named like {m.surface} after {w.group()}; not drawn"
        out = [x for x in out if x is not m and not (w.start() <= x.start < m.start)]
        out.append(Mention.unlocated(text, w.start(), m.end, m.kind, note=note))
    return sorted(out, key=lambda m: (m.start, -m.end))
