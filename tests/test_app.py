import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
PAGES = ["page_layout.py", "page_layers.py", "page_projects.py", "page_place.py", "page_export.py", "page_upload.py"]


def run(page: str) -> AppTest:
    return AppTest.from_file(str(ROOT / "app_pages" / page), default_timeout=120).run()


def map_args(at: AppTest) -> dict:
    comps = [c for c in at.get("component_instance") if c.proto.component_name.endswith("st_folium")]
    return json.loads(comps[0].proto.json_args) if comps else {}


def payload(at: AppTest) -> int:
    """Bytes a page sends for its maps (script, data and embedded web files)."""
    return sum(len(c.proto.json_args.encode()) for c in at.get("component_instance") if c.proto.component_name.endswith("st_folium"))


@pytest.mark.parametrize("page", PAGES)
def test_page_loads_offline(page):
    at = run(page)
    assert not at.exception, [e.value for e in at.exception]
    args = map_args(at)
    if page not in ("page_upload.py", "page_export.py"):
        assert args, "no map component"
    for key in ("js_links", "css_links"):
        assert all(link.startswith("data:") for link in args.get(key, [])), key
        assert len(args.get(key, [])) <= 1, key  # Leaflet only: no jQuery, Bootstrap, Font Awesome, glyphicons
    assert "https://" not in args.get("script", "") and "https://" not in args.get("header", "")
    assert payload(at) < 1_500_000, payload(at)  # the layout map was 2.7 MB


def test_router_app_runs():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert not at.exception


def test_layout_switches_to_2021():
    at = run("page_layout.py")
    before = map_args(at)["script"]
    assert "呼包鄂榆发展轴" in before
    at.selectbox[0].set_value("hbew-2021").run()
    after = map_args(at)["script"]
    assert "呼包鄂乌联动轴" in after and "呼包鄂榆发展轴" not in after


def test_project_filter_changes_result():
    at = run("page_projects.py")
    total = len(at.dataframe[0].value)
    at.selectbox[0].set_value("榆林市").run()
    yulin = at.dataframe[0].value
    assert 0 < len(yulin) < total
    assert yulin["cities"].str.contains("榆林市").all()


def test_export_page_renders_a_png():
    at = run("page_export.py")
    at.slider[0].set_value(72).run()
    at.button[0].click().run()
    assert not at.exception
    assert at.get("download_button")


def test_amap_basemap_shifts_overlays_to_gcj02():
    from shapely.geometry import Point

    from geo.crs import haversine_m, wgs_to_gcj
    from layers.webmap import _datum, base_map

    m = base_map((109, 39, 112, 41), basemap="amap")
    p = _datum(m, Point(111.65, 40.81))
    lon, lat = wgs_to_gcj(111.65, 40.81)
    assert haversine_m(p.x, p.y, lon, lat) < 0.01 and haversine_m(p.x, p.y, 111.65, 40.81) > 100
    assert not base_map((109, 39, 112, 41)).gcj02


def test_layout_compare_shows_both_plans():
    at = run("page_layout.py")
    at.selectbox[0].set_value("compare").run()
    scripts = [json.loads(c.proto.json_args)["script"] for c in at.get("component_instance")]
    assert len(scripts) == 2 and "呼包鄂榆发展轴" in scripts[0] and "呼包鄂乌联动轴" in scripts[1]


def test_place_page_follows_popup_link():
    at = AppTest.from_file(str(ROOT / "app_pages" / "page_place.py"), default_timeout=120)
    at.query_params["place"] = "cur:满都拉口岸"
    at.run()
    assert "满都拉口岸" in at.selectbox[0].value
    quotes = at.dataframe[0].value
    assert len(quotes) >= 5 and len(set(quotes["规划"])) == 4 and "《呼包鄂榆城市群发展规划》（2018）" in set(quotes["规划"])
    assert "cur:" not in at.selectbox[0].format_func(at.selectbox[0].value)  # the picker shows the name, not the id


def test_corrupt_geopackage_is_named_and_rebuilt(tmp_path, monkeypatch):
    import layers.build

    bad = tmp_path / "plans.gpkg"
    bad.write_bytes(b"this is not a GeoPackage")
    monkeypatch.setattr(layers.build, "DEFAULT_GPKG", bad)
    import app_pages._shared

    monkeypatch.setattr(app_pages._shared, "DEFAULT_GPKG", bad)
    at = run("page_place.py")
    assert not at.exception
    assert any("not a readable GeoPackage" in w.value for w in at.warning)
    assert at.dataframe and bad.stat().st_size > 1_000_000


RAW = ("plan_id", "name_zh", "geometry_method", "coord_source", "precision_m", "county_union", "waypoints (", "geonames",
       "admin_polygon", "hbey-2018", "hbew-2021", "adm:", "cur:", "gshhg_buffer")
"""Field names and identifiers a planner should never read on a page."""


@pytest.mark.parametrize("plan", ["hbey-2018", "hbew-2021"])
def test_layout_page_shows_no_raw_identifier(plan):
    at = AppTest.from_file(str(ROOT / "app_pages" / "page_layout.py"), default_timeout=120)
    at.query_params["plan"] = plan
    at.run()
    script = map_args(at)["script"]
    shown = list(at.selectbox[0].options)  # as displayed
    table = at.dataframe[0].value
    texts = [script, *shown, *map(str, table.columns), table.to_csv(), *(c.value for c in at.caption)]
    for raw in RAW:
        assert not any(raw in t for t in texts), raw
    assert "《呼包鄂榆城市群发展规划》（2018）" in shown[0]
    assert "依托京包、包茂交通运输大通道" in script or plan != "hbey-2018"  # the plan's own sentence, quoted
