"""Positional evaluation: how far our points lie from an independent reference, and whether the precision each
feature states covers that distance (calibration).

Run: python scripts/evaluate_positions.py [--gpkg FILE] [--write docs/positions.md]
         [--before OLD.gpkg --before-label TEXT]
(without --gpkg the corpus GeoPackage is built, or reused when up to date: ``layers.build.build()``).

Classes and their references (nothing here is read from our own layers' coordinates but the point under test):

- **airports** (``airports`` layer): the airportsdata airport with an IATA code lying (cnmaps polygon, WGS 84)
  in the unit the feature's name begins with (海拉尔东山机场 → 海拉尔区 → ZBLA); of several, the one nearest
  the unit's seat (通辽机场 → ZBTL, not 霍林郭勒's ZBHZ, both in 通辽市). A general-aviation (通用机场) or new
  (新机场) airport is another facility than the one a city has: no reference.
- **air ports of entry** (``ports`` layer, 航空口岸): the airport of the unit their name begins with, as
  above.
- **seats** (places of kind province, city, county): the GeoNames record of the unit's seat of government
  (``admin_units.csv`` seat_geonameid → ``geonames_cn.csv``); a unit GeoNames has no seat for has no
  reference.
- **towns** (places with a GeoNames id): that GeoNames record.
- **rivers (GSHHG)** (every place whose name holds the name of a river the ``rivers`` layer draws from GSHHG:
  黄河 — the river, its bend, basin, parks, zones, scenic road — and 无定河): that river's GSHHG line
  (``data/gshhg``); the error is the distance to the line.

A feature is *calibrated* when its error is within its stated ``precision_m``. Identity checks follow:
facilities listed more than once in the airports, ports and parks layers, and features below a province
standing on a province's point.
"""

from __future__ import annotations

import argparse
import csv
import re
from functools import lru_cache
from pathlib import Path

import numpy as np
import shapely

from geo.crs import haversine_m
from geo.gazetteer import Gazetteer, load_gazetteer
from layers.positions import MAY_STAND_ON_PROVINCE, city_of, normal_name, province_points

ROOT = Path(__file__).resolve().parent.parent

NOT_THE_AIRPORT = re.compile(r"通用机场|新机场")
AIRPORT_WITHIN_M = 3000.0
"""Target: every airport that exists lies within 3 km of airportsdata's point."""


@lru_cache(maxsize=1)
def civil_airports() -> list[dict]:
    """Airports of airportsdata in China with an IATA code (civil airports)."""
    import airportsdata

    return [a for a in airportsdata.load("ICAO").values() if a["country"] == "CN" and a["iata"]]


def unit_named_first(name: str, near: tuple[float, float], g: Gazetteer):
    """The city or county whose written form begins ``name`` (longest first; the nearest of a shared name)."""
    for k in range(len(name), 1, -1):
        cands = [p for p in g.candidates(name[:k]) if p.kind in ("city", "county")]
        if cands:
            return min(cands, key=lambda p: float(haversine_m(p.lon, p.lat, *near)))
    return None


def airport_reference(name: str, lon: float, lat: float, g: Gazetteer) -> tuple[dict | None, str]:
    """The airportsdata airport a feature of this name stands for, and why (or why none)."""
    from shapely.geometry import Point

    from layers.admin import admin_polygon

    if NOT_THE_AIRPORT.search(name):
        return None, "general-aviation or new airport: not the city's airport"
    unit = unit_named_first(name, (lon, lat), g)
    if unit is None:
        return None, "no unit at the start of its name"
    poly = admin_polygon(unit.adcode)
    x0, y0, x1, y1 = poly.bounds
    inside = [
        a
        for a in civil_airports()
        if x0 <= a["lon"] <= x1 and y0 <= a["lat"] <= y1 and poly.contains(Point(a["lon"], a["lat"]))
    ]
    if not inside:
        return None, f"{unit.name_zh} holds no airport of airportsdata"
    if len(inside) == 1:
        return inside[0], f"{inside[0]['icao']}, the airport in {unit.name_zh}"
    # 通辽市: ZBTL, not 霍林郭勒's
    best = min(inside, key=lambda a: float(haversine_m(a["lon"], a["lat"], unit.lon, unit.lat)))
    return best, f"{best['icao']}, of the {len(inside)} airports in {unit.name_zh} the nearest its seat"


