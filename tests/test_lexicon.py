"""The word tables of data/lexicon are well-formed: a pattern holding a comma must be quoted, or it splits
into the next column and the rule silently reads a shorter pattern."""

import csv
import re
from pathlib import Path

import pytest

TABLES = sorted(Path(__file__).resolve().parents[1].joinpath("data", "lexicon").glob("*.csv"))


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_every_row_has_its_header_s_columns(path):
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    bad = [k + 1 for k, row in enumerate(rows[1:], start=1) if row and len(row) != len(rows[0])]
    assert not bad, f"{path.name}: rows {bad} do not have {len(rows[0])} columns"


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_every_pattern_compiles(path):
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        if "pattern" in row:
            re.compile(row["pattern"])
