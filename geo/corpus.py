"""Plans as structured, normalised text: the shipped corpus (manifest) or any file a user brings.

Pure functions take text; :func:`read_plan_file` and :func:`load_corpus` are the I/O edge.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from geo import paths
from geo.errors import PlanReadError
from geo.normalize import Issue, Tracked, normalize
from geo.structure import (
    CHAPTER_RE,
    Heading,
    Sentence,
    cn_number,
    find_headings,
    split_sentences,
    to_cn_number,
)

PLANS_DIR = paths.DATA / "plans"


@dataclass(frozen=True)
class Segment:
    """A stretch ``[start, end)`` of the plan's normalised text that comes from one witness file."""

    start: int
    end: int
    witness: str
    tracked: Tracked
    offset: int  # position of this stretch inside ``tracked.text``


@dataclass
class Plan:
    """One plan: metadata, normalised text, structure, defects found, and the map back to the files."""

    plan_id: str
    text: str
    headings: list[Heading]
    sentences: list[Sentence]
    issues: list[Issue]
    segments: list[Segment]
    meta: dict = field(default_factory=dict)

    def raw_location(self, start: int, end: int) -> tuple[str, int, int]:
        """``(witness file, raw start, raw end)`` of a span of the normalised text."""
        for seg in self.segments:
            if seg.start <= start < seg.end or (start == end == seg.end):
                s = start - seg.start + seg.offset
                e = min(end, seg.end) - seg.start + seg.offset
                rs, re_ = seg.tracked.raw_span(s, e)
                return seg.witness, rs, re_
        raise IndexError(f"span {start}-{end} outside plan {self.plan_id!r}")

    def chapters(self) -> list[Heading]:
        return [h for h in self.headings if h.level == "chapter"]

    def excluded_spans(self) -> list[tuple[int, int]]:
        """Spans that must never become place names (mojibake)."""
        return [(i.start, i.end) for i in self.issues if i.kind == "mojibake"]


def _last_chapter(text: str) -> int:
    return max((cn_number(m.group(1)) for m in CHAPTER_RE.finditer(text)), default=0)


def build_plan(plan_id: str, witnesses: list[tuple[str, str]], meta: dict | None = None) -> Plan:
    """Normalise and structure a plan from one or more ``(file name, raw text)`` witnesses.

    The first witness is read as far as it goes; each further witness continues from the first
    chapter the earlier ones lack (the 2018 plan: web text to chapter 4, the PDF from chapter 5).
    """
    pieces: list[tuple[str, Tracked, int, int]] = []
    toc: list[tuple[str, str]] = []
    have = 0
    for name, raw in witnesses:
        t, entries = normalize(raw)
        toc = toc or entries
        if not pieces:
            pieces.append((name, t, 0, len(t.text)))
            have = _last_chapter(t.text)
            continue
        m = re.search(f"第{to_cn_number(have + 1)}章", t.text)
        if m:
            pieces.append((name, t, m.start(), len(t.text)))
            have = _last_chapter(t.text)
    text_parts, segments, issues = [], [], []
    pos = 0
    for name, t, s, e in pieces:
        if text_parts:
            text_parts.append("\n")
            pos += 1
        text_parts.append(t.text[s:e])
        segments.append(Segment(pos, pos + e - s, name, t, s))
        issues += [
            Issue(i.kind, i.start - s + pos, i.end - s + pos, i.detail) for i in t.issues if s <= i.start < e
        ]
        pos += e - s
    text = "".join(text_parts)
    headings = find_headings(text, toc)
    return Plan(plan_id, text, headings, split_sentences(text, headings), issues, segments, meta or {})


def read_plan_file(path: Path | str, *, name: str | None = None) -> str:
    """Read and decode one plan file (txt; pdf and docx via :mod:`geo.documents`)."""
    path = Path(path)
    label = name or path.name
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise PlanReadError(label, "file not found", "check the path") from None
    except IsADirectoryError:
        raise PlanReadError(label, "is a directory, not a file") from None
    except OSError as exc:
        raise PlanReadError(label, f"cannot be read ({exc.strerror})") from None
    from geo.documents import bytes_to_text

    return bytes_to_text(data, label)


def load_manifest(plans_dir: Path = PLANS_DIR) -> list[dict]:
    """The corpus manifest; for a folder without one, every text file is its own plan."""
    manifest = plans_dir / "manifest.json"
    if manifest.exists():
        return _read_manifest(manifest)
    if not plans_dir.is_dir():
        raise PlanReadError(str(plans_dir), "is not a folder", "give the folder that holds the plans")
    files = sorted(p for p in plans_dir.iterdir() if p.suffix.lower() in (".txt", ".pdf", ".docx"))
    if not files:
        raise PlanReadError(str(plans_dir), "holds no plan (.txt, .pdf or .docx)", "put the plan files in it")
    from geo.pipeline import file_meta

    return [file_meta(p.name) for p in files]


def _read_manifest(manifest: Path) -> list[dict]:
    """The plans of a manifest, each witness a file inside the manifest's own folder."""
    try:
        plans = json.loads(manifest.read_text(encoding="utf-8"))["plans"]
        files = [w["file"] for meta in plans for w in meta["witnesses"]]
        ids = [meta["plan_id"] for meta in plans]
    except (ValueError, KeyError, TypeError) as exc:
        raise PlanReadError(
            str(manifest),
            f"is not a valid manifest ({type(exc).__name__}: {exc})",
            'it must be JSON: {"plans": [{"plan_id": …, "witnesses": [{"file": …}]}]}',
        ) from None
    root = manifest.parent.resolve()
    outside = [f for f in files if not (root / f).resolve().is_relative_to(root)]
    if outside:
        raise PlanReadError(
            str(manifest),
            f"names files outside its folder: {outside[:3]}",
            "list only the folder's own files",
        )
    if not plans or len(set(ids)) != len(ids):
        raise PlanReadError(str(manifest), "lists no plan, or one plan_id twice", "give each plan one entry")
    return plans


def load_corpus(plans_dir: Path = PLANS_DIR) -> list[Plan]:
    """Every plan of a folder, normalised and structured."""
    plans = []
    for meta in load_manifest(plans_dir):
        witnesses = [(w["file"], read_plan_file(plans_dir / w["file"])) for w in meta["witnesses"]]
        plans.append(build_plan(meta["plan_id"], witnesses, meta))
    return plans