@lru_cache(maxsize=1)
def geonames_points() -> dict[str, tuple[float, float]]:
    with open(ROOT / "data" / "gazetteer" / "geonames_cn.csv", encoding="utf-8", newline="") as f:
        return {r["geonameid"]: (float(r["lon"]), float(r["lat"])) for r in csv.DictReader(f)}


@lru_cache(maxsize=1)
def seat_ids() -> dict[str, str]:
    """adcode → GeoNames id of the unit's seat (admin_units.csv)."""
    with open(ROOT / "data" / "gazetteer" / "admin_units.csv", encoding="utf-8", newline="") as f:
        return {r["adcode"]: r["seat_geonameid"] for r in csv.DictReader(f) if r["seat_geonameid"]}


def _row(
    cls: str,
    name: str,
    lon: float,
    lat: float,
    precision: float,
    ref: tuple[float, float] | None,
    why: str,
    ref_id: str = "",
    place_id: str = "",
) -> dict:
    err = float(haversine_m(lon, lat, *ref)) if ref else None
    return {
        "class": cls,
        "name_zh": name,
        "precision_m": precision,
        "error_m": err,
        "reference": why,
        "ref_id": ref_id,
        "place_id": place_id,
    }


def airport_rows(frames: dict, g: Gazetteer) -> list[dict]:
    rows = []
    ports = frames["ports"][frames["ports"]["port_type"] == "航空口岸"]
    for cls, df in (("airports", frames["airports"]), ("air ports of entry", ports)):
        for _, f in df.iterrows():
            ref, why = airport_reference(f["name_zh"], f.geometry.x, f.geometry.y, g)
            rows.append(
                _row(
                    cls,
                    f["name_zh"],
                    f.geometry.x,
                    f.geometry.y,
                    f["precision_m"],
                    (ref["lon"], ref["lat"]) if ref else None,
                    why,
                    ref["icao"] if ref else "",
                    f["place_id"],
                )
            )
    return rows


def seat_and_town_rows(frames: dict) -> list[dict]:
    rows, gn, seats = [], geonames_points(), seat_ids()
    for _, f in frames["places"].iterrows():
        if f["kind"] in ("province", "city", "county"):
            gid = seats.get(f["adcode"]) if f["place_id"] == f"adm:{f['adcode']}" else None
            rows.append(
                _row(
                    "seats",
                    f["name_zh"],
                    f.geometry.x,
                    f.geometry.y,
                    f["precision_m"],
                    gn.get(gid) if gid else None,
                    f"GeoNames {gid}" if gid else "GeoNames has no seat for it",
                )
            )
        elif f["place_id"].startswith("gn:") and f["place_id"][3:] in gn:
            rows.append(
                _row(
                    "towns",
                    f["name_zh"],
                    f.geometry.x,
                    f.geometry.y,
                    f["precision_m"],
                    gn[f["place_id"][3:]],
                    f"GeoNames {f['place_id'][3:]}",
                )
            )
    return rows


def river_rows(frames: dict) -> list[dict]:
    """Every place named after a river the ``rivers`` layer draws from GSHHG (黄河, 无定河), against that
    river's line."""
    rivers = frames["rivers"]
    rivers = rivers[rivers["geometry_method"].fillna("").str.startswith("gshhg")]
    places = frames["places"]
    rows = []
    for _, r in rivers.iterrows():
        xy = shapely.get_coordinates(r.geometry)
        for _, f in places[places["name_zh"].str.contains(r["name_zh"], regex=False)].iterrows():
            near = xy[int(np.argmin(haversine_m(xy[:, 0], xy[:, 1], f.geometry.x, f.geometry.y)))]
            rows.append(
                _row(
                    "rivers (GSHHG)",
                    f["name_zh"],
                    f.geometry.x,
                    f.geometry.y,
                    f["precision_m"],
                    (near[0], near[1]),
                    f"GSHHG line of {r['name_zh']} (nearest vertex)",
                )
            )
    return rows


