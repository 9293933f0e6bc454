"""Measure what users wait for; writes docs/benchmarks.md.

Run: python scripts/benchmark.py   (after bash scripts/setup.sh --test: the Debian chromium draws the browser figure)

Figures: gazetteer load and lookup throughput; normalisation and geoparse throughput on the whole
corpus, and on a text sixteen times its size; GeoPackage build cold and up to date; layout map payload
and server time of a filter change (AppTest); time from navigation to the drawn map in headless
Chromium; A4 300 dpi PNG export.
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


def timed(fn, repeat: int = 3) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def gazetteer_figures() -> dict:
    code = "import time;t=time.perf_counter();from geo.gazetteer import load_gazetteer;load_gazetteer();print(time.perf_counter()-t)"
    load = statistics.median(float(subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True).stdout)
                             for _ in range(3))
    from geo.gazetteer import load_gazetteer

    g = load_gazetteer()
    names = list(g.names)[:20000]
    t = time.perf_counter()
    for n in names:
        g.candidates(n)
    lookups = len(names) / (time.perf_counter() - t)
    return {"gazetteer load (cold process), s": round(load, 2), "name lookups per second": int(lookups),
            "gazetteer entries": len(g.places), "written forms": len(g.names)}


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
        code = ("import time;from geo.corpus import load_corpus;from geo.gazetteer import load_gazetteer;"
                "from geo.geoparse import geoparse_plan;g=load_gazetteer();ps=load_corpus();t=time.perf_counter();"
                "[geoparse_plan(p,g) for p in ps];print(time.perf_counter()-t)")
        cold = float(subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=dict(os.environ)).stdout)
        del os.environ["PLAN_EXPLORER_CACHE"]
    warm = timed(lambda: [geoparse_plan(p, g) for p in plans])
    n = sum(len(geoparse_plan(p, g)) for p in plans)
    big = "\n".join(p.text for p in plans) * 16  # a plan of a million characters: time grows with the text, not its square
    big_parse = timed(lambda: geoparse(big, g, recognizer=False), repeat=1)
    return {"corpus characters (normalised)": chars, "read + normalise + structure corpus, s": round(norm, 3),
            "geoparse, rules only, characters/s": int(chars / rules),
            "geoparse with the LAC recognizer, cold (nothing cached), characters/s": int(chars / cold),
            "geoparse with the LAC recognizer, warm (words cached), characters/s": int(chars / warm),
            "cpca 0.5.5 transform_text_with_addrs on the same sentences, characters/s": _cpca_rate(plans),
            "mentions found": n, f"geoparse, rules only, of the corpus 16 times over ({len(big):,} characters), s": round(big_parse, 2)}


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
    return {"build, cold, s": round(cold, 2), "build, up to date, s": round(warm, 3), "GeoPackage size, MB": round(size / 1e6, 2)}


def app_figures() -> dict:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app_pages" / "page_layout.py"), default_timeout=120).run()
    comp = next(c for c in at.get("component_instance") if c.proto.component_name.endswith("st_folium"))
    args = json.loads(comp.proto.json_args)
    payload = len(comp.proto.json_args.encode())
    assets = sum(len(x) for x in args["js_links"] + args["css_links"])
    at = AppTest.from_file(str(ROOT / "app_pages" / "page_projects.py"), default_timeout=120).run()
    t = time.perf_counter()
    at.selectbox[0].set_value("包头市").run()
    filt = time.perf_counter() - t
    return {"layout map payload, bytes": payload, "of which embedded Leaflet assets, bytes": assets,
            "layout map data (script), bytes": len(args["script"].encode()),
            "projects filter change, server time, s": round(filt, 2)}


def browser_figures() -> dict:
    from playwright.sync_api import sync_playwright

    from layers.serve import ARGS, CHROMIUM, open_layout, streamlit_server  # one definition of the check

    with streamlit_server() as url, sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        times, bad = [], 0
        for _ in range(3):
            page, _frame, failed, external, elapsed = open_layout(b, url)
            times.append(elapsed)
            bad += len(failed) + len(external)
            page.close()
        b.close()
    return {"navigation → drawn layout map in Chromium, s (median of 3)": round(statistics.median(times), 2),
            "failed or external requests": bad}


def export_figures() -> dict:
    from layers.build import DEFAULT_GPKG, build
    from layers.export import render
    from layers.store import read_layers

    build()
    frames = read_layers(DEFAULT_GPKG)
    with tempfile.TemporaryDirectory() as tmp:
        secs = timed(lambda: render(frames, Path(tmp) / "a4.png", preset="layout-2018", dpi=300, size="a4"), repeat=2)
    return {"export A4 300 dpi PNG, s": round(secs, 2)}


def main() -> None:
    sections = [("Gazetteer", gazetteer_figures), ("Parsing", parse_figures), ("Build", build_figures),
                ("App", app_figures), ("Browser", browser_figures), ("Static export", export_figures)]
    lines = ["# Benchmarks", "", f"`python scripts/benchmark.py` on {platform.machine()}, {platform.python_version()}, "
             f"2 cores (the project's machine size); medians of repeated runs.", ""]
    for title, fn in sections:
        lines += [f"## {title}", "", "| measure | value |", "|---|---:|"]
        lines += [f"| {k} | {v} |" for k, v in fn().items()]
        lines.append("")
    text = "\n".join(lines)
    (ROOT / "docs" / "benchmarks.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
