"""A plan uploaded on Add a plan: parsed by the path ``layers build`` takes for the same file
(:mod:`geo.pipeline`, :func:`layers.build.document_frames`, :func:`layers.writer.write_geopackage`), in a
process of its own that is killed beyond the budgets of :mod:`geo.limits`, so a hostile or huge file costs the
server nothing it keeps."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from geo import limits
from geo.isolate import run_isolated

if TYPE_CHECKING:
    from geo.corpus import Plan

Upload = tuple["Plan", dict, bytes]
"""The structured plan, its layers (as :func:`layers.build.document_frames` gives them) and its GeoPackage's
bytes."""


def parse_plan_file(raw: bytes, file_name: str) -> Upload:
    """The plan in ``raw`` (txt, pdf or docx, at most :data:`geo.limits.UPLOAD_CHARS` characters of text), its
    layers and its GeoPackage, in this process; nothing of it is stored in ``data/cache``.

    The text is extracted and its budget checked before the parser, the gazetteer and GeoPandas are imported:
    a file over budget is refused in the time it takes to read it."""
    from geo.documents import bytes_to_text

    text = bytes_to_text(raw, file_name, max_chars=limits.UPLOAD_CHARS)
    from geo.pipeline import file_meta, parse_witnesses
    from layers.build import document_frames
    from layers.writer import write_geopackage

    parsed = parse_witnesses(file_meta(file_name), [(file_name, text)], keep_words=False, sections=True)
    frames = document_frames(parsed)
    with tempfile.TemporaryDirectory() as tmp:
        gpkg = write_geopackage(frames, Path(tmp) / "plan.gpkg").read_bytes()
    return parsed[0], frames, gpkg


def parse_upload(
    raw: bytes, file_name: str, *, seconds: float | None = None, memory: int | None = None
) -> Upload:
    """:func:`parse_plan_file` in a spawned process with a budget of ``seconds`` and ``memory`` bytes (default
    :data:`geo.limits.UPLOAD_SECONDS` and :data:`geo.limits.UPLOAD_MEMORY`).

    Raises
    ------
    geo.errors.PlanExplorerError
        The file cannot be read, or its parse passed a budget (the process is killed): one message naming
        ``file_name`` and the problem.
    """
    return run_isolated(
        parse_plan_file,
        raw,
        file_name,
        name=file_name,
        seconds=seconds or limits.UPLOAD_SECONDS,
        memory=memory or limits.UPLOAD_MEMORY,
    )