def summary(rows: list[dict]) -> list[dict]:
    """Per class: features, with a reference, median and largest error, calibrated share, airports within 3
    km."""
    out = []
    for cls in dict.fromkeys(r["class"] for r in rows):
        mine = [r for r in rows if r["class"] == cls]
        ref = [r for r in mine if r["error_m"] is not None]
        errs = np.array([r["error_m"] for r in ref]) if ref else np.array([np.nan])
        ok = sum(1 for r in ref if r["error_m"] <= (r["precision_m"] or 0.0))
        out.append(
            {
                "class": cls,
                "features": len(mine),
                "with_reference": len(ref),
                "median_m": float(np.median(errs)),
                "max_m": float(np.max(errs)),
                "calibrated": ok,
                "calibration": ok / len(ref) if ref else float("nan"),
                "within_3km": sum(1 for r in ref if r["error_m"] <= AIRPORT_WITHIN_M),
            }
        )
    return out


def duplicates(frames: dict, g: Gazetteer, rows: list[dict]) -> dict[str, list[str]]:
    """Facilities listed more than once in a layer: an airport or air port of entry by the airportsdata
    airport its evaluation row refers to (whatever our own icao column says), else by normalised name and
    city."""
    ref = {(r["class"] == "airports", r["place_id"]): r["ref_id"] for r in rows if r["ref_id"]}
    out = {}
    for layer in ("airports", "ports", "parks"):
        seen: dict[tuple, list[str]] = {}
        for _, f in frames[layer].iterrows():
            icao = ref.get((layer == "airports", f["place_id"]), "")
            key = ("icao", icao) if icao else (normal_name(f["name_zh"]), city_of(f["adcode"] or "", g))
            seen.setdefault(key, []).append(f["place_id"])
        out[layer] = [" = ".join(ids) for ids in seen.values() if len(ids) > 1]
    return out


def on_province_points(frames: dict, g: Gazetteer) -> list[str]:
    """Places and mentions of a kind below a province that stand on a province's point."""
    pts = province_points(g)
    places = [
        f"{f['name_zh']} ({f['kind']}, on {pts[(round(f.geometry.x, 6), round(f.geometry.y, 6))]})"
        for _, f in frames["places"].iterrows()
        if f["kind"] not in MAY_STAND_ON_PROVINCE and (round(f.geometry.x, 6), round(f.geometry.y, 6)) in pts
    ]
    ms = frames["mentions"]
    ms = ms[ms["lon"].notna() & ~ms["kind"].isin(MAY_STAND_ON_PROVINCE)]
    mentions = [
        f"{n} ({k}, mention, on {pts[(round(x, 6), round(y, 6))]})"
        for n, k, x, y in zip(ms["name_zh"], ms["kind"], ms["lon"], ms["lat"])
        if (round(x, 6), round(y, 6)) in pts
    ]
    return places + mentions


def evaluate(frames: dict, g: Gazetteer) -> dict:
    rows = airport_rows(frames, g) + seat_and_town_rows(frames) + river_rows(frames)
    return {
        "rows": rows,
        "summary": summary(rows),
        "duplicates": duplicates(frames, g, rows),
        "on_province": on_province_points(frames, g),
    }


def _km(m: float | None) -> str:
    return "—" if m is None or m != m else f"{m / 1000:,.1f} km" if m >= 1000 else f"{m:,.0f} m"


