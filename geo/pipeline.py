"""From a plan's files to its mentions: the one path that ``layers build`` (each plan of a corpus),
``python -m geo parse FILE`` and the explorer's Add a plan page all take; :func:`layers.build.document_frames`
turns its result into the layers."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from geo.corpus import Plan, build_plan
from geo.gazetteer import Gazetteer
from geo.mention import Mention

Parsed = tuple[Plan, list[tuple[Mention, int]]]
"""A structured plan and its mentions, each with the index of the sentence it stands in."""


def file_meta(file_name: str) -> dict:
    """The manifest entry of a plan that comes as one file and no manifest:
    its id and title are the file's stem."""
    stem = Path(file_name).stem
    return {
        "plan_id": stem,
        "title": stem,
        "issuer": "",
        "issued": "",
        "scope": "",
        "witnesses": [{"file": file_name, "role": "primary"}],
    }


def parse_witnesses(
    meta: dict,
    witnesses: Sequence[tuple[str, str]],
    g: Gazetteer | None = None,
    *,
    keep_words: bool = True,
    sections: bool = False,
) -> Parsed:
    """Normalise, structure and geoparse a plan from its decoded ``(file name, text)`` witnesses.

    ``meta`` is its manifest entry (see :func:`file_meta`); ``g`` defaults to the committed gazetteer. With
    ``keep_words=False`` nothing of the plan is stored in ``data/cache`` (an uploaded plan);
    the mentions are the same. With ``sections`` the sections of lines (``A至B段``), which are no places,
    come too, for the map to draw (:func:`geo.geoparse.geoparse`).
    """
    from geo.gazetteer import load_gazetteer
    from geo.geoparse import geoparse_plan

    plan = build_plan(meta["plan_id"], list(witnesses), meta)
    return plan, geoparse_plan(plan, g or load_gazetteer(), keep_words=keep_words, sections=sections)


def parse_bytes(
    file_name: str,
    data: bytes,
    g: Gazetteer | None = None,
    *,
    keep_words: bool = True,
    max_chars: int | None = None,
) -> Parsed:
    """:func:`parse_witnesses` of one plan file's bytes (txt, pdf, docx), named ``file_name`` (never opened);
    its text may hold ``max_chars`` characters (default :data:`geo.limits.MAX_CHARS`)."""
    from geo.documents import bytes_to_text
    from geo.limits import MAX_CHARS

    text = bytes_to_text(data, file_name, max_chars=max_chars or MAX_CHARS)
    return parse_witnesses(file_meta(file_name), [(file_name, text)], g, keep_words=keep_words)
