"""Measure what users wait for; writes docs/benchmarks.md.

Run: python scripts/benchmark.py
     (after bash scripts/setup.sh --test: the Debian chromium draws the browser figure)

Figures: gazetteer load and lookup throughput; normalisation and geoparse throughput on the whole corpus, and
on a text sixteen times its size; GeoPackage build cold and up to date; server time of a filter change
(AppTest); the map payload of every page that draws a map and its server time, first run and cached rerun
(AppTest); time from navigation to the drawn map in headless Chromium (stamped in the page) and the browser's
CPU time per session; A4 300 dpi PNG export; scaling of the build on 1×, 10× and 50× the shipped plans
(sequential and two processes, cold and incremental against the changed plan built alone, peak memory,
GeoPackage size, load average) and the write to a throwaway PostGIS (`python scripts/benchmark.py Scaling`);
many readers at once: 1, 5 and 20 concurrent Chromium sessions on the Layout page, time to the drawn map and
server memory (`python scripts/benchmark.py Load`, scripts/load.py).
"""

from __future__ import annotations

import json
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_average() -> float:
    """The machine's 1-minute load average, reported beside timings (2 cores: above 2, other work shares
    them)."""
    import os

    return round(os.getloadavg()[0], 1)


def timed(fn, repeat: int = 3) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def gazetteer_figures() -> dict:
    code = (
        "import time;t=time.perf_counter();from geo.gazetteer import load_gazetteer;load_gazetteer();"
        "print(time.perf_counter()-t)"
    )
    load = statistics.median(
        float(subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True).stdout)
        for _ in range(3)
    )
    from geo.gazetteer import load_gazetteer

    g = load_gazetteer()
    names = list(g.names)[:20000]
    t = time.perf_counter()
    for n in names:
        g.candidates(n)
    lookups = len(names) / (time.perf_counter() - t)
    return {
        "gazetteer load (cold process), s": round(load, 2),
        "name lookups per second": int(lookups),
        "gazetteer entries": len(g.places),
        "written forms": len(g.names),
    }


