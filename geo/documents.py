"""Text out of the file types users bring: plain text, PDF with a text layer, DOCX.

The type is decided by the file's content (magic bytes), never by its name.
"""

from __future__ import annotations

import io
import zipfile

from geo.decode import MAX_BYTES, MAX_CHARS, decode_bytes
from geo.errors import PlanReadError

MAX_UNZIPPED = 50 * 1024 * 1024
"""Largest total uncompressed size accepted inside a DOCX (defends against zip bombs)."""


def sniff(data: bytes) -> str:
    """``pdf``, ``docx``, ``zip`` or ``text`` from the first bytes."""
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                return "docx" if "word/document.xml" in z.namelist() else "zip"
        except zipfile.BadZipFile:
            return "zip"
    return "text"


def _pdf_text(data: bytes, name: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        text = "\n".join((page.extract_text() or "") for page in reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise PlanReadError(name, f"PDF cannot be read ({exc})", "export the PDF again or upload its text") from None
    if len(text.strip()) < 20:
        raise PlanReadError(name, "PDF has no text layer (a scan?)", "run OCR on it first or upload the text")
    return text


def _unzipped_size(z: zipfile.ZipFile, name: str) -> int:
    """The real uncompressed size of the DOCX's members, counted while decompressing (sizes in the zip's
    directory can be forged), stopping as soon as it passes the limit."""
    total = 0
    for info in z.infolist():
        with z.open(info) as f:
            while chunk := f.read(1 << 20):
                total += len(chunk)
                if total > MAX_UNZIPPED:
                    raise PlanReadError(name, f"DOCX unpacks to more than {MAX_UNZIPPED / 1e6:.0f} MB",
                                        "this looks like a zip bomb, not a document")
    return total


def _docx_text(data: bytes, name: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if sum(i.file_size for i in z.infolist()) > MAX_UNZIPPED:
                raise PlanReadError(name, f"DOCX unpacks to more than {MAX_UNZIPPED / 1e6:.0f} MB",
                                    "this looks like a zip bomb, not a document")
            _unzipped_size(z, name)
        import docx

        document = docx.Document(io.BytesIO(data))
    except PlanReadError:
        raise
    except Exception as exc:  # python-docx raises many kinds for a broken package
        raise PlanReadError(name, f"DOCX cannot be read ({type(exc).__name__})", "open and save it again in Word") from None
    return "\n".join(p.text for p in document.paragraphs)


def _within_budget(text: str, name: str) -> str:
    if len(text) > MAX_CHARS:
        raise PlanReadError(name, f"text is {len(text):,} characters, the limit is {MAX_CHARS:,}",
                            "split the plan into parts and add them one by one")
    return text


def bytes_to_text(data: bytes, name: str = "<upload>", *, max_bytes: int = MAX_BYTES) -> str:
    """Text of a plan file of any supported type; one :class:`PlanReadError` for anything else."""
    if len(data) > max_bytes:
        raise PlanReadError(name, f"file is {len(data) / 1e6:.1f} MB, the limit is {max_bytes / 1e6:.0f} MB",
                            "split the plan or upload only its text")
    kind = sniff(data)
    if kind == "zip":
        raise PlanReadError(name, "is a zip archive, not a DOCX, PDF or text file")
    read = {"pdf": _pdf_text, "docx": _docx_text}.get(kind, lambda d, n: decode_bytes(d, n, max_bytes=max_bytes)[0])
    return _within_budget(read(data, name), name)
