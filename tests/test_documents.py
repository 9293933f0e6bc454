"""Plans users bring, in every accepted format, give the same places; the CLI and build take them too."""

import subprocess
import sys

import pytest

from geo.corpus import build_plan
from geo.documents import bytes_to_text
from geo.geoparse import geoparse_plan

TEXT = "加快建设包头至银川高铁，推进满都拉口岸建设。"
TRAD = "加快建設包頭至銀川高鐵，推進滿都拉口岸建設。"
EXPECTED = {("包头—银川高铁", "rail"), ("满都拉口岸", "port"), ("包头市", "city"), ("银川市", "city")}


def text_pdf(path):
    import matplotlib.pyplot as plt

    from layers.export import chinese_font

    chinese_font()
    fig = plt.figure(figsize=(6, 2))
    fig.text(0.02, 0.5, TEXT)
    fig.savefig(path)
    plt.close(fig)


def docx_file(path):
    import docx

    d = docx.Document()
    d.add_paragraph(TEXT)
    d.save(path)


@pytest.mark.parametrize("kind", ["utf8", "gb18030", "utf16", "traditional", "docx", "pdf"])
def test_each_format_gives_the_same_places(tmp_path, gaz, kind):
    path = tmp_path / f"plan.{ {'docx': 'docx', 'pdf': 'pdf'}.get(kind, 'txt') }"
    if kind == "pdf":
        text_pdf(path)
    elif kind == "docx":
        docx_file(path)
    else:
        enc = {"utf8": "utf-8", "gb18030": "gb18030", "utf16": "utf-16", "traditional": "utf-8"}[kind]
        path.write_bytes((TRAD if kind == "traditional" else TEXT).encode(enc))
    plan = build_plan("upload", [(path.name, bytes_to_text(path.read_bytes(), path.name))])
    found = {(m.name_zh, m.kind) for m, _ in geoparse_plan(plan, gaz)}
    assert EXPECTED <= found, found


def test_cli_parse_and_build_take_a_users_folder(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "my-plan.txt").write_bytes(TEXT.encode("gb18030"))
    r = subprocess.run([sys.executable, "-m", "geo", "parse", str(folder / "my-plan.txt"), "--format", "geojson"],
                       capture_output=True, text=True)
    assert r.returncode == 0 and "满都拉口岸" in r.stdout
    out = tmp_path / "mine.gpkg"
    r = subprocess.run([sys.executable, "-m", "layers", "build", "--plans", str(folder), "--out", str(out)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    import pyogrio

    plans = pyogrio.read_dataframe(out, layer="plans", read_geometry=False)
    assert list(plans["plan_id"]) == ["my-plan"]
    r = subprocess.run([sys.executable, "-m", "geo", "parse", str(tmp_path / "missing.txt")], capture_output=True, text=True)
    assert r.returncode == 2 and "not found" in r.stderr and "Traceback" not in r.stderr


def test_build_refuses_a_folder_with_a_bad_file_and_writes_nothing(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "good.txt").write_text(TEXT, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path / "out.gpkg"
    r = subprocess.run([sys.executable, "-m", "layers", "build", "--plans", str(folder), "--out", str(out)],
                       capture_output=True, text=True)
    assert r.returncode == 2 and "empty.txt" in r.stderr and "file is empty" in r.stderr
    assert "Traceback" not in r.stderr and not out.exists() and not list(tmp_path.glob("*.gpkg*"))
