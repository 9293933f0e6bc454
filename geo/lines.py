"""Lines the plans name: the line words, abbreviated national lines (``京藏、京新…等高速公路``), lines
known only by their own short name (``准朔铁路``), sections and unknown stops. The waypoints a corridor lets
the parser accept are :mod:`geo.waypoints`; corridors through places (``包头至银川、鄂尔多斯至榆林至延安
高速铁路``) and numbered roads (``G210白云鄂博至固阳至东河``) are read by :mod:`geo.corridors`.

Pure functions over the text and the mentions found so far.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from geo.features import BUILD_VERBS, LEADS, name_like
from geo.gazetteer import Gazetteer
from geo.lexicon import item_bounds, marks, one, table, words
from geo.mention import Mention
from geo.scan import finditer, in_runs, quick


@cache
def _role(role: str) -> str:
    """The pattern of the one row of data/lexicon/line_words.csv with that role (read once a role)."""
    return one("line_words", "pattern", role=role)


CORRIDOR_KINDS: list[tuple[str, str]] = [
    (
        "(?:"
        + "|".join(r["pattern"] for r in table("line_words") if r["kind"] == kind and r["role"] == "word")
        + ")",
        kind,
    )
    for kind in ("rail", "road", "energy")
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
LINE_MODIFIER = "(?:" + "|".join(r["pattern"] for r in table("line_words") if r["role"] == "modifier") + ")"
LINE_WORD = quick(
    re.compile(
        f"(?:{_role('before_word')})?" + LINE_MODIFIER + "*(" + "|".join(rx for rx, _ in CORRIDOR_KINDS) + ")"
    )
)
SEPARATORS = tuple(marks("stop"))
"""The marks between two stops of a line (至, －, —): data/lexicon/list_marks.csv."""
LINE_TAIL = {
    kind: re.compile(
        LINE_MODIFIER
        + f"*(?:{rx})?(?:"
        + "|".join(r["pattern"] for r in table("line_words") if r["role"] == "tail")
        + ")?"
    )
    for rx, kind in CORRIDOR_KINDS
}
"""What may follow a line known by its short name, by kind: its modifiers, its own kind's word,
a tail (工程, 二期)."""
ROAD_WORD = next(rx for rx, kind in CORRIDOR_KINDS if kind == "road")
LINE_END = quick(re.compile("(?:" + "|".join(rx for rx, _ in CORRIDOR_KINDS) + ")$"))
BRANCH = re.compile(next(r["pattern"] for r in table("line_words") if r["role"] == "branch"))
"""A line's branch written after its full name (泛亚铁路东线): data/lexicon/line_words.csv."""


POINT_ENERGY = re.compile(
    "(?:"
    + "|".join(
        r["pattern"]
        for r in table("feature_words")
        if r["kind"] == "energy" and r["subkind"] not in words("energy_subkinds", "subkind", no_tail="no")
    )
    + ")$"
)
"""Power stations, bases and mines (data/lexicon/feature_words.csv): points, no line; a phase after one
(六鳌海上风电场二期) is not part of its name."""


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


ETC = marks("etc")
"""What may end a list before its word (京藏、京新等高速公路): data/lexicon/list_marks.csv."""
_SEP = rf"(?:、|(?:{_role('list_and')})(?:{_role('list_status')})?)"  # 京津、京包、包兰和在建临哈交通干线
_ABBREVIATED_WORDS = _role("list_word")
ABBREVIATED_LIST = re.compile(
    rf"((?:[\u4e00-\u9fff]{{2,3}}{_SEP})*[\u4e00-\u9fff]{{2,3}}){ETC}?({_ABBREVIATED_WORDS})"
    rf"|((?:[\u4e00-\u9fff]{{2,3}}、){{2,}}[\u4e00-\u9fff]{{2}})[\u4e00-\u9fff]{{1,4}}?"
    rf"({_role('loose_list_word')})"
)
"""A list of short names before a line word; it is made of characters of :data:`LIST_RUN` and holds an
:data:`ABBREVIATED_WORD`, so it is looked for only in the runs of them that hold one
(:func:`geo.scan.in_runs`)."""
ABBREVIATED_WORD = re.compile(_ABBREVIATED_WORDS)
LIST_RUN = re.compile("[\u4e00-\u9fff\u3001]*")


def _known_line(g: Gazetteer, token: str, word: str) -> str | None:
    """The id of the road or railway the gazetteer knows by ``token`` and a line word (``word`` first)."""
    forms = (
        [token + word] + [token + w for w in _role("road_rail_forms").split("|")]
        if re.search(_role("road_or_rail_word"), word)
        else [token + w for w in _role("other_forms").split("|")]
    )
    # 京沈高速公路 is the road: a word of one kind finds a line of that kind only (not 京沈铁路)
    kinds = [k for rx, k in CORRIDOR_KINDS if re.fullmatch(rx, word) and k in ("road", "rail")] or [
        "road",
        "rail",
    ]
    return next((g.exact[f] for f in forms if f in g.exact and g.places[g.exact[f]].kind in kinds), None)


