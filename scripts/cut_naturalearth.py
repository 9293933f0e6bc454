"""Cut the Natural Earth 10m physical features that China and its neighbours need into data/naturalearth/.

Natural Earth is public domain. Two public repackagings of it are read, each as a bare git directory (the
search tool's ``fetch`` brings them; the full ``nvkelso/natural-earth-vector`` is too large to bring here):

* geometry: ``martynafford/natural-earth-geojson`` at ``GEOMETRY_COMMIT``, Natural Earth **4.0.0** as GeoJSON
  (rivers and lakes centrelines, lakes and geography regions in .7z archives, marine areas and elevation
  points as plain GeoJSON);
* names: ``Raysphere24/NaturalEarthCsvTsv`` at ``NAMES_COMMIT``, the attribute tables (.dbf) of Natural Earth
  **5.0** as CSV, which carry ``name_zh``, ``name_zht``, ``wikidataid`` and ``ne_id`` (4.0.0 has none of
  them).

A feature's names are joined to its geometry by class, English name and the fields of ``LAYERS`` that tell
homonyms apart (case and spaces ignored); a key whose 5.0 rows disagree on the Chinese name is left out, and
the parts of one key (a river's segments) are one feature. Only features with a Chinese name that lie
in ``BBOX`` (China and its neighbours) are kept; Traditional forms are converted to Simplified (OpenCC t2s).
Lines are simplified to ``LINE_TOLERANCE``, polygons to ``POLY_TOLERANCE`` degrees (topology kept), and
clipped to ``BBOX`` (the Pacific Ocean keeps only its western part).

Run: python scripts/cut_naturalearth.py [--geometry GITDIR] [--names GITDIR]
Needs ``py7zr`` (PyPI) or a ``7z`` command (Debian ``7zip``) for the .7z archives. The output is committed, so
a fresh clone needs neither repository; ``--check`` compares a new cut with the committed one.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import shapely
from shapely.geometry import box, mapping, shape
from shapely.ops import linemerge, unary_union

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "naturalearth"
MIRRORS = Path("/work/.mirror")
GEOMETRY_REPO, GEOMETRY_COMMIT = (
    "martynafford/natural-earth-geojson",
    "0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e",
)
NAMES_REPO, NAMES_COMMIT = "Raysphere24/NaturalEarthCsvTsv", "7cc9ef2bd1e761f382238908066713be36dc30f0"
GEOMETRY_VERSION, NAMES_VERSION = "4.0.0", "5.0"
BBOX = (60.0, 0.0, 150.0, 56.0)
"""lon/lat box of China (73–135°E, 18–54°N) and its neighbours: Central Asia to the Caspian's east shore,
Mongolia, the Russian Far East's south, Korea, Japan, South and Southeast Asia, the South China Sea."""
LINE_TOLERANCE, POLY_TOLERANCE = 0.005, 0.01
LAYERS = {
    # output name: (source file in 10m/physical, names table, geometry kind, join fields besides class and
    # name)
    "rivers": ("ne_10m_rivers_lake_centerlines.7z", "ne_10m_rivers_lake_centerlines", "line", ("rivernum",)),
    "lakes": ("ne_10m_lakes.7z", "ne_10m_lakes", "polygon", ()),
    "regions": (
        "ne_10m_geography_regions_polys.7z",
        "ne_10m_geography_regions_polys",
        "polygon",
        ("region", "subregion"),
    ),
    "marine": ("ne_10m_geography_marine_polys.json", "ne_10m_geography_marine_polys", "polygon", ()),
    "elevation_points": (
        "ne_10m_geography_regions_elevation_points.json",
        "ne_10m_geography_regions_elevation_points",
        "point",
        ("lat_y", "long_x"),
    ),
}
"""The join fields tell homonyms apart: Min Jiang is both 闽江 and 岷江, Han is 汉江 and the Korean 한강; a
river's ``rivernum`` and a region's continent and subregion are stable between 4.0.0 and 5.0."""


def git_show(git_dir: Path, commit: str, path: str) -> bytes:
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", "show", f"{commit}:{path}"], check=True, capture_output=True
    ).stdout


def unpack_7z(data: bytes) -> bytes:
    """The one file inside a .7z archive: with py7zr when installed, else with a 7z command."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "a.7z"
        archive.write_bytes(data)
        try:
            import py7zr

            with py7zr.SevenZipFile(archive) as z:
                z.extractall(Path(tmp) / "x")
        except ImportError:
            exe = shutil.which("7z") or shutil.which("7zz") or shutil.which("7za")
            if exe is None:
                sys.exit(
                    "cut_naturalearth: needs py7zr (pip install py7zr) or a 7z command (apt-get install 7zip)"
                )
            subprocess.run([exe, "x", "-y", f"-o{tmp}/x", str(archive)], check=True, capture_output=True)
        (inner,) = [p for p in (Path(tmp) / "x").rglob("*") if p.is_file()]
        return inner.read_bytes()


def geometry_features(git_dir: Path, source: str) -> list[dict]:
    raw = git_show(git_dir, GEOMETRY_COMMIT, f"10m/physical/{source}")
    return json.loads(unpack_7z(raw) if source.endswith(".7z") else raw)["features"]


def name_rows(git_dir: Path, table: str) -> list[dict]:
    text = git_show(git_dir, NAMES_COMMIT, f"csv_with_names/10m_physical/{table}.csv").decode("utf-8")
    return [{k.lower(): v for k, v in r.items()} for r in csv.DictReader(io.StringIO(text))]


def _field(value) -> str:
    """A join field in one form for both versions: numbers to two decimals (4.0.0 has 123, 5.0 '123.000')."""
    try:
        return f"{float(value):.2f}"
    except (TypeError, ValueError):
        return " ".join(str(value or "").lower().split())


def key(p: dict, fields: tuple[str, ...]) -> tuple[str, ...]:
    """Class, English name and the layer's join fields, in one form for both versions."""
    return tuple(_field(p.get(f)) for f in ("featurecla", "name", *fields))


