"""geo/isolate.py and geo/limits.py: work in a process of its own, killed beyond its time or memory budget;
one source for the limits; the Content Security Policy of the map frames (layers/csp.py)."""

from __future__ import annotations

import os
import time
import tomllib

import pytest

from geo.errors import PlanReadError
from geo.isolate import resident, run_isolated
from geo.paths import REPO

MB = 2**20


def sleeps(seconds: float) -> str:
    time.sleep(seconds)
    return "woke"


def grows(step_mb: int, steps: int) -> int:
    """Takes memory a step at a time, touching every page, as a parser building a tree does."""
    held = []
    for _ in range(steps):
        held.append(bytearray(os.urandom(1)) * (step_mb * MB))
        time.sleep(0.05)
    return len(held)


def refuses(name: str) -> None:
    raise PlanReadError(name, "file is empty", "choose another")


def test_result_and_errors_come_back_from_the_process():
    assert run_isolated(sleeps, 0, name="a.txt", seconds=60, memory=512 * MB) == "woke"
    with pytest.raises(PlanReadError) as err:
        run_isolated(refuses, "b.txt", name="b.txt", seconds=60, memory=512 * MB)
    assert (err.value.name, err.value.problem, err.value.fix) == ("b.txt", "file is empty", "choose another")


def test_a_process_over_its_time_is_killed_at_once():
    t = time.perf_counter()
    with pytest.raises(PlanReadError, match=r"'slow.txt': parsing took more than 2 s"):
        run_isolated(sleeps, 600, name="slow.txt", seconds=2, memory=512 * MB)
    assert time.perf_counter() - t < 12  # spawn, two seconds, kill


def test_a_process_over_its_memory_is_killed_and_the_caller_keeps_nothing():
    before = resident(os.getpid())
    with pytest.raises(PlanReadError, match=r"'big.docx': parsing needed more than 300 MB of memory"):
        run_isolated(grows, 50, 40, name="big.docx", seconds=120, memory=300 * MB)  # would take 2,000 MB
    assert resident(os.getpid()) - before < 50 * MB


def test_limits_have_one_source():
    from geo import decode, documents, limits

    assert decode.MAX_BYTES is limits.MAX_BYTES and documents.MAX_CHARS is limits.MAX_CHARS
    config = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["maxUploadSize"] * MB == limits.MAX_BYTES  # Streamlit's MB are MiB
    assert limits.mb(limits.MAX_BYTES) == "20 MB" and limits.mb(limits.UPLOAD_MEMORY) == "1536 MB"
    with pytest.raises(PlanReadError, match="file is 21 MB, the limit is 20 MB"):
        documents.bytes_to_text(b"a" * (limits.MAX_BYTES + MB), "big.txt")


def test_policy_allows_only_the_basemap_tiles():
    from layers.csp import policy, protect, tile_origin
    from layers.webmap import base_map

    assert tile_origin("https://webrd0{s}.is.autonavi.com/appmaptile?x={x}") == "https://*.is.autonavi.com"
    assert tile_origin("https://tile.openstreetmap.org/{z}/{x}/{y}.png") == "https://tile.openstreetmap.org"
    offline = policy()
    assert (
        "connect-src 'none'" in offline
        and "img-src data: blob:;" in offline
        and "script-src-attr 'none'" in offline
    )
    m = protect(base_map((109.0, 37.0, 112.0, 42.0), basemap="amap"))
    assert "img-src data: blob: https://*.is.autonavi.com" in m.get_root().render()
