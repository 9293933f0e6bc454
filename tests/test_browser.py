"""Headless Chromium against `streamlit run app.py` on localhost: maps draw with no network; uploads are
safe."""

import os
import re
from pathlib import Path

import pytest

from layers.serve import ROOT, map_frame, open_layout, streamlit_server
from tests.expected import ZONES_2018

pytestmark = pytest.mark.browser
HOSTILE = "加快建设满都拉口岸<script>alert(1)</script>和包头机场<img src=x onerror=alert(2)>。"
INJECTION = (
    "推进鄂尔多斯市${location=/javascript:alert%2811%29/.source}国际陆港建设。"
    "加快包头机场`+alert(12)+`改扩建，建设呼和浩特综合保税区${alert(13)}\\u0060。"
    "推进满都拉口岸<img src=x onerror=alert(14)>和集宁至二连浩特铁路`${alert(15)}`建设。"
)
"""Plan text that runs script if it reaches a JavaScript template literal unencoded (folium's popups and
tooltips are such literals), or HTML if it is not escaped."""


@pytest.fixture(scope="module")
def server(gpkg):
    """The explorer serving the session's GeoPackage (the server inherits PLAN_EXPLORER_GPKG)."""
    with streamlit_server(PLAN_EXPLORER_GPKG=str(gpkg)) as url:
        yield url


def snapshot(folder: Path) -> dict:
    return {str(p): p.stat().st_mtime_ns for p in folder.rglob("*")}


def test_layout_map_draws_offline(server, browser, tmp_path):
    shot = (
        ROOT / "docs" / "screenshot-layout.png" if os.environ.get("UPDATE_DOCS") else tmp_path / "layout.png"
    )
    page, frame, failed, external, _ = open_layout(browser, server, shot)
    paths = frame.query_selector_all(".leaflet-overlay-pane path")
    assert len(paths) > 60  # counties, belt, zones, river, axis
    labels = [e["text"] for e in shown_labels(frame)]
    assert "呼包鄂榆发展轴" in labels and "包头市" in labels
    assert frame.evaluate("document.fonts.check('14px \"Noto Sans CJK SC\"')")
    assert failed == [] and external == []
    assert shot.stat().st_size > 50_000
    page.close()


RAW = re.compile(
    r"plan_id|name_zh|geometry_method|coord_source|precision_m|county_union|waypoints|geonames|admin_polygon|"
    r"hbey-2018|hbew-2021|adm:|cur:|gshhg_|\b1[56]\d{4}\b"
)
"""Field names and identifiers (plan ids, place ids, adcodes of the cluster's provinces) a planner should
never read."""


def shown_labels(frame) -> list[dict]:
    """The map labels on screen: text (line breaks removed) and bounding box, from the DOM."""
    return frame.evaluate("""() => [...document.querySelectorAll('.zh-label')]
        .filter(el => getComputedStyle(el).visibility === 'visible')
        .map(el => { const r = el.getBoundingClientRect();
                     return {text: el.innerText.replace(/\\n/g, ''), left: r.left, right: r.right, top: r.top, bottom: r.bottom}; })""")  # noqa: E501


def open_at(browser, url, width, height):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(url, wait_until="domcontentloaded")
    frame = map_frame(page)
    frame.wait_for_selector(".zh-label.pm-on", timeout=60_000)
    page.wait_for_timeout(1000)  # labels are placed again once the view settles
    return page, frame


@pytest.fixture(scope="module")
def layout_at(server, browser):
    """The layout page drawn once per window size: the tests that only read it and click it share the load."""
    opened: dict[tuple[int, int], tuple] = {}

    def get(width: int, height: int):
        if (width, height) not in opened:
            opened[width, height] = open_at(browser, server, width, height)
        return opened[width, height]

    yield get
    for page, _ in opened.values():
        page.close()


