"""The installed command (planmap) and where the code finds its files (geo/paths.py)."""

import csv
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_planmap_is_the_entry_point_and_lists_its_commands(capsys):
    from layers.cli import COMMANDS, main

    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts == {"planmap": "layers.cli:main"}
    assert list(COMMANDS) == ["build", "parse", "export", "lookup", "schema"]
    assert main([]) == 2 and "usage: planmap {build,parse,export,lookup,schema}" in capsys.readouterr().out
    assert main(["frobnicate"]) == 2 and "unknown command 'frobnicate'" in capsys.readouterr().err


def test_planmap_runs_each_module_command(capsys, tmp_path):
    from layers.cli import main

    assert main(["lookup", "包头"]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("150200\t包头市\tcity\t")
    assert main(["lookup", "不存在的地方"]) == 1 and "no place" in capsys.readouterr().err
    plan = tmp_path / "plan.txt"
    plan.write_text("推进满都拉口岸建设，加快京新高速临河至哈密段建设。", encoding="utf-8")
    assert main(["parse", str(plan), "--format", "csv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("plan_id,") and any("满都拉口岸,port" in line for line in out[1:])
    # a line's section is no place: the line and its ends are listed, the section is not
    surfaces = [row["surface"] for row in csv.DictReader(out)]
    assert "京新高速" in surfaces and "临河" in surfaces and "临河至哈密段" not in surfaces
    assert main(["schema"]) == 0 and "mentions" in capsys.readouterr().out
    assert (
        main(["export", "--out", str(tmp_path / "map.gif")]) == 2 and "must end in" in capsys.readouterr().err
    )


def test_a_clone_reads_and_writes_its_own_data_folder():
    from geo import paths
    from layers.build import PLANS_DIR

    assert paths.IN_CLONE and paths.DATA == ROOT / "data" and paths.WORK == ROOT / "data"
    assert PLANS_DIR == ROOT / "data" / "plans"


def test_a_wheel_reads_its_shipped_tables_and_writes_to_the_user_cache(tmp_path):
    """geo/paths.py as a wheel lays it out: geo/ and plan_explorer_data/ side by side in site-packages."""
    site = tmp_path / "site-packages"
    (site / "geo").mkdir(parents=True)
    shutil.copy(ROOT / "geo" / "paths.py", site / "geo" / "paths.py")
    (site / "geo" / "__init__.py").write_text("")
    (site / "plan_explorer_data" / "gazetteer").mkdir(parents=True)
    code = "from geo import paths; print(paths.IN_CLONE, paths.DATA, paths.WORK, sep='|')"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PLAN_EXPLORER_", "PYTHON"))}
    env.update(PYTHONPATH=str(site), XDG_CACHE_HOME=str(tmp_path / "cache"))
    run = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == [
        f"False|{site / 'plan_explorer_data'}|{tmp_path / 'cache' / 'plan-explorer'}"
    ]
    env["PLAN_EXPLORER_DATA"] = str(tmp_path / "elsewhere")
    run = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert run.stdout.split("|")[1] == str(tmp_path / "elsewhere")


@pytest.mark.slow  # a command-line process geoparsing a whole plan
def test_planmap_stops_quietly_when_its_reader_does():
    """planmap parse FILE | head: the reader goes away after a line; no traceback, the shell's 141."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "layers.cli", "parse", str(ROOT / "data" / "plans" / "nmg-bohai.txt")],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout.readline().startswith(b"plan_id,")
    proc.stdout.close()
    with proc.stderr:
        stderr = proc.stderr.read().decode()
    assert proc.wait(120) == 141 and "Traceback" not in stderr, stderr
