"""Lists whose class word comes first: ``黑龙江（15个口岸）：漠河、黑河、孙吴``,
``主要港口有大连、营口、锦州`` (the class words of data/lexicon/list_classes.csv, the openers of
rule_words.csv). Pure functions over the text and the mentions."""

from __future__ import annotations

import re

from geo.features import name_like
from geo.gazetteer import Gazetteer, Place
from geo.lexicon import marks, rule_pattern
from geo.list_classes import ITEMS, kind_of_class, row_of_class
from geo.list_items import BEARINGS, FAR_FROM_LIST_KM, NEAR_LIST_KM, known_feature, listed_item, listed_unit
from geo.lists import AREAS
from geo.mention import Mention, crosses
from geo.structure import count_value
from geo.town_lists import JOIN

OPENER = re.compile(f"(?:（[^（）]{{1,6}}）|）)?(?:{rule_pattern('list_opener')})")
"""What may follow a class word, perhaps counted, to open the list of its members (15个口岸）：,
口岸（6个）：, 港口有)."""
ETC = marks("etc")
# The brackets a list may stand in right after its class word (四个乡镇（甲、乙）): list_marks.csv.
OPEN_BRACKET, CLOSE_BRACKET = marks("opens_note"), marks("closes_note")
ITEM_END = re.compile(r"[。；，\n]")
TOTAL = re.compile(rule_pattern("list_total"))
"""A count of a list's items after its last one (共11处): data/lexicon/rule_words.csv."""
BRACKET = re.compile(r"（[^（）]{1,12}）")
"""A note in brackets after an item (绥芬河（公铁两用）), no part of its name."""


def _items(text: str, start: int) -> list[tuple[int, int]]:
    """The 、-separated items from ``start`` to the end of the clause, each without its bracketed note; the
    last one ends before 等."""
    end = ITEM_END.search(text, start)
    stop = end.start() if end else len(text)
    if text[start - 1 : start] == OPEN_BRACKET:  # 四个乡镇（甲、乙、丙）: the list ends with its bracket
        stop = min(stop, text.find(CLOSE_BRACKET, start))
    etc = text.find(ETC, start, stop)
    stop = etc if etc > 0 else stop
    total = TOTAL.search(
        text, start, stop
    )  # …、神农山共11处: the count of the list is no part of its last item
    stop = total.start() if total else stop
    spans, s = [], start
    for k in range(start, stop + 1):
        if k == stop or text[k] == "、":
            note = BRACKET.search(text, s, k)
            spans.append((s, note.start() if note and note.end() == k else k))
            s = k + 1
    a, b = spans[-1]
    join = JOIN.search(text, a + 1, b)  # 萝北和漠河: the last two items joined by 和 (not 和田's 和)
    return spans[:-1] + [(a, join.start()), (join.end(), b)] if join and join.end() < b else spans


def _listed_at(g: Gazetteer, item: str, kind: str, anchors: list, far: float) -> Place | None:
    """The unit a listed item stands for, near the list's known places. A station's item is its unit's only
    with a bearing (郑州东); a metro's station named after a street is no unit's (凤凰大街)."""
    if not anchors:
        return None
    facility = kind in ("airport", "port") or (kind == "station" and item[-1] in BEARINGS)
    return listed_unit(g, item, anchors, facility, kind == "town", far)


def headed_lists(text: str, ms: list[Mention], g: Gazetteer, words: list[re.Match[str]]) -> list[Mention]:
    """Every item of a 、-list of two or more names after a class word and an opener (：, 有, 包括) becomes a
    mention of that class, as in :func:`geo.lists.class_lists`: a known settlement is retyped and located
    there, an unknown name kept unlocated; one item at least must be known."""
    out = list(ms)
    changed = False
    for w in words:  # the class words (geo.lists.class_words)
        opener = OPENER.match(text, w.end())
        if opener is None:
            continue
        kind, spans = kind_of_class(w.group(2)), _items(text, opener.end())
        if row_of_class(w.group(2)) in ITEMS:
            continue  # 流域包括合肥、芜湖: what lies in a basin, not basins
        # a list of names, some of which may be written otherwise (桐柏山-淮源): those are left out
        names = [(s, e) for s, e in spans if name_like(text[s:e])]
        if len(names) < min(2, count_value(opener.group()) or 2) or len(names) * 3 < len(spans) * 2:
            continue
        facility = kind in ("airport", "port", "station")
        near = [p for s, e in names if (p := listed_unit(g, text[s:e], [], facility, kind == "town"))]
        areas = {(m.start, m.end): m for m in out if m.lon is not None and m.kind in AREAS}
        anchors = near + [areas[span] for span in names if span in areas]  # 龙门 near 嵩山, not 龙门县
        if not anchors and kind != "station":
            continue  # a list of stations may name none the gazetteer knows (设站9座，分别为：甲、乙)
        for s, e in names:
            if crosses(out, s, e):
                continue  # read as part of something longer
            out = [m for m in out if not (s <= m.start and m.end <= e)]
            # 嵩山 among the scenic areas: the mountain the area is named after locates it
            far = FAR_FROM_LIST_KM if facility else NEAR_LIST_KM
            at = _listed_at(g, text[s:e], kind, anchors, far) or areas.get((s, e))
            known = known_feature(g, text[s:e], w.group(2), kind)
            note = f"listed after {w.group(2)}"
            out.append(listed_item(text, s, e, w, kind, at, known, f"head@{w.start()}", note))
            changed = True
    return sorted(out, key=lambda m: (m.start, -m.end)) if changed else out
