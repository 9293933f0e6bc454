"""Features named by the words around a place name: ``包头机场``, ``科尔沁草原``, ``呼和浩特沙良公铁物流港``,
``包头、鄂尔多斯机场``, ``清水河县、固阳县…等通用机场``, ``昆都仑、巴图湾…等病险水库``.

Pure functions over the text and the mentions found so far; each returns the mentions with the features
it recognised (typed, located at the place they are named after, or kept unlocated with a note).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from geo.lexicon import alternation, rule_kind, rule_pattern, table
from geo.mention import Mention
from geo.scan import quick

KIND_SUFFIXES: list[tuple[str, str, str, float, str]] = [
    (r["pattern"], r["kind"], r["subkind"], float(r["precision_m"]), r.get("after") or "")
    for r in table("feature_words")
]
"""Words after a name that make it a feature of another kind (data/lexicon/feature_words.csv): (regex, kind,
subkind, precision in m, the kinds of place it may follow where the table says). The feature is located at the
place it is named after, no closer than the precision."""
BUILD_VERBS = alternation("plan_words", starts_items="yes")
"""Verbs after which a list of lines or a named feature starts (实施通霍、…; 建设准朔铁路):
data/lexicon/plan_words.csv."""
NAMED_AFTER = ("city", "county", "town", "province", "region", "landform", "water")
"""Kinds of place a feature may be named after (``科尔沁草原``, ``黄河风景道``, ``包头机场``)."""
NOT_IN_SUB_NAME = re.compile(alternation("plan_words", not_in_sub_name="yes"))
"""What may stand between a place and its facility word is a bracketed word or a short proper or trade name
(``呼和浩特沙良公铁物流港``, ``包头九原（国际）物流园``, ``包头广告产业试点园区``), never one with these
words: that is a clause (榆林创建航空口岸) or a generic class (内蒙古高新技术开发区)."""
NOT_A_NAME = quick(
    re.compile(
        "|".join(
            r["word"] if r["not_in_names"] == "anywhere" else f"(?<=.){r['word']}"
            for r in table("plan_words")
            if r["not_in_names"] != "no"
        )
    )
)
"""What a name in a list (of lakes, of lines) does not contain: function words and the verbs of plans, as
words (克拉玛依 and 建三江 are names; 推进哈密 is not), from data/lexicon/plan_words.csv."""


@cache
def _compiled(rx: str) -> re.Pattern:
    return re.compile(rx)


SUB_NAMES = [re.compile(rf"（[\u4e00-\u9fff]{{1,4}}）|[\u4e00-\u9fff]{{{n}}}") for n in range(2, 7)]
"""A facility's sub-name after its place: a bracketed word, or two to six characters."""


def _allowed(rx_kind: str, base_kind: str, with_sub: bool, prec: float, after: str = "") -> bool:
    """Whether a feature word of kind ``rx_kind`` may follow a place of kind ``base_kind`` (with a sub-name);
    ``after``: the kinds the table allows (凤凰古城, 黄山风景区; not 乌大张长城)."""
    if after:
        return base_kind in after.split() and (
            not with_sub or rx_kind in ("port", "park", "airport", "station", "water")
        )
    if (
        base_kind not in ("city", "county", "town", "port")
        and rx_kind in ("airport", "port", "park")
        and prec < 30000
    ):
        # facilities are named after settlements: not 黄河机场, and 内蒙古陆路口岸 are the province's ports
        return False
    if with_sub and rx_kind not in ("port", "park", "airport", "station"):
        return False
    return not (
        (rx_kind == "region" and base_kind not in ("city", "county", "water", "landform"))
        or (rx_kind == "station" and base_kind not in ("city", "county", "town"))
    )
    # 呼包鄂榆城市群 stays the chain it names; a station is named after a settlement


