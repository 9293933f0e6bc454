"""Corridors: places joined by 至/－/— before a rail, road or energy word
(``包头至银川、鄂尔多斯至榆林至延安高速铁路``), numbered roads through their places
(``G210白云鄂博至固阳至东河``), and the unknown names listed with them (``叶赤``, ``蒙西至湘南``),
kept but not drawn.

Pure functions over the text and the mentions found so far; the line words are those of :mod:`geo.lines`.
"""

from __future__ import annotations

import re

from geo.features import BUILD_VERBS, VOLTAGE, name_like
from geo.lexicon import item_bounds, marks, one, words
from geo.lines import CORRIDOR_KINDS, JOIN_CHARS, LINE_WORD, SECTION_WORD, WAYPOINT_KINDS, own_kind
from geo.mention import Mention
from geo.numbered_roads import STATION_BEARINGS, numbered_roads, split_chains, spoken
from geo.regions import ETC
from geo.scan import finditer

DESCRIBING = tuple(marks("describing"))
"""What before a line word makes the places before it a description, not a name (甲到乙的铁路)."""
TO = marks("to")
"""The word of a line's stops that describes a line before the describing mark (list_marks.csv, role to)."""
MODIFIERS = frozenset(words("line_modifiers"))
"""Words before a line word that are no line's name: data/lexicon/line_modifiers.csv."""
COUNT_OF_LINES = re.compile(one("line_words", "pattern", role="line_count"))
"""A count of lines before their word (等3条国家高速公路): the last line of the list does not carry it."""
ETC_OR_COUNT = re.compile("|".join([*ETC, COUNT_OF_LINES.pattern]))
"""A mark of etcetera or a count before a list's line word: the list's last line does not carry the word."""
# A line's branch or second track closing a list's item (成渝中线): the item is a line's own name even with
# a region read inside it (成渝)
BRANCH = re.compile(f"(?:{one('line_words', 'pattern', role='branch')})$")
WORD_AT_END = re.compile("(?:" + "|".join(rx for rx, _ in CORRIDOR_KINDS) + ")$")
"""A line word ending a line's name (after a branch's name: see :data:`BRANCH`)."""
BYPASS = re.compile(one("line_words", "pattern", role="bypass_item"))
"""A place and a bypass word closing a list's item: a line of its own (data/lexicon/line_words.csv)."""
CHAIN_WORDS = tuple(one("line_words", "pattern", role="chain_word").split("|"))
"""What may end a chain of places in a list of lines besides 段 (通道, 大通道): line_words.csv."""
CHAIN_LINE_WORD = re.compile(f"({one('line_words', 'pattern', role='chain_line_word')})")
"""The line word alone that closes a chain of places: a railway, or a power line in a clause with a voltage
(data/lexicon/line_words.csv, role chain_line_word)."""
VOLTAGE_IN = re.compile(VOLTAGE)
BEARING_END = re.compile(f"[{STATION_BEARINGS}]")
NEXT_ITEM = "|".join(map(re.escape, [*marks("join"), *ETC]))
# What closes a chain of places besides its last place: 段, 通道 before 、, or the bearing of a station named
# by its place before the list's next item or its mark of etcetera (淮北—萧县北、…等高速铁路)
CHAIN_END = re.compile(
    f"(?:{SECTION_WORD}|(?:{'|'.join(CHAIN_WORDS)})(?=、)|[{STATION_BEARINGS}](?={NEXT_ITEM}))?"
)


def corridors(text: str, ms: list[Mention]) -> list[Mention]:
    """The mentions and the lines of lists closed by a line word: names joined by 至/－/— and followed by a
    rail, road or energy word are corridors.

    ``包头至银川、鄂尔多斯至榆林至延安高速铁路`` gives two corridors that share the final word: the
    spans ``包头至银川`` and ``鄂尔多斯至榆林至延安高速铁路``, named ``包头—银川高速铁路`` and
    ``鄂尔多斯—榆林—延安高速铁路``; ``group`` holds the ordered waypoint ids.
    """
    places = [m for m in ms if m.kind in WAYPOINT_KINDS]
    out = numbered_roads(text, ms, places)
    lines = [m for m in ms if m.kind in ("rail", "road", "energy")]
    for w in finditer(LINE_WORD, text):
        if any(m.start < w.start() and w.end() == m.end and LINE_WORD.match(text, m.end) for m in lines):
            continue  # the word of a line named already (蒙西煤制气管道等…管道): the list's own word follows
        out += _lines_before(text, w, ms, places, lines, out)
    out += [x for w in finditer(CHAIN_LINE_WORD, text) for x in _chain_before_line(text, w, places)]
    first: dict[tuple[int, int], Mention] = {}
    # a list followed by two line words (…等特高压电力外送通道) is walked twice: the nearer word names it
    for m in out:
        first.setdefault((m.start, m.end), m)
    found = list(first.values())
    # 成渝 of 成渝中线 and of 成渝中线高铁: a branch's name holds no region of its own
    branches = [
        m
        for m in [*ms, *found]
        if m.kind in ("rail", "road") and m.lon is None and BRANCH.search(WORD_AT_END.sub("", m.surface))
    ]
    kept = [m for m in ms if not any(b is not m and b.start <= m.start and m.end <= b.end for b in branches)]
    # 加快成渝、渝遂等高速公路: a region read as a whole item of a list of lines is that line
    items = {(m.start, m.end) for m in found}
    return [m for m in kept if not (m.kind == "region" and (m.start, m.end) in items)] + found