def abbreviated_lines(text: str, g: Gazetteer, taken: list[Mention]) -> list[Mention]:
    """``京藏、京新、荣乌、青银等高速公路``, ``依托京包、包茂交通运输大通道``: each short token that, with a
    line word, is a line the gazetteer knows (a three-character token may carry a verb's last character:
    ``依托京包`` → ``京包``)."""
    out = []
    for m in in_runs(ABBREVIATED_LIST, text, LIST_RUN, ABBREVIATED_WORD):
        loose = m.group(3) is not None
        word, listed = (m.group(4), m.group(3)) if loose else (m.group(2), m.group(1))
        found, unknown = [], []
        for tm in re.finditer(rf"(?:^|{_SEP})([\u4e00-\u9fff]{{2,3}}?){ETC}?(?={_SEP}|$)", listed):
            token, end = tm.group(1), m.start(3 if loose else 1) + tm.end(1)
            for t in dict.fromkeys((token, token[-2:])):
                s0 = end - len(t)
                over = [x for x in taken if x.start < end and s0 < x.end]
                if over and not (
                    len(over) == 1 and over[0].kind == "region" and (over[0].start, over[0].end) == (s0, end)
                ):
                    if len(t) > 2:
                        # 以京津: the verb's character, then a city chain (京津), which may be a line in a
                        # list of lines
                        continue
                    break
                pid = _known_line(g, t, word)
                if pid:
                    p = g.places[pid]
                    found.append(Mention.of(p, s0, end, t, p.kind, note="abbreviated line"))
                    break
            else:
                if name_like(t) and len(t) == 2:
                    unknown.append((end - 2, end, t))
        # without 等 + word right after, the list must hold two known lines at least
        if loose and len(found) < 2:
            continue
        out += found
        # the other short names of a list of known lines are lines of the same kind, undrawn
        if len(found) >= 2:
            kind = Counter(f.kind for f in found).most_common(1)[0][0]
            out += [
                Mention(
                    a,
                    b,
                    t,
                    t + word,
                    kind,
                    note=f"listed with known {kind} lines; not in the gazetteer, not located",
                )
                for a, b, t in unknown
            ]
    return out


def bracketed_lines(text: str, g: Gazetteer, ms: list[Mention]) -> list[Mention]:
    """``有序推进京包（头）、包（头）银（川）…等铁路``: one character glued before a bracketed abbreviation
    (``京`` + ``包（头）``) is the short name of a line the gazetteer knows (京包铁路) when a list mark or a
    line word follows; the abbreviated place stays a mention of its own."""
    taken = [(m.start, m.end) for m in ms]
    out = []
    for m in ms:
        s0 = m.start - 1
        if (
            s0 < 0
            or m.surface[1:2] != "（"
            or any(a <= s0 < b for a, b in taken)
            or not "\u4e00" <= text[s0] <= "\u9fff"
        ):
            continue
        if not (text[m.end : m.end + 1] in _role("after_bracketed") or LINE_WORD.match(text, m.end)):
            continue
        token = text[s0] + m.surface[0]
        pid = next(
            (g.exact[f] for f in (token + w for w in _role("bracket_forms").split("|")) if f in g.exact), None
        )
        if pid and g.places[pid].kind in ("rail", "road"):
            p = g.places[pid]
            out.append(Mention.of(p, s0, m.end, text[s0 : m.end], p.kind, note="abbreviated line"))
    return out


LEAD = re.compile(f"(?:{LEADS})")
LINE_MODIFIERS = words("line_modifiers")
"""Words before a line word that are no line's short name (城际铁路, 全省铁路, 这两条铁路):
data/lexicon/line_modifiers.csv."""
NAMED_LINE = re.compile(
    f"(?:^|(?<=[“（\n{item_bounds()}])|(?<="
    + BUILD_VERBS
    + "))([\u4e00-\u9fff]{2}(?:"
    + BRANCH.pattern
    + f"(?={_role('after_short_branch')}))?|[\u4e00-\u9fff]{{3}}(?={_role('after_three_characters')}))"
    "(" + _role("short_name_word") + f")(?!{_role('not_after_short_name_word')})",
    re.M,
)
NAMED_LINE_4 = re.compile(
    f"(?:^|(?<=[“（\n{item_bounds()}])|(?<="
    + BUILD_VERBS
    + f"))([\u4e00-\u9fff]{{4}})(?={_role('after_three_characters')})"
    "(" + _role("short_name_word") + ")",
    re.M,
)
"""Four characters before 铁路/高铁/客专, read apart so that they never hide a shorter name the pattern above
would read at the same place (宁滁蚌亳铁路)."""