@cache
def _suffixes(base_kind: str, with_sub: bool) -> tuple[re.Pattern | None, list[tuple[str, str, float]]]:
    """The feature words allowed after a place of ``base_kind`` as one pattern
    (tried in table order) and the rows."""
    allowed = [
        (rx, kind, prec)
        for rx, kind, _sub, prec, after in KIND_SUFFIXES
        if _allowed(kind, base_kind, with_sub, prec, after)
    ]
    if not allowed:
        return None, []
    return re.compile("|".join(f"(?P<k{i}>{rx})" for i, (rx, _, _) in enumerate(allowed))), allowed


def kind_after(text: str, e: int, base_kind: str, starts: set[int]) -> tuple[str, float, int]:
    """The feature word right after a name (``机场``, ``草原``) or after a sub-name (``沙良公铁物流港``):
    its kind, precision and end. Only facilities take a sub-name, and not one the gazetteer knows as a
    settlement (that one is the place: ``包头九原物流园`` is at 九原; ``包头蒙西公铁国际物流港`` is at 包头).
    ``starts``: where names of settlements begin."""
    found = _word_after(text, e, base_kind, "")
    if found or e in starts or base_kind == "province":
        return found or ("", 0.0, e)
    for sub in dict.fromkeys(m.group() for m in (rx.match(text, e, e + 8) for rx in SUB_NAMES) if m):
        found = None if NOT_IN_SUB_NAME.search(sub) else _word_after(text, e, base_kind, sub)
        if found:
            return found
    return "", 0.0, e


def _word_after(text: str, e: int, base_kind: str, sub: str) -> tuple[str, float, int] | None:
    """The feature word right after the name ending at ``e`` and the sub-name ``sub``: its kind,
    precision and end."""
    pattern, allowed = _suffixes(base_kind, bool(sub))
    m = pattern.match(text, e + len(sub), e + len(sub) + 12) if pattern else None
    if m:
        _rx, kind, prec = allowed[int(m.lastgroup[1:])]
        return kind, prec, m.end()
    return None


def facility_runs(text: str, ms: list[Mention]) -> list[Mention]:
    """``乌兰察布—二连浩特陆港``, ``包头九原（国际）物流园``, ``西安咸阳国际机场``: places written right
    before a named facility belong to its name; the facility stays located at the last, most specific,
    place."""
    out: list[Mention] = []
    for m in ms:
        if m.note.startswith("suffix:") and m.kind in ("port", "park", "airport", "station"):
            while (
                out
                and out[-1].kind in ("city", "county", "province")
                and "（" not in out[-1].surface
                and text[out[-1].end : m.start] in ("", "—", "－", "-")
            ):
                head = out.pop()
                m = replace(
                    m,
                    start=head.start,
                    surface=text[head.start : m.end],
                    name_zh=text[head.start : m.end],
                    place_id=f"ctx:{text[head.start : m.end]}",
                )
        out.append(m)
    return out


SHARED_TAIL = quick(re.compile(f"(?:{rule_pattern('shared_tail')})$"))
"""Feature words a list of names shares (包头、鄂尔多斯机场): data/lexicon/rule_words.csv."""


def shared_suffix(text: str, ms: list[Mention]) -> list[Mention]:
    """``包头、鄂尔多斯机场`` → both are airports: names listed with 、/与/和/及 before a name+feature word
    (or a zone's designation: ``榆林、鄂尔多斯国家农业科技园区``) share it; a grid word (``蒙西与华北电网``)
    is shared by regions and provinces too."""
    out = list(ms)
    for i, m in enumerate(out):
        tail = SHARED_TAIL.search(m.surface)
        if m.kind not in ("airport", "port", "park", "energy") or not (
            tail or m.note.startswith("designation:")
        ):
            continue
        # 榆林、鄂尔多斯国家农业科技园区
        suffix = tail.group() if tail else m.note[len("designation:") :].partition(";")[0]
        # 蒙西与华北电网
        heads = ("city", "county", "region", "province") if m.kind == "energy" else ("city", "county")
        j = i - 1
        while (
            j >= 0
            and out[j].kind in heads + (m.kind,)
            and out[j].lon is not None
            and text[out[j].end : out[j + 1].start] in ("、", "与", "和", "及")
        ):
            x = out[j]
            # one listed as that feature already (策克, a curated port) does not end the list
            if x.kind != m.kind:
                out[j] = replace(
                    x,
                    kind=m.kind,
                    name_zh=x.surface + suffix,
                    place_id=f"ctx:{x.surface}{suffix}",
                    group=f"shared@{m.start}",
                    note=f"shared suffix; located at {x.name_zh}",
                )
            j -= 1
    return out