@pytest.mark.parametrize("width,height", [(1600, 1000), (1280, 720)])
def test_layout_map_reads_without_help(layout_at, width, height):
    page, frame = layout_at(width, height)
    legend = frame.query_selector(".pm-legend")
    text = legend.inner_text()
    for name in ZONES_2018 + ["一轴：呼包鄂榆发展轴", "一带：沿黄生态文化经济带", "中心城市", "旗县区"]:
        assert name in text, name
    assert len(legend.query_selector_all("svg.pm-swatch")) >= 12  # a swatch per entry
    labels = shown_labels(frame)
    names = [x["text"] for x in labels]
    for name in ZONES_2018 + ["沿黄生态文化经济带", "呼包鄂榆发展轴", "包头市", "呼和浩特市"]:
        assert name in names, (name, width)
    assert len(names) == len(set(names))  # one label per feature
    box = frame.evaluate(
        "(() => { const r = document.querySelector('.leaflet-container').getBoundingClientRect();"
        " return {left: r.left, right: r.right, top: r.top, bottom: r.bottom}; })()"
    )
    for i, a in enumerate(labels):
        assert (
            box["left"] <= a["left"]
            and a["right"] <= box["right"]
            and box["top"] <= a["top"]
            and a["bottom"] <= box["bottom"]
        ), a
        for b in labels[i + 1 :]:
            assert (
                a["right"] <= b["left"]
                or b["right"] <= a["left"]
                or a["bottom"] <= b["top"]
                or b["bottom"] <= a["top"]
            ), (a, b)
    words = page.inner_text("body") + frame.inner_text("body")
    assert not RAW.search(words), RAW.search(words)


def test_axis_click_quotes_the_plan_through_labels(layout_at):
    # read first by test_layout_map_reads_without_help, which clicks nothing
    page, frame = layout_at(1600, 1000)
    # labels never catch a click: whatever lies under a label's centre is the map, not the label
    hits = frame.evaluate("""() => [...document.querySelectorAll('.zh-label.pm-on')].map(el => {
        const r = el.getBoundingClientRect(); const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
        return hit && hit.closest('.zh-label') ? el.innerText : null; }).filter(x => x)""")  # noqa: E501
    assert hits == []
    axis = frame.evaluate("""() => { let out = null; window.map.eachLayer(l => {
        if (l.feature && l.feature.properties.t === '呼包鄂榆发展轴') { const ll = l.getLatLngs().flat(3);
          const p = window.map.latLngToContainerPoint([(ll[1].lat + ll[2].lat) / 2, (ll[1].lng + ll[2].lng) / 2]);
          out = [p.x, p.y]; } }); return out; }""")  # noqa: E501
    iframe = page.query_selector("iframe[title='streamlit_folium.st_folium']").bounding_box()
    page.mouse.click(iframe["x"] + axis[0], iframe["y"] + axis[1])
    popup = frame.wait_for_selector(".leaflet-popup-content", timeout=10_000).inner_text()
    assert (
        "依托京包、包茂交通运输大通道" in popup
        and "第三章 空间布局" in popup
        and "《呼包鄂榆城市群发展规划》" in popup
    )
    assert "画法" in popup and "示意线" in popup and not RAW.search(popup)
    outline = frame.evaluate(
        "(() => { const el = document.activeElement; "
        "return el ? getComputedStyle(el).outlineStyle : 'none'; })()"
    )
    assert outline == "none"  # no black focus rectangle around the clicked shape


def upload(page, url, path: Path):
    page.goto(url + "/page_upload", wait_until="domcontentloaded")
    page.wait_for_selector("input[type=file]", state="attached", timeout=60_000)
    page.set_input_files("input[type=file]", str(path))


