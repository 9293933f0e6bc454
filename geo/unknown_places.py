"""Place names the gazetteer lacks that LAC's words find: a LOC word (or a person's or proper name LAC
mistook a river or a mountain for) ending in a feature word, typed by that word and kept unlocated. Pure
functions over the text, the mentions and LAC's words ``(start, end, tag)``."""

from __future__ import annotations

import re

from geo.boundaries import (
    BOUNDS,
    COUNT_IN_NAME,
    ENDINGS,
    EPITHET,
    LAC_NOTE,
    a_class_with_one_character,
    ending_of,
    kind_of_name,
)
from geo.features import LEAD_ANYWHERE, WETLAND, kind_after
from geo.lexicon import alternation, marks, one, rule_pattern
from geo.lexicon import words as words_of
from geo.mention import Mention
from geo.scan import bounded
from geo.scope import PROVINCE_COUNT

FRAGMENT_KINDS = ("town", "county", "city", "unresolved")
"""Kinds of a two-character gazetteer match that may be a fragment of a longer unknown name
(examples in the comments of :func:`unknown_places`)."""


STATE_ABROAD_END = one("character_sets", "chars", role="state_abroad_end")
"""The last character of a state abroad read with its country: data/lexicon/character_sets.csv."""


def _country_before(text: str, s: int, e: int, out: list[Mention]) -> int:
    """Where a state abroad that LAC read with its country begins: after that country."""
    if text[e - 1] not in STATE_ABROAD_END:
        return s
    lead = next((m for m in out if m.start == s and m.kind == "country" and m.end < e - 1), None)
    return lead.end if lead else s


def _fragment(m: Mention, s: int, e: int) -> bool:
    """Whether a mention inside LAC's name [s, e) is a piece of it: a short name, a name not taken as a place
    here, or a zone read from a fragment that ends where LAC's name ends."""
    # 江源 in 三江源; 佛坪 of 佛坪国家级自然保护区; 佛山国家级自然保护区 inside 金佛山国家级自然保护区
    return (
        (len(m.surface) <= 2 and m.kind in FRAGMENT_KINDS)
        or m.kind == "unresolved"
        or (m.end == e and m.start > s and m.note.startswith(("designation:", "suffix:")))
    )


def _river_of_unit(m: Mention, s: int, e: int, kind: str) -> bool:
    """Whether LAC's name [s, e) is a unit's name and one character of a river: the river."""
    return kind == "water" and m.kind in ("city", "county") and (m.start, m.end) == (s, e - 1)


