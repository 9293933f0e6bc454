"""Turn the bytes of a plan file into text, detecting the encoding instead of assuming it.

Accepted: UTF-8 (with or without BOM), UTF-16 (with BOM, or BOM-less when the zero bytes
show it), GB18030 (a superset of GBK and GB2312). Anything else raises one
:class:`~geo.errors.PlanReadError` that names the file.
"""

from __future__ import annotations

import codecs

from geo.errors import PlanReadError
from geo.limits import MAX_BYTES, MAX_CHARS, mb

# the limits live in geo.limits; named here for older callers
__all__ = ["MAX_BYTES", "MAX_CHARS", "decode_bytes"]


def _looks_binary(text: str) -> bool:
    """True when a decoded text is mostly control or private-use characters."""
    sample = text[:20000]
    if not sample:
        return False
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or 0xE000 <= ord(ch) <= 0xF8FF)
    return bad / len(sample) > 0.01


def _cjk_share(text: str) -> float:
    sample = text[:20000]
    return sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff") / max(1, len(sample))


def decode_bytes(data: bytes, name: str = "<text>", *, max_bytes: int = MAX_BYTES) -> tuple[str, str]:
    """Decode plan bytes; return ``(text, encoding)``.

    Raises
    ------
    PlanReadError
        Empty, too large, binary, or in no supported encoding.
    """
    if len(data) > max_bytes:
        raise PlanReadError(
            name,
            f"file is {mb(len(data))}, the limit is {mb(max_bytes)}",
            "split the plan or check that this is the right file",
        )
    if not data.strip():
        raise PlanReadError(name, "file is empty", "choose a file that contains the plan's text")
    candidates: list[str] = []
    if data.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    else:
        head = data[:4000]
        even_zero = head[0::2].count(0) / max(1, len(head[0::2]))
        odd_zero = head[1::2].count(0) / max(1, len(head[1::2]))
        if odd_zero > 0.2 and even_zero < 0.05:
            candidates.append("utf-16-le")
        elif even_zero > 0.2 and odd_zero < 0.05:
            candidates.append("utf-16-be")
        candidates += ["utf-8", "gb18030"]
    best: tuple[float, str, str] | None = None
    for enc in candidates + (["utf-16-le", "utf-16-be"] if len(data) % 2 == 0 else []):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if "\x00" in text or _looks_binary(text):
            continue
        if enc in ("utf-8", "utf-8-sig", "utf-16") or (enc.startswith("utf-16") and enc == candidates[0]):
            return text.lstrip("\ufeff"), enc.replace("-sig", "")
        share = _cjk_share(text)
        if share >= 0.05 and (best is None or share > best[0]):
            # GB18030 and BOM-less UTF-16 decode almost anything: keep the most Chinese
            best = (share, text, enc)
    if best:
        return best[1].lstrip("\ufeff"), best[2]
    raise PlanReadError(
        name,
        "not a text file in UTF-8, UTF-16 or GB18030 (binary or unknown encoding)",
        "save the plan as UTF-8 text, or upload the PDF/DOCX it came from",
    )
