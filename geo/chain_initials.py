"""The places a chain of initials stands for (兰白: 兰州, 白银; 万开云: 万州区, 开州区, 云阳县): cities, or
county-level units when they lie much closer together, nearest each other. Pure functions over the
gazetteer, each worked out once a token."""

from __future__ import annotations

from geo.crs import diameter_m, haversine_m
from geo.features import COUNT
from geo.gazetteer import MUNICIPALITIES, Gazetteer, Place
from geo.lexicon import in_order, one, table
from geo.raw_matching import PROVINCE_INITIALS

SPAN_KM = 600
"""The farthest two cities of one chain may lie apart (哈尔滨–…–牡丹江 and 齐齐哈尔: about 560 km)."""
UNIT_SPAN_KM = 250
"""The farthest two units of a chain of three or four county initials may lie apart (万开云: 万州, 开州 and
云阳 lie within 70 km; 瑞兴于, 黎从榕 within 100 km; 张吉怀 with 吉首 about 220 km). Such a chain is read
only when it is at least ``CLOSER`` times tighter than the nearest chain of cities the same characters
spell."""
CLOSER = 2
PAIR_SPAN_KM = 400
"""The farthest the two cities of a chain of two initials may lie apart (Shenyang and Dalian about 350 km,
Jinan and Qingdao about 300 km): two characters spelling far cities are rather a word (Daye and Huzhou,
600 km apart, spell the word for a big lake)."""
LINE_SPAN_KM = 3000
"""The farthest the two ends of a line named by their initials may lie apart in a list of lines (Shantou to
Kunming about 1,400 km, Beijing to Urumqi about 2,500 km)."""
COUNTY_LEVEL_CITY = one("unit_words", role="county_level_city")
UNIT_WORD_CHARS = {w for w in in_order("unit_words", role="admin_suffix") if len(w) == 1}
"""Unit words of one character (市, 县, 区): a unit whose name starts with one (市中区) gives no chain an
initial."""
DIRECTIONS = set(one("character_sets", "chars", role="chain_direction"))
"""Direction characters: no chain of initials is made of them (data/lexicon/character_sets.csv)."""
NOT_OPENING = set(one("character_sets", "chars", role="chain_opening_not"))
"""Characters that before a city's initial make a word (round, along, near): no chain opens with one
(data/lexicon/character_sets.csv)."""


def _initials(g: Gazetteer) -> dict[str, tuple[Place, ...]]:
    """Cities by the character a chain writes for them: prefecture-level cities, county-level cities (图们),
    municipalities by their first character, and the abbreviations of data/lexicon/city_abbreviations.csv."""
    out: dict[str, list[Place]] = {}
    for p in g.places.values():
        if p.place_id.startswith("adm:") and (
            city_level(p) or (p.level == 1 and p.adcode[:2] in MUNICIPALITIES)
        ):
            if p.place_id not in {q.place_id for q in out.get(p.name_zh[0], [])}:
                out.setdefault(p.name_zh[0], []).append(p)
    for r in table("city_abbreviations"):
        out.setdefault(r["char"], []).insert(0, g.by_adcode(r["adcode"]))
    return {c: tuple(ps) for c, ps in out.items()}


def city_level(p: Place) -> bool:
    """A prefecture-level unit, a county-level city (图们) or a forest district (神农架林区)."""
    return p.level == 2 or (p.level == 3 and (p.name_zh.endswith(COUNTY_LEVEL_CITY) or p.adcode[2:4] == "90"))


def chain_of(token: str, g: Gazetteer) -> tuple[Place, ...] | None:
    """The nearest-together cities whose characters spell ``token``,
    or None (worked out once a token and gazetteer)."""
    known = g.derived("initial_chains", lambda g: {})
    if token not in known:
        known[token] = _nearest_chain(token, g)
    return known[token]


# The most initials a corridor between far cities is named by (徐阜武); a longer run of characters is rather
# a phrase (南北水运大通道).
CORRIDOR_INITIALS = 3


