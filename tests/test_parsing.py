"""Parallel, cached parsing of a corpus: the same result with one or two processes; only changed plans
re-parsed."""

import shutil

import pytest

from geo.corpus import PLANS_DIR
from layers import parsing


@pytest.mark.slow  # a plan parsed four times, in worker processes
def test_only_changed_plans_are_reparsed_and_jobs_do_not_change_the_result(tmp_path, monkeypatch):
    # the gazetteer's cache stays shared
    monkeypatch.setattr(parsing, "cache_dir", lambda: tmp_path / "cache" / "plans")
    plans = tmp_path / "plans"
    plans.mkdir()
    for name in ("a", "b"):
        shutil.copy(PLANS_DIR / "baotou-2024.txt", plans / f"{name}.txt")
    said = []
    first, parsed = parsing.parse_corpus(plans, jobs=2, progress=said.append)
    assert sorted(s.split(" (")[0] for s in said) == ["parsed a", "parsed b"]
    assert [p.plan_id for p in first] == ["a", "b"] and len(parsed["a"]) == len(parsed["b"]) > 50
    said.clear()
    again, parsed_again = parsing.parse_corpus(plans, jobs=1, progress=said.append)
    assert said == ["cached a (1/2)", "cached b (2/2)"]
    assert [(m.surface, m.place_id, k) for m, k in parsed_again["a"]] == [
        (m.surface, m.place_id, k) for m, k in parsed["a"]
    ]
    (plans / "b.txt").write_text(
        (plans / "b.txt").read_text(encoding="utf-8") + "\n加快建设满都拉口岸。\n", encoding="utf-8"
    )
    said.clear()
    _, changed = parsing.parse_corpus(plans, jobs=2, progress=said.append)
    assert said == ["cached a (1/2)", "parsed b (2/2)"]
    assert len(changed["b"]) == len(parsed["b"]) + 1
    assert len(list((tmp_path / "cache" / "plans").glob("*.pickle"))) == 2  # the old entry of b was replaced


def test_code_hash_covers_the_geo_code():
    assert len(parsing.code_hash()) == 64
    key = parsing.plan_key({"plan_id": "x", "witnesses": []}, PLANS_DIR, "code-1")
    assert key != parsing.plan_key({"plan_id": "x", "witnesses": []}, PLANS_DIR, "code-2")


def test_every_layers_module_a_plan_share_is_made_by_is_in_its_key():
    """A change to any module :mod:`layers.plan_layers` imports makes every plan's kept share stale."""
    import json
    import subprocess
    import sys

    code = (
        "import json, sys, layers.plan_layers; "
        "print(json.dumps(sorted(n.split('.')[1] for n in sys.modules if n.startswith('layers.'))))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert set(json.loads(run.stdout)) <= set(parsing.LAYERS_CODE)
