"""Lines the plans name: corridors through places (``包头至银川、鄂尔多斯至榆林至延安高速铁路``), numbered
roads (``G210白云鄂博至固阳至东河``), abbreviated national lines (``京藏、京新…等高速公路``) and lines known
only by their own short name (``准朔铁路``); and the waypoints a corridor lets the parser accept.

Pure functions over the text and the mentions found so far.
"""

from __future__ import annotations

import re
from collections import Counter

from geo.crs import haversine_m
from geo.features import name_like
from geo.gazetteer import Gazetteer
from geo.mention import Mention

CORRIDOR_KINDS: list[tuple[str, str]] = [
    (r"(?:高速铁路|客运专线|城际铁路|快速铁路|铁路|高铁|城际|动车|交通干线)", "rail"),
    (r"(?:高速公路|一级公路|公路|高速)", "road"),
    (r"(?:特高压|输电通道|电力外送通道|输电线路|(?:天然气|煤制气|煤制油|成品油|原油|输气|输油)?(?:外输)?管道)", "energy"),
]
CHAIN_SEP = "至－—–-~、"
WAYPOINT_KINDS = ("city", "county", "town", "province", "port", "region", "park", "energy")
LINE_WORD = re.compile(r"(?:等|的)?(?:大能力|普通|货运|重载|客运|双回|\d+千伏)*(" + "|".join(rx for rx, _ in CORRIDOR_KINDS) + ")")


def split_chains(text: str, places: list[Mention]) -> list[list[Mention]]:
    """Split the places before a line word into the lines of a list: ``A至B、C至D至E（A至F段）``.

    Within a line the places are joined by 至/－/— (or written as adjacent abbreviations, 包（头）银（川））;
    lines are separated by 、 or a bracket; a place glued to the one before (江苏山东) is a second
    destination and is skipped; any other words between two places end the list there."""
    # a place in brackets right after another says where that one is (新惠（敖汉旗）): not a waypoint
    places = [m for k, m in enumerate(places) if not (k and text[m.start - 1:m.start] == "（" and text[m.end:m.end + 1] == "）"
                                                     and places[k - 1].end == m.start - 1)]
    chains: list[list[Mention]] = [[places[0]]]
    for prev, cur in zip(places, places[1:]):
        gap = re.sub(r"^（[^（）]*）", "", text[prev.end:cur.start].removeprefix("段"))
        if (len(gap) == 1 and gap in CHAIN_SEP and gap != "、") or (not gap and "（" in prev.surface + cur.surface):
            chains[-1].append(cur)
        elif not gap:
            continue
        elif gap in ("、", "（", "）、", "）（", "和", "及", "与"):
            chains.append([cur])
        else:
            chains = [[cur]]
    return chains


def corridors(text: str, ms: list[Mention]) -> list[Mention]:
    """Names joined by 至/－/— and followed by a rail, road or energy word → corridor mentions.

    ``包头至银川、鄂尔多斯至榆林至延安高速铁路`` gives two corridors that share the final word: the
    spans ``包头至银川`` and ``鄂尔多斯至榆林至延安高速铁路``, named ``包头—银川高速铁路`` and
    ``鄂尔多斯—榆林—延安高速铁路``; ``group`` holds the ordered waypoint ids.
    """
    out = []
    places = [m for m in ms if m.kind in WAYPOINT_KINDS]
    for gm in re.finditer(r"[GS]\d{1,4}", text):  # G210白云鄂博至固阳至东河: a numbered road through its places
        stop = min((i for i in (text.find(c, gm.end()) for c in "、，。；：") if i >= 0), default=len(text))
        after = [m for m in places if gm.end() <= m.start and m.end <= stop]
        if not after or after[0].start != gm.end():
            continue
        chain = split_chains(text, after)[0]
        if len(chain) >= 2 and not LINE_WORD.match(text, chain[-1].end):
            names = [x.surface for x in chain]
            out.append(Mention(gm.start(), chain[-1].end, text[gm.start():chain[-1].end], gm.group() + "—".join(names), "road",
                               place_id=f"line:{'—'.join(x.place_id for x in chain)}",
                               group="|".join(x.place_id for x in chain), note="corridor"))
    lines = [m for m in ms if m.kind in ("rail", "road", "energy")]
    for w in LINE_WORD.finditer(text):
        word = w.group(1)
        kind = next(k for rx, k in CORRIDOR_KINDS if re.fullmatch(rx, word))
        pos, unknown, known_lines = w.start(), [], 0
        while True:  # walk back over list items that are no chain of places: known lines, unknown short names
            before = [m for m in places if m.end <= pos]
            if before and text[before[-1].end:pos] in ("", "段", "通道", "大通道"):  # a chain of places ends here
                break
            left = text.rfind("、", 0, pos)
            item = text[left + 1:pos]
            if any(x.start == left + 1 and x.end >= pos for x in lines + out):  # a known line, or one found already
                known_lines += 1
            elif left >= 0 and name_like(item, 10) and (re.search("[至－—-]", item) or not any(left < m.start < pos for m in ms if m.kind != "unresolved")):
                # an unknown short name (叶赤), or a line with a stop the gazetteer lacks (蒙西至湘南): kept, not drawn
                own_word = pos == w.start() and (re.search("[至－—-]", item) or not w.group().startswith("等"))
                end = w.end() if own_word else pos  # 准朔铁路, 蒙西至湘南等电力外送通道 carry the word; 叶赤 (…等铁路) does not
                unknown.append(Mention(left + 1, end, text[left + 1:end], item + word, kind,
                                       note=f"listed with {word}; not all of it in the gazetteer, not drawn"))
            else:
                before = []
                break
            pos = left
        clause = max(text.rfind(c, 0, pos) for c in "，。；：！？\n")
        chains = split_chains(text, [m for m in before if m.start > clause]) if before else []
        for chain in (c for c in chains if len(c) >= 2):
            names = [x.surface.replace("（", "").replace("）", "") for x in chain]
            end = chain[-1].end + len(re.match(r"(?:段|大?通道(?=、))?", text[chain[-1].end:]).group())
            if chain is chains[-1] and pos == w.start():
                end = w.end()  # the last line carries the word
            out.append(Mention(chain[0].start, end, text[chain[0].start:end], "—".join(names) + word, kind,
                               place_id=f"line:{'—'.join(x.place_id for x in chain)}",
                               group="|".join(x.place_id for x in chain), note="corridor"))
            known_lines += 1
        if known_lines:  # unknown names count as lines only in a list that holds a known one
            out += unknown
    first: dict[tuple[int, int], Mention] = {}
    for m in out:  # a list followed by two line words (…等特高压电力外送通道) is walked twice: the nearer word names it
        first.setdefault((m.start, m.end), m)
    return list(first.values())


