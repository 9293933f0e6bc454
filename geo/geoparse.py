"""Find every place a plan names: spans, kinds from the words around them, and resolution.

One pure function, :func:`geoparse`, serves the CLI, the GeoPackage build and the app's
"bring your own plan". Matching is Aho–Corasick over every written form the gazetteer knows
(leftmost-longest, deterministic); the plans' shorthand is expanded first (``包（头）银（川）``);
kinds come from the words that follow a name (``机场``, ``口岸``, ``至…高铁``); ambiguous names
are resolved by the document's own region, learned from its unambiguous names.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

import ahocorasick

from geo.corpus import Plan
from geo.crs import haversine_m
from geo.gazetteer import Gazetteer, Place

# Words after a name that make it a feature of another kind: (regex, kind, subkind, precision in m).
# The feature is located at the place it is named after, no closer than the stated precision.
KIND_SUFFIXES: list[tuple[str, str, str, float]] = [
    (r"(?:新|国际|支线|通用)?机场", "airport", "机场", 5000),
    (r"(?:航空|铁路|公路|陆路)?口岸", "port", "口岸", 5000),
    (r"(?:陆港|无水港|内陆港|空港|(?:国际|公铁海铁|公铁|铁路公路|公铁国际)?物流港)", "port", "内陆港", 5000),
    (r"(?:综合保税区|保税物流中心|经济技术开发区|高新技术产业开发区|开发区|高新区|工业园区|(?:国家)?物流枢纽经济园区|物流园区|"
     r"(?:（国际）|国际)?物流园|产业园区|试点园区|示范园区|物流核心区)", "park", "园区", 5000),
    (r"(?:国家)?(?:重点开发开放试验区|跨境经济合作区|边境经济合作区|自由贸易试验区|自由贸易区|自贸区|自主创新示范区|"
     r"产业转型升级示范区|(?:中俄蒙|中蒙|中俄)?合作先导区|综合改革试验区)", "park", "开发开放区", 5000),
    (r"(?:国家级?(?:森林|湿地|沙漠|地质)?公园|(?:森林|湿地|沙漠|地质)公园)", "park", "公园", 30000),
    (r"(?:淖尔|海子|水库)", "water", "湖泊", 30000),
    (r"(?:(?:南|北|南北)麓)?(?:农牧交错带|草原|草甸)", "eco_zone", "草原", 30000),
    (r"(?:风景道|旅游廊道)", "road", "风景道", 30000),
    (r"(?:煤制气|煤制油|天然气|成品油|原油)?(?:外输|外送)管道", "energy", "管道", 30000),
]
NAMED_AFTER = ("city", "county", "town", "province", "region", "landform", "water")
"""Kinds of place a feature may be named after (``科尔沁草原``, ``黄河风景道``, ``包头机场``)."""
SUB_NAME = re.compile(r"（[\u4e00-\u9fff]{1,4}）|[\u4e00-\u9fff]{2,6}?(?=[\u4e00-\u9fff（])")
"""What may stand between a place and its facility word: a bracketed word or a short proper or trade name
(``呼和浩特沙良公铁物流港``, ``包头九原（国际）物流园``, ``包头广告产业试点园区``)."""
NOT_IN_SUB_NAME = re.compile(r"[的和与及在等为是各其]|推进|加快|建设|支持|依托|打造|实施|推动|提升|完善|优化|发展|重点|主要|一批|"
                             r"部分|全部|所有|周边|区域|地区|城市|相关|现有|新建|扩建|改造|全面|积极|创建|申建|设立|建立|争取|开通|申报|"
                             r"升级|设置|布局|规划|研究|引进|培育|共建|合作|对接|融入|辐射|带动|承接|高新技术")
"""Words that make a would-be sub-name a clause (榆林创建航空口岸) or a generic class (内蒙古高新技术开发区)."""
NOT_A_NAME = set("的和与及在等为是推建进加快设发展打造重点全面积极支持依托实施推动提升完善优化")
CORRIDOR_KINDS: list[tuple[str, str]] = [
    (r"(?:高速铁路|客运专线|城际铁路|快速铁路|铁路|高铁|城际|动车|交通干线)", "rail"),
    (r"(?:高速公路|一级公路|公路|高速)", "road"),
    (r"(?:特高压|输电通道|电力外送通道|输电线路|(?:天然气|煤制气|煤制油|成品油|原油|输气|输油)?(?:外输)?管道)", "energy"),
]
CHAIN_SEP = "至－—–-~、"
DIRECTIONAL = ("西北", "东北", "西南")
"""Regions that are also directions: not when a direction word follows (西北部, 东北方向, 东北亚) or a
province's one-character name precedes (辽西北)."""
BAD_AFTER = ("市群", "县城", "市化", "市场", "县域", "区域", "区位", "市民", "市政", "县级", "区县", "市县", "区间", "市容")
GLUED_LEFT = ("沿海", "城市", "省市", "盟市", "旗县")
"""A name whose first character ends one of these words is the tail of that word (``沿海城市`` is not ``海城市``)."""


