"""Features named by the words around a place name: ``包头机场``, ``科尔沁草原``, ``呼和浩特沙良公铁物流港``,
``包头、鄂尔多斯机场``, ``清水河县、固阳县…等通用机场``, ``昆都仑、巴图湾…等病险水库``.

Pure functions over the text and the mentions found so far; each returns the mentions with the features
it recognised (typed, located at the place they are named after, or kept unlocated with a note).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from geo.gazetteer import ADMIN_SUFFIX, bare_name
from geo.lexicon import alternation, marks, one, rule_kind, rule_pattern, table, words
from geo.mention import Mention
from geo.raw_matching import SUB_NAMED
from geo.scan import alternatives, finditer, quick
from geo.sights import a_sight, designated_sight

LIST_JOINS = tuple(marks("join"))
"""What stands between two items of a list (、, 和, 及, 与: data/lexicon/list_marks.csv)."""

KIND_SUFFIXES: list[tuple[str, str, str, float, str]] = [
    (r["pattern"], r["kind"], r["subkind"], float(r["precision_m"]), r.get("after") or "")
    for r in table("feature_words")
]
"""Words after a name that make it a feature of another kind (data/lexicon/feature_words.csv): (regex, kind,
subkind, precision in m, the kinds of place it may follow where the table says). The feature is located at the
place it is named after, no closer than the precision."""
LEADS = alternation("plan_words", leads="yes")
"""Verbs and function words after which a name may start (加强, 推进, 和: data/lexicon/plan_words.csv)."""
BUILD_VERBS = alternation("plan_words", starts_items="yes")
"""Verbs after which a list of lines or a named feature starts (实施通霍、…; 建设准朔铁路):
data/lexicon/plan_words.csv."""
NAMED_AFTER = ("city", "county", "town", "province", "region", "landform", "water")
"""Kinds of place a feature may be named after (``科尔沁草原``, ``黄河风景道``, ``包头机场``)."""
COUNT = re.compile(rule_pattern("count_word"))
"""A numeral and a measure word or 大 (三大煤电基地, 四大都市区): a count, never a name's part
(data/lexicon/rule_words.csv)."""
NOT_IN_SUB_NAME = re.compile(alternation("plan_words", not_in_sub_name="yes"))
SUB_OPENING_NOT = re.compile(rule_pattern("sub_name_opening_not"))
"""A function character opening a sub-name makes it a clause (data/lexicon/rule_words.csv)."""
"""What may stand between a place and its facility word is a bracketed word or a short proper or trade name
(``呼和浩特沙良公铁物流港``, ``包头九原（国际）物流园``, ``包头广告产业试点园区``), never one with these
words: that is a clause (榆林创建航空口岸) or a generic class (内蒙古高新技术开发区)."""
NUMERALS = one("character_sets", "chars", role="count_numerals")
ORDINAL = one("character_sets", "chars", role="ordinal")
"""Numerals: one ending a sub-name counts the facilities, no name, unless it follows the ordinal's mark
(data/lexicon/character_sets.csv)."""
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


VOLTAGE = one("line_words", "pattern", role="voltage")
CAPACITY = one("line_words", "pattern", role="capacity")
SUB_NAME = re.compile(
    rf"（[\u4e00-\u9fff]{{1,4}}）|(?:{VOLTAGE}|{CAPACITY})[\u4e00-\u9fff]{{0,3}}|[\u4e00-\u9fff]{{2,6}}"
)
"""A facility's sub-name after its place: a bracketed word, a voltage (and the kind of line it serves) or a
capacity, or two to six characters (data/lexicon/line_words.csv: the voltage's and capacity's patterns)."""


def _sub_names(text: str, e: int) -> list[str]:
    """The sub-names that may follow a name ending at ``e``, shortest first: the bracketed word, or the next
    two to six characters (the longest run of them matched once, its heads taken)."""
    m = SUB_NAME.match(text, e)
    if m is None:
        return []
    word = m.group()
    return [word] if word[0] == "（" else [word[:n] for n in range(2, len(word) + 1)]


SUB_NAMED_ENERGY = words("energy_subkinds", "subkind", sub_name="yes")
"""Energy subkinds that take a sub-name between place and word (电站, 能源基地): energy_subkinds.csv."""


def _allowed(rx_kind: str, base_kind: str, with_sub: bool, prec: float, after: str = "") -> bool:
    """Whether a feature word of kind ``rx_kind`` may follow a place of kind ``base_kind`` (with a sub-name);
    ``after``: the kinds the table allows (凤凰古城, 黄山风景区; not 乌大张长城)."""
    if after:
        return base_kind in after.split() and (
            not with_sub or rx_kind in ("port", "park", "airport", "station", "water", "energy")
        )
    named_after = ("city", "county", "town", "port") + (("water", "landform") if rx_kind == "park" else ())
    if base_kind not in named_after and rx_kind in ("airport", "port", "park") and prec < 30000:
        # facilities are named after settlements, parks also after a bay or a gorge (台州湾新材料产业园): not
        # 黄河机场, and 内蒙古陆路口岸 are the province's ports
        return False
    if with_sub and rx_kind not in ("port", "park", "airport", "station", "energy"):
        return False
    # a region's word after a region: geo.matching keeps it only after a region's short name (长株潭城市群);
    # a province's quarter named by its abbreviation (geo.scope.directional_regions) takes it too
    return not (rx_kind == "region" and base_kind not in ("city", "county", "water", "landform", "region"))


@cache
def _suffixes(base_kind: str, with_sub: bool) -> list[tuple[str, str, float]]:
    """The feature words allowed after a place of ``base_kind`` (tried in table order): the rows."""
    return [
        (rx, kind, prec)
        for rx, kind, subkind, prec, after in KIND_SUFFIXES
        if _allowed(kind, base_kind, with_sub, prec, after)
        # a power station or a base takes a sub-name (丰都栗子湾抽水蓄能电站, 鲁北盐碱滩涂地…一体化基地), a
        # grid does not
        and not (with_sub and kind == "energy" and subkind not in SUB_NAMED_ENERGY)
    ]


@lru_cache(maxsize=1 << 16)
def _suffixes_at(base_kind: str, with_sub: bool, c: str) -> re.Pattern | None:
    """The feature words of :func:`_suffixes` that may start with the character ``c``, as one pattern in table
    order (the same match there as all of them, found without trying the others); None when none may."""
    return alternatives([rx for rx, _, _ in _suffixes(base_kind, with_sub)], c)


def kind_after(text: str, e: int, base_kind: str, starts: set[int]) -> tuple[str, float, int]:
    """The feature word right after a name (``机场``, ``草原``) or after a sub-name (``沙良公铁物流港``):
    its kind, precision and end. Only facilities take a sub-name, and not one the gazetteer knows as a
    settlement (that one is the place: ``包头九原物流园`` is at 九原; ``包头蒙西公铁国际物流港`` is at 包头).
    ``starts``: where names of settlements begin."""
    found = _word_after(text, e, base_kind, "")
    if found or e in starts or base_kind == "province":
        return found or ("", 0.0, e)
    for sub in _sub_names(text, e):
        if (
            # no feature word may start after it (the cheapest test first)
            _suffixes_at(base_kind, True, text[e + len(sub) : e + len(sub) + 1]) is None
            or NOT_IN_SUB_NAME.search(sub)
            or SUB_OPENING_NOT.match(sub)
            or COUNT.search(sub)
            or (sub[-1] in NUMERALS and sub[-2:-1] != ORDINAL)  # 颍上北三站: three stations; 第二机场 is one
            or not starts.isdisjoint(range(e + 1, e + len(sub)))
        ):
            continue  # …铁路建成滨海西站: a sub-name holds no other place's name
        found = _word_after(text, e, base_kind, sub)
        if found:
            return found
    return "", 0.0, e


VILLAGE_AFTER = re.compile(rule_pattern("village_after"))
"""What after a feature word makes it the start of a village's name (草原村): data/lexicon/rule_words.csv."""


