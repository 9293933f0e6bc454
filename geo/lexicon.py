"""Words of Chinese plans kept as data: the tables in ``data/lexicon/`` (each row with its note or source).

Read once per process; every function returns a fresh, immutable view.
"""

from __future__ import annotations

import csv
from functools import cache

from geo import paths

LEXICON = paths.DATA / "lexicon"


@cache
def table(name: str) -> tuple[dict, ...]:
    """All rows of ``data/lexicon/NAME.csv``."""
    with open(LEXICON / f"{name}.csv", encoding="utf-8", newline="") as f:
        return tuple(csv.DictReader(f))


def words(name: str, column: str = "word", **where: str) -> frozenset[str]:
    """One column of a table, as a set, keeping only the rows whose columns equal ``where``."""
    return frozenset(r[column] for r in table(name) if all(r[k] == v for k, v in where.items()))


def in_order(name: str, column: str = "word", **where: str) -> tuple[str, ...]:
    """One column of a table in table order (where order matters: an alternation tried first to last),
    keeping only the rows whose columns equal ``where``."""
    return tuple(r[column] for r in table(name) if all(r[k] == v for k, v in where.items()))


def one(name: str, column: str = "word", **where: str) -> str:
    """The value of ``column`` in the one row of a table whose columns equal ``where``."""
    values = in_order(name, column, **where)
    if len(values) != 1:
        raise KeyError(f"data/lexicon/{name}.csv: {where} matches {len(values)} rows, not one")
    return values[0]


def marks(role: str) -> str:
    """The marks of data/lexicon/list_marks.csv with that role, as one string (``"、和及与"`` for joins)."""
    return "".join(r["mark"] for r in table("list_marks") if r["role"] == role)


def item_bounds() -> str:
    """The marks that end a list's item or a clause (、和及与，。；：), as one string for a regex class."""
    return marks("join") + marks("clause")


def alternation(name: str, column: str = "word", **where: str) -> str:
    """The words of a table as a regular-expression alternation, longest first."""
    import re

    return "|".join(re.escape(w) for w in sorted(words(name, column, **where), key=lambda w: (-len(w), w)))


def rules(rule: str) -> tuple[tuple[str, str], ...]:
    """The (pattern, kind) rows of data/lexicon/rule_words.csv for one rule, in table order."""
    return tuple((r["pattern"], r["kind"]) for r in table("rule_words") if r["rule"] == rule)


def rule_pattern(rule: str) -> str:
    """The patterns of one rule of data/lexicon/rule_words.csv as one alternation
    (a group of its own each)."""
    return "|".join(f"(?:{rx})" for rx, _ in rules(rule))


def rule_kind(rule: str, word: str) -> str:
    """The kind of the first row of ``rule`` whose pattern matches all of ``word``."""
    import re

    return next(kind for rx, kind in rules(rule) if re.fullmatch(rx, word))
