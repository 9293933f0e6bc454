"""Text out of the file types users bring: plain text, PDF with a text layer, DOCX.

The type is decided by the file's content (magic bytes), never by its name.
"""

from __future__ import annotations

import io
import zipfile

from geo.decode import decode_bytes
from geo.errors import PlanReadError
from geo.limits import MAX_BYTES, MAX_CHARS, MAX_UNZIPPED, MAX_XML_ELEMENTS, mb

BODY = "word/document.xml"
WORD_TEXT = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
"""A text run of WordprocessingML: the characters of a DOCX body."""


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


def _pdf_text(data: bytes, name: str, max_chars: int = MAX_CHARS) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        pages: list[str] = []
        for page in PdfReader(io.BytesIO(data)).pages:  # page by page: a huge text stops past the budget
            pages.append(page.extract_text() or "")
            if sum(map(len, pages)) > max_chars:
                break
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise PlanReadError(
            name, f"PDF cannot be read ({exc})", "export the PDF again or upload its text"
        ) from None
    text = "\n".join(pages)
    if len(text.strip()) < 20:
        raise PlanReadError(name, "PDF has no text layer (a scan?)", "run OCR on it first or upload the text")
    return text


def _count_elements(z: zipfile.ZipFile, name: str) -> None:
    """Refuse a DOCX body of more than :data:`~geo.limits.MAX_XML_ELEMENTS` elements, counting its start tags
    in the raw bytes as they are unpacked (no parse, no tree), stopping at that limit or at
    :data:`~geo.limits.MAX_UNZIPPED` bytes (its size in the zip's directory can be forged)."""
    starts = size = 0
    with z.open(BODY) as f:
        while chunk := f.read(1 << 20):
            size += len(chunk)
            if size > MAX_UNZIPPED:
                raise PlanReadError(
                    name,
                    f"DOCX unpacks to more than {mb(MAX_UNZIPPED)}",
                    "this looks like a zip bomb, not a document",
                )
            starts += chunk.count(b"<") - chunk.count(b"</") - chunk.count(b"<?") - chunk.count(b"<!")
            if starts > MAX_XML_ELEMENTS:
                raise PlanReadError(
                    name,
                    f"DOCX holds more than {MAX_XML_ELEMENTS:,} XML elements",
                    "this looks like a generated trap, not a document; save it again in Word",
                )


def _scan_docx(z: zipfile.ZipFile, name: str, max_chars: int) -> None:
    """One streamed pass over the DOCX before python-docx builds it in memory: the real uncompressed size of
    its members (sizes in the zip's directory can be forged) and the characters of its body's text runs (the
    body first, parsed as a stream, no entity resolved), each refused as soon as it passes its limit."""
    from lxml import etree

    total = chars = 0
    for info in sorted(z.infolist(), key=lambda i: i.filename != BODY):
        runs = etree.XMLPullParser(events=("end",), tag=WORD_TEXT, resolve_entities=False, no_network=True)
        with z.open(info) as f:
            while chunk := f.read(1 << 20):
                total += len(chunk)
                if total > MAX_UNZIPPED:
                    raise PlanReadError(
                        name,
                        f"DOCX unpacks to more than {mb(MAX_UNZIPPED)}",
                        "this looks like a zip bomb, not a document",
                    )
                if info.filename == BODY:
                    runs.feed(chunk)
                    chars += sum(len(elem.text or "") for _, elem in runs.read_events())
                if chars > max_chars:
                    raise PlanReadError(
                        name,
                        f"text has more than {max_chars:,} characters, the limit",
                        "split the plan into parts and add them one by one",
                    )


def _docx_text(data: bytes, name: str, max_chars: int = MAX_CHARS) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if sum(i.file_size for i in z.infolist()) > MAX_UNZIPPED:
                raise PlanReadError(
                    name,
                    f"DOCX unpacks to more than {mb(MAX_UNZIPPED)}",
                    "this looks like a zip bomb, not a document",
                )
            _count_elements(z, name)
            _scan_docx(z, name, max_chars)
        import docx

        document = docx.Document(io.BytesIO(data))
    except PlanReadError:
        raise
    except Exception as exc:  # python-docx raises many kinds for a broken package
        raise PlanReadError(
            name, f"DOCX cannot be read ({type(exc).__name__})", "open and save it again in Word"
        ) from None
    return "\n".join(p.text for p in document.paragraphs)


def _within_budget(text: str, name: str, max_chars: int) -> str:
    if len(text) > max_chars:
        raise PlanReadError(
            name,
            f"text is {len(text):,} characters, the limit is {max_chars:,}",
            "split the plan into parts and add them one by one",
        )
    return text


def bytes_to_text(
    data: bytes, name: str = "<upload>", *, max_bytes: int = MAX_BYTES, max_chars: int = MAX_CHARS
) -> str:
    """Text of a plan file of any supported type, at most ``max_chars`` long; one :class:`PlanReadError` for
    anything else."""
    if len(data) > max_bytes:
        raise PlanReadError(
            name,
            f"file is {mb(len(data))}, the limit is {mb(max_bytes)}",
            "split the plan or upload only its text",
        )
    kind = sniff(data)
    if kind == "zip":
        raise PlanReadError(name, "is a zip archive, not a DOCX, PDF or text file")
    if kind == "text":
        text = decode_bytes(data, name, max_bytes=max_bytes)[0]
    else:
        text = {"pdf": _pdf_text, "docx": _docx_text}[kind](data, name, max_chars)
    return _within_budget(text, name, max_chars)