SEPARATORS = ("至", "－", "—", "-", "~")


def common_waypoints(text: str, g: Gazetteer, ms: list[Mention]) -> list[Mention]:
    """Two characters the gazetteer keeps for corridors only (:attr:`Gazetteer.waypoint_names`) become a
    place when 至/－ joins them to a placed name (``固阳至东河``, ``新惠（敖汉旗）-朝阳``) or when the county
    they lie in follows in brackets (``新惠（敖汉旗）``) or comes right before (``神木锦界``). Among candidates within 300 km of the neighbour
    the highest level wins (朝阳市 before 朝阳县), then the nearest."""
    placed = [m for m in ms if m.lon is not None and m.kind in WAYPOINT_KINDS]
    taken = [(m.start, m.end) for m in ms]
    found: list[Mention] = []
    for n in placed:
        after = n.end + (text[n.end:n.end + 1] == "）")
        spots = [(n.start - 3, n.start - 1, text[n.start - 1:n.start] == "（"),  # 新惠（敖汉旗）: the county says where
                 (after + 1, after + 3, False)]
        if n.kind == "county" and after == n.end:
            spots.append((n.end, n.end + 2, True))  # 神木锦界: a township written right after its county
        for s0, e0, inside in spots:
            sep = text[n.start - 1:n.start] if s0 < n.start else ("（" if s0 == n.end else text[after:after + 1])
            token = text[s0:e0] if s0 >= 0 else ""
            if sep not in SEPARATORS + ("（",) or token not in g.waypoint_names or any(a < e0 and s0 < b for a, b in taken):
                continue
            cands = [g.places[i] for i in g.waypoint_names[token]]
            if inside:
                cands = [p for p in cands if p.adcode == n.adcode]
            near = sorted((p.level, float(haversine_m(p.lon, p.lat, n.lon, n.lat)), p.place_id) for p in cands)
            near = [t for t in near if t[1] < 300_000]
            if near:
                p = g.places[near[0][2]]
                found.append(Mention(s0, e0, token, p.name_zh, p.kind, p.place_id, p.adcode, p.lon, p.lat, 0.0, "",
                                     p.precision_m, p.coord_source, note=f"corridor waypoint next to {n.name_zh}"))
                taken.append((s0, e0))
    return sorted(ms + found, key=lambda m: m.start)


def waypoints(text: str, g: Gazetteer, ms: list[Mention]) -> list[Mention]:
    """A name rejected as out of the plan's region is taken after all when 至/－/— joins it to a placed
    neighbour and one of its candidates lies within 300 km of that neighbour (``集宁至大同至原平``,
    ``甘旗卡-库伦-阜新``): a corridor runs between places near each other."""
    out = list(ms)
    for i, m in enumerate(out):
        if m.kind != "unresolved":
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(out) or out[j].lon is None:
                continue
            a, b = sorted((m, out[j]), key=lambda x: x.start)
            if text[a.end:b.start] not in SEPARATORS:
                continue
            n = out[j]
            near = [(float(haversine_m(p.lon, p.lat, n.lon, n.lat)), p.place_id) for p in g.candidates(m.name_zh)]
            d, pid = min(near, default=(1e9, ""))
            if d < 300_000:
                p = g.places[pid]
                out[i] = Mention(m.start, m.end, m.surface, p.name_zh, p.kind, p.place_id, p.adcode, p.lon, p.lat, 0.0,
                                 m.runner_up, p.precision_m, p.coord_source, note=f"corridor waypoint next to {n.name_zh}")
                break
    return out


