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


FLOOR_APP = """
import folium, streamlit as st
from streamlit_folium import st_folium
from layers.webmap import base_map
st.set_page_config(layout="wide")
m = base_map((106.5, 37.5, 114.5, 42.8))
folium.PolyLine([[40.6, 109.8], [40.8, 111.7]]).add_to(m)
st_folium(m, key="floor", height=600, use_container_width=True, returned_objects=[])
"""
"""The floor of any map page: the same Streamlit, streamlit-folium and offline Leaflet, one line and nothing
else."""


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


DRAWN_SCRIPT = """(() => {
  const watch = () => {
    if (!location.pathname.includes('/component/')) return;
    const seen = new MutationObserver(() => {
      if (!document.querySelector('.leaflet-overlay-pane path')) return;
      window.top.__pmDrawn = window.top.__pmDrawn || Date.now();
      seen.disconnect();
    });
    seen.observe(document, {childList: true, subtree: true});
  };
  if (location.href === 'about:blank') window.addEventListener('DOMContentLoaded', watch); else watch();
})()"""
"""Stamps the moment a page's first map has vectors: run in every frame before its own scripts
(``add_init_script``), it sets ``window.top.__pmDrawn`` (ms since the epoch) when the first vector path is
attached in a component frame, from a MutationObserver, i.e. right after the script that drew it and before
the paint. Playwright's own waits poll (at 0, 20, 50, 100, 100 ms, then every 500 ms), so a time taken when
``wait_for_selector`` returns came 0–0.5 s late per wait (two waits: the frame, then its vectors). A
component frame first holds an empty document whose window its own document keeps (same origin), hence the
watch on DOMContentLoaded."""


def watch_drawn(page_or_context) -> None:
    """Stamp the drawn map in ``page_or_context`` (:data:`DRAWN_SCRIPT`); read it with :func:`drawn_at`."""
    page_or_context.add_init_script(DRAWN_SCRIPT)


def drawn_at(page) -> float:
    """When the page's first map had its vectors (seconds since the epoch, as ``time.time()``); after
    :func:`map_frame` or a wait for its vectors."""
    return page.evaluate("window.__pmDrawn") / 1000


def map_frame(page, timeout_ms: int = 90_000):
    """The Leaflet iframe of the page once its vectors are drawn."""
    el = page.wait_for_selector("iframe[title='streamlit_folium.st_folium']", timeout=timeout_ms)
    frame = el.content_frame()
    frame.wait_for_selector(
        ".leaflet-overlay-pane path, .leaflet-marker-pane div", state="attached", timeout=60_000
    )
    return frame


def open_layout(browser, url, shot: Path | None = None, times: dict | None = None):
    """Open the explorer's first page; return the page, its map frame, failed and external requests, seconds
    from navigation to the drawn map (:data:`DRAWN_SCRIPT`). ``times``, if given, also receives ``polled``:
    the seconds until Playwright's waits returned (the measure before 2026-12-01)."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    watch_drawn(page)
    failed, external = [], []
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.on(
        "request",
        lambda r: external.append(r.url) if not r.url.startswith((url, "data:", "blob:", "about:")) else None,
    )
    t0 = time.time()
    page.goto(url, wait_until="domcontentloaded")
    frame = map_frame(page)
    frame.wait_for_selector(".leaflet-overlay-pane path", timeout=60_000)
    polled = time.time() - t0
    elapsed = drawn_at(page) - t0
    if times is not None:
        times.update(drawn=elapsed, polled=polled)
    page.wait_for_timeout(1500)
    if shot:
        page.screenshot(path=str(shot), full_page=False)
    return page, frame, failed, external, elapsed


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) process ``pid`` has used, in seconds (``/proc``; 0 once it has gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _process_kind(pid: int) -> str:
    """A Chromium process's type (``renderer``, ``gpu-process``, ``utility``, ``zygote``, ``browser``), or
    ``other`` (the Playwright driver, the server, a process gone)."""
    try:  # Chromium rewrites its children's command lines as one string: split on spaces too
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").split()
    except OSError:
        return "other"
    if not argv or b"chrom" not in argv[0]:
        return "other"
    kinds = [a.split(b"=", 1)[1].decode() for a in argv if a.startswith(b"--type=")]
    return kinds[0] if kinds else "browser"


def browser_cpu(root: int | None = None) -> dict[str, float]:
    """CPU seconds used so far by each type of Chromium process under process ``root`` (default: this one),
    summed over the processes alive now: a page's renderer counts only while its context is open."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    out: dict[str, float] = {}
    stack = list(children.get(root or os.getpid(), []))
    while stack:
        pid = stack.pop()
        stack.extend(children.get(pid, []))
        kind = _process_kind(pid)
        if kind != "other":
            out[kind] = out.get(kind, 0.0) + cpu_seconds(pid)
    return out


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
