"""Headless Chromium against `streamlit run app.py` on localhost: the map draws with no network."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.browser
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(gpkg):
    port = free_port()
    env = dict(os.environ, STREAMLIT_BROWSER_GATHER_USAGE_STATS="false")
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
                             "--server.headless", "true", "--server.address", "127.0.0.1"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(url + "/_stcore/health", timeout=1)
            break
        except OSError:
            time.sleep(0.5)
    yield url
    proc.terminate()
    proc.wait(10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Debian chromium is required (bash scripts/setup.sh --test)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def open_layout(browser, url, shot: Path | None = None):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    failed, external = [], []
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.on("request", lambda r: external.append(r.url) if not r.url.startswith((url, "data:", "blob:", "about:")) else None)
    t0 = time.perf_counter()
    page.goto(url, wait_until="domcontentloaded")
    frame_el = page.wait_for_selector("iframe[title='streamlit_folium.st_folium']", timeout=90_000)
    frame = frame_el.content_frame()
    frame.wait_for_selector(".leaflet-overlay-pane path", timeout=60_000)
    elapsed = time.perf_counter() - t0
    page.wait_for_timeout(1500)
    if shot:
        page.screenshot(path=str(shot), full_page=False)
    return page, frame, failed, external, elapsed


def test_layout_map_draws_offline(server, browser, tmp_path):
    shot = ROOT / "docs" / "screenshot-layout.png" if os.environ.get("UPDATE_DOCS") else tmp_path / "layout.png"
    page, frame, failed, external, _ = open_layout(browser, server, shot)
    paths = frame.query_selector_all(".leaflet-overlay-pane path")
    assert len(paths) > 60  # counties, belt, zones, river, axis
    labels = [e.inner_text() for e in frame.query_selector_all(".zh-label")]
    assert "呼包鄂榆发展轴" in labels and "包头市" in labels
    assert frame.evaluate("document.fonts.check('14px \"Noto Sans CJK SC\"')")
    assert failed == [] and external == []
    assert shot.stat().st_size > 50_000
    page.close()