def simplified(text: str) -> str:
    import opencc

    return opencc.OpenCC("t2s").convert(text)


def names_by_key(rows: list[dict], fields: tuple[str, ...]) -> dict[tuple[str, ...], dict]:
    """Per join key: the Chinese name and the Wikidata and Natural Earth ids. A key whose rows disagree on the
    Chinese name is two features the join cannot tell apart, and is left out."""
    grouped: dict[tuple[str, ...], list[dict]] = defaultdict(list)
    for r in rows:
        grouped[key(r, fields)].append(r)
    out = {}
    for k, rs in grouped.items():
        zh = Counter(simplified(r.get("name_zh") or r.get("name_zht") or "") for r in rs)
        zh.pop("", None)
        if len(zh) == 1:
            ne_ids = sorted(r["ne_id"] for r in rs if r.get("ne_id"))
            out[k] = {
                "name_zh": next(iter(zh)),
                "name_zht": next((r["name_zht"] for r in rs if r.get("name_zht")), ""),
                "wikidataid": next((r["wikidataid"] for r in rs if r.get("wikidataid")), ""),
                "ne_id": ne_ids[0] if ne_ids else "",
            }
    return out


def polygonal(g):
    """The polygons of a geometry (a repaired polygon may come back with stray lines)."""
    parts = [x for x in getattr(g, "geoms", [g]) if x.geom_type in ("Polygon", "MultiPolygon")]
    return unary_union(parts) if parts else g


def merged(geoms: list, kind: str):
    """One geometry per feature: river segments merged, polygon parts dissolved, simplified and clipped."""
    frame = box(*BBOX)
    if kind == "line":
        u = unary_union(geoms)
        whole = linemerge(u) if u.geom_type == "MultiLineString" else u
        tolerance = LINE_TOLERANCE
    elif kind == "polygon":
        whole, tolerance = unary_union([polygonal(shapely.make_valid(x)) for x in geoms]), POLY_TOLERANCE
    else:
        whole, tolerance = geoms[0], 0.0
    g = whole.simplify(tolerance) if tolerance else whole
    g = g.intersection(frame) if kind != "point" else g
    g = polygonal(g) if kind == "polygon" else g
    g = shapely.set_precision(g, 1e-4) if not g.is_empty else g
    if g.is_empty and tolerance:  # a narrow strait that simplification would erase keeps its full outline
        g = shapely.set_precision(polygonal(whole.intersection(frame)), 1e-4)
    return None if g.is_empty else g


def cut_layer(geometry_dir: Path, names_dir: Path, layer: str) -> dict:
    source, table, kind, fields = LAYERS[layer]
    names = names_by_key(name_rows(names_dir, table), fields)
    grouped: dict[tuple[str, ...], list] = defaultdict(list)
    classes: dict[tuple[str, ...], tuple[str, str]] = {}
    for f in geometry_features(geometry_dir, source):
        p = {k.lower(): v for k, v in f["properties"].items()}
        k = key(p, fields)
        if k in names and f.get("geometry") and shape(f["geometry"]).intersects(box(*BBOX)):
            grouped[k].append(shape(f["geometry"]))
            classes[k] = (p.get("featurecla") or "", p.get("name") or "")
    features = []
    for k in sorted(grouped, key=lambda k: (names[k]["ne_id"], k)):
        g = merged(grouped[k], kind)
        if g is not None:
            props = {"ne_class": classes[k][0], "name_en": classes[k][1], **names[k]}
            features.append({"type": "Feature", "properties": props, "geometry": mapping(g)})
    return {
        "type": "FeatureCollection",
        "name": f"naturalearth_{layer}",
        "source": (
            f"Natural Earth 10m: geometry {GEOMETRY_VERSION} ({GEOMETRY_REPO}@{GEOMETRY_COMMIT[:10]}), "
            f"names {NAMES_VERSION} ({NAMES_REPO}@{NAMES_COMMIT[:10]}); public domain"
        ),
        "bbox": list(BBOX),
        "features": features,
    }


def dumps(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--geometry", type=Path, default=MIRRORS / GEOMETRY_REPO.replace("/", "+") / "repo")
    ap.add_argument("--names", type=Path, default=MIRRORS / NAMES_REPO.replace("/", "+") / "repo")
    ap.add_argument(
        "--check", action="store_true", help="compare with the committed cut instead of writing it"
    )
    args = ap.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    differ = []
    for layer in LAYERS:
        text = dumps(cut_layer(args.geometry, args.names, layer))
        path = OUT / f"{layer}.geojson"
        if args.check:
            differ += [] if path.exists() and path.read_text(encoding="utf-8") == text else [path.name]
        else:
            path.write_text(text, encoding="utf-8")
        count = text.count('"type":"Feature"')
        print(f"{layer}: {count} features, {len(text.encode()) / 1e6:.2f} MB")
    if differ:
        print("differs from the committed cut:", ", ".join(differ))
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