def _chain_before_line(text: str, w: re.Match, places: list[Mention]) -> list[Mention]:
    """The line of places joined by 至/－/— right before 线 (无锡—江阴—靖江线), none if other words stand
    between; a power line when the clause names a voltage."""
    clause = _clause_start(text, w.start())
    before = [p for p in places if clause < p.start and p.end <= w.start()]
    chains = split_chains(text, before) if before else []
    if not chains or len(chains[-1]) < 2 or chains[-1][-1].end != w.start():
        return []
    ends = [text.find(c, w.end()) for c in "，。；！？\n"]
    end = min((e for e in ends if e >= 0), default=len(text))
    kind = "energy" if VOLTAGE_IN.search(text, clause + 1, end) else "rail"
    return _chain_lines(text, w, chains[-1:], True, kind)


def _clause_start(text: str, pos: int) -> int:
    """Where the clause holding ``pos`` starts: its mark before ``pos``, -1 at the text's start."""
    return max(text.rfind(c, 0, pos) for c in "，。；：！？\n")


def _joined_by_to(text: str, chain: list[Mention]) -> bool:
    """Whether 至 joins two of a chain's places (list_marks.csv, role to)."""
    return any(TO in text[a.end : b.start] for a, b in zip(chain, chain[1:]))


def _the_lists_word(text: str, w: re.Match) -> bool:
    """Whether 等 or a count stands before the line word ``w``: the word is the list's, its last line does
    not carry it."""
    return ETC_OR_COUNT.search(text, w.start(), w.start(1)) is not None


def _lines_before(
    text: str,
    w: re.Match,
    ms: list[Mention],
    places: list[Mention],
    lines: list[Mention],
    found: list[Mention],
) -> list[Mention]:
    """The lines of the list that the line word ``w`` closes: chains of places, and the unknown names listed
    with them when the list holds a known line. ``found``: the corridors found before this word."""
    word = w.group(1)
    kind = next(k for rx, k in CORRIDOR_KINDS if re.fullmatch(rx, word))
    if kind == "energy":  # 库布其—上海特高压: a desert's power base is a power line's end
        places = sorted(places + [m for m in ms if m.kind == "landform"], key=lambda m: (m.start, -m.end))
    pos, before, unknown, known_lines = _walk_back(text, w, kind, ms, places, lines, found)
    clause = _clause_start(text, pos)
    chains = split_chains(text, [m for m in before if m.start > clause]) if before else []
    if w.group().startswith(DESCRIBING):
        # 从甲到乙的铁路, 镇江至宣城的铁路: a description, as annotators read it (4 times in 4); dashes still
        # name a line (伊尔库茨克-乌兰巴托-二连浩特-天津港的公路)
        chains = [c for c in chains if not spoken(text, c) and not _joined_by_to(text, c)]
    out = _chain_lines(text, w, chains, pos == w.start(), kind)
    known_lines += len(out)
    # 和新街至上海庙铁路: a known end and a stop the gazetteer lacks
    if chains and len(chains[-1]) == 1 and pos == w.start():
        stop = _unknown_first_stop(text, w, ms, chains[-1][0], kind)
        if stop:
            unknown.append(stop)
            known_lines += 1
    items = [c[0].start for c in chains if len(c) >= 2] + [u.start for u in unknown]
    first = _first_item(text, w, ms, clause, min(items, default=0), kind) if known_lines else None
    unknown += [first] if first else []
    if known_lines:  # unknown names count as lines only in a list that holds a known one
        out += unknown
    return out


def _chain_lines(
    text: str, w: re.Match, chains: list[list[Mention]], ends_at_word: bool, kind: str
) -> list[Mention]:
    """A line for every chain of two places or more; the last carries the line word when the list ends at
    it."""
    word, out = w.group(1), []
    for chain in (c for c in chains if len(c) >= 2):
        names = [x.surface.replace("（", "").replace("）", "") for x in chain]
        end = chain[-1].end + len(CHAIN_END.match(text, chain[-1].end).group())
        # the last line carries the word; not after 等 or a count (甲至乙等铁路, 丙至丁等3条国家高速公路)
        if chain is chains[-1] and ends_at_word and not _the_lists_word(text, w):
            end = w.end()
        out.append(
            Mention(
                chain[0].start,
                end,
                text[chain[0].start : end],
                "—".join(names) + word,
                kind,
                place_id=f"line:{'—'.join(x.place_id for x in chain)}",
                group="|".join(x.place_id for x in chain),
                note="corridor",
            )
        )
    return out


