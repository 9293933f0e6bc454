"""The explorer on a free localhost port and the check of its first page in headless Chromium: shared by the
browser tests (tests/test_browser.py) and scripts/benchmark.py, so both measure the same thing. Needs a clone
(it serves the clone's app.py) and, for the page check, playwright and the Debian chromium."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from geo.paths import REPO as ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def streamlit_server(**env_vars: str):
    """`streamlit run app.py` on a free localhost port, with extra environment variables; yields its URL."""
    port = free_port()
    env = dict(os.environ, STREAMLIT_BROWSER_GATHER_USAGE_STATS="false", **env_vars)
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
                             "--server.headless", "true", "--server.address", "127.0.0.1"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(url + "/_stcore/health", timeout=1)
                break
            except OSError:
                time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


def map_frame(page, timeout_ms: int = 90_000):
    """The Leaflet iframe of the page once its vectors are drawn."""
    el = page.wait_for_selector("iframe[title='streamlit_folium.st_folium']", timeout=timeout_ms)
    frame = el.content_frame()
    frame.wait_for_selector(".leaflet-overlay-pane path, .leaflet-marker-pane div", state="attached", timeout=60_000)
    return frame


def open_layout(browser, url, shot: Path | None = None):
    """Open the explorer's first page; return the page, its map frame, failed and external requests, seconds to map."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    failed, external = [], []
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.on("request", lambda r: external.append(r.url) if not r.url.startswith((url, "data:", "blob:", "about:")) else None)
    t0 = time.perf_counter()
    page.goto(url, wait_until="domcontentloaded")
    frame = map_frame(page)
    frame.wait_for_selector(".leaflet-overlay-pane path", timeout=60_000)
    elapsed = time.perf_counter() - t0
    page.wait_for_timeout(1500)
    if shot:
        page.screenshot(path=str(shot), full_page=False)
    return page, frame, failed, external, elapsed
