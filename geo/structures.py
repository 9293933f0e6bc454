"""Named things the gazetteer cannot hold but the text spells out: bridges and tunnels (``嘉鱼长江公路大桥``,
``高黎贡山隧道``) and bare route numbers (``G318``, ``G219国道``). Typed, kept, never given a point."""

from __future__ import annotations

import re
from dataclasses import replace

from geo.boundaries import COUNT_IN_NAME, ENDINGS, is_generic
from geo.features import LEAD_ANYWHERE, NOT_IN_SUB_NAME, name_like
from geo.gazetteer import Gazetteer
from geo.lexicon import item_bounds, marks, one, rule_pattern, table
from geo.lines import SECTION_WORD
from geo.mention import Mention, crosses
from geo.scan import bounded, finditer

RAIL_MARK = one("line_words", "pattern", role="rail_mark")
ROAD_AND_RAIL = one("line_words", "pattern", role="road_and_rail_mark")
"""A structure whose name or word holds 铁 is a railway's, unless it holds 公铁 (a road's and a railway's, a
road's as plans' readers name it): data/lexicon/line_words.csv."""
CLAUSE_MARKS = marks("clause") + marks("sentence") + "、"
"""What ends the clause a railway before a structure must share with it."""
ROAD_CLASS_WORD = re.compile(one("line_words", "pattern", role="route_name_word"))
"""Words of a road (高速公路, 国道) between a railway and a structure: the structure is the road's."""
STRUCTURE_WORDS = [(r["word"], r["kind"]) for r in table("structure_words")]
STRUCTURE = re.compile("(" + "|".join(w for w, _ in STRUCTURE_WORDS) + ")")
# A route number (G210, 国道G240, S43高速), not a train's (G5212次): data/lexicon/line_words.csv.
ROUTE = re.compile(
    "(?:" + one("line_words", "pattern", role="route_number_lead") + ")?"
    r"(?<![A-Za-z0-9])[GSgs]\d{1,4}[A-Z]?(?:"
    + one("line_words", "pattern", role="route_number_word")
    + ")?(?![0-9])(?!"
    + one("line_words", "pattern", role="train_number_after")
    + ")"
)
# A count after a route number (G60、S32四条高速): no road's name (data/lexicon/line_words.csv).
COUNT_AFTER_ROUTE = re.compile(one("line_words", "pattern", role="count_after_route_number"))
NAMED_IN_TEXT = "named in the text"
"""How the note of a structure read back from its word says so (geo.word_starts reads it)."""
NOT_IN_A_STRUCTURE = ("port", "airport", "station", "park", "country", "energy")
"""Kinds of place a bridge's or tunnel's name never holds (it holds rivers, towns and counties:
嘉鱼长江公路大桥)."""
PASS = one("rule_words", "pattern", rule="pass_subkind")
"""The subkind of a historic pass, a park a tunnel may be named after (rule_words.csv)."""


ZONE_AFTER = re.compile(
    "|".join(e for e, k in ENDINGS if (k in ("park", "region") and len(e) >= 2) or k == "town")
)
"""A zone's, a region's or a town's word right after a structure's word (feature_endings.csv): a zone or a
village named after the structure (石桥村, 大桥镇), no structure."""


VERB_BEFORE = re.compile(rule_pattern("verb_before_structure"))
"""A verb of building right before a structure's word (to build a bridge): no name
(data/lexicon/rule_words.csv)."""
COUNTED_AFTER = re.compile(rule_pattern("counted_after"))
"""A count right after a structure's word (高地温隧道10座): a class counted, no structure
(data/lexicon/rule_words.csv)."""


OF = marks("of")
"""The particle of possession: what follows it is a name of its own (data/lexicon/list_marks.csv)."""
DASHES = marks("opens_name")
"""Two em dashes: punctuation before a name (重难点工程——打易隧道), unlike one, which joins two places in
it (data/lexicon/list_marks.csv)."""


def _name_starts(text: str, ms: list[Mention], e: int) -> list[int]:
    """Where a structure's name ending at ``e`` may begin, the likeliest first: after a clause mark, a list
    mark, a verb or a function word; where the run of places written right before ``e`` begins (建成通车的
    辽河特大桥); after the last verb or function word (起于洪湖市新滩东荆河大桥); after the last 的."""
    dashes = text.rfind(DASHES, 0, e)
    a = max(
        max(text.rfind(c, 0, e) for c in item_bounds() + marks("opens_note") + "\n") + 1,
        e - 16,
        dashes + 2 if dashes >= 0 else 0,
    )
    lead = LEAD_ANYWHERE.match(text, a, e)
    leads = [x.end() for x in LEAD_ANYWHERE.finditer(text, a, e - 2)]
    of = max(text.rfind(c, a, e - 2) for c in OF)  # 连接甲和乙的棋盘洲长江大桥: the name starts after 的
    return [lead.end() if lead else a, _run_start(ms, e), leads[-1] if leads else e, of + 1 if of >= 0 else e]


