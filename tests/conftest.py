"""Fixtures shared by the tests, and the test tiers.

Tiers: ``pytest`` runs the whole suite (what CI runs, through ``bash scripts/test.sh``); the marked tiers
``browser`` (headless Chromium against ``streamlit run``), ``ocr`` (tesseract reads rendered maps),
``postgis`` (a throwaway PostgreSQL + PostGIS cluster) and ``slow`` (a second build, page runs of several
seconds, whole name lists) are left out by ``bash scripts/test.sh --fast``, i.e.
``pytest -m "not browser and not ocr and not postgis and not slow"``. The time each tier took is printed at
the end of every run.

The corpus GeoPackage is built once per session into a temporary folder, never into the working tree:
``PLAN_EXPLORER_GPKG`` points ``layers.build.DEFAULT_GPKG``, the in-process app tests and the streamlit
servers of the browser tests at it. It is built by ``python -m layers build`` in a background process started
after collection, while the test modules that do not need it run first (on a second core).
``PLAN_EXPLORER_TEST_TMP`` names a folder to keep it in between runs (an up-to-date file is not rebuilt).
Before that build starts, the gazetteer is loaded here once (on a fresh clone it is built into ``data/cache``
once, not by the build's processes too). Work the tests would repeat is shared: one Streamlit component scan
for all ``AppTest`` runs, one Chromium per module, the Layout page drawn once per window size in the browser
tests, the rebuilds of a damaged GeoPackage checked against the session's build (determinism), the SVG and PDF
of the OCR test checked for size.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest

TIERS = ("browser", "ocr", "postgis", "slow")
_state: dict = {"tmp": None, "build": None, "log": None}


def pytest_configure(config: pytest.Config) -> None:
    if "layers.build" in sys.modules:
        raise pytest.UsageError(
            "layers.build was imported before tests/conftest.py could set PLAN_EXPLORER_GPKG"
        )
    folder = os.environ.get("PLAN_EXPLORER_TEST_TMP")
    if not folder:
        folder = _state["tmp"] = tempfile.mkdtemp(prefix="plan-explorer-tests-")
    Path(folder).mkdir(parents=True, exist_ok=True)
    os.environ["PLAN_EXPLORER_GPKG"] = str(Path(folder) / "hbe_plans.gpkg")


def _needs_gpkg(item: pytest.Item) -> bool:
    return "gpkg" in getattr(item, "fixturenames", ())


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Modules whose tests read the GeoPackage run last (each module kept whole, in its order)."""
    late = {item.module.__name__ for item in items if _needs_gpkg(item) and item.module}
    items.sort(key=lambda item: item.module.__name__ in late if item.module else False)


def _scan_streamlit_components_once() -> None:
    """Each new ``AppTest`` scans the metadata of every installed distribution for Streamlit components (about
    half a second of CPU); nothing is installed during a session, so the scan's result is kept for the
    session."""
    from streamlit.components.v2 import manifest_scanner

    if not hasattr(manifest_scanner.scan_component_manifests, "cache_info"):
        manifest_scanner.scan_component_manifests = cache(manifest_scanner.scan_component_manifests)


def pytest_collection_finish(session: pytest.Session) -> None:
    if "streamlit.testing.v1" in sys.modules:  # a collected module runs pages through AppTest
        _scan_streamlit_components_once()
    if not session.config.option.collectonly and any(_needs_gpkg(item) for item in session.items):
        from geo.gazetteer import load_gazetteer

        # on a fresh clone built here once (4 s of CPU), not by each process of the build as well
        load_gazetteer()
        # closed at unconfigure
        log = open(Path(os.environ["PLAN_EXPLORER_GPKG"]).with_suffix(".log"), "w")  # noqa: SIM115
        _state["log"] = log
        _state["build"] = subprocess.Popen(
            [sys.executable, "-m", "layers", "build"],
            cwd=Path(__file__).parent.parent,
            stdout=log,
            stderr=subprocess.STDOUT,
        )


def pytest_unconfigure(config: pytest.Config) -> None:
    proc = _state["build"]
    if proc is not None and proc.poll() is None:  # the session ended before it needed the GeoPackage
        proc.terminate()
        proc.wait(30)
    if _state["log"]:
        _state["log"].close()
    if _state["tmp"]:
        shutil.rmtree(_state["tmp"], ignore_errors=True)


def tier(item: pytest.Item) -> str:
    return next((t for t in TIERS if item.get_closest_marker(t)), "fast")


_seconds: dict[str, float] = defaultdict(float)
_counts: dict[str, int] = defaultdict(int)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    yield
    _seconds[tier(item)] += call.duration
    if call.when == "call":
        _counts[tier(item)] += 1


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    if _counts:
        parts = [f"{t} {_seconds[t]:.1f} s ({_counts[t]} tests)" for t in ("fast", *TIERS) if _counts[t]]
        terminalreporter.write_sep("-", "time per tier (setup + call + teardown): " + ", ".join(parts))


@pytest.fixture(scope="session")
def corpus():
    from geo.corpus import load_corpus

    return {p.plan_id: p for p in load_corpus()}


@pytest.fixture(scope="session")
def gaz():
    from geo.gazetteer import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="session")
def gpkg() -> Path:
    """The corpus GeoPackage the app reads (PLAN_EXPLORER_GPKG): built once, by the background build."""
    from layers.build import DEFAULT_GPKG, build

    assert str(DEFAULT_GPKG) == os.environ["PLAN_EXPLORER_GPKG"]
    proc = _state["build"]
    if proc is not None and proc.wait() != 0:
        _state["log"].flush()
        pytest.fail(
            "python -m layers build failed:\n" + DEFAULT_GPKG.with_suffix(".log").read_text(errors="replace")
        )
    out, _ = build(out=DEFAULT_GPKG)  # up to date after the background build: only checks the input hash
    return out


@pytest.fixture(scope="session")
def frames(gpkg):
    from layers.store import read_layers

    return read_layers(gpkg)


@pytest.fixture(scope="module")
def browser():
    """Headless Debian Chromium, one per test module (playwright's event loop lives no longer than the
    module)."""
    from playwright.sync_api import sync_playwright

    from layers.serve import ARGS, CHROMIUM

    assert Path(CHROMIUM).exists(), "Debian chromium is required (bash scripts/setup.sh --test)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()