def parse_figures() -> dict:
    """Throughput after load, without and with the LAC recognizer (cold: nothing cached; warm: its words
    cached), beside cpca on the same text in the same run."""
    import os

    from geo.corpus import load_corpus
    from geo.gazetteer import load_gazetteer
    from geo.geoparse import geoparse, geoparse_plan

    g = load_gazetteer()
    norm = timed(load_corpus)
    plans = load_corpus()
    chars = sum(len(p.text) for p in plans)
    rules = timed(lambda: [geoparse_plan(p, g, recognizer=False) for p in plans])
    with tempfile.TemporaryDirectory() as tmp:  # a cache of its own: the first run is cold
        os.environ["PLAN_EXPLORER_CACHE"] = tmp
        code = (
            "import time;from geo.corpus import load_corpus;from geo.gazetteer import load_gazetteer;"
            "from geo.geoparse import geoparse_plan;g=load_gazetteer();ps=load_corpus();"
            "t=time.perf_counter();[geoparse_plan(p,g) for p in ps];print(time.perf_counter()-t)"
        )
        cold = float(
            subprocess.run(
                [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=dict(os.environ)
            ).stdout
        )
        del os.environ["PLAN_EXPLORER_CACHE"]
    warm = timed(lambda: [geoparse_plan(p, g) for p in plans])
    n = sum(len(geoparse_plan(p, g)) for p in plans)
    # a plan of a million characters: time grows with the text, not its square
    big = "\n".join(p.text for p in plans) * 16
    big_parse = timed(lambda: geoparse(big, g, recognizer=False), repeat=1)
    return {
        "corpus characters (normalised)": chars,
        "read + normalise + structure corpus, s": round(norm, 3),
        "geoparse, rules only, characters/s": int(chars / rules),
        "geoparse with the LAC recognizer, cold (nothing cached), characters/s": int(chars / cold),
        "geoparse with the LAC recognizer, warm (words cached), characters/s": int(chars / warm),
        "cpca 0.5.5 transform_text_with_addrs on the same sentences, characters/s": _cpca_rate(plans),
        "mentions found": n,
        f"geoparse, rules only, of the corpus 16 times over ({len(big):,} characters), s": round(
            big_parse, 2
        ),
    }


def _cpca_rate(plans) -> int:
    import cpca

    sentences = [s.text for p in plans for s in p.sentences]
    t = time.perf_counter()
    for s in sentences:
        try:
            cpca.transform_text_with_addrs(s, pos_sensitive=True)
        except KeyError:  # cpca 0.5.5 fails on a text with no address
            pass
    return int(sum(map(len, sentences)) / (time.perf_counter() - t))


def build_figures() -> dict:
    from layers.build import build

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "b.gpkg"
        cold = timed(lambda: build(out=out, force=True), repeat=2)
        warm = timed(lambda: build(out=out), repeat=3)
        size = out.stat().st_size
    return {
        "build, cold, s": round(cold, 2),
        "build, up to date, s": round(warm, 3),
        "GeoPackage size, MB": round(size / 1e6, 2),
    }


MAP_PAGES = [
    ("Layout 2018", "page_layout.py", {"plan": "hbey-2018"}),
    ("Layout 2021", "page_layout.py", {"plan": "hbew-2021"}),
    ("Layout compare", "page_layout.py", {"plan": "compare"}),
    ("Layers", "page_layers.py", {}),
    ("Projects", "page_projects.py", {}),
    ("Place", "page_place.py", {"place": "cur:满都拉口岸"}),
]
"""The pages that draw maps, with the query that selects what they show."""


def _page(path: str, query: dict):
    from streamlit.testing.v1 import AppTest

    if str(ROOT) not in sys.path:  # the pages import app_pages._shared, as streamlit run from the root does
        sys.path.insert(0, str(ROOT))
    at = AppTest.from_file(str(ROOT / "app_pages" / path), default_timeout=300)
    at.query_params.update(query)
    return at


def payload_figures() -> dict:
    """Bytes each page sends for its maps (the st_folium arguments: script with the data, embedded web files),
    and the server time of a page's first run (layers built) and of a rerun (layers cached)."""
    out = {}
    for name, path, query in MAP_PAGES:
        at = _page(path, query)
        t = time.perf_counter()
        at.run()
        first = time.perf_counter() - t
        t = time.perf_counter()
        at.run()
        again = time.perf_counter() - t
        comps = [c for c in at.get("component_instance") if c.proto.component_name.endswith("st_folium")]
        args = [json.loads(c.proto.json_args) for c in comps]
        out[f"{name}: map payload, bytes"] = sum(len(c.proto.json_args.encode()) for c in comps)
        out[f"{name}: of which embedded web files, bytes"] = sum(
            len(x) for a in args for x in a["js_links"] + a["css_links"]
        )
        out[f"{name}: server time, first run / rerun, s"] = f"{first:.2f} / {again:.2f}"
    return out


def app_figures() -> dict:
    at = _page("page_projects.py", {}).run()
    load = load_average()
    t, cpu = time.perf_counter(), time.process_time()
    at.selectbox[0].set_value("包头市").run()
    return {
        "projects filter change, server time, s": round(time.perf_counter() - t, 2),
        "the same, CPU time of the process, s": round(time.process_time() - cpu, 2),
        "load average (1 min)": load,
    }


LOADS = 7
"""Fresh pages per app in the Browser figures: medians of seven, each app's loads interleaved with the other's
(the machine is shared: what slows one slows both)."""


def _load_once(browser, url: str) -> dict:
    """One fresh browser session (a new context: nothing cached) on ``url``: seconds to the drawn map (stamped
    in the page, and as Playwright's waits returned), the Chromium CPU seconds it took (every process of the
    browser, measured before its context closes) and its failed or external requests."""
    from layers.serve import browser_cpu, open_layout  # one definition of the check

    before = sum(browser_cpu().values())
    times: dict = {}
    page, _frame, failed, external, _ = open_layout(browser, url, times=times)
    cpu = sum(browser_cpu().values()) - before
    page.close()
    return {**times, "cpu": cpu, "bad": len(failed) + len(external)}


def _time_to_map(apps: list[str]) -> list[dict]:
    """For each app, medians over :data:`LOADS` fresh pages (after one each to warm its server) of
    :func:`_load_once`'s figures, and its failed or external requests."""
    from contextlib import ExitStack

    from playwright.sync_api import sync_playwright

    from layers.serve import ARGS, CHROMIUM, streamlit_server

    with ExitStack() as stack, sync_playwright() as p:
        urls = [stack.enter_context(streamlit_server(app)) for app in apps]
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        runs: list[list[dict]] = [[] for _ in apps]
        for _ in range(LOADS + 1):
            for url, out in zip(urls, runs):
                out.append(_load_once(b, url))
        b.close()
    return [
        {k: statistics.median(r[k] for r in out[1:]) for k in ("drawn", "polled", "cpu")}
        | {"bad": sum(r["bad"] for r in out)}
        for out in runs
    ]


def browser_figures() -> dict:
    from layers.serve import FLOOR_APP

    load = load_average()
    with tempfile.TemporaryDirectory() as tmp:
        floor = Path(tmp) / "floor.py"
        floor.write_text(FLOOR_APP, encoding="utf-8")
        app, base = _time_to_map(["app.py", str(floor)])
    return {
        f"navigation → drawn layout map in Chromium, s (median of {LOADS}, server warm, new browser context"
        " each; drawn as stamped in the page)": round(app["drawn"], 2),
        "the same for a page with one line on the same map (Streamlit + streamlit-folium floor), in the same"
        " run, s": round(base["drawn"], 2),
        "the same two as Playwright's waits returned (0–0.5 s late per wait; the figure before 2026-12-01),"
        " s": f"{app['polled']:.2f} / {base['polled']:.2f}",
        "Chromium CPU time per session, layout page / floor, s": f"{app['cpu']:.2f} / {base['cpu']:.2f}",
        "failed or external requests": app["bad"] + base["bad"],
        "load average (1 min) at the start / end": f"{load} / {load_average()}",
    }


SESSION_PATHS = ["", "/?plan=hbew-2021", "/page_layers", "/page_projects", "/?plan=compare", "/page_place"]
"""What the sessions of the memory figure open in turn: every page that draws a map."""


def memory_figures(sessions: int = 40) -> dict:
    """Server memory after ``sessions`` browser sessions one after another, each opening a map page (in turn
    every page that draws one), waiting for its map and closing; the first figure is after one session."""
    from playwright.sync_api import sync_playwright

    from geo.isolate import resident
    from layers.serve import ARGS, CHROMIUM, map_frame, served_app

    load = load_average()
    with served_app() as served, sync_playwright() as p:
        url = served.url
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        after = {}
        for i in range(sessions):
            page = b.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url + SESSION_PATHS[i % len(SESSION_PATHS)], wait_until="domcontentloaded")
            map_frame(page).wait_for_selector(
                ".leaflet-overlay-pane path, .leaflet-marker-pane div", state="attached"
            )
            page.close()
            if i + 1 in (1, len(SESSION_PATHS), sessions):
                time.sleep(2)  # the closed sessions' scripts end
                after[i + 1] = resident(served.pid) / 2**20
        b.close()
    return {
        **{
            f"server memory (RSS) after {n} session{'s' if n > 1 else ''} one after another, MB": round(mb)
            for n, mb in after.items()
        },
        "load average (1 min) at the start": load,
    }


