"""Chains of places joined by 至/－/— (``A至B、C至D至E``) and the numbered roads written through them
(``G210白云鄂博至固阳至东河``, a bridge of one: ``G210古城湾黄河大桥``). Pure functions over the text and the
mentions found so far, used by :mod:`geo.corridors`."""

from __future__ import annotations

import re

from geo.features import name_like
from geo.lexicon import marks, one
from geo.lines import LINE_WORD, SECTION_WORD, line_role
from geo.list_items import BEARINGS
from geo.mention import Mention
from geo.normalize import CJK

SPOKEN_STOPS = marks("spoken_stop")
SEPARATOR, OPEN, CLOSE, NAME_JOIN = (
    marks("separator"),
    marks("opens_note"),
    marks("closes_note"),
    marks("joins_name"),
)
"""The list's separator, a note's brackets and the join of a corridor's name (、 （ ） —):
data/lexicon/list_marks.csv."""
NOTE_FIRST = re.compile(f"^{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
"""A note in brackets that opens a gap between two places (（敖汉旗）至)."""
CHAIN_SEP = marks("stop") + marks("chain_stop") + SPOKEN_STOPS
"""The marks between two places of a corridor's chain (至, －, —, –, 到, 经): data/lexicon/list_marks.csv."""
DOUBLE_DASH = marks("opens_name")
"""Two em dashes: between two places of a line, a join (data/lexicon/list_marks.csv)."""
LIST_AND = re.compile(line_role("list_and"))
"""What joins the last line of a list (data/lexicon/line_words.csv, role list_and)."""
STATION_BEARINGS = "".join(BEARINGS)
JOINS = re.escape(marks("join"))
# 哈密南~郑州: a stop named by its place and a bearing (a converter station, a railway station)
BEARING_STOP = re.compile(f"[{STATION_BEARINGS}][{re.escape(marks('stop'))}]")
# a line ending at such a station before the list's next line (淮北—萧县北、)
BEARING_NEXT = re.compile(f"[{STATION_BEARINGS}][{JOINS}]")
BYPASS_NEXT = re.compile(one("line_words", "pattern", role="bypass_item").removesuffix("$") + f"[{JOINS}]")
"""A bypass word after a place and the list's next mark: the list goes on after that item (line_words.csv)."""
# a list's next line opening at a stop the gazetteer lacks (甲至乙、丙至丁: 丙 unknown): the line of 丁 starts
# a new chain, the list goes on
UNKNOWN_STOP = re.compile(rf"[{JOINS}][{CJK}]{{2,4}}[{marks('to')}]")
UNKNOWN_ITEM = re.compile(rf"[{JOINS}][{CJK}]{{2,4}}[{marks('to')}][{CJK}]{{2,4}}[{JOINS}]")
"""A whole item between two lines whose stops the gazetteer lacks: the list goes on."""


def spoken(text: str, chain: list[Mention]) -> bool:
    """Whether a chain's places are joined by a word of speech (到, 经) rather than a mark."""
    return any(c in text[a.end : b.start] for a, b in zip(chain, chain[1:]) for c in SPOKEN_STOPS)


NUMBERED_BRIDGE = re.compile(
    r"([\u4e00-\u9fff]{2,5}?)" + one("line_words", "pattern", role="numbered_bridge")
)
"""A place and a bridge's word after a route number (G210古城湾黄河大桥): data/lexicon/line_words.csv."""


def split_chains(text: str, places: list[Mention]) -> list[list[Mention]]:
    """Split the places before a line word into the lines of a list: ``A至B、C至D至E（A至F段）``.

    Within a line the places are joined by 至/－/— (or written as adjacent abbreviations, 包（头）银（川））;
    lines are separated by 、 or a bracket; a place glued to the one before (江苏山东) is a second
    destination and is skipped, unless the one before is its country or province (俄罗斯赤塔, 吉林通化); any
    other words between two places end the list there."""
    # a place in brackets right after another says where that one is (新惠（敖汉旗）): not a waypoint
    places = [
        m
        for k, m in enumerate(places)
        if not (
            k
            and text[m.start - 1 : m.start] == OPEN
            and text[m.end : m.end + 1] == CLOSE
            and places[k - 1].end == m.start - 1
        )
    ]
    chains: list[list[Mention]] = [[places[0]]]
    for prev, cur in zip(places, places[1:]):
        gap = NOTE_FIRST.sub("", text[prev.end : cur.start].removeprefix(SECTION_WORD))
        if (
            (len(gap) == 1 and gap in CHAIN_SEP)
            or gap == DOUBLE_DASH  # 常德——益阳——长沙铁路: two em dashes between stops join them as one does
            or (not gap and OPEN in prev.surface + cur.surface)
            or BEARING_STOP.fullmatch(gap)
        ):
            chains[-1].append(cur)
        elif not gap:
            if chains[-1][-1] is prev and (
                prev.kind == "country"
                or (prev.kind == "province" and (cur.adcode or "")[:2] == (prev.adcode or "")[:2])
            ):
                chains[-1][-1] = (
                    cur  # 满洲里至俄罗斯赤塔, 吉林通化: the place is the end, what is before says where
                )
            continue
        elif (
            gap in (*marks("join"), OPEN, CLOSE + SEPARATOR, CLOSE + OPEN)
            or LIST_AND.fullmatch(gap)
            or UNKNOWN_STOP.fullmatch(gap)
            or BEARING_NEXT.fullmatch(gap)
            or BYPASS_NEXT.fullmatch(gap)
            or UNKNOWN_ITEM.fullmatch(gap)
        ):
            chains.append([cur])
        else:
            chains = [[cur]]
    return chains


def numbered_roads(text: str, ms: list[Mention], places: list[Mention]) -> list[Mention]:
    """``G210白云鄂博至固阳至东河``: a numbered road drawn through its places, its mention the route number
    alone (the places of its section are mentions of their own, as the probes annotate them 30 times in 30);
    ``G210古城湾黄河大桥``: a bridge of that road, kept, not drawn."""
    out = []
    for gm in re.finditer(r"[GS]\d{1,4}", text):
        bridge = NUMBERED_BRIDGE.match(text[gm.end() : gm.end() + 12])
        if bridge and name_like(bridge.group(1)):
            out.append(
                Mention(
                    gm.start(),
                    gm.end() + bridge.end(),
                    gm.group() + bridge.group(),
                    gm.group() + bridge.group(),
                    "road",
                    note=f"a bridge of {gm.group()} at {bridge.group(1)}; not in the gazetteer, not drawn",
                )
            )
            if not any(m.start < gm.end() + bridge.end(1) and gm.end() < m.end for m in ms):
                out.append(
                    Mention(
                        gm.end(),
                        gm.end() + bridge.end(1),
                        bridge.group(1),
                        bridge.group(1),
                        "unresolved",
                        note=f"where the bridge of {gm.group()} stands; not in the gazetteer, not located",
                    )
                )
            continue
        stop = min(
            (i for i in (text.find(c, gm.end()) for c in SEPARATOR + marks("clause")) if i >= 0),
            default=len(text),
        )
        after = [m for m in places if gm.end() <= m.start and m.end <= stop]
        if not after or after[0].start != gm.end():
            continue
        chain = split_chains(text, after)[0]
        if len(chain) >= 2 and not LINE_WORD.match(text, chain[-1].end):
            names = [x.surface for x in chain]
            out.append(
                Mention(
                    gm.start(),
                    gm.end(),
                    gm.group(),
                    gm.group() + NAME_JOIN.join(names),
                    "road",
                    place_id=f"line:{NAME_JOIN.join(x.place_id for x in chain)}",
                    group="|".join(x.place_id for x in chain),
                    note="corridor",
                )
            )
    return out
