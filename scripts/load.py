"""Many readers at once: 1, 5 and 20 concurrent headless Chromium sessions open the Layout page of one
explorer; then the same waves on the floor page (one line on the same map: Streamlit and streamlit-folium,
nothing of the explorer), served the same way in the same run.

Reports, per wave: maps drawn, median and maximum time from navigation to the drawn map, the Chromium CPU
time per session (all processes of the wave's browser, read before its pages close), the CPU time the server
used during the wave, the server's resident memory at its peak and 10 s after the wave, and the load average
at the wave's start and end; and the explorer's memory idle (after one warm-up session) and once the sessions
of every wave have expired (Streamlit keeps a closed session ``server.disconnectedSessionTTL`` = 120 s).

Method. Each session is a new browser context (nothing cached: every reader on a first visit), and the
sessions of a wave navigate at the same moment (a burst, not staggered), in one Chromium on the same two cores
as the server. So the browsers' work, not the server's, sets the times: a new session costs the floor page
alone 1.2–1.6 s of Chromium CPU when nothing else runs, and more when 20 share the cores (one GPU process and
one browser process serve every page of the one Chromium, and each page waits longer with its loading
placeholders drawn). In use each reader's browser runs on the reader's device: the times are an upper
bound, and the floor's waves show what any Streamlit map page takes here.

Changed 2026-12-01 (issue #21): figures before are not comparable. The drawn map is stamped in the page
(:data:`layers.serve.DRAWN_SCRIPT`), no longer taken when Playwright's waits return (they poll every 500 ms:
0–0.5 s late per wait); a session's page stays open until every session of its wave has drawn or given up
(readers keep the page open; before, each page closed at once and its server session was dropped earlier);
the floor's waves and the CPU and load figures are new.

Bounded: one server at a time on 127.0.0.1 (no other host is contacted), one Chromium per wave, every session
given at most :data:`SESSION_SECONDS`. Run ``python scripts/load.py [--no-floor] [1 5 20]``, or
``python scripts/benchmark.py Load`` (which writes the table into docs/benchmarks.md). The server serves
``PLAN_EXPLORER_GPKG`` (default data/hbe_plans.gpkg).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from layers.serve import (
    ARGS,
    CHROMIUM,
    DRAWN_SCRIPT,
    FLOOR_APP,
    MemoryWatch,
    browser_cpu,
    cpu_seconds,
    served_app,
)

SESSION_SECONDS = 300
SESSION_TTL = 120
MB = 2**20


async def _session(browser, url: str, drawn: asyncio.Future, done: asyncio.Event) -> None:
    """A fresh browser context on ``url``: sets ``drawn`` to the seconds from navigation to its drawn map
    (None if not drawn in time), then keeps its page open until ``done``."""
    from playwright.async_api import Error as PlaywrightError

    ctx = await browser.new_context(viewport={"width": 1400, "height": 1000})
    await ctx.add_init_script(DRAWN_SCRIPT)
    page = await ctx.new_page()
    t0 = time.time()

    def left() -> float:
        return max(1.0, SESSION_SECONDS - (time.time() - t0)) * 1000

    try:
        await page.goto(url, wait_until="domcontentloaded", timeout=left())
        el = await page.wait_for_selector("iframe[title='streamlit_folium.st_folium']", timeout=left())
        frame = await el.content_frame()
        await frame.wait_for_selector(".leaflet-overlay-pane path", state="attached", timeout=left())
        drawn.set_result(await page.evaluate("window.__pmDrawn") / 1000 - t0)
    except PlaywrightError:
        drawn.set_result(None)
    finally:
        if not drawn.done():
            drawn.set_result(None)
        await done.wait()
        await ctx.close()


async def _wave(url: str, sessions: int) -> tuple[list[float | None], float]:
    """``sessions`` sessions opening ``url`` at the same moment: their times, and the CPU seconds their
    Chromium used (from its start-up to when every session has drawn or given up, before any page closes)."""
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        started = sum(browser_cpu().values())
        try:
            loop = asyncio.get_running_loop()
            drawn = [loop.create_future() for _ in range(sessions)]
            done = asyncio.Event()
            tasks = [asyncio.create_task(_session(browser, url, d, done)) for d in drawn]
            times = list(await asyncio.gather(*drawn))
            cpu = sum(browser_cpu().values()) - started
            done.set()
            await asyncio.gather(*tasks)
            return times, cpu
        finally:
            await browser.close()


def _row(label: str, sessions: int, times: list[float | None], cpu: float, mem: MemoryWatch, **extra) -> dict:
    drawn = [t for t in times if t is not None]
    spread = f"{statistics.median(drawn):.1f} / {max(drawn):.1f}" if drawn else "—"
    head = f"{label}, {sessions} sessions"
    return {
        f"{head}: maps drawn": f"{len(drawn)}/{sessions}",
        f"{head}: navigation → drawn map, median / max, s": spread,
        f"{head}: Chromium CPU time per session, s": f"{cpu / sessions:.2f}",
        f"{head}: server CPU time, s": f"{extra['server_cpu']:.1f}",
        f"{head}: server memory peak / 10 s after, MB": f"{mem.peak // MB} / {extra['after'] // MB}",
        f"{head}: load average (1 min) at start / end": f"{extra['load']:.1f} / {os.getloadavg()[0]:.1f}",
    }


def _waves(served, label: str, waves: tuple[int, ...]) -> dict:
    """The waves, one after another, against one server (already warm)."""
    out: dict = {}
    for n in waves:
        load, server_cpu = os.getloadavg()[0], cpu_seconds(served.pid)
        with MemoryWatch(served.pid) as mem:
            times, cpu = asyncio.run(_wave(served.url, n))
        server_cpu = cpu_seconds(served.pid) - server_cpu
        time.sleep(10)
        out.update(_row(label, n, times, cpu, mem, server_cpu=server_cpu, after=mem.now(), load=load))
    return out


def run_load(waves: tuple[int, ...] = (1, 5, 20), floor: bool = True) -> dict:
    """The figures of the module docstring, for each wave in turn: the explorer's, then the floor's."""
    out: dict = {"load average (1 min) at start": f"{os.getloadavg()[0]:.1f}"}
    with served_app() as served:
        asyncio.run(_wave(served.url, 1))  # warm-up: the layers read, the maps' layers built once
        time.sleep(5)
        idle = MemoryWatch(served.pid).now()
        out["server memory idle (after one warm-up session), MB"] = idle // MB
        out.update(_waves(served, "Layout page", waves))
        time.sleep(SESSION_TTL + 10)
        final = MemoryWatch(served.pid).now()
        out[f"server memory once the sessions expired ({SESSION_TTL} s), MB / × idle"] = (
            f"{final // MB} / {final / idle:.2f}"
        )
    if floor:
        with tempfile.TemporaryDirectory() as tmp:
            app = Path(tmp) / "floor.py"
            app.write_text(FLOOR_APP, encoding="utf-8")
            with served_app(str(app)) as served:
                asyncio.run(_wave(served.url, 1))
                out.update(_waves(served, "floor page", waves))
    out["load average (1 min) at end"] = f"{os.getloadavg()[0]:.1f}"
    return out


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--no-floor"]
    figures = run_load(tuple(int(a) for a in args) or (1, 5, 20), floor="--no-floor" not in sys.argv)
    print("\n".join(f"| {k} | {v} |" for k, v in figures.items()))