def export_figures() -> dict:
    from layers.build import DEFAULT_GPKG, build
    from layers.export import render
    from layers.store import read_layers

    build()
    frames = read_layers(DEFAULT_GPKG)
    load = load_average()
    with tempfile.TemporaryDirectory() as tmp:
        cpu = time.process_time()
        secs = timed(
            lambda: render(frames, Path(tmp) / "a4.png", preset="layout-2018", dpi=300, size="a4"), repeat=3
        )
        cpu = (time.process_time() - cpu) / 3
    return {
        "export A4 300 dpi PNG, s (median of 3 in one process)": round(secs, 2),
        "the same, mean CPU time of the process, s": round(cpu, 2),
        "load average (1 min) at the start": load,
    }


def synthetic_corpus(folder: Path, copies: int) -> Path:
    """``copies`` copies of the shipped plans with distinct plan ids (``hbey-2018~003``) and their own witness
    files."""
    from geo.corpus import PLANS_DIR, load_manifest

    folder.mkdir(parents=True, exist_ok=True)
    plans = []
    for i in range(copies):
        for meta in load_manifest(PLANS_DIR):
            witnesses = [{**w, "file": f"c{i:03d}-{w['file']}"} for w in meta["witnesses"]]
            for w, src in zip(witnesses, meta["witnesses"]):
                (folder / w["file"]).write_bytes((PLANS_DIR / src["file"]).read_bytes())
            plans.append({**meta, "plan_id": f"{meta['plan_id']}~{i:03d}", "witnesses": witnesses})
    (folder / "manifest.json").write_text(json.dumps({"plans": plans}, ensure_ascii=False), encoding="utf-8")
    return folder


