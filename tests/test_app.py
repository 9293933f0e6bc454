import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.usefixtures("gpkg")  # the session's GeoPackage (PLAN_EXPLORER_GPKG), built first
# page runs of several seconds on two cores; the fast tier keeps one layout page, upload, export
SLOW = pytest.mark.slow


def run(page: str) -> AppTest:
    return AppTest.from_file(str(ROOT / "app_pages" / page), default_timeout=120).run()


def map_args(at: AppTest) -> dict:
    comps = [c for c in at.get("component_instance") if c.proto.component_name.endswith("st_folium")]
    return json.loads(comps[0].proto.json_args) if comps else {}


def payload(at: AppTest) -> int:
    """Bytes a page sends for its maps (script, data and embedded web files)."""
    return sum(
        len(c.proto.json_args.encode())
        for c in at.get("component_instance")
        if c.proto.component_name.endswith("st_folium")
    )


def assert_offline_map(at: AppTest) -> dict:
    """The page ran and drew one Leaflet map whose scripts and styles are all embedded (nothing is
    fetched)."""
    assert not at.exception, [e.value for e in at.exception]
    args = map_args(at)
    assert args, "no map component"
    for key in ("js_links", "css_links"):
        assert all(link.startswith("data:") for link in args.get(key, [])), key
        # Leaflet only: no jQuery, Bootstrap, Font Awesome, glyphicons
        assert len(args.get(key, [])) <= 1, key
    assert args["js_links"], "Leaflet is embedded"
    assert "https://" not in args["script"] and "https://" not in args.get("header", "")
    assert "L.map(" in args["script"]
    assert payload(at) < 1_500_000, payload(at)  # the layout map was 2.7 MB
    return args


@pytest.mark.parametrize(
    "page", [pytest.param(p, marks=SLOW) for p in ("page_layout.py", "page_layers.py", "page_projects.py")]
)
def test_map_pages_load_offline(page):
    assert_offline_map(run(page))


def test_export_page_offers_every_preset_format_and_size():
    from layers.export import PRESETS

    at = run("page_export.py")
    assert not at.exception, [e.value for e in at.exception]
    preset, fmt, size = at.selectbox[0], at.selectbox[1], at.selectbox[2]
    assert preset.options == [PRESETS[k].title for k in PRESETS] and preset.value == "layout-2018"
    assert fmt.options == ["png", "pdf", "svg"] and size.options == ["a4", "slide", "a3"]
    assert at.text_input[0].value == PRESETS["layout-2018"].title
    assert not at.get("download_button")  # nothing is rendered before the button is pressed


def test_upload_page_parses_a_plan_in_the_session_only(gpkg):
    data_dir = ROOT / "data"
    before = sorted(p.name for p in data_dir.iterdir())
    at = run("page_upload.py")
    assert not at.exception, [e.value for e in at.exception]
    assert at.file_uploader[0].allowed_type == [".txt", ".pdf", ".docx"]
    assert not map_args(at)  # no map before a file
    at.file_uploader[0].set_value(
        ("我的规划.txt", "加快满都拉口岸建设，推进包头至银川高铁。".encode("gb18030"), "text/plain")
    )
    at.run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert at.success[0].value == "1 sentences, 4 mentions, 3 located"
    assert "满都拉口岸" in map_args(at)["script"]
    located = at.dataframe[0].value
    assert set(located["name_zh"]) == {"满都拉口岸", "包头市", "银川市"}
    assert [b.proto.label for b in at.get("download_button")] == ["CSV", "GeoPackage"]
    assert sorted(p.name for p in data_dir.iterdir()) == before  # nothing written next to the shipped data