def test_hostile_text_and_name_are_escaped(server, browser, tmp_path):
    before = snapshot(ROOT / "data")
    evil = tmp_path / "<img src=x onerror=alert(3)>.txt"
    evil.write_text(HOSTILE * 3, encoding="utf-8")
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    upload(page, server, evil)
    frame = map_frame(page)
    page.wait_for_timeout(1000)
    html = frame.content()
    assert "满都拉口岸" in html
    assert "&lt;script&gt;alert（1）&lt;/script&gt;" in html and "<script>alert" not in html
    assert "<img src=x onerror" not in html and "<img src=x onerror" not in page.content()
    markers = frame.query_selector_all(".leaflet-interactive")
    assert markers
    for mk in markers[:3]:
        mk.click(force=True)
        page.wait_for_timeout(200)
    assert dialogs == []
    assert snapshot(ROOT / "data") == before
    page.close()


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("empty.txt", b"", "file is empty"),
        ("binary.txt", bytes(range(256)) * 64, "not a text file"),
        ("bomb.docx", None, "zip bomb"),
        ("scan.pdf", None, "no text layer"),
    ],
)
def test_bad_files_give_one_clear_message(server, browser, tmp_path, name, content, message):
    import io
    import zipfile

    path = tmp_path / name
    if name == "bomb.docx":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("word/document.xml", b"0" * (120 * 1024 * 1024))
        content = buf.getvalue()
    elif name == "scan.pdf":
        from pypdf import PdfWriter

        w = PdfWriter()
        w.add_blank_page(300, 300)
        buf = io.BytesIO()
        w.write(buf)
        content = buf.getvalue()
    path.write_bytes(content)
    before = snapshot(ROOT / "data")
    page = browser.new_page()
    upload(page, server, path)
    err = page.wait_for_selector("[data-testid=stAlertContentError]", timeout=60_000)
    assert message in err.inner_text()
    assert "Traceback" not in page.content()
    assert snapshot(ROOT / "data") == before
    page.close()


def test_oversized_file_is_refused(server, browser, tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (60 * 1024 * 1024))
    page = browser.new_page()
    upload(page, server, big)
    refusal = page.wait_for_selector(
        "text=/must be 20(\\.0)?MB or smaller|too large|exceeds/i", timeout=60_000
    )
    assert "20" in refusal.inner_text()  # the limit of .streamlit/config.toml, named
    page.wait_for_timeout(1000)
    assert page.query_selector("[data-testid=stAlertContentSuccess]") is None  # nothing was parsed
    assert page.query_selector("iframe[title='streamlit_folium.st_folium']") is None
    page.close()