def named_lines(
    text: str, ms: list[Mention], spells_cities: Callable[[str], bool] = lambda _: False
) -> list[Mention]:
    """``准朔铁路``, ``白阿铁路``, ``丹锡高速``, ``集大原高铁``, ``集通线``, ``陕京四线``: two or three
    characters right after a list mark, a line start or a building verb and before 铁路/高铁/高速 are a line's
    own short name (each character abbreviates a stop); kept, not drawn. Modifiers (城际铁路, 国家高速) and
    names the gazetteer reads otherwise are not lines; four characters are a name only when they spell cities
    near each other (``spells_cities``: 宁滁蚌亳铁路). An X线 is of the kind of the next line word in its
    sentence (a pipeline before …管道), a railway when there is none."""
    # 滨城 (a district's short form) inside 京滨城际; 渝西 (a region) before 高铁 is the line's name
    named_by = {(m.start, m.end) for m in ms if m.kind == "region" and m.end - m.start == 2}
    taken = [(m.start, m.end) for m in ms if m.kind != "unresolved" and (m.start, m.end) not in named_by]
    out = []
    for m in [*finditer(NAMED_LINE, text), *finditer(NAMED_LINE_4, text)]:
        s = m.start() + (len(m.group(1)) == 3 and bool(LEAD.match(m.group(1))))  # 以宜万铁路: 以 leads
        name = text[s : m.end(1)]
        if (
            any(w in name for w in LINE_MODIFIERS)
            or any(a < m.end() and s < b for a, b in taken + [(o.start, o.end) for o in out])
            or not name_like(name, 4)
            or (m.re is NAMED_LINE_4 and not spells_cities(name))
        ):  # 推进城际铁路: a verb, not a line's name; 随着济郑 no four cities' initials
            continue
        kind = "road" if re.fullmatch(ROAD_WORD, m.group(2)) else "rail"
        # 集通线 (…、白阿铁路), 陕京四线 (…、建平-赤峰天然气管道): the list's next line word says
        if m.group(2).endswith(_role("takes_next_kind")):
            stop = min((i for i in (text.find(c, m.end()) for c in "。；") if i >= 0), default=len(text))
            nxt = LINE_WORD.search(text, m.end(), stop)
            kind = next(k for rx, k in CORRIDOR_KINDS if re.fullmatch(rx, nxt.group(1))) if nxt else "rail"
        out.append(
            Mention.unlocated(
                text, s, m.end(), kind, note="a line's own short name; not in the gazetteer, not drawn"
            )
        )
    return out


SECTION_WORD = _role("section")
"""The word that closes a line's section (段: data/lexicon/line_words.csv)."""
JOIN_CHARS = "[" + "".join(re.escape(c) for c in SEPARATORS if c != "~") + "]"
"""至/－/—/- between two stops of a line."""
JOIN = f"({JOIN_CHARS})"
SECTION = re.compile(r"([\u4e00-\u9fff]{2,5}?)" + JOIN + r"([\u4e00-\u9fff]{2,5}?)" + SECTION_WORD)


def sections(text: str, ms: list[Mention]) -> list[Mention]:
    """``京新高速临河至哈密段``, ``白阿铁路芒罕屯至伊尔施段``: two names joined by 至/－ and closed by 段
    right after a line are a section of that line, of its kind. One end may be a name the gazetteer lacks
    (芒罕屯); the section is drawn between its ends only when both are placed."""
    at = {m.start: m for m in ms if m.kind in WAYPOINT_KINDS and m.lon is not None}
    taken = [(m.start, m.end) for m in ms if m.kind not in WAYPOINT_KINDS + ("unresolved",)]
    out = []
    for line in (m for m in ms if m.kind in ("rail", "road", "energy")):
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


def unknown_stops(text: str, ms: list[Mention]) -> list[Mention]:
    """The stops of a line that the gazetteer lacks (芒罕屯 of 芒罕屯至伊尔施段, 湘南 of 蒙西至湘南) are kept
    as unresolved names, listed for the user, never dropped:
    each part between 至/－/— not covered by a mention."""
    taken = [(m.start, m.end) for m in ms if m.kind not in ("rail", "road", "energy")]
    out = []
    for line in (
        m
        for m in ms
        if m.kind in ("rail", "road", "energy")
        and m.note.endswith("not drawn")
        and re.search(JOIN_CHARS, m.surface)
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