def _names_it(text: str, s: int, word: re.Match[str], out: list[Mention], passes: set[str]) -> bool:
    """Whether the text from ``s`` to the structure's ``word`` reads as its name, given the mentions found
    and the ids of the historic passes among them (娄山关 of 娄山关隧道: a sight that names a tunnel)."""
    name, e = text[s : word.start()], word.end()
    return not (
        not name_like(name.replace("—", "").replace("（", "").replace("）", ""), 16)
        or NOT_IN_SUB_NAME.search(name)
        or COUNT_IN_NAME.search(name)  # 五个隧道, 添一座长江大桥: a count, the name (if any) after it
        or is_generic(name)
        or VERB_BEFORE.search(name)
        or crosses(out, s, e)
        or any(
            s <= x.start and x.end <= e and x.kind in NOT_IN_A_STRUCTURE and x.place_id not in passes
            for x in out
        )
        or any((x.start, x.end) == (s, e) and x.place_id for x in out)  # 大石桥 the city
    )


def _run_start(ms: list[Mention], e: int) -> int:
    """Where the run of mentions written one after another and ending at ``e`` begins (中宁 + 黄河)."""
    s = e
    while (x := next((x for x in ms if x.end == s and x.start < s), None)) is not None:
        s = x.start
    return s


def _a_railway_s(text: str, s: int, ms: list[Mention]) -> bool:
    """Whether the line written last before the structure starting at ``s``, in its clause, is a railway
    (衢丽铁路控制性工程枫树岭隧道; not 兰海高速公路娄山关隧道 after a railway earlier in the clause)."""
    lines = [x for x in ms if x.kind in ("rail", "road") and x.end <= s]
    last = max(lines, key=lambda x: x.end, default=None)
    return (
        last is not None
        and last.kind == "rail"
        and bounded(text, s, s, CLAUSE_MARKS)[0] <= last.end
        and not ROAD_CLASS_WORD.search(text, last.end, s)
    )