def abbreviated_lines(text: str, g: Gazetteer, taken: list[Mention]) -> list[Mention]:
    """``京藏、京新、荣乌、青银等高速公路``, ``依托京包、包茂交通运输大通道``: each short token that, with a
    line word, is a line the gazetteer knows (a three-character token may carry a verb's last character:
    ``依托京包`` → ``京包``)."""
    out = []
    sep = r"(?:、|(?:和|及|以及)(?:在建|新建|规划|拟建|既有)?)"  # 京津、京包、包兰和在建临哈交通干线
    rx = (rf"((?:[\u4e00-\u9fff]{{2,3}}{sep})*[\u4e00-\u9fff]{{2,3}})等?(高速公路|高速|铁路|高铁|交通运输大通道|大通道|通道|交通干线)"
          r"|((?:[\u4e00-\u9fff]{2,3}、){2,}[\u4e00-\u9fff]{2})[\u4e00-\u9fff]{1,4}?(高速公路|铁路)")  # 京藏、包茂、呼准、荣乌形成高速公路环线
    for m in re.finditer(rx, text):
        loose = m.group(3) is not None
        word, listed = (m.group(4), m.group(3)) if loose else (m.group(2), m.group(1))
        found, unknown = [], []
        for tm in re.finditer(rf"(?:^|{sep})([\u4e00-\u9fff]{{2,3}}?)等?(?={sep}|$)", listed):
            token, end = tm.group(1), m.start(3 if loose else 1) + tm.end(1)
            for t in dict.fromkeys((token, token[-2:])):
                s0 = end - len(t)
                over = [x for x in taken if x.start < end and s0 < x.end]
                if over and not (len(over) == 1 and over[0].kind == "region" and (over[0].start, over[0].end) == (s0, end)):
                    if len(t) > 2:
                        continue  # 以京津: the verb's character, then a city chain (京津), which may be a line in a list of lines
                    break
                forms = [t + word, t + "高速", t + "铁路", t + "高铁", t + "通道"] if "高速" in word or "铁" in word else [t + "铁路", t + "高速", t + "通道"]
                pid = next((g.exact[f] for f in forms if f in g.exact and g.places[g.exact[f]].kind in ("road", "rail")), None)
                if pid:
                    p = g.places[pid]
                    found.append(Mention(s0, end, t, p.name_zh, p.kind, pid, p.adcode, p.lon, p.lat, 0.0, "",
                                         p.precision_m, p.coord_source, note="abbreviated line"))
                    break
            else:
                if name_like(t) and len(t) == 2:
                    unknown.append((end - 2, end, t))
        if loose and len(found) < 2:  # without 等 + word right after, the list must hold two known lines at least
            continue
        out += found
        if len(found) >= 2:  # the other short names of a list of known lines are lines of the same kind, undrawn
            kind = Counter(f.kind for f in found).most_common(1)[0][0]
            out += [Mention(a, b, t, t + word, kind, note=f"listed with known {kind} lines; not in the gazetteer, not located")
                    for a, b, t in unknown]
    return out


LINE_MODIFIERS = {"城际", "国家", "快速", "高速", "普通", "货运", "客运", "重载", "干线", "支线", "地方", "专用", "市域", "城市",
                  "跨境", "出海", "疏港", "煤运", "复线", "双线", "既有", "新建", "实现", "依托", "形成", "旅游", "沿边", "沿黄"}
NAMED_LINE = re.compile(r"(?:^|(?<=[、，。；：“（和及与\n])|(?<=建设|推进|实施|加快|新建|建成|开工|改造|完成|规划|启动|研究|争取|打通))([\u4e00-\u9fff]{2}|"
                        r"[\u4e00-\u9fff]{3}(?=铁路|高铁))(铁路|高速公路|高速(?!互联|发展|增长)|高铁|线(?=[电扩改建复提、等]))(?![网化站])", re.M)


def named_lines(text: str, ms: list[Mention]) -> list[Mention]:
    """``准朔铁路``, ``白阿铁路``, ``丹锡高速``, ``集大原高铁``: two or three characters right after a list mark,
    a line start or a building verb and before 铁路/高铁/高速 are a line's own short name (each character
    abbreviates a stop); kept, not drawn.
    Modifiers (城际铁路, 国家高速) and names the gazetteer reads otherwise are not lines."""
    taken = [(m.start, m.end) for m in ms]
    out = []
    for m in NAMED_LINE.finditer(text):
        if m.group(1) in LINE_MODIFIERS or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        kind = "road" if m.group(2).startswith("高速") else "rail"
        out.append(Mention(m.start(), m.end(), m.group(), m.group(), kind, note="a line's own short name; not in the gazetteer, not drawn"))
    return out