def test_two_sessions_see_only_their_own_plan(server, browser, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("加快满都拉口岸建设。", encoding="utf-8")
    b.write_text("推进策克口岸建设。", encoding="utf-8")
    ctx_a, ctx_b = browser.new_context(), browser.new_context()
    pa, pb = ctx_a.new_page(), ctx_b.new_page()
    upload(pa, server, a)
    upload(pb, server, b)  # both sessions parse at the same time
    pa.bring_to_front()
    ha = map_frame(pa).content()
    pb.bring_to_front()
    hb = map_frame(pb).content()
    assert "满都拉口岸" in ha and "策克口岸" not in ha
    assert "策克口岸" in hb and "满都拉口岸" not in hb
    ctx_a.close()
    ctx_b.close()


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    """The explorer serving a GeoPackage built from a plan whose sentences carry script."""
    from layers.build import build

    folder = tmp_path_factory.mktemp("hostile")
    (folder / "evil.txt").write_text("第一章 总体要求\n" + INJECTION * 2, encoding="utf-8")
    out, _ = build(folder, folder / "evil.gpkg")
    with streamlit_server(PLAN_EXPLORER_GPKG=str(out)) as url:
        yield url


@pytest.mark.parametrize("path", ["", "/page_layers", "/page_projects"])
def test_script_in_plan_text_never_runs(hostile_server, browser, path):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(hostile_server + path, wait_until="domcontentloaded")
    frame = map_frame(page)
    html = frame.content()
    assert "${" not in html
    if path:  # the layout page draws the plans' structures; the other two draw the hostile plan's features
        assert "&#36;&#123;alert" in html
    page.query_selector("iframe[title='streamlit_folium.st_folium']").scroll_into_view_if_needed()
    markers = in_view(page, frame.query_selector_all(".leaflet-interactive"))
    assert markers  # something to click: the test can fail
    for mk in markers[-25:]:  # the features drawn last: the plan's
        if in_view(page, [mk]):  # a popup opened before may have panned the map
            mk.click(force=True)
        page.wait_for_timeout(100)
    page.wait_for_timeout(500)
    assert dialogs == []
    assert frame.query_selector_all(".leaflet-overlay-pane path, .leaflet-marker-pane div")
    page.close()


def in_view(page, elements: list) -> list:
    """The map features whose centre lies inside the map's frame and the window (a map fitted to a selection
    leaves others out of view, where no click can reach them)."""
    box = page.query_selector("iframe[title='streamlit_folium.st_folium']").bounding_box()
    view = page.viewport_size
    x0, y0 = max(box["x"], 0), max(box["y"], 0)
    x1, y1 = min(box["x"] + box["width"], view["width"]), min(box["y"] + box["height"], view["height"])
    out = []
    for el in elements:
        b = el.bounding_box()
        if b and x0 < b["x"] + b["width"] / 2 < x1 and y0 < b["y"] + b["height"] / 2 < y1:
            out.append(el)
    return out


def test_script_in_an_upload_never_runs(server, browser, tmp_path):
    evil = tmp_path / "evil.txt"
    evil.write_text(INJECTION * 3, encoding="utf-8")
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    upload(page, server, evil)
    frame = map_frame(page)
    page.wait_for_timeout(1000)
    html = frame.content()
    assert "满都拉口岸" in html and "${" not in html
    markers = frame.query_selector_all(".leaflet-interactive")
    assert markers
    for mk in markers[:10]:
        mk.click(force=True)
        page.wait_for_timeout(150)
    popup = frame.query_selector(".leaflet-popup-content")
    assert popup is not None and "${" in popup.inner_text()  # shown literally, as the plan wrote it
    assert dialogs == []
    page.close()


def test_projects_city_zooms_with_legend_and_summary(server, browser):
    """Choose 包头市: the map fits 包头's extent, a legend names the categories, the summary adds up to the
    count."""
    from shapely.geometry import box

    from layers.admin import admin_polygon

    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    failed, external = [], []
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.on(
        "request",
        lambda r: (
            external.append(r.url) if not r.url.startswith((server, "data:", "blob:", "about:")) else None
        ),
    )
    page.goto(server + "/page_projects", wait_until="domcontentloaded")
    map_frame(page)
    page.get_by_role("combobox", name="地级市 City").click()
    page.get_by_role("option", name="包头市", exact=True).click()
    page.wait_for_function(
        "() => { const t = document.querySelector('[data-testid=stTable] table');"
        " return t && t.tBodies[0].rows.length === 2"
        " && t.tBodies[0].rows[0].innerText.startsWith('包头市'); }",
        timeout=90_000,
    )
    frame = map_frame(page)
    lat0, lon0, lat1, lon1 = map(
        float,
        re.search(
            r"pm\.finish\(\w+, \[\[([-\d.]+), ([-\d.]+)\], \[([-\d.]+), ([-\d.]+)\]\]", frame.content()
        ).groups(),
    )
    baotou = box(*admin_polygon("150200").bounds)
    fitted = box(lon0, lat0, lon1, lat1)
    assert fitted.within(baotou.buffer(0.03))  # the selection inside 包头, with the map's 0.02° margin
    west, south, east, north = frame.evaluate(
        "(() => { const b = window.map.getBounds();"
        " return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]; })()"
    )
    assert box(west, south, east, north).contains(fitted.centroid) and north - south < 2.2 * (lat1 - lat0)
    legend = frame.wait_for_selector(".pm-legend", timeout=30_000).inner_text()
    table = page.query_selector("[data-testid=stTable] table")
    header = [c.inner_text().strip() for c in table.query_selector_all("thead th")]
    rows = [
        [c.inner_text().strip() for c in r.query_selector_all("th, td")]
        for r in table.query_selector_all("tbody tr")
    ]
    categories = [h for h in header[1:] if h and h != "合计 total" and "category" not in h]
    assert categories and all(c in legend for c in categories), (categories, legend)
    count = int(re.search(r"(\d+) 个项目", page.get_by_text("个项目 projects").inner_text()).group(1))
    total = header.index("合计 total")
    body = [r for r in rows if r[0] != "合计 total"]
    assert sum(int(r[total]) for r in body) == count == int(rows[-1][total])
    assert failed == [] and external == []
    page.close()
