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


@pytest.mark.slow  # three command-line processes, one of them a build
def test_cli_parse_and_build_take_a_users_folder(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "my-plan.txt").write_bytes(TEXT.encode("gb18030"))
    r = subprocess.run(
        [sys.executable, "-m", "geo", "parse", str(folder / "my-plan.txt"), "--format", "geojson"],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0 and "满都拉口岸" in r.stdout
    out = tmp_path / "mine.gpkg"
    r = subprocess.run(
        [sys.executable, "-m", "layers", "build", "--plans", str(folder), "--out", str(out)],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr
    import pyogrio

    plans = pyogrio.read_dataframe(out, layer="plans", read_geometry=False)
    assert list(plans["plan_id"]) == ["my-plan"]
    r = subprocess.run(
        [sys.executable, "-m", "geo", "parse", str(tmp_path / "missing.txt")], capture_output=True, text=True
    )
    assert r.returncode == 2 and "not found" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.slow  # a command-line build in its own processes
def test_build_refuses_a_folder_with_a_bad_file_and_writes_nothing(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "good.txt").write_text(TEXT, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path / "out.gpkg"
    r = subprocess.run(
        [sys.executable, "-m", "layers", "build", "--plans", str(folder), "--out", str(out)],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 2 and "empty.txt" in r.stderr and "file is empty" in r.stderr
    assert "Traceback" not in r.stderr and not out.exists() and not list(tmp_path.glob("*.gpkg*"))


def test_text_budget_applies_to_extracted_text(tmp_path):
    """A small .docx whose XML holds millions of characters is refused by its text, not its file size."""
    import io
    import zipfile

    from geo.decode import MAX_CHARS
    from geo.documents import bytes_to_text
    from geo.errors import PlanReadError

    body = "<w:p><w:r><w:t>" + "包头" * (MAX_CHARS // 2 + 10) + "</w:t></w:r></w:p>"
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
        'wordprocessingml/2006/main"><w:body>' + body + "</w:body></w:document>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>",
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="r1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>',
        )
        z.writestr("word/document.xml", xml)
    assert len(buf.getvalue()) < 1_000_000  # a small file …
    with pytest.raises(PlanReadError, match="characters, the limit"):
        bytes_to_text(buf.getvalue(), "big.docx")  # … whose text is too long


def test_docx_text_and_elements_are_counted_before_the_document_is_built():
    """A 180 KB DOCX whose XML expands to 45 MB (13 M characters) is refused by the streamed count, not after
    python-docx built it (80 s and 320 MB on two loaded cores); so is a body of millions of empty elements."""
    import time

    from geo.errors import PlanReadError
    from geo.limits import MAX_XML_ELEMENTS
    from tests.hostile import docx, huge_docx

    big, trap = huge_docx(), docx("<w:p/>" * (MAX_XML_ELEMENTS + 1000))
    t = time.perf_counter()
    with pytest.raises(PlanReadError, match="more than 200,000 characters, the limit"):
        bytes_to_text(big, "big.docx", max_chars=200_000)
    with pytest.raises(PlanReadError, match="more than 3,000,000 XML elements"):
        bytes_to_text(trap, "trap.docx")
    assert time.perf_counter() - t < 10
    assert (
        bytes_to_text(docx("<w:p><w:r><w:t>" + TEXT + "</w:t></w:r></w:p>"), "ok.docx", max_chars=len(TEXT))
        == TEXT
    )


def test_forged_zip_sizes_are_counted_while_unpacking():
    import io
    import zipfile

    from geo.documents import MAX_UNZIPPED, bytes_to_text
    from geo.errors import PlanReadError

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b"0" * (MAX_UNZIPPED + 1024))
    data = bytearray(buf.getvalue())
    for sig in (b"PK\x03\x04", b"PK\x01\x02"):  # forge the uncompressed size in both headers to 1 KB
        i = data.find(sig)
        off = 22 if sig == b"PK\x03\x04" else 24
        data[i + off : i + off + 4] = (1024).to_bytes(4, "little")
    with pytest.raises(PlanReadError, match="zip bomb|cannot be read"):
        bytes_to_text(bytes(data), "forged.docx")


def test_manifests_are_checked(tmp_path):
    from geo.corpus import load_manifest
    from geo.errors import PlanReadError

    (tmp_path / "manifest.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(PlanReadError, match="not a valid manifest"):
        load_manifest(tmp_path)
    (tmp_path / "manifest.json").write_text(
        '{"plans": [{"plan_id": "x", "witnesses": [{"file": "../../etc/hostname"}]}]}'
    )
    with pytest.raises(PlanReadError, match="outside its folder"):
        load_manifest(tmp_path)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(PlanReadError, match="holds no plan"):
        load_manifest(empty)