def _fresh_cache(folder: Path, *, keep: bool = False) -> dict:
    """An empty plan cache with the gazetteer and the LAC words of the shipped plans already in it (as after
    one build), so that cold means: no plan parsed yet (``keep``: the folder as it is, for a build that
    follows)."""
    import os
    import shutil

    from geo.cache import CACHE

    if keep and folder.exists():
        return dict(os.environ, PLAN_EXPLORER_CACHE=str(folder))
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for f in [*CACHE.glob("gazetteer-*.pickle"), CACHE / "lac.sqlite"]:
        if f.exists():
            shutil.copy(f, folder / f.name)
    return dict(os.environ, PLAN_EXPLORER_CACHE=str(folder))


def _run_build(
    plans: Path, out: str, jobs: int, env: dict, timeout: float | None = None
) -> tuple[float, str]:
    """Wall time of ``python -m layers build`` in a fresh process and its peak-memory line."""
    t = time.perf_counter()
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "layers",
            "build",
            "--plans",
            str(plans),
            "--out",
            out,
            "--jobs",
            str(jobs),
            "--force",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )
    secs = time.perf_counter() - t
    if run.returncode:
        raise RuntimeError(run.stderr[-2000:])
    mem = run.stdout.strip().splitlines()[-1].split("peak memory ")[-1]
    return secs, mem.replace(" (main)", " main").replace(" (largest worker)", " worker")


def _touch(plans: Path) -> Path:
    """One plan of a synthetic corpus changed (a sentence added to baotou-2024's first copy); the changed
    file."""
    changed = plans / "c000-baotou-2024.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n加快建设满都拉口岸。\n", encoding="utf-8")
    return changed


def _alone(tmp: Path, changed: Path) -> tuple[float, str]:
    """The changed plan built alone, cold (its own folder, an empty plan cache)."""
    alone = tmp / "alone"
    alone.mkdir(exist_ok=True)
    (alone / "baotou-2024.txt").write_bytes(changed.read_bytes())
    return _run_build(alone, str(tmp / "alone.gpkg"), 1, _fresh_cache(tmp / "cache-alone"))


def _scale_figures(tmp: Path, k: int) -> dict:
    """Cold builds (sequential, two processes), then after one plan changed an incremental build and, right
    after it, the changed plan alone (the ratio of the two is what the target is about), and the GeoPackage's
    size."""
    plans = synthetic_corpus(tmp / f"x{k}", k)
    n = len(json.loads((plans / "manifest.json").read_text(encoding="utf-8"))["plans"])
    gpkg = str(tmp / f"x{k}.gpkg")
    out: dict[str, object] = {}
    for jobs in (1, 2):
        # the second one stays: the incremental builds start from it
        env = _fresh_cache(tmp / f"cache-{jobs}")
        secs, mem = _run_build(plans, gpkg, jobs, env)
        out[f"{k}× ({n} plans), cold, --jobs {jobs}: s / peak memory (load)"] = (
            f"{secs:.1f} / {mem} ({load_average()})"
        )
    for jobs in (1, 2):
        changed = _touch(plans)
        secs, mem = _run_build(plans, gpkg, jobs, env)
        out[f"{k}× ({n} plans), incremental (one plan changed), --jobs {jobs}: s / peak memory (load)"] = (
            f"{secs:.1f} / {mem} ({load_average()})"
        )
        if jobs == 1:
            alone, mem = _alone(tmp, changed)
            out[f"{k}×: the changed plan alone, cold, right after: s / peak memory (load)"] = (
                f"{alone:.1f} / {mem} ({load_average()})"
            )
            out[f"{k}×: incremental / the changed plan alone"] = f"{secs / alone:.2f}"
    out[f"{k}×: GeoPackage size, MB"] = round(Path(gpkg).stat().st_size / 1e6, 1)
    return out


