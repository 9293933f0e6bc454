"""Resolution: the one place each written form stands for in a document, chosen by the document's own region.

Candidates come from the gazetteer; :func:`resolve` keeps those that may be a place in this document at
all (:func:`_acceptable`) and ranks them by the gazetteer's own score plus the provinces, cities and centre
of the document's unambiguous names (:func:`_region_prior`).
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

from geo.crs import haversine_m
from geo.gazetteer import (
    ABROAD_LEVEL,
    TOWN_IN_FULL,
    TOWNSHIP_SUFFIX,
    Gazetteer,
    Place,
    city_like_kind,
    short_name,
)
from geo.lexicon import one, rule_pattern, table, words


def _region_prior(places: list[Place]) -> tuple[Counter, Counter, tuple[float, float] | None]:
    prov = Counter(p.province_adcode for p in places)
    # 重庆 a city too
    city = Counter(p.city_adcode or p.adcode for p in places if p.city_adcode or city_like_kind(p) == "city")
    if not places:
        return prov, city, None
    lons, lats = sorted(p.lon for p in places), sorted(p.lat for p in places)
    return prov, city, (lons[len(lons) // 2], lats[len(lats) // 2])


def _score(
    p: Place, name: str, prov: Counter, city: Counter, far: dict[str, float] | None, g: Gazetteer
) -> float:
    """The gazetteer's own score plus the document's region: its provinces, cities and centre (``far``: each
    candidate's distance from it, see :func:`_distances`)."""
    s = g.base_score(p, name)
    if far is not None:  # as Gazetteer.base_score(near=centre) would subtract it
        s -= min(far[p.place_id] / 300_000, 4.0)
    s += 3.0 * min(prov[p.province_adcode], 5) / 5 + 2.0 * min(city[p.city_adcode], 5) / 5
    return round(s, 3)


FEATURE_FIRST = frozenset(words("feature_first", "name"))
"""Short forms of units that name a natural feature first (大兴安岭: the range; its prefecture is written
大兴安岭地区): data/lexicon/feature_first.csv."""


def _feature_first(name: str, cands: list[Place]) -> list[Place]:
    """The candidates of a written form, without the units it is the short form of when it names a natural
    feature first (:data:`FEATURE_FIRST`) and the gazetteer holds that feature."""
    if name not in FEATURE_FIRST or not any(p.kind in ("landform", "water") for p in cands):
        return cands
    return [p for p in cands if p.kind not in ("city", "county")]


FULL_TOWN_ANYWHERE = 4
"""From this length a town written in full (with its township word) that no other place shares its name
with is taken wherever it lies; shorter ones, too often a phrase, only in the region the document names."""
FOREIGN_CITY_POPULATION = 500_000
"""A two-character city abroad that no place in China shares its name with
(曼谷, 万象) is taken from this size on."""


def _acceptable(
    p: Place,
    name: str,
    prov: Counter,
    city: Counter,
    anchors: list[Place],
    g: Gazetteer,
    countries: set[str] = frozenset(),
    under: frozenset[str] = frozenset(),
) -> bool:
    """Whether a candidate may stand for ``name`` in this document at all.

    Full official names, curated forms, cities and provinces always may, and so may counties' short
    forms of three or more characters (``满洲里``, ``曹妃甸``) and cities abroad (``乌兰巴托``). A town's
    proper name of three or more characters without 镇/乡/苏木 (``伊尔施``) may lie anywhere in a
    province the document names. A two-character short form of a county (``林西``, ``河曲``) or any other
    town must lie in a city the document names, or in a province it names and within 120 km of a place
    it names unambiguously: ``资源``, ``合作`` or ``公安`` elsewhere in China are words, not places, and
    ``向城镇`` (向城镇转移) is a phrase. Any of them may also be written right after its province or city
    (``江苏吴江``, ``上海青浦``): ``under`` holds the adcodes of the units written right before the name.
    """
    if (
        (name == p.name_zh and p.level <= 3)
        or g.exact.get(name) == p.place_id
        or p.level in (1, 2)
        or p.kind == "country"  # 黑山 beside no other country is no country: geo.matching
    ):
        return True
    if p.level == ABROAD_LEVEL:  # 米兰 in a plan about 若羌 is the town, Milan only beside 意大利
        return (
            len(name) >= 3
            or p.subkind in countries
            or (
                p.population >= FOREIGN_CITY_POPULATION
                and all(c.level == ABROAD_LEVEL for c in g.candidates(name))
                and name not in g.waypoint_names
            )
        )
    if p.kind == "county" and len(name) >= 3:
        return True
    if (
        p.kind == "town"
        and len(name) >= FULL_TOWN_ANYWHERE
        and _town_written_in_full(name, g.candidates(name)) == p
    ):
        return True  # a town of four characters or more written in full, the only place of its name
    if (
        p.kind == "town"
        and len(name) >= 3
        and not TOWNSHIP_SUFFIX.search(name)
        and prov[p.province_adcode] > 0
    ):
        return True
    if city[p.city_adcode] > 0 or p.province_adcode in under or p.city_adcode in under:
        return True
    if prov[p.province_adcode] == 0 or not anchors:
        return False
    d = haversine_m(p.lon, p.lat, [a.lon for a in anchors], [a.lat for a in anchors])
    return float(d.min()) < 120_000


def _distances(places: list[Place], centre: tuple[float, float] | None) -> dict[str, float] | None:
    """Each place's distance from the document's centre in metres, all in one call (the same figures as one
    call a place); None without a centre."""
    if centre is None:
        return None
    lons = np.array([p.lon for p in places], dtype=float)
    lats = np.array([p.lat for p in places], dtype=float)
    return dict(zip([p.place_id for p in places], map(float, haversine_m(lons, lats, centre[0], centre[1]))))


COMPACT_REGION_M = 250_000
"""A region named unambiguously whose members all lie in one province and which reaches no farther than
this (郑州都市圈, 关中) says where the document is, as a city would."""


def _compact_regions(names: list[str], g: Gazetteer) -> list[Place]:
    out = []
    for n in set(names):
        c = g.candidates(n)
        if (
            len(c) == 1
            and c[0].kind == "region"
            and c[0].members
            and len({m[:2] for m in c[0].members}) == 1
            and c[0].precision_m <= COMPACT_REGION_M
        ):
            out.append(c[0])
    return out


def written_under(raw: list[tuple[int, int, str, str]], g: Gazetteer) -> dict[str, frozenset[str]]:
    """For each written form, the provinces and prefectures whose name is written right before it somewhere in
    the text (``江苏吴江``): a unit written after its parent is that parent's."""
    out: dict[str, set[str]] = {}
    for a, b in zip(raw, raw[1:]):
        if a[1] == b[0]:
            out.setdefault(b[3], set()).update(p.adcode for p in g.candidates(a[3]) if p.level in (1, 2))
    return {k: frozenset(v) for k, v in out.items()}


WORD_TOWNS = re.compile(rule_pattern("town_word_ending"))


def _town_written_in_full(n: str, ps: list[Place]) -> Place | None:
    """The town ``n`` names when it is written in full with 镇/乡 and no other place has that name; None for a
    word that ends so (小城镇, 乡镇: data/lexicon/rule_words.csv)."""
    bare = TOWN_IN_FULL.sub("", n)
    # GeoNames' 刘家沟 of 刘家沟镇, 南王镇 of 南王街道 (a town turned sub-district)
    towns = [p for p in ps if p.kind == "town" and TOWN_IN_FULL.sub("", p.name_zh) == bare]
    if len(towns) != 1 or len(ps) != 1 or bare == n or WORD_TOWNS.search(n):
        return None
    return towns[0]


def _one_unit(ps: list[Place]) -> list[Place]:
    """The one unit a form's candidates hold, or none."""
    units = [p for p in ps if p.level <= 3]
    return units if len(units) == 1 else []


def resolve(
    names: list[str], g: Gazetteer, under: dict[str, frozenset[str]] | None = None
) -> dict[str, tuple[Place | None, float, str]]:
    """Best place for each written form, with its score and the runner-up's id (None: not a place here);
    ``under``: see :func:`written_under`."""

    candidates = {n: _feature_first(n, g.candidates(n)) for n in set(names)}  # each form looked up once

    def trusted(n: str) -> Place | None:
        """The one place a form names, if that form is unambiguous and not a two-character short form."""
        c = (
            [p for p in candidates[n] if p.level <= 3]
            if all(p.kind != "country" for p in candidates[n])
            else []
        )
        if len(c) == 1 and (n == c[0].name_zh or n in g.exact or c[0].level <= 2 or len(n) >= 3):
            return c[0]  # one unit only (日喀则 the city, whatever GeoNames towns share its name)
        provinces = [p for p in c if p.level == 1 and n == short_name(p.name_zh)]
        return provinces[0] if len(provinces) == 1 else None  # 海南 the province, before 海南州 (written so)

    unique = [p for p in map(trusted, candidates) if p] + _compact_regions(names, g)
    prov, city, centre = _region_prior(unique)
    # 南伞镇是镇康新县城: a town written in full, the only one of its name, says where the text is for the
    # units it names (a town is not accepted on its own word: 小城镇 is a word)
    towns = [p for n in candidates if (p := _town_written_in_full(n, candidates[n]))]
    prov_t, city_t, _ = _region_prior(unique + towns) if towns else (prov, city, centre)
    countries = {p.subkind for ps in candidates.values() for p in ps if p.kind == "country"}
    # 新会 (one unit's name, short as it is) weighs between 开平's two units, but accepts none
    prov_w, city_w, _ = _region_prior(unique + [c[0] for c in map(_one_unit, candidates.values()) if c])
    far = _distances([p for ps in candidates.values() for p in ps], centre)
    out: dict[str, tuple[Place | None, float, str]] = {}
    for n, ps in candidates.items():
        cands = [
            p
            for p in ps
            if _acceptable(
                p,
                n,
                *((prov, city) if p.kind == "town" else (prov_t, city_t)),
                unique,
                g,
                countries,
                (under or {}).get(n, frozenset()),
            )
        ]
        if any(p.level <= 3 for p in cands):
            cands = [p for p in cands if p.level <= 3 or p.kind != "town"]
        weak = all(p.level <= 3 for p in cands or ps)  # units alone: no river or sea named like them
        pw, cw = (prov_w, city_w) if weak else (prov, city)
        score = {p.place_id: _score(p, n, pw, cw, far, g) for p in cands or ps}  # each scored once
        # 天津市 written in full is the municipality, not its level-2 unit of the same name
        cands.sort(key=lambda p: (not (p.level == 1 and p.name_zh == n), -score[p.place_id], p.place_id))
        if not cands:  # every candidate is far from the plan's region: keep the best one as the reason
            rejected = sorted(ps, key=lambda p: (-score[p.place_id], p.place_id))
            out[n] = (None, 0.0, rejected[0].place_id if rejected else "")
            continue
        best = cands[0]
        out[n] = (best, score[best.place_id], cands[1].place_id if len(cands) > 1 else "")
    return out


STATION_UNITS = [r["word"] for r in table("station_words") if r["role"] == "unit"]
"""What a station's sub-name may be the short form of, inside the city it is named after (北京丰台站 in
丰台区, 深圳西丽站 in 西丽街道), in this order: data/lexicon/station_words.csv."""
STATION_WORDS = words("station_words", role="station_word")


def station_unit(g: Gazetteer, city: Place, suffix: str) -> tuple[Place, float] | None:
    """The district, county or town of ``city`` that a station's sub-name is the short form of, with its
    spread; ``suffix``: the sub-name and the station word (丰台站)."""
    sub = suffix[:-1]
    for w in STATION_WORDS:
        sub = sub.removesuffix(w)
    if len(sub) < 2:
        return None
    inside = [
        p
        for w in STATION_UNITS
        for p in g.candidates(sub + w)
        if p.level in (3, 4) and city.adcode in (p.city_adcode, p.province_adcode)
    ]
    return (inside[0], max(inside[0].spread_m, 2000.0)) if inside else None


AIRPORT_WORD = one("feature_words", "subkind", kind="airport")
# The class and airport words after a city that name its airport (枢纽机场; not 新机场): rule_words.csv.
AIRPORT_OF_CITY = re.compile(rule_pattern("airport_of_city"))


def city_airport(g: Gazetteer, name: str) -> tuple[Place, float] | None:
    """The one airport the gazetteer knows as ``name`` and the airport word (长沙机场 for 长沙枢纽机场,
    张家界旅游干线机场), with its precision: where a city's airport written with a class word lies."""
    found = [p for p in g.candidates(name + AIRPORT_WORD) if p.kind == "airport"]
    return (found[0], found[0].precision_m) if len(found) == 1 else None
