"""Hostile files generated for the tests (nothing of them is committed): a legal-looking plan of any length, a
DOCX of any body, a small DOCX whose XML expands to 45 MB of text."""

from __future__ import annotations

import io
import zipfile

MB = 2**20
SENTENCE = "推进呼和浩特至包头至鄂尔多斯城际铁路建设，加快满都拉口岸和二连浩特口岸基础设施建设。"
"""Plan-like text (a sentence of the kind the shipped plans hold), repeated into generated plans."""


def plan_text(chars: int) -> str:
    """A legal-looking plan of about ``chars`` characters: numbered chapters of plan sentences."""
    out, n = [], 0
    while n < chars:
        line = f"第{len(out) + 1}章 重点任务\n" + SENTENCE * 20 + "\n"
        out.append(line)
        n += len(line)
    return "".join(out)


def docx(body: str) -> bytes:
    """A minimal DOCX whose document body is ``body`` (WordprocessingML)."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    types = (
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>'
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", rels)
        z.writestr(
            "word/document.xml",
            f'<?xml version="1.0"?><w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>',
        )
    return buf.getvalue()


def huge_docx() -> bytes:
    """A small DOCX (~180 KB) whose XML expands to 45 MB, 13 million characters of text (under the zip
    limit)."""
    para = f"<w:p><w:r><w:t>{SENTENCE}</w:t></w:r></w:p>"
    return docx(para * (45 * MB // len(para.encode())))
