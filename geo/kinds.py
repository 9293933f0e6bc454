"""The registry of kinds of place (data/lexicon/kinds.csv): for each kind its Chinese and English label, the
GeoPackage layer it is drawn in, its style key and its project category. Adding a kind is a row there."""

from __future__ import annotations

from geo.lexicon import table

KINDS: dict[str, dict] = {r["kind"]: r for r in table("kinds")}


def label(kind: str) -> str:
    """``机场 airport`` — how the UI names a kind."""
    r = KINDS.get(kind)
    return f"{r['label_zh']} {r['label_en']}" if r else kind