def _first_item(
    text: str, w: re.Match, ms: list[Mention], clause: int, first: int, kind: str
) -> Mention | None:
    """实施通霍、通辽至四平…等铁路: the list's first item, two characters right after the verb, a line of its
    own."""
    word = w.group(1)
    lead = re.search(rf"(?:{BUILD_VERBS})([\u4e00-\u9fff]{{2}})、$", text[clause + 1 : first])
    if not lead or not name_like(lead.group(1)):
        return None
    a = clause + 1 + lead.start(1)
    if any(m.start < first and a < m.end and not _named_by([m], a - 1, a + 2) for m in ms):
        return None  # 加快成渝、渝遂等高速公路: a region of those initials is the road
    return Mention(
        a,
        a + 2,
        lead.group(1),
        lead.group(1) + word,
        kind,
        note=f"listed with {word}; not in the gazetteer, not drawn",
    )


def _named_by(ms: list[Mention], left: int, pos: int) -> bool:
    """Whether one of ``ms`` is a region read as the whole item between ``left`` and ``pos`` (成绵广、…等高速
    公路: the chain of initials names the road)."""
    return any(m.kind == "region" and (m.start, m.end) == (left + 1, pos) for m in ms)


def _walk_back(
    text: str,
    w: re.Match,
    kind: str,
    ms: list[Mention],
    places: list[Mention],
    lines: list[Mention],
    found: list[Mention],
) -> tuple[int, list[Mention], list[Mention], int]:
    """Walk back from the line word ``w`` over the list items that are no chain of places: known lines and
    unknown short names. Returns where the walk stopped, the places before it (empty when the list holds no
    chain there), the unknown names met and how many known lines were met."""
    word = w.group(1)
    pos, unknown, known_lines = w.start(), [], 0
    while True:
        before = [m for m in places if m.end <= pos]
        left = text.rfind("、", 0, pos)
        # 蒙西煤制气管道: a line item named already; 成绵广: a chain of initials naming the item
        named = any(x.start == left + 1 and x.end == pos for x in lines) or _named_by(before[-1:], left, pos)
        # a chain of places ends here
        gap = text[before[-1].end : pos] if before else ""
        if before and not named and (gap in ("", SECTION_WORD, *CHAIN_WORDS) or BEARING_END.fullmatch(gap)):
            break
        item = text[left + 1 : pos]
        # a known line, or one found already
        if any(x.start == left + 1 and x.end >= pos for x in lines + found):
            known_lines += 1
        elif (
            left >= 0
            and name_like(item, 10)
            and item not in MODIFIERS  # 地方铁路: a class of lines, no line's name
            and (
                re.search(JOIN_CHARS, item)
                or BRANCH.search(item)
                or BYPASS.search(item)
                or not any(left < m.start < pos for m in ms if m.kind != "unresolved")
            )
        ):
            # an unknown short name (叶赤), or a line with a stop the gazetteer lacks (蒙西至湘南): kept,
            # not drawn
            own_word = pos == w.start() and not _the_lists_word(text, w)
            # 准朔铁路 carries the word; 叶赤 and 蒙西至湘南 (…等铁路) do not
            end = w.end() if own_word else pos
            own = own_kind(item)  # 安吉高速 in a list closed by 铁路: a road still
            unknown.append(
                Mention(
                    left + 1,
                    end,
                    text[left + 1 : end],
                    item if item.endswith(word) or own else item + word,
                    own or kind,
                    note=f"listed with {word}; not all of it in the gazetteer, not drawn",
                )
            )
        else:
            before = []
            break
        pos = left
        if pos < 0:  # 中吉乌铁路从…: a known line opens the text, nothing before it
            return pos, [], unknown, known_lines
    return pos, before, unknown, known_lines


def _unknown_first_stop(text: str, w: re.Match, ms: list[Mention], p: Mention, kind: str) -> Mention | None:
    """``和新街至上海庙铁路``: a line from a stop the gazetteer lacks to the known end ``p``, kept,
    not drawn."""
    word = w.group(1)
    first = re.search(
        rf"(?:^|[{item_bounds()}]|{BUILD_VERBS})([\u4e00-\u9fff]{{2,4}})[{marks('to')}]$",
        text[max(0, p.start - 9) : p.start],
    )
    a = p.start - len(first.group(1)) - 1 if first else p.start
    end = w.start() if _the_lists_word(text, w) else w.end()
    if (
        first
        and name_like(first.group(1))
        and not any(m.start < p.start and a < m.end for m in ms if m.kind != "unresolved")
    ):
        return Mention(
            a,
            end,
            text[a:end],
            f"{first.group(1)}—{p.surface}{word}",
            kind,
            note=f"{word} from {p.name_zh}; not all of it in the gazetteer, not drawn",
        )
    return None