@dataclass(frozen=True)
class Mention:
    """One place named in a plan (the ``mentions`` contract row, without the plan-level columns)."""

    start: int
    end: int
    surface: str
    name_zh: str
    kind: str
    place_id: str = ""
    adcode: str = ""
    lon: float | None = None
    lat: float | None = None
    score: float = 0.0
    runner_up: str = ""
    precision_m: float | None = None
    coord_source: str = ""
    group: str = ""  # id shared by the names of one corridor or enumeration
    note: str = ""


def _automaton(g: Gazetteer) -> ahocorasick.Automaton:
    a = ahocorasick.Automaton()
    for name in g.names:
        a.add_word(name, name)
    a.make_automaton()
    return a


_AUTOMATA: dict[int, ahocorasick.Automaton] = {}
"""One automaton per gazetteer object (the gazetteer itself is cached and never changed)."""


def _get_automaton(g: Gazetteer) -> ahocorasick.Automaton:
    if id(g) not in _AUTOMATA:
        _AUTOMATA[id(g)] = _automaton(g)
    return _AUTOMATA[id(g)]


def expand_abbreviations(text: str) -> list[tuple[int, int, str]]:
    """Parenthetical abbreviations: ``包（头）`` → (start, end, ``包头``) for each character+brackets."""
    return [(m.start(), m.end(), m.group(1) + m.group(2))
            for m in re.finditer(r"([\u4e00-\u9fff])（([\u4e00-\u9fff]{1,4})）", text)]