@SLOW  # a page run and a build
def test_upload_page_and_layers_build_give_the_same_layers_for_the_same_file(tmp_path, monkeypatch):
    """Add a plan and ``layers build`` take one path from a file to its layers (geo.pipeline,
    layers.build)."""
    import pandas as pd
    import pyogrio

    from layers import parsing
    from layers.__main__ import main

    def read_layers(path):
        return {name: pyogrio.read_dataframe(path, layer=name) for name, _ in pyogrio.list_layers(path)}

    raw = "推进乌海至鄂尔多斯城际铁路建设。加快满都拉口岸建设，推进包头至银川高铁。".encode("gb18030")
    at = run("page_upload.py")
    at.file_uploader[0].set_value(("我的规划.txt", raw, "text/plain"))
    at.run()
    assert not at.exception and not at.error
    (tmp_path / "upload.gpkg").write_bytes(at.session_state["upload_gpkg"])
    page = read_layers(tmp_path / "upload.gpkg")
    folder = tmp_path / "plans"
    folder.mkdir()
    # the file under the name the page gave it
    (folder / f"{page['plans']['plan_id'][0]}.txt").write_bytes(raw)
    monkeypatch.setattr(parsing, "cache_dir", lambda: tmp_path / "cache")
    assert main(["build", "--plans", str(folder), "--out", str(tmp_path / "cli.gpkg"), "--jobs", "1"]) == 0
    cli = read_layers(tmp_path / "cli.gpkg")
    assert set(cli) - {"build_info"} == set(page) - {"build_info"}
    for name in set(cli) - {"build_info"}:
        pd.testing.assert_frame_equal(page[name], cli[name], obj=name)
    assert "乌海—鄂尔多斯城际铁路" in set(cli["rail"]["name_zh"])  # its two ends are placed: drawn by both
    # and not listed as not located
    assert "乌海至鄂尔多斯城际铁路" not in set(at.dataframe[1].value["surface"])


def test_upload_page_names_a_bad_file():
    at = run("page_upload.py")
    at.file_uploader[0].set_value(("empty.txt", b"", "text/plain"))
    at.run()
    assert not at.exception
    assert len(at.error) == 1 and "file is empty" in at.error[0].value and not map_args(at)


@SLOW
def test_router_app_runs():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert not at.exception, [e.value for e in at.exception]
    from layers.webmap import BASEMAPS

    assert (
        at.sidebar.selectbox[0].options == [BASEMAPS[k] for k in BASEMAPS]
        and at.sidebar.selectbox[0].value == "none"
    )
    assert "呼包鄂榆发展轴" in map_args(at)["script"]  # the default page, Layout, drew its map


@SLOW
def test_layout_switches_to_2021():
    at = run("page_layout.py")
    before = map_args(at)["script"]
    assert "呼包鄂榆发展轴" in before
    at.selectbox[0].set_value("hbew-2021").run()
    after = map_args(at)["script"]
    assert "呼包鄂乌联动轴" in after and "呼包鄂榆发展轴" not in after


@SLOW
def test_project_filter_changes_result():
    at = run("page_projects.py")
    total = len(at.dataframe[0].value)
    at.selectbox[0].set_value("榆林市").run()
    yulin = at.dataframe[0].value
    assert 0 < len(yulin) < total
    assert yulin["cities"].str.contains("榆林市").all()


@SLOW
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


@SLOW
def test_layout_compare_shows_both_plans():
    at = run("page_layout.py")
    at.selectbox[0].set_value("compare").run()
    scripts = [json.loads(c.proto.json_args)["script"] for c in at.get("component_instance")]
    assert len(scripts) == 2 and "呼包鄂榆发展轴" in scripts[0] and "呼包鄂乌联动轴" in scripts[1]


@SLOW
def test_place_page_follows_popup_link():
    at = AppTest.from_file(str(ROOT / "app_pages" / "page_place.py"), default_timeout=120)
    at.query_params["place"] = "cur:满都拉口岸"
    at.run()
    assert_offline_map(at)
    assert "满都拉口岸" in at.selectbox[0].value
    quotes = at.dataframe[0].value
    assert (
        len(quotes) >= 5
        and len(set(quotes["规划"])) == 4
        and "《呼包鄂榆城市群发展规划》（2018）" in set(quotes["规划"])
    )
    # the picker shows the name, not the id
    assert "cur:" not in at.selectbox[0].format_func(at.selectbox[0].value)


