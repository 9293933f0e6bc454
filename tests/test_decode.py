import pytest

from geo.decode import decode_bytes
from geo.documents import bytes_to_text
from geo.errors import PlanReadError

TEXT = "呼和浩特、包头、鄂尔多斯和榆林。"


@pytest.mark.parametrize("enc", ["utf-8", "utf-8-sig", "gb18030", "utf-16", "utf-16-le"])
def test_encodings(enc):
    assert decode_bytes(TEXT.encode(enc))[0] == TEXT


@pytest.mark.parametrize(
    "data,word",
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (bytes(range(256)) * 40, "not a text"),
        (b"PK\x03\x04garbage", "zip"),
    ],
)
def test_bad_input_gives_one_clear_error(data, word):
    with pytest.raises(PlanReadError, match=word):
        bytes_to_text(data, "x.txt")


def test_huge_file_rejected():
    with pytest.raises(PlanReadError, match="limit"):
        bytes_to_text(b"a" * (50 * 1024 * 1024), "big.txt")


def test_docx_and_pdf(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("加快建设包头至银川高铁。")
    d.save(tmp_path / "p.docx")
    assert "包头至银川" in bytes_to_text((tmp_path / "p.docx").read_bytes())
    with pytest.raises(PlanReadError, match="text layer"):
        from pypdf import PdfWriter

        w = PdfWriter()
        w.add_blank_page(200, 200)
        w.write(tmp_path / "scan.pdf")
        bytes_to_text((tmp_path / "scan.pdf").read_bytes(), "scan.pdf")
