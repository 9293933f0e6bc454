import hashlib
import subprocess
import sys

import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely

from geo.crs import haversine_m
from layers.schema import LAYERS


def test_validator_and_contract_columns(gpkg):
    r = subprocess.run(
        [sys.executable, "-m", "osgeo_utils.samples.validate_gpkg", str(gpkg)], capture_output=True, text=True
    )
    assert r.returncode == 0, r.stdout + r.stderr
    present = dict(pyogrio.list_layers(gpkg))
    for name, spec in LAYERS.items():
        assert name in present
        cols = set(pyogrio.read_info(gpkg, layer=name)["fields"])
        assert set(spec["columns"]) <= cols, (name, set(spec["columns"]) - cols)


def test_axis_passes_the_four_centres(frames, gaz):
    axis = frames["layout_axes"]
    axis = axis[axis["name_zh"] == "呼包鄂榆发展轴"].geometry.iloc[0]
    for ad in ("150100", "150200", "150600", "610800"):
        p = gaz.by_adcode(ad)
        q = axis.interpolate(axis.project(shapely.Point(p.lon, p.lat)))
        assert haversine_m(p.lon, p.lat, q.x, q.y) < 3000


def test_belt_contains_yellow_river_in_the_riverside_counties(frames):
    from layers.admin import admin_polygon

    belt = frames["layout_belts"].geometry.iloc[0]
    river = frames["rivers"].geometry.iloc[0]
    for ad in ("150122", "150621", "150622", "150221"):  # 托克托, 达拉特, 准格尔, 土右
        part = river.intersection(admin_polygon(ad).buffer(0.02))
        assert not part.is_empty and belt.buffer(1e-6).contains(part), ad


def test_zones_lie_in_their_counties(frames):
    z = frames["layout_zones"].set_index("name_zh")
    assert "150625" in z.at["沙漠沙地生态治理区", "members"]
    assert "150125" in z.at["阴山北麓生态综合治理区", "members"]
    for layer in ("places", "rail", "eco_zones", "ports", "airports", "counties"):
        df = frames[layer]
        assert df["plans"].notna().all() and (df["plans"] != "").any()
    for layer in ("rail", "eco_zones", "layout_axes", "layout_belts", "layout_zones"):
        assert frames[layer]["geometry_method"].str.len().gt(0).all()


def test_missing_or_corrupt_gpkg_gives_clear_error(tmp_path):
    from geo.errors import GeoPackageError
    from layers.store import read_layers

    with pytest.raises(GeoPackageError, match="not found"):
        read_layers(tmp_path / "none.gpkg")
    bad = tmp_path / "bad.gpkg"
    bad.write_bytes(b"not sqlite")
    with pytest.raises(GeoPackageError):
        read_layers(bad)