def structures(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """Bridges, tunnels and sea crossings with a proper name, and route numbers, as road or rail mentions;
    places inside a bridge's name (嘉鱼, 长江) are part of it."""
    out = list(ms)
    passes = {x.place_id for x in ms if x.place_id in g.places and g.places[x.place_id].subkind == PASS}
    for m in STRUCTURE.finditer(text):
        word = m.group(1)
        if (
            any(x.end == m.start() and x.written_in_full() for x in out)
            or ZONE_AFTER.match(text, m.end())
            or COUNTED_AFTER.match(text, m.end())
        ):
            continue  # 黄陵县桥山: a unit written in full names no bridge after it; nor 虹桥 of 虹桥商务区
        kind = next(k for w, k in STRUCTURE_WORDS if re.fullmatch(w, word))
        s = next(
            (
                s
                for s in _name_starts(text, out, m.start())
                if s < m.start() and _names_it(text, s, m, out, passes)
            ),
            None,
        )
        if s is None:
            continue  # 过中国磨憨铁路口岸后穿友谊隧道: a port or a country inside names no tunnel
        # 起于洪湖市新滩东荆河大桥: a unit written in full before the name stays a mention of its own
        while u := next(
            (x for x in out if x.start == s and x.end < m.start() - 1 and x.written_in_full()), None
        ):
            s = u.end
        # 瓮开高速开州湖大桥: a line named before the crossing's own name stays a mention of its own
        lines = [x.end for x in out if s <= x.start and x.end <= m.start() - 2 and x.kind in LINES]
        s = max(lines, default=s)
        name = text[s : m.start()]
        marked = RAIL_MARK in name + word and ROAD_AND_RAIL not in name + word
        kind = "rail" if marked or _a_railway_s(text, s, out) else kind
        unit = next((x for x in out if x.start == s and x.kind in OPENING_UNITS and x.lon is not None), None)
        out = [x for x in out if not (s <= x.start and x.end <= m.end())]
        reach = g.places[unit.place_id].spread_m if unit is not None else 0.0
        out.append(_named_structure(text, (s, m.end()), kind, word, unit, reach))
    return routes(text, out)


LINES = ("road", "rail")
"""Kinds of line whose name may stand before a crossing's own name (a highway before its bridge)."""
# Units a crossing's name may open with, which it is then located at (南京长江大桥: 南京市)
OPENING_UNITS = ("city", "county")


def _named_structure(
    text: str, span: tuple[int, int], kind: str, word: str, unit: Mention | None, reach: float
) -> Mention:
    """A crossing named in the text: at the city or county its name opens with, as imprecise as that unit
    (the crossing lies in it), else unlocated."""
    s, e = span
    if unit is None:
        return Mention.unlocated(
            text, s, e, kind, note=f"a {word} {NAMED_IN_TEXT}; not in the gazetteer, not located"
        )
    note = f"a {word} {NAMED_IN_TEXT}; not in the gazetteer, located at {unit.name_zh}, its name's first unit"
    return Mention.at(unit, s, e, text[s:e], text[s:e], kind, max(reach, unit.precision_m or 0.0), note=note)


NUMBERED_ROAD = re.compile(
    "|".join(f"(?:{r['pattern']})" for r in table("line_words") if r["role"].startswith("numbered_road"))
)
"""Roads written by their number and 国道/省道 (国道319线, 225国道) and numbers listed with them
(319、238、356三条国道): data/lexicon/line_words.csv."""
ROAD_CLASSES = tuple(one("line_words", "pattern", role="road_class").split("|"))
"""国道, 省道: a text without them has no road by its number (a quick test before NUMBERED_ROAD)."""
ROUTE_NAME = re.compile(
    r"([\u4e00-\u9fff]{2,8}?)(" + one("line_words", "pattern", role="route_name_word") + ")"
)
"""A road's name written right after its route number: ``G4216成丽高速``, ``G98海南环线高速``."""


def routes(text: str, ms: list[Mention]) -> list[Mention]:
    """Route numbers as roads: with the road named right after them, one mention
    (``G0711乌鲁木齐至尉犁高速公路`` takes the line's place; ``G4216成丽高速`` is kept unlocated, the places
    in its name part of it); alone, a road of that number, unlocated."""
    out = sorted(ms, key=lambda m: (m.start, -m.end))
    # G0711 (known) + 乌鲁木齐至尉犁高速公路: one road, known by its number
    for k in range(len(out) - 1, 0, -1):
        a, b = out[k - 1], out[k]
        if (
            a.kind == b.kind == "road"
            and a.end == b.start
            and ROUTE.fullmatch(a.surface)
            and not b.surface.endswith(SECTION_WORD)  # G219 + 防城峒中至东兴段: the section stays apart
        ):
            keep = a if a.place_id else b
            out[k - 1 : k + 1] = [replace(keep, start=a.start, end=b.end, surface=a.surface + b.surface)]
    for r in NUMBERED_ROAD.finditer(text) if any(w in text for w in ROAD_CLASSES) else ():
        if not any(x.start < r.end() and r.start() < x.end for x in out):
            note = "a road by its number; not in the gazetteer, not located"
            out.append(Mention.unlocated(text, r.start(), r.end(), "road", note=note))
    for r in finditer(ROUTE, text):
        if any(x.start < r.end() and r.start() < x.end for x in out):
            continue
        named = next((x for x in out if x.end == r.start() and x.kind == "road"), None)
        if named is not None:  # 二广高速G55: the road and its number after it, one mention
            out[out.index(named)] = replace(named, end=r.end(), surface=named.surface + r.group())
            continue
        line = next(
            (x for x in out if x.start == r.end() and x.kind == "road" and r.group()[-1].isalnum()), None
        )
        named = ROUTE_NAME.match(text, r.end()) if r.group()[-1].isalnum() else None
        named = None if named and COUNT_AFTER_ROUTE.match(named.group(1)) else named
        if line is not None:
            out[out.index(line)] = replace(line, start=r.start(), surface=r.group() + line.surface)
        elif named and (
            not NOT_IN_SUB_NAME.search(named.group(1)) or any((x.start, x.end) == named.span(1) for x in out)
        ):  # G0612西和高速: 和 inside a place's name
            out = [x for x in out if not (r.end() <= x.start and x.end <= named.end())]
            out.append(
                Mention.unlocated(
                    text,
                    r.start(),
                    named.end(),
                    "road",
                    note="a road named with its route number; not in the gazetteer, not located",
                )
            )
        else:
            out.append(
                Mention.unlocated(
                    text, r.start(), r.end(), "road", note="a route number; not in the gazetteer, not located"
                )
            )
    return sorted(out, key=lambda m: (m.start, -m.end))