def unknown_places(text: str, ms: list[Mention], words: list[tuple[int, int, str]]) -> list[Mention]:
    """The mentions with every place name LAC tags LOC that no mention covers and that ends in a feature
    word, typed by that word and unlocated. Gazetteer names found strictly inside it and not at its start
    were fragments of it and give way; a country LAC glued before a state abroad stays."""
    # fragments: 江源 in 三江源国家级自然保护区, 哈萨克斯坦 in 东哈萨克斯坦州
    # a country: 蒙古国 of 蒙古国科布多省
    out = list(ms)
    for k, (s, e, tag) in enumerate(words):
        e = _with_feature_word(text, words, k, out) if tag == "LOC" else e
        kind = _kind_of(text, words, k, e, out)
        if (
            not kind
            or QUARTER_ONLY.fullmatch(text, s, e)
            or COUNTED_UNITS.fullmatch(text, s, e)
            or (s > 0 and COUNTED_UNITS.fullmatch(text, s - 1, e))  # 一|江三河: LAC leaves out the count
            or PROVINCE_COUNT.match(text, s + 1)  # 川、甘、青三省: a list's last item and its count
            or EPITHET.fullmatch(text, s, e)
            or a_class_with_one_character(text[s:e])
        ):
            continue  # 南部地区 of a text about one city: its quarter, no name; 五乡一镇: a count; 长寿之乡
        s = _with_character_before(words, k, s)
        bound = _words_before_name(text, words, k, s, e)
        s = bound.end() if bound else s  # 东界辽河, 古称黔江, 和贡格尔河: the name after the words before it
        if bound and (e - s >= 3 and not kind_of_name(text[s:e]) or COUNTED_UNITS.fullmatch(text, s, e)):
            continue  # 新建纪念馆: once the verb is left out, only a class word is left (or a count)
        s = _past_unit(text, _past_split_word(text, s, e), e, out, kind)
        s = _country_before(text, s, e, out) if kind == "region" else s
        inside = [m for m in out if s <= m.start and m.end <= e]
        abroad = kind == "region" and text[e - 1] in STATE_ABROAD_END
        if len(inside) == 1 and _river_of_unit(inside[0], s, e, kind):
            inside = []  # 汨罗江: the river the county is named after
            out = [m for m in out if not (m.start == s and m.end == e - 1)]
        street = kind == "road" and any(
            m.start == s and STREET_TAIL.fullmatch(text, m.end, e) for m in inside
        )
        if (
            any(m.start < e and s < m.end for m in out if m not in inside)
            or any(m.start == s and not (abroad or street) and m.kind != "unresolved" for m in inside)
            or any(
                not (_fragment(m, s, e) or street) and not (abroad and m.kind == "country") for m in inside
            )
        ):
            # the gazetteer or a rule has read this name, or reads across it;
            # LAC glued a word to it (以阴山山脉)
            continue
        out = [m for m in out if m not in inside]
        area = AREA_AFTER.match(text, e) if kind in ("water", "landform") else None
        if area and not any(m.start < area.end() and e < m.end for m in out):
            e, kind = area.end(), "region"  # 榜沙河流域, 大别山区: the region around the feature
        wet = WETLAND.match(text, e) if kind in ("water", "landform") else None
        if wet and not any(m.start < wet.end() and e < m.end for m in out):
            e, kind = wet.end(), "water"  # 莲花湖湿地: the wetland of the lake, one water mention
        # 狮子山隧洞: the works named after the mountain; not a one-character word (东林藏布河 + 河)
        word, _, end = kind_after(text, e, kind, {e}) if kind != "region" else ("", 0.0, e)
        if end - e >= 2 and not any(m.start < end and e < m.end for m in out):
            e, kind = end, word
        out.append(Mention.unlocated(text, s, e, kind, note=LAC_NOTE))
    return sorted(out, key=lambda m: (m.start, -m.end))


def _with_character_before(words: list[tuple[int, int, str]], k: int, s: int) -> int:
    """Where LAC's place name ``words[k]`` starts: with one character LAC tags as a place name of its own
    right before it (鄂/豫运河, 牛/牧屯引河), that character's start."""
    before = words[k - 1] if k else None
    if words[k][2] == "LOC" and before and before[2] == "LOC" and before[1] == s == before[0] + 1:
        return s - 1
    return s


def _words_before_name(
    text: str, words: list[tuple[int, int, str]], k: int, s: int, e: int
) -> re.Match | None:
    """The bounding words or the lead LAC glued before the name ``words[k]`` spans (东界, 古称, 和); not one
    character right after a verb or a preposition, which starts the name (东起和平中路)."""
    bound = BOUNDED_BY.match(text, s, e - 2)
    if bound:
        return bound
    lead = LEAD_ANYWHERE.match(text, s, e - 2)
    if lead and lead.end() - s == 1 and k > 0 and words[k - 1][2] in NAME_AFTER_TAGS:
        return None
    return lead


SPLIT_FEATURE_WORDS = frozenset(ending for ending, kind in ENDINGS if kind not in ("region", "rail", "road"))
"""Feature words LAC may split from the name before them; not a region's (an area word after a name is often
a phrase) nor a line's (the line names of geo.line_names read those)."""