def test_small_uploaded_plan_writes_a_valid_geopackage(tmp_path):
    import subprocess
    import sys

    from geo.corpus import build_plan
    from layers.build import plan_to_geopackage

    plan = build_plan("upload", [("a.txt", "加快满都拉口岸建设。")])
    out = plan_to_geopackage(plan, tmp_path / "p.gpkg")
    r = subprocess.run(
        [sys.executable, "-m", "osgeo_utils.samples.validate_gpkg", str(out)], capture_output=True, text=True
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert len(pyogrio.read_dataframe(out, layer="ports")) == 1


def test_qgis_styles_travel_with_the_data(gpkg):
    import xml.dom.minidom

    from layers.styles import STYLES

    styles = pyogrio.read_dataframe(gpkg, layer="layer_styles", read_geometry=False).set_index("f_table_name")
    spatial = [n for n, spec in LAYERS.items() if spec["geometry"] is not None]
    assert set(styles.index) == set(spatial)
    qml = styles.at["layout_axes", "styleQML"]
    xml.dom.minidom.parseString(qml.split(">", 1)[1])
    # one category per element, coloured as in the app
    for key in ("layout:axis", "layout:axis21", "layout:satellite"):
        r, g, b = (int(STYLES[key]["color"][i : i + 2], 16) for i in (1, 3, 5))
        assert f"{r},{g},{b},255" in qml and f'value="{key}"' in qml
    assert 'attr="style"' in qml and 'fieldName="name_zh"' in qml
    assert set(frames_styles(gpkg)) <= {k for k in STYLES if k.startswith("layout:")}


def frames_styles(gpkg) -> list[str]:
    return [
        s
        for layer in ("layout_axes", "layout_belts", "layout_zones", "layout_nodes")
        for s in pyogrio.read_dataframe(gpkg, layer=layer, read_geometry=False)["style"]
    ]


def test_wuding_river_is_a_real_gshhg_line(frames):
    from layers.admin import admin_polygon

    rivers = frames["rivers"].set_index("name_zh")
    line = rivers.at["无定河", "geometry"]
    assert rivers.at["无定河", "geometry_method"].startswith("gshhg")
    for ad in ("610824", "610803", "610827", "610826"):  # 靖边, 横山, 米脂, 绥德
        assert line.intersects(admin_polygon(ad)), ad


def test_a_section_with_both_ends_placed_is_drawn(frames):
    roads = frames["roads"]
    section = roads[roads["name_zh"] == "京新高速临河—哈密段"]
    assert len(section) == 1 and section.iloc[0]["waypoints"] == "临河区—哈密市"
    projects = frames["projects"]
    assert projects["name"].str.contains("临河—哈密段").any()  # and a project of the plan that names it


def test_no_layer_has_an_empty_geometry_on_the_web(gpkg):
    from app_pages._shared import _load  # the layers as the app's maps get them (cached, once per process)

    for name, df in _load(str(gpkg), gpkg.stat().st_mtime)["web"].items():
        if hasattr(df, "geometry") and len(df):
            # missing geometries are allowed: not located
            geoms = df.geometry[df.geometry.values != None]  # noqa: E711
            assert not geoms.is_empty.any(), name  # a line whose ends share one point is not drawn at all


def test_document_text_is_inert_in_the_map_page():
    import geopandas as gpd
    from shapely.geometry import Point

    from layers.webmap import add_layer, base_map

    evil = "满都拉口岸${alert(1)}`+alert(2)+`\\u0060<script>alert(3)</script>"
    m = base_map((110, 41, 111, 42))
    gdf = gpd.GeoDataFrame(
        {"name_zh": [evil], "quote": [evil]}, geometry=[Point(110.4, 41.7)], crs="EPSG:4326"
    )
    add_layer(m, gdf, "ports", label="ports", fields=["name_zh", "quote"], labels=True)
    page = m.get_root().render()
    assert page.count("满都拉口岸") == 4  # popup title, quote, tooltip, label: all as data, none as code
    assert "${" not in page and "`" not in page and "<script>alert" not in page  # no template literal, no tag
    assert page.count("&#36;&#123;alert(1)&#125;&#96;+alert(2)+&#96;&#92;u0060&lt;script&gt;") == 4


def assert_same_layers(a, b) -> None:
    """Every layer of two GeoPackages holds the same rows, attributes and geometries (WKB)."""
    from layers.store import read_layers

    first, second = read_layers(a), read_layers(b)
    assert list(first) == list(second)
    for name in first:
        digest = lambda df: hashlib.sha256(
            df.drop(columns="geometry", errors="ignore").to_csv().encode()
        ).hexdigest()  # noqa: E731
        assert digest(first[name]) == digest(second[name]), name
        if "geometry" in first[name]:
            assert list(first[name].geometry.to_wkb()) == list(second[name].geometry.to_wkb()), name


@pytest.mark.slow  # two command-line builds
def test_a_damaged_geopackage_is_rebuilt_not_reported_up_to_date(tmp_path, gpkg):
    """A table dropped or pages overwritten: `layers build` rebuilds instead of saying "up to date"; a
    temporary file left by a killed build is removed by the next build. Each rebuild is a second full build of
    the corpus: the same layers as the session's build, to the byte (a build is deterministic)."""
    import os
    import shutil
    import sqlite3
    import time

    from layers.writer import is_whole

    assert is_whole(gpkg)
    dropped, damaged = tmp_path / "dropped.gpkg", tmp_path / "damaged.gpkg"
    shutil.copy(gpkg, dropped)
    with sqlite3.connect(dropped) as con:
        con.execute("DROP TABLE rail")
    shutil.copy(gpkg, damaged)
    with open(damaged, "r+b") as f:
        f.seek(os.path.getsize(damaged) // 2)
        f.write(b"\xff" * 8192)
    stale = tmp_path / ".building-killed.gpkg"
    stale.write_bytes(b"half a build")
    os.utime(stale, (time.time() - 3600, time.time() - 3600))
    for out in (dropped, damaged):
        assert not is_whole(out)
        r = subprocess.run(
            [sys.executable, "-m", "layers", "build", "--out", str(out), "--jobs", "1"],
            capture_output=True,
            text=True,
        )
        assert r.returncode == 0 and "up to date" not in r.stdout, r.stdout + r.stderr
        assert is_whole(out) and len(pyogrio.read_dataframe(out, layer="rail")) > 0
        assert_same_layers(gpkg, out)
    assert not stale.exists()


def _table_rows(path) -> dict:
    """Every layer's rows with their fids (geometries as WKB), the extents and feature counts GDAL keeps, and
    the number of R-tree entries per spatial layer: what a reader of the file can see."""
    import sqlite3

    out = {}
    for name, _ in pyogrio.list_layers(path):
        df = pyogrio.read_dataframe(path, layer=name, fid_as_index=True)
        rows = pd.DataFrame(df.drop(columns="geometry", errors="ignore"))
        if "geometry" in df:
            rows["wkb"] = [None if g is None else g.wkb for g in df.geometry]
        out[name] = rows.astype(object).where(rows.notna(), None).to_dict("split")  # NaN is not equal to NaN
    with sqlite3.connect(path) as con:
        out["gpkg_contents"] = sorted(
            con.execute("SELECT table_name, min_x, min_y, max_x, max_y FROM gpkg_contents")
        )
        out["gpkg_ogr_contents"] = sorted(con.execute("SELECT * FROM gpkg_ogr_contents"))
        out["rtree"] = sorted(
            (t, con.execute(f'SELECT count(*), min(id), max(id) FROM "{t}"').fetchone())
            for (t,) in con.execute(
                "SELECT name FROM sqlite_master WHERE name LIKE 'rtree%geom' AND type = 'table'"
            )
        )
    return out


def test_a_rewrite_of_changed_rows_gives_the_file_written_anew(tmp_path, frames, monkeypatch):
    """Rows removed, changed and added in the middle of layers (with and without geometry): the patched copy
    holds the same rows, fids, R-tree entries, extents and counts as the file written whole."""
    from layers import writer

    monkeypatch.setattr(writer, "digests_dir", lambda: tmp_path / "written")
    old = {k: v for k, v in frames.items() if k != "layer_styles"}
    new = dict(old)
    towns = old["towns"].drop(index=old["towns"].index[2]).reset_index(drop=True)
    towns.loc[4, "name_zh"] = "改名"
    new["towns"] = towns
    new["mentions"] = pd.concat(
        [old["mentions"].iloc[:10], old["mentions"].iloc[[3, 4]], old["mentions"].iloc[10:]],
        ignore_index=True,
    )
    new["counties"] = old["counties"].iloc[:-1]  # the last row gone: the suffix is empty
    patched = []
    real = writer.patched
    monkeypatch.setattr(writer, "patched", lambda *a: patched.append(real(*a)) or patched[-1])
    writer.write_geopackage(old, tmp_path / "a.gpkg", incremental=True)
    writer.write_geopackage(new, tmp_path / "a.gpkg", incremental=True)
    writer.write_geopackage(new, tmp_path / "b.gpkg")
    assert patched == [True]  # the second write of a.gpkg patched its copy; b.gpkg was written whole
    assert _table_rows(tmp_path / "a.gpkg") == _table_rows(tmp_path / "b.gpkg")
    assert (tmp_path / "a.gpkg").stat().st_mode == (tmp_path / "b.gpkg").stat().st_mode


def test_changed_rows_finds_the_window_that_differs():
    from layers.writer import changed_rows

    a = np.array([1, 2, 3, 4, 5], dtype=np.uint64)
    assert changed_rows(a, a) == (5, 0)
    assert changed_rows(a, np.array([1, 2, 9, 4, 5], dtype=np.uint64)) == (2, 2)
    # never more than both share
    assert changed_rows(a, np.array([1, 2, 3, 3, 4, 5], dtype=np.uint64)) == (3, 2)
    assert changed_rows(a, np.array([2, 3, 4, 5], dtype=np.uint64)) == (0, 4)
    assert changed_rows(a, np.array([], dtype=np.uint64)) == (0, 0)


@pytest.mark.slow  # three builds of two plans
def test_an_incremental_build_gives_the_same_geopackage_as_a_forced_one(tmp_path, monkeypatch):
    """After one plan changed, a build reads the other plan's layers back and patches the changed rows of the
    last file; the tables are those of a build from nothing (its own empty caches)."""
    import shutil

    from geo.corpus import PLANS_DIR
    from layers import parsing, writer
    from layers.build import build

    plans = tmp_path / "plans"
    plans.mkdir()
    for name in ("a", "b"):
        shutil.copy(PLANS_DIR / "baotou-2024.txt", plans / f"{name}.txt")
    monkeypatch.setattr(writer, "digests_dir", lambda: tmp_path / "written")
    monkeypatch.setattr(parsing, "cache_dir", lambda: tmp_path / "cache" / "plans")
    build(plans, tmp_path / "x.gpkg", force=True)
    with open(plans / "b.txt", "a", encoding="utf-8") as f:
        f.write("\n加快建设满都拉口岸和包头机场。\n")
    said: list[str] = []
    patched = []
    real = writer.patched
    monkeypatch.setattr(writer, "patched", lambda *a: patched.append(real(*a)) or patched[-1])
    build(plans, tmp_path / "x.gpkg", progress=said.append, force=True)
    assert said[:2] == ["cached a (1/2)", "parsed b (2/2)"] and patched == [True]
    monkeypatch.setattr(parsing, "cache_dir", lambda: tmp_path / "fresh" / "plans")
    build(plans, tmp_path / "y.gpkg", force=True)
    assert _table_rows(tmp_path / "x.gpkg") == _table_rows(tmp_path / "y.gpkg")