def corridor_of(token: str, g: Gazetteer) -> tuple[Place, ...] | None:
    """The prefecture-level cities or municipalities a corridor named by their initials joins (徐阜武: 徐州,
    阜阳, 武汉), up to :data:`LINE_SPAN_KM` apart, read over a closer chain of counties (徐水, 阜城, 武强);
    none if a character is no such city's (高铁新通道: 铁 is 铁岭's, 高 only 高碑店's)."""
    if len(token) > CORRIDOR_INITIALS or token[-1] in DIRECTIONS or COUNT.search(token):
        return None
    cities = _city_chain(token, g, LINE_SPAN_KM)
    return cities if cities and all(p.level <= 2 for p in cities) else None


def _nearest_chain(token: str, g: Gazetteer) -> tuple[Place, ...] | None:
    """The nearest-together cities whose characters spell ``token``, or, for three characters or more, the
    county-level units when they lie much closer together (万开云: 万州区, 开州区, 云阳县); None if
    neither."""
    if set(token) <= DIRECTIONS or token[-1] in DIRECTIONS or token[0] in NOT_OPENING or COUNT.search(token):
        return None
    cities = _city_chain(token, g, PAIR_SPAN_KM if len(token) == 2 else SPAN_KM)
    units = unit_chain(token, g) if len(token) >= 3 else None
    if units and (cities is None or diameter_m(units) * CLOSER < diameter_m(cities)):
        return units
    return cities


def spells_cities(token: str, g: Gazetteer, span_km: int = SPAN_KM) -> bool:
    """Whether the characters of ``token`` are the initials of cities within ``span_km`` of each other
    (宁滁蚌亳)."""
    return (
        set(token) <= g.derived("city_initials", _initials).keys()
        and _city_chain(token, g, span_km) is not None
    )


def initials_only(token: str, g: Gazetteer) -> bool:
    """Whether every character of ``token`` is a city's initial or a province's one-character abbreviation,
    however far apart (京沈, 焦柳), and not all of them directions (东西)."""
    known = g.derived("city_initials", _initials).keys() | PROVINCE_INITIALS
    return not set(token) <= DIRECTIONS and set(token) <= known


def spells_units(token: str, g: Gazetteer) -> bool:
    """Whether the characters of ``token`` are the initials of nearby cities or counties (集桓: 集安, 桓仁),
    not of directions only (东西)."""
    return not set(token) <= DIRECTIONS and unit_chain(token, g) is not None


def _city_chain(token: str, g: Gazetteer, span_km: int = SPAN_KM) -> tuple[Place, ...] | None:
    """The cities whose characters spell ``token`` within ``span_km`` of each other, prefecture cities
    first, then the closest; or None."""
    initials = g.derived("city_initials", _initials)
    chains = _within(token, {c: initials[c][:12] for c in set(token) if c in initials}, span_km * 1000)
    return min(chains, key=lambda ps: (sum(p.level for p in ps), diameter_m(ps))) if chains else None


def _unit_initials(g: Gazetteer) -> dict[str, tuple[Place, ...]]:
    """Every prefecture- and county-level unit by its first character (阳泉市, 盂县, 平定县 for 阳盂平)."""
    out: dict[str, list[Place]] = {}
    for p in g.places.values():
        if p.place_id.startswith("adm:") and p.level in (2, 3) and p.lon is not None:
            if p.name_zh[0] not in UNIT_WORD_CHARS:  # 市中区, 市南区: 市 is no initial
                out.setdefault(p.name_zh[0], []).append(p)
    return {c: tuple(ps) for c, ps in out.items()}


def unit_chain(token: str, g: Gazetteer) -> tuple[Place, ...] | None:
    """The tightest units whose first characters spell ``token``, all within ``UNIT_SPAN_KM``, or None."""
    chains = _within(token, g.derived("unit_initials", _unit_initials), UNIT_SPAN_KM * 1000)
    return min(chains, key=diameter_m) if chains else None


def _within(token: str, initials: dict[str, tuple[Place, ...]], span_m: float) -> list[tuple[Place, ...]]:
    """Every choice of distinct places, one a character of ``token``, that lie within ``span_m`` of each
    other: a search that drops a place as soon as it lies too far from one chosen before it
    (武鄂黄黄: 黄石 and 黄冈, never one city twice)."""
    chains: list[tuple[Place, ...]] = [()]
    for c in token:
        chains = [
            ch + (p,)
            for ch in chains
            for p in initials.get(c, ())
            if p not in ch and all(haversine_m(p.lon, p.lat, q.lon, q.lat) <= span_m for q in ch)
        ]
    return chains
