"""Many readers at once: 1, 5 and 20 concurrent headless Chromium sessions open the Layout page of one
explorer.

Reports, per wave: maps drawn, median and maximum time from navigation to the drawn map, the server's resident
memory at its peak and 10 s after the wave, and the CPU time the server used during the wave (the rest went to
the browsers); and the server's memory idle (after one warm-up session) and once the sessions of every wave
have expired (Streamlit keeps a closed session ``server.disconnectedSessionTTL`` = 120 s). The browsers share
the machine with the server, as they would not in use: the times are an upper bound.

Bounded: one server on 127.0.0.1 (no other host is contacted), one Chromium, every session given at most
:data:`SESSION_SECONDS`. Run ``python scripts/load.py [1 5 20]`` or ``python scripts/benchmark.py Load``
(which writes the table into docs/benchmarks.md). The server serves ``PLAN_EXPLORER_GPKG`` (default
data/hbe_plans.gpkg).
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

from layers.serve import ARGS, CHROMIUM, MemoryWatch, served_app

SESSION_SECONDS = 300
SESSION_TTL = 120
MB = 2**20


async def _session(browser, url: str) -> float | None:
    """Seconds from navigation to the drawn Layout map in a fresh browser context; None if not drawn in
    time."""
    from playwright.async_api import Error as PlaywrightError

    ctx = await browser.new_context(viewport={"width": 1400, "height": 1000})
    page = await ctx.new_page()
    t0 = time.perf_counter()

    def left() -> float:
        return max(1.0, SESSION_SECONDS - (time.perf_counter() - t0)) * 1000

    try:
        await page.goto(url, wait_until="domcontentloaded", timeout=left())
        el = await page.wait_for_selector("iframe[title='streamlit_folium.st_folium']", timeout=left())
        frame = await el.content_frame()
        await frame.wait_for_selector(".leaflet-overlay-pane path", state="attached", timeout=left())
        return time.perf_counter() - t0
    except PlaywrightError:
        return None
    finally:
        await ctx.close()


async def _wave(url: str, sessions: int) -> list[float | None]:
    """``sessions`` sessions opening the Layout page at the same moment."""
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            return list(await asyncio.gather(*(_session(browser, url) for _ in range(sessions))))
        finally:
            await browser.close()


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) process ``pid`` has used, in seconds (``/proc``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _row(sessions: int, times: list[float | None], mem: MemoryWatch, after: int, cpu: float) -> dict:
    drawn = [t for t in times if t is not None]
    spread = f"{statistics.median(drawn):.1f} / {max(drawn):.1f}" if drawn else "—"
    return {
        f"{sessions} sessions: maps drawn": f"{len(drawn)}/{sessions}",
        f"{sessions} sessions: navigation → drawn map, median / max, s": spread,
        f"{sessions} sessions: server CPU time, s": f"{cpu:.1f}",
        f"{sessions} sessions: server memory peak / 10 s after, MB": f"{mem.peak // MB} / {after // MB}",
    }


def run_load(waves: tuple[int, ...] = (1, 5, 20)) -> dict:
    """The figures of the module docstring, for each wave in turn on one server."""
    out = {"load average (1 min) at start": f"{os.getloadavg()[0]:.1f}"}
    with served_app() as served:
        asyncio.run(_wave(served.url, 1))  # warm-up: the layers read, the maps' layers built once
        time.sleep(5)
        idle = MemoryWatch(served.pid).now()
        out["server memory idle (after one warm-up session), MB"] = idle // MB
        for n in waves:
            cpu = cpu_seconds(served.pid)
            with MemoryWatch(served.pid) as mem:
                times = asyncio.run(_wave(served.url, n))
            cpu = cpu_seconds(served.pid) - cpu
            time.sleep(10)
            out.update(_row(n, times, mem, mem.now(), cpu))
        time.sleep(SESSION_TTL + 10)
        final = MemoryWatch(served.pid).now()
        out[f"server memory once the sessions expired ({SESSION_TTL} s), MB / × idle"] = (
            f"{final // MB} / {final / idle:.2f}"
        )
    out["load average (1 min) at end"] = f"{os.getloadavg()[0]:.1f}"
    return out


if __name__ == "__main__":
    figures = run_load(tuple(int(a) for a in sys.argv[1:]) or (1, 5, 20))
    print("\n".join(f"| {k} | {v} |" for k, v in figures.items()))
