"""The explorer on a free localhost port and the check of its first page in headless Chromium: shared by the
browser tests (tests/test_browser.py) and scripts/benchmark.py, so both measure the same thing. Needs a clone
(it serves the clone's app.py) and, for the page check, playwright and the Debian chromium."""

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from geo.isolate import resident
from geo.paths import REPO as ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


SERVER_ENV = {"MALLOC_ARENA_MAX": "2"}
"""The environment the explorer is served with (scripts/run.sh sets the same): glibc keeps one malloc arena
per thread that ever allocated, up to 8 per core, and returns little of them; Streamlit runs each session's
script in its own thread, so many sessions at once left the server's memory high after they ended."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass(frozen=True)
class Served:
    """A running explorer: its URL and the process id of its server (to measure its memory)."""

    url: str
    pid: int


@contextmanager
def served_app(app: str = "app.py", **env_vars: str) -> Iterator[Served]:
    """`streamlit run app.py` (or another script ``app``) on a free localhost port, with extra environment
    variables; yields its URL and pid."""
    port = free_port()
    env = dict(os.environ, STREAMLIT_BROWSER_GATHER_USAGE_STATS="false", **SERVER_ENV, **env_vars)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            app,
            "--server.port",
            str(port),
            "--server.headless",
            "true",
            "--server.address",
            "127.0.0.1",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(url + "/_stcore/health", timeout=1)
                break
            except OSError:
                time.sleep(0.5)
        yield Served(url, proc.pid)
    finally:
        proc.terminate()
        proc.wait(10)


@contextmanager
def streamlit_server(app: str = "app.py", **env_vars: str) -> Iterator[str]:
    """`served_app`, yielding its URL only."""
    with served_app(app, **env_vars) as served:
        yield served.url


def map_frame(page, timeout_ms: int = 90_000):
    """The Leaflet iframe of the page once its vectors are drawn."""
    el = page.wait_for_selector("iframe[title='streamlit_folium.st_folium']", timeout=timeout_ms)
    frame = el.content_frame()
    frame.wait_for_selector(
        ".leaflet-overlay-pane path, .leaflet-marker-pane div", state="attached", timeout=60_000
    )
    return frame


def open_layout(browser, url, shot: Path | None = None):
    """Open the explorer's first page; return the page, its map frame, failed and external requests, seconds
    to map."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    failed, external = [], []
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.on(
        "request",
        lambda r: external.append(r.url) if not r.url.startswith((url, "data:", "blob:", "about:")) else None,
    )
    t0 = time.perf_counter()
    page.goto(url, wait_until="domcontentloaded")
    frame = map_frame(page)
    frame.wait_for_selector(".leaflet-overlay-pane path", timeout=60_000)
    elapsed = time.perf_counter() - t0
    page.wait_for_timeout(1500)
    if shot:
        page.screenshot(path=str(shot), full_page=False)
    return page, frame, failed, external, elapsed


class MemoryWatch:
    """The resident memory of process ``pid``, sampled every ``every`` seconds in a thread inside a ``with``
    block: ``before`` (on entry), ``peak`` and ``now()``, in bytes (``/proc``; the tests and the load
    benchmark read it)."""

    def __init__(self, pid: int, every: float = 0.05) -> None:
        self.pid, self.every = pid, every
        self.before = self.peak = resident(pid)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def now(self) -> int:
        return resident(self.pid)

    def _sample(self) -> None:
        while not self._stop.wait(self.every):
            self.peak = max(self.peak, resident(self.pid))

    def __enter__(self) -> "MemoryWatch":
        self.before = self.peak = resident(self.pid)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