def _word_after(text: str, e: int, base_kind: str, sub: str) -> tuple[str, float, int] | None:
    """The feature word right after the name ending at ``e`` and the sub-name ``sub``: its kind,
    precision and end."""
    at = e + len(sub)
    pattern = _suffixes_at(base_kind, bool(sub), text[at : at + 1])
    m = pattern.match(text, at, at + 12) if pattern else None
    if m and not VILLAGE_AFTER.match(text, m.end()):  # 岩脚镇草原村: a village's name, no grassland
        _rx, kind, prec = _suffixes(base_kind, bool(sub))[int(m.lastgroup[1:])]
        return kind, prec, m.end()
    return None


def facility_runs(text: str, ms: list[Mention]) -> list[Mention]:
    """Cities and counties written right before a named facility belong to its name; the facility stays
    located at the last, most specific, place. Provinces are left to
    :func:`geo.whereabouts.fused_provinces`."""
    # 乌兰察布—二连浩特陆港, 包头九原（国际）物流园, 西安咸阳国际机场
    out: list[Mention] = []
    for m in ms:
        if (
            out
            and m.place_id.startswith("cur:")
            and m.kind in SUB_NAMED
            and _its_unit(out[-1], m, text)
            and not (m.kind == "station" and out[-1].written_in_full())  # 拉萨市 + 拉萨站
            and (m.kind != "park" or designated_sight(m.surface))  # 芮城 + 永乐宫 stay two
        ):
            head = out.pop()  # 腾冲猴桥口岸: the known port after the county it lies in
            m = replace(m, start=head.start, surface=text[head.start : m.end])
        if m.note.startswith("suffix:") and m.kind in SUB_NAMED and not a_sight(m.surface):
            while (
                out
                and out[-1].kind in ("city", "county")
                and "（" not in out[-1].surface
                and not _designated(out[-1])
                and not (m.kind == "station" and out[-1].written_in_full())  # 南通市 + 南通西站
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


def _its_unit(head: Mention, m: Mention, text: str) -> bool:
    """Whether ``head``, written right before the known facility ``m``, is the county or city it lies in (or
    that unit's short form, not taken alone: 腾冲 of 腾冲猴桥口岸)."""
    unit = head.runner_up if head.kind == "unresolved" else head.place_id
    return (
        head.end == m.start
        and not _designated(head)
        and unit.startswith("adm:")
        and bool(m.adcode)
        and m.adcode.startswith(unit[4:].rstrip("0"))
        and len(unit[4:].rstrip("0")) >= 4
    )


def _designated(m: Mention) -> bool:
    return designated(m.surface, m.name_zh, m.kind)


TOWN_ENDS = tuple(r["ending"] for r in table("feature_endings") if r["kind"] == "town")
"""The words that end a town's full name (镇, 乡: data/lexicon/feature_endings.csv)."""


def designated(surface: str, name: str, kind: str) -> bool:
    """A city, county or town written in full with its designation (毕节市 before 金海湖旅游区, 宁明县
    before 爱店口岸, 豆沙镇 before 五尺道景区): a mention of its own before a facility's name."""
    if kind == "town":
        return surface.endswith(TOWN_ENDS)
    if kind == "city":  # 毕节市 before 金海湖旅游区; not a city abroad (符拉迪沃斯托克自由港)
        return bool(ADMIN_SUFFIX.search(surface))
    # 黟县, 歙县: a two-character full name is one character and its designation
    # 东山县, 白云区: a county whose short form is a common word is written in full all the same
    if kind != "county":
        return False
    # 石林县 (石林彝族自治县): a county written with its designation, if not with its people's names
    return (
        (len(bare_name(name)) >= 2 or len(name) == 2)
        if surface == name
        else bool(ADMIN_SUFFIX.search(surface))
    )


ENUMERATION = re.compile(
    f"(?:{rule_pattern('class_lead')})(?:{rule_pattern('class_lead_other')})?({rule_pattern('enumeration')})"
)


def enumerations(text: str, ms: list[Mention]) -> list[Mention]:
    """``清水河县、固阳县、凉城县、乌审旗等通用机场`` → each name becomes a feature of that kind."""
    out = list(ms)
    for m in finditer(ENUMERATION, text):
        kind = rule_kind("enumeration", m.group(1))
        j = max((k for k, x in enumerate(out) if x.end <= m.start()), default=-1)
        # 霍尔果斯、阿拉山口、吐尔尕特等口岸: a list ending in a known feature of the kind is a class list's
        if j < 0 or m.start() - out[j].end > 1 or out[j].kind == kind:
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
            if j == 0 or text[out[j - 1].end : x.start] not in LIST_JOINS:
                break
            j -= 1
    return out


LEAD = re.compile("^(?:" + alternation("plan_words", leads="yes") + ")+")
"""Verbs and function words that may open a list before its first item: data/lexicon/plan_words.csv."""
WETLAND = re.compile(next(rx for rx, _, subkind, _, _ in KIND_SUFFIXES if subkind == "wetland"))
"""The wetland word after a lake, river or plain (data/lexicon/feature_words.csv)."""
LEAD_ANYWHERE = re.compile(LEAD.pattern.lstrip("^"))
"""The same words in a row wherever they stand (黟县下辖宏村, 古称黔江)."""


def name_like(item: str, longest: int = 6) -> bool:
    """Two to ``longest`` Chinese characters, none of them a function word or a common verb's."""
    return (
        2 <= len(item) <= longest
        and all("\u4e00" <= c <= "\u9fff" for c in item)
        and not NOT_A_NAME.search(item)
    )