def summary_table(result: dict) -> list[str]:
    lines = [
        "| class | features | with a reference | median error | largest error | within stated precision |"
        " airports within 3 km |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for s in result["summary"]:
        share = (
            f"{s['calibrated']} / {s['with_reference']} ({s['calibration']:.0%})"
            if s["with_reference"]
            else "—"
        )
        air = f"{s['within_3km']} / {s['with_reference']}" if "air" in s["class"] else ""
        lines.append(
            f"| {s['class']} | {s['features']} | {s['with_reference']} | {_km(s['median_m'])} "
            f"| {_km(s['max_m'])} | {share} | {air} |"
        )
    dup = sum(len(v) for v in result["duplicates"].values())
    lines += [
        "",
        f"Facilities listed more than once: **{dup}**; features below a province on a province's point: "
        f"**{len(result['on_province'])}**.",
    ]
    return lines


def markdown(result: dict, source: str, before: tuple[dict, str] | None = None) -> str:
    """docs/positions.md: the table per class, every airport and air port, the identity checks (and, with
    ``before``, the same table for an older build)."""
    lines = [
        "# Positions: how far our points lie from independent references",
        "",
        f"Generated by `python scripts/evaluate_positions.py --write docs/positions.md` on {source}. "
        "References and rules in the script's docstring; how positions are settled in `layers/positions.py`.",
        "",
        *summary_table(result),
    ]
    if before:
        lines += ["", f"### Before: {before[1]}", "", *summary_table(before[0])]
    lines += [
        "",
        "Reading the table:",
        "",
        "- **Airports** and **air ports of entry** are the real test: the reference is found from the name "
        "and the cnmaps polygons alone, not from the gazetteer's forms or ICAO anchors that placed the "
        "feature.",
        "- **Seats** and **towns** agree by construction (the gazetteer takes their points from those "
        "GeoNames records); the rows guard that the layers carry them. Units GeoNames has no seat for stand "
        "at a point of their polygon with half the side of their area as precision, and have no reference "
        "here.",
        "- **rivers (GSHHG)**: the Yellow River, its bend and what is located at them stand on the GSHHG "
        "line by construction; the others named after a river (a wetland park, riverside zones, the basin, "
        "无定河 as the union of the counties it crosses) are placed by their own anchors. What is tested is "
        "that the precision each states covers the distance to the river. The Yellow River's own precision "
        "is an upper bound, from the provinces of 黄河流域, since the data holds only 104–114°E. A river "
        "named as a basin (黄河、松花江、辽河、海河等重点流域) whose basin the gazetteer lacks has no point.",
        "- Ports, parks and zones located at a unit (or anchored on one with nothing more exact) have no "
        "independent position anywhere offline; they state the unit's reach (the farthest point of its "
        "cnmaps polygon from the point) as precision, and the maps draw them as a dashed circle of that "
        "radius.",
    ]
    lines += [
        "",
        "## Airports and air ports of entry",
        "",
        "| class | name | reference | error | stated precision |",
        "|---|---|---|---:|---:|",
    ]
    for r in result["rows"]:
        if "air" in r["class"]:
            lines.append(
                f"| {r['class']} | {r['name_zh']} | {r['reference']} | {_km(r['error_m'])} "
                f"| {_km(r['precision_m'])} |"
            )
    lines += [
        "",
        "## Rivers (GSHHG)",
        "",
        "| name | reference | distance to the line | stated precision |",
        "|---|---|---:|---:|",
    ]
    lines += [
        f"| {r['name_zh']} | {r['reference']} | {_km(r['error_m'])} | {_km(r['precision_m'])} |"
        for r in result["rows"]
        if r["class"] == "rivers (GSHHG)"
    ]
    dup = result["duplicates"]
    lines += ["", "## Identity", "", "| check | count | which |", "|---|---:|---|"]
    lines += [
        f"| facilities listed more than once in `{k}` | {len(v)} | {'; '.join(v)} |" for k, v in dup.items()
    ]
    lines.append(
        f"| features below a province on a province's point | {len(result['on_province'])} | "
        f"{'; '.join(result['on_province'])} |"
    )
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gpkg", type=Path, help="a built GeoPackage (default: build or reuse the corpus one)")
    ap.add_argument("--write", type=Path, help="write the Markdown report here (e.g. docs/positions.md)")
    ap.add_argument("--before", type=Path, help="an older build to compare with (its summary table is added)")
    ap.add_argument(
        "--before-label", default="an older build", help="how to name it (e.g. the commit it was built at)"
    )
    args = ap.parse_args()
    from layers.build import build
    from layers.store import read_layers

    g = load_gazetteer()
    path = args.gpkg or build()[0]
    result = evaluate(read_layers(path), g)
    before = (evaluate(read_layers(args.before), g), args.before_label) if args.before else None
    text = markdown(result, "the corpus GeoPackage" if not args.gpkg else f"`{args.gpkg.name}`", before)
    if args.write:
        args.write.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