@pytest.mark.slow  # a second full build, inside the app
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


RAW = (
    "plan_id",
    "name_zh",
    "geometry_method",
    "coord_source",
    "precision_m",
    "county_union",
    "waypoints (",
    "geonames",
    "admin_polygon",
    "hbey-2018",
    "hbew-2021",
    "adm:",
    "cur:",
    "gshhg_buffer",
)
"""Field names and identifiers a planner should never read on a page."""


def test_markdown_table_shows_document_text_literally():
    """A cell's text is shown as written: no HTML, link, emphasis or extra cell or row from what it holds."""
    import pandas as pd

    from app_pages._shared import markdown_table

    evil = "<img src=x onerror=alert(1)> [详情](javascript:alert(2)) **粗** a|b\n| c | d |\r\n`x` $y$"
    md = markdown_table(pd.DataFrame({"名称": ["包头市"], "出处 <b>": [evil]}))
    header, rule, row = md.split("\n")
    for line in (header, row):
        assert len(re.findall(r"(?<!\\)\|", line)) == 3, line  # two cells, unescaped bars only at their edges
    assert rule == "| --- | --- |"
    bare = re.sub(r"\\.", "", md)  # what Markdown reads as markup: every character not escaped
    assert not set("<>[]()*`$\\") & set(bare), bare
    assert re.sub(r"\\(.)", r"\1", row) == "| 包头市 | " + " ".join(evil.splitlines()) + " |"


@pytest.mark.parametrize("plan", ["hbey-2018", pytest.param("hbew-2021", marks=SLOW)])
def test_layout_page_shows_no_raw_identifier(plan):
    at = AppTest.from_file(str(ROOT / "app_pages" / "page_layout.py"), default_timeout=120)
    at.query_params["plan"] = plan
    at.run()
    script = assert_offline_map(at)["script"]
    shown = list(at.selectbox[0].options)  # as displayed
    # the structure table, a Markdown table (app_pages/_shared.markdown_table), read without its escapes
    (table,) = [re.sub(r"\\(.)", r"\1", m.value) for m in at.markdown if m.value.startswith("| 名称 |")]
    assert "呼包鄂榆发展轴" in table or plan != "hbey-2018"
    texts = [script, *shown, table, *(c.value for c in at.caption)]
    for raw in RAW:
        assert not any(raw in t for t in texts), raw
    assert "《呼包鄂榆城市群发展规划》（2018）" in shown[0]
    assert "依托京包、包茂交通运输大通道" in script or plan != "hbey-2018"  # the plan's own sentence, quoted


def test_maps_are_sent_without_the_whole_page_render_and_under_the_policy(monkeypatch):
    """show_map passes ``render=False`` to st_folium: what reaches the browser is what a full render sends
    (the rendered page was thrown away), and the header carries the Content Security Policy of
    layers/csp.py."""
    import os

    import streamlit_folium

    from app_pages._shared import show_map
    from layers import maps
    from layers.csp import protect
    from layers.store import read_layers
    from layers.webmap import add_specs, base_map, simplify_for_web

    sent: list[dict] = []
    # what goes to the browser
    monkeypatch.setattr(streamlit_folium, "_component_func", lambda **kw: sent.append(kw))
    d = simplify_for_web(read_layers(os.environ["PLAN_EXPLORER_GPKG"]))
    specs, bounds = maps.layout_specs(d, "hbey-2018", gcj02=False, compact=False)
    show_map(add_specs(base_map(tuple(bounds)), specs), key="a")
    streamlit_folium.st_folium(
        protect(add_specs(base_map(tuple(bounds)), specs)),
        key="a",
        height=620,
        use_container_width=True,
        returned_objects=["last_object_clicked_tooltip"],
    )
    fast, full = ({k: v for k, v in call.items() if k != "on_change"} for call in sent)
    assert fast == full
    assert 'http-equiv="Content-Security-Policy"' in fast["header"]