def scaling_figures(scales: tuple[int, ...] = (1, 10, 50)) -> dict:
    """Build time and peak memory on 1×, 10×, 50× the shipped plans (:func:`_scale_figures`); the largest
    corpus written to PostGIS. Each figure carries the load average of the minute it was taken in."""
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for k in scales:
            out.update(_scale_figures(Path(tmp), k))
        out.update(
            _postgis_figure(
                Path(tmp) / f"x{scales[-1]}", scales[-1], _fresh_cache(Path(tmp) / "cache-2", keep=True)
            )
        )
    return out


def _postgis_figure(plans: Path, k: int, env: dict, timeout: float = 1200) -> dict:
    """The same build written to a throwaway PostGIS (plans already parsed), and read back by the app's
    reader."""
    from layers import pgcluster as pg

    if pg.pg_bin() is None or not pg.has_postgis():
        return {"PostGIS": "not installed (bash scripts/setup.sh --test)"}
    from layers.postgis import read_postgis

    with pg.cluster() as url:
        try:
            secs, _ = _run_build(plans, url, 2, env, timeout=timeout)
        except subprocess.TimeoutExpired:
            return {f"{k}×, build into PostGIS (plans cached), s": f"not done in {timeout:.0f} s"}
        load = load_average()
        t = time.perf_counter()
        read_postgis(url)
        read = time.perf_counter() - t
    return {
        f"{k}×, build into PostGIS (plans cached), s (load)": f"{secs:.1f} ({load})",
        f"{k}×, read every layer back from PostGIS, s (load)": f"{read:.1f} ({load_average()})",
    }


def load_figures() -> dict:
    """1, 5 and 20 concurrent Chromium sessions on the Layout page of one server (scripts/load.py)."""
    from load import run_load  # scripts/load.py: scripts/ is the first entry of sys.path when this file runs

    from layers.build import build

    build()
    return run_load((1, 5, 20))


SECTIONS = [
    ("Gazetteer", gazetteer_figures),
    ("Parsing", parse_figures),
    ("Build", build_figures),
    ("App", app_figures),
    ("Map payload per page", payload_figures),
    ("Browser", browser_figures),
    ("Server memory", memory_figures),
    ("Static export", export_figures),
    ("Scaling", scaling_figures),
    ("Load", load_figures),
]


def section(title: str, figures: dict) -> str:
    return "\n".join(
        [
            f"## {title}",
            "",
            "| measure | value |",
            "|---|---:|",
            *(f"| {k} | {v} |" for k, v in figures.items()),
            "",
        ]
    )


def main(only: list[str]) -> None:
    """Run every section (or only those named on the command line, replacing them in docs/benchmarks.md)."""
    doc = ROOT / "docs" / "benchmarks.md"
    head = [
        "# Benchmarks",
        "",
        f"`python scripts/benchmark.py` on {platform.machine()}, {platform.python_version()}, "
        "2 cores (the project's machine size); medians of repeated runs. "
        "`python scripts/benchmark.py App` reruns one section.",
        "",
    ]
    old = {}
    if only and doc.exists():
        for part in doc.read_text(encoding="utf-8").split("\n## ")[1:]:
            old[part.split("\n", 1)[0]] = "## " + part.rstrip("\n") + "\n"
    parts = [
        section(title, fn()) if not only or title in only else old.get(title, "") for title, fn in SECTIONS
    ]
    text = "\n".join(head + [p for p in parts if p])
    doc.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main(sys.argv[1:])