BORDER_ZONE = re.compile(rule_pattern("border_zone"))


def _pair_item(text: str, e: int, ms: list[Mention]) -> tuple[int, int, Mention | None] | None:
    """A pair ``Y-Z`` ending at ``e``: where it starts, where its hyphen is, and the home side's mention when
    the gazetteer knows it; None when it is no pair of names."""
    h = max(text.rfind(c, max(0, e - 7), e) for c in "-－—")
    if h < 0:
        return None
    known = next(
        (x for x in ms if x.end == h and x.kind in ("city", "county", "town", "port") and x.lon is not None),
        None,
    )
    if known:
        start = known.start
    else:
        lead = re.search(
            rf"(?:^|[、，。；：和与及]|{BUILD_VERBS}|推动|支持|打造)([\u4e00-\u9fff]{{2,6}})$",
            text[max(0, h - 10) : h],
        )
        if not lead:
            return None
        start = h - len(lead.group(1))
    return (start, h, known) if name_like(text[start:h]) and name_like(text[h + 1 : e]) else None


def border_pairs(text: str, ms: list[Mention]) -> list[Mention]:
    """``二连浩特-扎门乌德、额布都格-巴彦呼舒跨境经济合作区``: a cross-border zone is named by a pair, the
    home side first and the partner across the border second. The zone is the whole pair, located at the home
    side when the gazetteer knows it; the partner is a city abroad, kept unlocated (巴彦呼舒 is then not the
    Chinese town of that name). Earlier pairs listed with 、 share the zone's word."""
    out = list(ms)
    for w in BORDER_ZONE.finditer(text):
        e, end, suffix, group = w.start(), w.end(), "", f"border@{w.start()}"
        while (item := _pair_item(text, e, out)) is not None:
            start, h, home = item
            name = text[start:end] + suffix
            out = [x for x in out if not (start <= x.start and x.end <= end) or x is home]
            loc = (
                dict(
                    adcode=home.adcode,
                    lon=home.lon,
                    lat=home.lat,
                    precision_m=max(home.precision_m, 5000.0),
                    coord_source=home.coord_source,
                )
                if home
                else {}
            )
            out.append(
                Mention(
                    start,
                    end,
                    text[start:end],
                    name,
                    "park",
                    f"ctx:{name}" if home else "",
                    group=group,
                    note=f"cross-border zone; located at its home side {home.name_zh}"
                    if home
                    else "cross-border zone; its home side is not in the gazetteer, not located",
                    **loc,
                )
            )
            out.append(
                Mention(
                    h + 1,
                    e,
                    text[h + 1 : e],
                    text[h + 1 : e],
                    "city",
                    group=group,
                    note="partner across the border in a cross-border zone's name; not located",
                )
            )
            if text[start - 1 : start] != "、":
                break
            e = end = start - 1
            suffix = w.group()
    return sorted(out, key=lambda x: x.start)


ENUMERATION = re.compile(
    r"(?:等|\d个|[两三四五六七八九]个)(?:其他|其它)?(" + rule_pattern("enumeration") + ")"
)