def _raw_matches(text: str, g: Gazetteer, blocked: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """Leftmost-longest, non-overlapping gazetteer matches: (start, end, surface, name)."""
    found = []
    for s, e, name in expand_abbreviations(text):
        if name in g.names:
            found.append((s, e, text[s:e], name))
    for end, name in _get_automaton(g).iter(text):
        s = end - len(name) + 1
        found.append((s, end + 1, name, name))
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    out, last = [], 0
    for s, e, surface, name in found:
        if s < last or any(bs < e and s < be for bs, be in blocked):
            continue
        if text[e - 1:e + 1] in BAD_AFTER:
            continue
        if s > 0 and text[s - 1:s + 1] in GLUED_LEFT and name not in g.exact:
            continue
        if name in DIRECTIONAL and (text[e:e + 1] in "部方侧角向面风亚" or (s > 0 and text[s - 1] in "辽吉黑冀晋蒙陕甘宁青新川滇黔桂粤闽赣湘鄂豫皖苏浙鲁")):
            continue
        out.append((s, e, surface, name))
        last = e
    return out


def _kind_after(text: str, e: int, base_kind: str, starts: set[int]) -> tuple[str, float, int]:
    """The feature word right after a name (``机场``, ``草原``) or after a sub-name (``沙良公铁物流港``):
    its kind, precision and end. Only facilities take a sub-name, and not one the gazetteer knows as a
    settlement (that one is the place: ``包头九原物流园`` is at 九原; ``包头蒙西公铁国际物流港`` is at 包头).
    ``starts``: where names of settlements begin."""
    subs = [""] + [m.group() for m in (re.match(rf"（[\u4e00-\u9fff]{{1,4}}）|[\u4e00-\u9fff]{{{n}}}", text[e:]) for n in range(2, 7)) if m]
    for sub in dict.fromkeys(subs):
        if sub and (e in starts or base_kind == "province" or NOT_IN_SUB_NAME.search(sub)):
            continue
        start = e + len(sub)
        for rx, kind, _sub, prec in KIND_SUFFIXES:
            if base_kind not in ("city", "county", "town", "province", "port") and kind in ("airport", "port", "park") and prec < 30000:
                continue  # 黄河机场 is not a thing; facilities are named after settlements
            if sub and kind not in ("port", "park"):
                continue
            m = re.match(rx, text[start:start + 12])
            if m:
                return kind, prec, start + m.end()
    return "", 0.0, e


def _region_prior(places: list[Place]) -> tuple[Counter, Counter, tuple[float, float] | None]:
    prov, city = Counter(p.province_adcode for p in places), Counter(p.city_adcode for p in places if p.city_adcode)
    if not places:
        return prov, city, None
    lons, lats = sorted(p.lon for p in places), sorted(p.lat for p in places)
    return prov, city, (lons[len(lons) // 2], lats[len(lats) // 2])


def _score(p: Place, name: str, prov: Counter, city: Counter, centre, g: Gazetteer) -> float:
    """The gazetteer's own score plus the document's region: its provinces, cities and centre."""
    s = g.base_score(p, name, near=centre)
    s += 3.0 * min(prov[p.province_adcode], 5) / 5 + 2.0 * min(city[p.city_adcode], 5) / 5
    return round(s, 3)


def _acceptable(p: Place, name: str, prov: Counter, city: Counter, anchors: list[Place], g: Gazetteer) -> bool:
    """Whether a candidate may stand for ``name`` in this document at all.

    Full official names, curated forms, cities and provinces always may, and so may counties' short
    forms of three or more characters (``满洲里``, ``曹妃甸``) and cities abroad (``乌兰巴托``). A town's
    proper name of three or more characters without 镇/乡/苏木 (``伊尔施``) may lie anywhere in a
    province the document names. A two-character short form of a county (``林西``, ``河曲``) or any other
    town must lie in a city the document names, or in a province it names and within 120 km of a place
    it names unambiguously: ``资源``, ``合作`` or ``公安`` elsewhere in China are words, not places, and
    ``向城镇`` (向城镇转移) is a phrase.
    """
    if (name == p.name_zh and p.level <= 3) or g.exact.get(name) == p.place_id or p.level in (1, 2, 5):
        return True
    if p.kind == "county" and len(name) >= 3:
        return True
    if p.kind == "town" and len(name) >= 3 and not re.search("(镇|乡|苏木)$", name) and prov[p.province_adcode] > 0:
        return True
    if city[p.city_adcode] > 0:
        return True
    if prov[p.province_adcode] == 0 or not anchors:
        return False
    d = haversine_m(p.lon, p.lat, [a.lon for a in anchors], [a.lat for a in anchors])
    return float(d.min()) < 120_000


def resolve(names: list[str], g: Gazetteer) -> dict[str, tuple[Place | None, float, str]]:
    """Best place for each written form, with its score and the runner-up's id (None: not a place here)."""
    def trusted(n: str) -> Place | None:
        """The one place a form names, if that form is unambiguous and not a two-character short form."""
        c = g.candidates(n)
        if len(c) == 1 and c[0].level <= 3 and (n == c[0].name_zh or n in g.exact or c[0].level <= 2 or len(n) >= 3):
            return c[0]
        return None

    unique = [p for p in map(trusted, set(names)) if p]
    prov, city, centre = _region_prior(unique)
    out: dict[str, tuple[Place | None, float, str]] = {}
    for n in set(names):
        cands = [p for p in g.candidates(n) if _acceptable(p, n, prov, city, unique, g)]
        if any(p.level <= 3 for p in cands):
            cands = [p for p in cands if p.level <= 3 or p.kind != "town"]
        cands.sort(key=lambda p: (-_score(p, n, prov, city, centre, g), p.place_id))
        if not cands:  # every candidate is far from the plan's region: keep the best one as the reason
            rejected = sorted(g.candidates(n), key=lambda p: (-_score(p, n, prov, city, centre, g), p.place_id))
            out[n] = (None, 0.0, rejected[0].place_id if rejected else "")
            continue
        best = cands[0]
        out[n] = (best, _score(best, n, prov, city, centre, g), cands[1].place_id if len(cands) > 1 else "")
    return out


WAYPOINT_KINDS = ("city", "county", "town", "province", "port", "region", "park", "energy")
LINE_WORD = re.compile(r"(?:等|的)?(?:大能力|普通|货运|重载|客运|双回|\d+千伏)*(" + "|".join(rx for rx, _ in CORRIDOR_KINDS) + ")")


def _chains(text: str, places: list[Mention]) -> list[list[Mention]]:
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


def _corridors(text: str, ms: list[Mention]) -> list[Mention]:
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
        chain = _chains(text, after)[0]
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
            elif left >= 0 and _name_like(item, 10) and (re.search("[至－—-]", item) or not any(left < m.start < pos for m in ms if m.kind != "unresolved")):
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
        chains = _chains(text, [m for m in before if m.start > clause]) if before else []
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


def _common_waypoints(text: str, g: Gazetteer, ms: list[Mention]) -> list[Mention]:
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


def _waypoints(text: str, g: Gazetteer, ms: list[Mention]) -> list[Mention]:
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


def _abbreviated_lines(text: str, g: Gazetteer, taken: list[Mention]) -> list[Mention]:
    """``京藏、京新、荣乌、青银等高速公路``, ``依托京包、包茂交通运输大通道``: each short token that, with a
    line word, is a line the gazetteer knows (a three-character token may carry a verb's last character:
    ``依托京包`` → ``京包``)."""
    out = []
    rx = (r"((?:[\u4e00-\u9fff]{2,3}、)*[\u4e00-\u9fff]{2,3})等?(高速公路|高速|铁路|高铁|交通运输大通道|大通道|通道|交通干线)"
          r"|((?:[\u4e00-\u9fff]{2,3}、){2,}[\u4e00-\u9fff]{2})[\u4e00-\u9fff]{1,4}?(高速公路|铁路)")  # 京藏、包茂、呼准、荣乌形成高速公路环线
    for m in re.finditer(rx, text):
        loose = m.group(3) is not None
        word, listed = (m.group(4), m.group(3)) if loose else (m.group(2), m.group(1))
        pos, found, unknown = m.start(3 if loose else 1), [], []
        for token in listed.split("、"):
            end = pos + len(token.removesuffix("等"))
            token, pos = token.removesuffix("等"), pos + len(token) + 1
            for t in dict.fromkeys((token, token[-2:])):
                s0 = end - len(t)
                if any(x.start < end and s0 < x.end for x in taken):
                    break
                forms = [t + word, t + "高速", t + "铁路", t + "高铁", t + "通道"] if "高速" in word or "铁" in word else [t + "铁路", t + "高速", t + "通道"]
                pid = next((g.exact[f] for f in forms if f in g.exact and g.places[g.exact[f]].kind in ("road", "rail")), None)
                if pid:
                    p = g.places[pid]
                    found.append(Mention(s0, end, t, p.name_zh, p.kind, pid, p.adcode, p.lon, p.lat, 0.0, "",
                                         p.precision_m, p.coord_source, note="abbreviated line"))
                    break
            else:
                if len(token) == 2 and _name_like(token):
                    unknown.append((end - 2, end, token))
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
NAMED_LINE = re.compile(r"(?:(?<=[、，。；：“（和及与])|(?<=建设|推进|实施|加快|新建|建成|开工|改造|完成|规划|启动|研究|争取|打通))"
                        r"([\u4e00-\u9fff]{2})(铁路|高速公路|高速)(?![网化站])")


def _named_lines(text: str, ms: list[Mention]) -> list[Mention]:
    """``准朔铁路``, ``白阿铁路``, ``丹锡高速``: two characters right after a list mark or a building verb and
    before 铁路/高速 are a line's own short name (each character abbreviates one end); kept, not drawn.
    Modifiers (城际铁路, 国家高速) and names the gazetteer reads otherwise are not lines."""
    taken = [(m.start, m.end) for m in ms]
    out = []
    for m in NAMED_LINE.finditer(text):
        if m.group(1) in LINE_MODIFIERS or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        kind = "rail" if m.group(2) == "铁路" else "road"
        out.append(Mention(m.start(), m.end(), m.group(), m.group(), kind, note="a line's own short name; not in the gazetteer, not drawn"))
    return out


def _facility_runs(text: str, ms: list[Mention]) -> list[Mention]:
    """``乌兰察布—二连浩特陆港``, ``包头九原（国际）物流园``: places written right before a named facility
    belong to its name; the facility stays located at the last, most specific, place."""
    out: list[Mention] = []
    for m in ms:
        if m.note.startswith("suffix:") and m.kind in ("port", "park"):
            while (out and out[-1].kind in ("city", "county", "province") and "（" not in out[-1].surface
                   and text[out[-1].end:m.start] in ("", "—", "－", "-")):
                head = out.pop()
                m = replace(m, start=head.start, surface=text[head.start:m.end], name_zh=text[head.start:m.end],
                            place_id=f"ctx:{text[head.start:m.end]}")
        out.append(m)
    return out


def _shared_suffix(text: str, ms: list[Mention]) -> list[Mention]:
    """``包头、鄂尔多斯机场`` → both are airports: names listed with 、 before a name+feature word share it."""
    out = list(ms)
    for i, m in enumerate(out):
        tail = re.search(r"(?:国际机场|支线机场|通用机场|机场|航空口岸|口岸|陆港|综合保税区|保税物流中心|(?:国家)?重点开发开放试验区|"
                         r"跨境经济合作区|边境经济合作区|自由贸易试验区|自由贸易区)$", m.surface)
        if m.kind not in ("airport", "port", "park") or not tail:
            continue
        suffix = tail.group()
        j = i - 1
        while j >= 0 and out[j].kind in ("city", "county") and text[out[j].end:out[j + 1].start] == "、":
            x = out[j]
            out[j] = replace(x, kind=m.kind, name_zh=x.surface + suffix, place_id=f"ctx:{x.surface}{suffix}",
                             group=f"shared@{m.start}", note=f"shared suffix; located at {x.name_zh}")
            j -= 1
    return out


def _enumerations(text: str, ms: list[Mention]) -> list[Mention]:
    """``清水河县、固阳县、凉城县、乌审旗等通用机场`` → each name becomes a feature of that kind."""
    out = list(ms)
    for m in re.finditer(r"(?:等|\d个|[两三四五六七八九]个)(国际机场|支线机场|通用机场|运输机场|机场|边境口岸|航空口岸|口岸|沿海港口|港口)", text):
        kind = "airport" if "机场" in m.group(1) else "port"
        j = max((k for k, x in enumerate(out) if x.end <= m.start()), default=-1)
        if j < 0 or m.start() - out[j].end > 1:
            continue
        group = f"enum@{m.start()}"
        while j >= 0 and out[j].kind in ("city", "county", "town", kind):
            x = out[j]
            if x.kind != kind:
                out[j] = replace(x, kind=kind, name_zh=x.surface + m.group(1), place_id=f"ctx:{x.surface}{m.group(1)}",
                                 group=group, note=f"enumeration; located at {x.name_zh}")
            if j == 0 or text[out[j - 1].end:x.start] not in ("、", "和", "及", "与", ""):
                break
            j -= 1
    return out


FEATURE_LISTS = [(r"(?:病险)?水库|湖泊|湿地|蓄滞洪区|河流|流域", "water"), (r"沙漠|沙地", "landform")]
LIST_WORD = re.compile(r"等(?:重点|重要|大型)?(" + "|".join(rx for rx, _ in FEATURE_LISTS) + ")")


def _feature_lists(text: str, ms: list[Mention]) -> list[Mention]:
    """``昆都仑、巴图湾、尔力湖沟等病险水库``: every item of a 、-list ending in 等 + a class of natural
    feature is a feature of that class. An item may be unknown when 、 bounds it on both sides (it is
    then kept unlocated); the first item must be known, and so must one item at least. A known place
    of another kind (昆都仑区) names the feature and locates it, to 30 km."""
    out = list(ms)
    by_end = {m.end: m for m in ms if m.kind != "unresolved"}
    for w in LIST_WORD.finditer(text):
        kind = next(k for rx, k in FEATURE_LISTS if re.fullmatch(rx, w.group(1)))
        pos, found = w.start(), []
        while True:
            known = by_end.get(pos)
            left = text.rfind("、", 0, pos)
            item = text[left + 1:pos]
            if known and left + 1 < known.start and _name_like(item):  # 小白河: a longer name around the known one
                known = None
            if known:
                found.append(known)
                start = known.start
            elif left >= 0 and _name_like(item):
                found.append(Mention(left + 1, pos, item, item, kind, note=f"listed with 等{w.group(1)}; not in the gazetteer, not located"))
                start = left + 1
            else:
                break
            if start == 0 or text[start - 1] != "、":
                break
            pos = start - 1
        if not any(x.place_id for x in found):  # a list of unknown words only may be no list of places
            continue
        group = f"list@{w.start()}"
        for x in found:
            if x in out and x.kind != kind:
                out[out.index(x)] = replace(x, kind=kind, name_zh=x.surface, place_id=f"ctx:{x.surface}", group=group,
                                            precision_m=max(x.precision_m or 0.0, 30000.0), note=f"listed with 等{w.group(1)}; located at {x.name_zh}")
            elif x not in out:
                out.append(replace(x, group=group))
    return sorted(out, key=lambda m: m.start)


def _name_like(item: str, longest: int = 6) -> bool:
    """Two to ``longest`` Chinese characters, none of them a function word or a common verb's."""
    return 2 <= len(item) <= longest and all("\u4e00" <= c <= "\u9fff" for c in item) and not NOT_A_NAME & set(item)


def geoparse(text: str, g: Gazetteer, *, blocked: list[tuple[int, int]] | None = None) -> list[Mention]:
    """Every place named in ``text`` (normalised), resolved.

    A written form the gazetteer knows but that cannot be a place in this plan (``资源``, ``合作`` far
    from its region) is kept with kind ``unresolved``, its nearest candidate as ``runner_up`` and the
    reason in ``note``, so nothing is silently dropped. ``blocked`` spans (mojibake) produce nothing.
    """
    raw = _raw_matches(text, g, blocked or [])
    res = resolve([name for _, _, _, name in raw], g)
    starts = {s for s, _, _, name in raw if res[name][0] is not None and res[name][0].kind in ("city", "county", "town", "province")}
    ms: list[Mention] = []
    for s, e, surface, name in raw:
        if ms and s < ms[-1].end:  # inside a feature the name before has become (包头九原物流园)
            continue
        place, score, runner = res[name]
        if place is not None and place.kind == "town" and not re.search("(镇|乡|苏木)$", surface) and s > 0 \
                and text[s - 1] in "东西南北新老大小上下前后中":
            place, runner = None, place.place_id  # 西巴彦花 is not 巴彦花: a town's short form with a prefix is another name
        if place is not None and place.level == 3 and len(surface) == 2 and surface != place.name_zh and surface not in g.exact \
                and surface[0] in "和与及在对向为以从把被" and s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff":
            place, runner = None, place.place_id  # 机制和政策: 和 joins two words; 和政县 is not meant
        if place is None:
            ms.append(Mention(s, e, surface, name, "unresolved", runner_up=runner,
                              note=f"not taken as a place here: nearest candidate {runner} lies outside the plan's region"))
            continue
        if place.kind in ("landform", "water", "region"):  # 科尔沁综合物流园区 is in 科尔沁区, not on the sandy land
            town = next((c for c in g.candidates(name) if c.kind in ("city", "county") and _kind_after(text, e, c.kind, starts)[0]
                         in ("port", "park")), None)
            place = town or place
        kind = place.kind
        kind_ctx, prec, e2 = _kind_after(text, e, kind, starts) if kind in NAMED_AFTER + ("port",) else ("", 0.0, e)
        if not kind_ctx and surface.endswith("淖") and text[e:e + 1] == "尔":  # 察汗淖 (a town) + 尔: the lake
            kind_ctx, prec, e2 = "water", 30000.0, e + 1
        if kind_ctx:
            suffix = text[e:e2]
            ms.append(Mention(s, e2, text[s:e2], surface + suffix, kind_ctx, f"ctx:{surface}{suffix}", place.adcode,
                              place.lon, place.lat, score, runner, max(place.precision_m, prec), place.coord_source,
                              note=f"suffix:{suffix}; located at {place.name_zh}"))
            continue
        if kind == "region" and text.startswith("地区", e) and not surface.endswith("地区"):
            e, surface = e + 2, surface + "地区"
        ms.append(Mention(s, e, surface, place.name_zh, kind, place.place_id, place.adcode, place.lon, place.lat,
                          score, runner, place.precision_m, place.coord_source))
    for _ in range(2):  # a waypoint placed in one pass may place its neighbour in the next (白云鄂博至固阳至东河)
        ms = _common_waypoints(text, g, _waypoints(text, g, ms))
    ms += _abbreviated_lines(text, g, ms)
    ms.sort(key=lambda m: m.start)
    ms = _facility_runs(text, ms)
    ms = _shared_suffix(text, ms)
    ms = _enumerations(text, ms)
    ms = _feature_lists(text, ms)
    ms += _corridors(text, ms)
    ms += _named_lines(text, ms)
    return sorted(ms, key=lambda m: (m.start, -m.end))


def geoparse_plan(plan: Plan, g: Gazetteer) -> list[tuple[Mention, int]]:
    """Mentions of a structured plan, each with the index of its sentence."""
    ms = geoparse(plan.text, g, blocked=plan.excluded_spans())
    starts = [s.start for s in plan.sentences]
    import bisect

    out = []
    for m in ms:
        k = bisect.bisect_right(starts, m.start) - 1
        if k >= 0 and plan.sentences[k].start <= m.start < plan.sentences[k].end:
            out.append((m, k))
    return out