def _with_feature_word(text: str, words: list[tuple[int, int, str]], k: int, ms: list[Mention]) -> int:
    """Where LAC's place name ``words[k]`` ends with the feature word LAC read as a later word (a reservoir or
    a power station LAC splits from its name): the next word's end when it is that word; for a name standing
    alone, the end of the first of the next few nouns that ends in one (江北 + 动力 + 小镇); only when no
    mention reads the name. The name's own end otherwise."""
    s, e, _ = words[k]
    s = _past_unit(text, s, e, ms, "")
    if any(m.start < e and s < m.end and m.kind != "unresolved" for m in ms):
        return e  # a name read there; not one not taken as a place (古田 of 古田会议 + 会址)
    # 跨境电子商务综合试验区, 工业园区支线管道: a glued word or a class word reaches no further
    alone = (k == 0 or words[k - 1][2] in BOUNDS) and not text.endswith(MADE_ENDINGS, s, e)
    for a, b, tag in words[k + 1 : k + 1 + (JOINED_WORDS if alone else 1)]:  # LAC's words follow one another
        ending = text[a:b] if a == e else ending_of(text[s:b])[0]
        if ending in SPLIT_FEATURE_WORDS and b - len(ending) >= e:
            return b
        if tag not in JOINING_TAGS:
            return e
    return e


MADE_ENDINGS = tuple(ending for ending, kind in ENDINGS if kind not in ("water", "landform"))
"""Endings of a made place's name (a zone's, a site's): a name so ending reaches no further (a natural one
may: 梅山 + 海洋 + 金融 + 小镇)."""
JOINING_TAGS = words_of("lac_tags", "tag", role="joins_a_feature_word")
"""LAC tags of the words that may stand between a place name and the feature word LAC split from it
(data/lexicon/lac_tags.csv)."""
JOINED_WORDS = 3
"""How many words after LAC's place name may reach its feature word (洋浦 + 保税 + 港区)."""


def _past_unit(text: str, s: int, e: int, ms: list[Mention], kind: str) -> int:
    """Where LAC's name [s, e) starts once a province, city or county read at its start is left out, when
    two characters or more are left (辽宁 + 红沿河 of 辽宁红沿河核电站: geo.whereabouts puts them together
    again) and they keep the name's ``kind`` ('' for any); ``s`` otherwise."""
    unit = next((m for m in ms if m.start == s and m.kind in UNIT_KINDS and m.end <= e - 2), None)
    if unit is None or (kind and kind_of_name(text[unit.end : e]) != kind):
        return s
    return unit.end


UNIT_KINDS = ("province", "city", "county")


def _past_split_word(text: str, s: int, e: int) -> int:
    """Where LAC's name [s, e) starts once the word of rivers it cut in two is left out
    (data/lexicon/rule_words.csv, split_before_name); ``s`` if it cut none."""
    for w in SPLIT_BEFORE_NAME.finditer(text, max(0, s - 4), min(e, s + 4)):
        if w.start() < s < w.end() <= e - 2:
            return w.end()
    return s


def _kind_of(text: str, words: list[tuple[int, int, str]], k: int, e: int, ms: list[Mention]) -> str:
    """The kind LAC's name ``words[k]`` (ending at ``e`` with its feature word) is of, by its tag: a place
    name's, an organisation's read as a zone, or a person's or proper noun's read as a river or mountain."""
    s, _, tag = words[k]
    if tag == "LOC":
        return _lac_kind(text, s, e, ms)
    return _zone_kind(text, s, e) if tag in ZONE_TAGS else _natural_kind(text, words, k)


def _zone_kind(text: str, s: int, e: int) -> str:
    """Park for a name LAC tags as an organisation's that ends in a park's word (南繁科技城); '' otherwise,
    and for two names LAC read as one, joined by a conjunction (甲科技城和乙产业城)."""
    name = text[s:e]
    return "park" if e - s >= 4 and kind_of_name(name) == "park" and not CONJUNCTION.search(name) else ""


def _natural_kind(text: str, words: list[tuple[int, int, str]], k: int) -> str:
    """The kind of a word LAC tags as a person's or another proper name that is an unknown river, lake or
    landform: by its last word, when it has three characters or more, stands alone between
    words of :data:`BOUNDS` and is listed with no person's name."""
    s, e, tag = words[k]
    kind = kind_of_name(text[s:e]) if tag in MISTAKEN_TAGS and e - s >= 3 else ""
    alone = all(j < 0 or j >= len(words) or words[j][2] in BOUNDS for j in (k - 1, k + 1))
    # 王金山、刘玉河等同志: a list of people's names, not of rivers and mountains
    people = any(0 <= j < len(words) and words[j][2] == "PER" for j in (k - 2, k + 2))
    person = PERSON_AFTER.match(text, e) or PERSON_BEFORE.search(text, max(0, s - 4), s)
    return kind if kind in ("water", "landform") and alone and not people and not person else ""