def enumerations(text: str, ms: list[Mention]) -> list[Mention]:
    """``清水河县、固阳县、凉城县、乌审旗等通用机场`` → each name becomes a feature of that kind."""
    out = list(ms)
    for m in ENUMERATION.finditer(text):
        kind = rule_kind("enumeration", m.group(1))
        j = max((k for k, x in enumerate(out) if x.end <= m.start()), default=-1)
        if j < 0 or m.start() - out[j].end > 1:
            continue
        group = f"enum@{m.start()}"
        while j >= 0 and out[j].kind in ("city", "county", "town", kind):
            x = out[j]
            if x.kind != kind:
                out[j] = replace(
                    x,
                    kind=kind,
                    name_zh=x.surface + m.group(1),
                    place_id=f"ctx:{x.surface}{m.group(1)}",
                    group=group,
                    note=f"enumeration; located at {x.name_zh}",
                )
            if j == 0 or text[out[j - 1].end : x.start] not in ("、", "和", "及", "与"):
                break
            j -= 1
    return out


PARK_NAME = re.compile(
    r"(?:^|(?<=[、，。；：“（\n]))((?:"
    + BUILD_VERBS
    + r")?[\u4e00-\u9fff]{2,6}?)("
    + rule_pattern("named_park")
    + ")",
    re.M,
)


def named_parks(text: str, ms: list[Mention]) -> list[Mention]:
    """``成吉思汗国家森林公园``, ``祁连山国家公园``: a name of two to six characters after a list mark or a
    building verb and before 国家(森林/湿地/沙漠/地质)公园 is a park even when the gazetteer does not know it
    (kept unlocated)."""
    taken = [(m.start, m.end) for m in ms if m.kind != "unresolved"]
    out = list(ms)
    for w in PARK_NAME.finditer(text):
        name = re.sub(f"^(?:{BUILD_VERBS})", "", w.group(1))
        start = w.end(1) - len(name)
        if name_like(name) and not any(a < w.end() and start < b for a, b in taken):
            # 祁连 of 祁连山国家公园, not taken here
            out = [m for m in out if not (start <= m.start and m.end <= w.end())]
            out.append(
                Mention(
                    start,
                    w.end(),
                    text[start : w.end()],
                    text[start : w.end()],
                    "park",
                    note=f"named {w.group(2)}; its name is not in the gazetteer, not located",
                )
            )
    return sorted(out, key=lambda m: m.start)


LEAD = re.compile("^(?:" + alternation("plan_words", leads="yes") + ")+")
"""Verbs and function words that may open a list before its first item: data/lexicon/plan_words.csv."""


def name_like(item: str, longest: int = 6) -> bool:
    """Two to ``longest`` Chinese characters, none of them a function word or a common verb's."""
    return (
        2 <= len(item) <= longest
        and all("\u4e00" <= c <= "\u9fff" for c in item)
        and not NOT_A_NAME.search(item)
    )


WATER_TRANSFER = re.compile(rule_pattern("water_transfer"))
"""引汉济渭, 引洮供水二期工程: the way plans name a water transfer (data/lexicon/rule_words.csv)."""


def water_transfers(text: str, ms: list[Mention]) -> list[Mention]:
    """``引大（大通河）济湟（湟水）工程``, ``引额济乌``: a water transfer named the way plans name them is one
    water mention, known to the gazetteer or not (then unlocated);
    the rivers and places in its name are part of it."""
    out = list(ms)
    for w in WATER_TRANSFER.finditer(text):
        s, e = w.span()
        if any(m.start < e and s < m.end and not (s <= m.start and m.end <= e) for m in out) or any(
            m.kind == "water" and m.start == s and m.end >= e - 2 for m in out
        ):
            continue  # read across by a longer name, or known already (引江济淮工程)
        out = [m for m in out if not (s <= m.start and m.end <= e)]
        out.append(
            Mention(
                s,
                e,
                w.group(),
                w.group(),
                "water",
                note="a water transfer named by its source and destination; "
                "not in the gazetteer, not located",
            )
        )
    return sorted(out, key=lambda m: (m.start, -m.end))
