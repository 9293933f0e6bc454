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


@pytest.mark.parametrize("page", PAGES)
def test_page_loads_offline(page):
    at = run(page)
    assert not at.exception, [e.value for e in at.exception]
    args = map_args(at)
    if page not in ("page_upload.py", "page_export.py"):
        assert args, "no map component"
    for key in ("js_links", "css_links"):
        assert all(link.startswith("data:") for link in args.get(key, [])), key
    assert "https://" not in args.get("script", "") and "https://" not in args.get("header", "")


def test_router_app_runs():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert not at.exception


def test_layout_switches_to_2021():
    at = run("page_layout.py")
    before = map_args(at)["script"]
    assert "呼包鄂榆发展轴" in before
    at.radio[0].set_value("hbew-2021").run()
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
    at.radio[0].set_value("compare").run()
    scripts = [json.loads(c.proto.json_args)["script"] for c in at.get("component_instance")]
    assert len(scripts) == 2 and "呼包鄂榆发展轴" in scripts[0] and "呼包鄂乌联动轴" in scripts[1]


def test_place_page_follows_popup_link():
    at = AppTest.from_file(str(ROOT / "app_pages" / "page_place.py"), default_timeout=120)
    at.query_params["place"] = "cur:满都拉口岸"
    at.run()
    assert "满都拉口岸" in at.selectbox[0].value
    quotes = at.dataframe[0].value
    assert len(quotes) >= 5 and set(quotes["plan_id"]) >= {"hbey-2018", "hbew-2021", "baotou-2024", "nmg-bohai"}


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