PERSON_AFTER = re.compile(rule_pattern("person_after"))
PERSON_BEFORE = re.compile(f"(?:{rule_pattern('person_before')})$")
"""What a person does or is called right after or before a name LAC tags as a person's (data/lexicon/
rule_words.csv): then it is the person's, no river's or mountain's."""


SHORT_RIVER = re.compile(rule_pattern("short_river"))
RIVER_CONTEXT = re.compile(rule_pattern("short_river_context"))
NO_RIVER = re.compile(rule_pattern("short_river_not"))
CLAUSE_MARKS = marks("clause")
"""The marks that end a clause (，。；：: data/lexicon/list_marks.csv)."""
RIVER_WINDOW = 8
"""How many characters on each side of a short river's name, inside its clause, may show it is a river."""


def _lac_kind(text: str, s: int, e: int, ms: list[Mention]) -> str:
    """The kind of a name LAC tags: by its last word when it has three characters or more; a river when it
    has two, ends in a river's word, is no word, the gazetteer reads nothing there and words of rivers stand
    near it in its clause (data/lexicon/rule_words.csv, short_river)."""
    if e - s >= 3:
        name = text[s:e]
        # 沿黄各县景区: a count or a function word inside makes a phrase, no name
        if COUNT_IN_NAME.search(name) or PHRASE_IN_NAME.search(name):
            return ""
        kind = kind_of_name(name)
        return "" if kind == "water" and WATER_PHRASE.search(name) else kind
    if (
        not SHORT_RIVER.fullmatch(text, s, e)
        or NO_RIVER.fullmatch(text, s, e)
        or any(m.start < e and s < m.end for m in ms)
    ):
        return ""
    a, b = bounded(text, s, e, CLAUSE_MARKS)
    return "water" if RIVER_CONTEXT.search(text, max(a, s - RIVER_WINDOW), min(b, e + RIVER_WINDOW)) else ""


AREA_AFTER = re.compile(alternation("area_words"))
"""Words after a river or a mountain that make the region around it (data/lexicon/area_words.csv)."""
BOUNDED_BY = re.compile(rule_pattern("bounded_by"))
"""A direction and a verb of bounding that LAC glued before a name: data/lexicon/rule_words.csv."""
COUNTED_UNITS = re.compile(rule_pattern("counted_units"))
# A quantifier or the plan's own unit inside a name LAC reads (沿黄各县景区): rule_words.csv.
PHRASE_IN_NAME = re.compile(rule_pattern("phrase_in_lac_name"))
WATER_PHRASE = re.compile(rule_pattern("water_phrase_in_lac_name"))
"""What makes a water name LAC reads a phrase (联江通海, 千里西江, 河口湾): rule_words.csv."""
# What after a place's name makes a street LAC reads named after it (山东路): rule_words.csv.
STREET_TAIL = re.compile(rule_pattern("street_tail"))
SPLIT_BEFORE_NAME = re.compile(rule_pattern("split_before_name"))
QUARTER_ONLY = re.compile(
    f"(?:{alternation('directions')})+(?:{rule_pattern('quarter_part')})(?:{alternation('area_words')})"
)
"""A quarter, its word and an area word: where the text is, no name of its own (data/lexicon/directions.csv,
area_words.csv)."""


MISTAKEN_TAGS = words_of("lac_tags", "tag", role="mistakes_a_feature")
ZONE_TAGS = words_of("lac_tags", "tag", role="names_a_zone")
CONJUNCTION = re.compile(rule_pattern("conjunction_in_name"))
NAME_AFTER_TAGS = words_of("lac_tags", "tag", role="starts_a_name_after")
