"""Responsible units (责任单位) in full: the abbreviations of ``data/lexicon/unit_abbreviations.csv``.

A unit is kept as written in ``responsible``; its full form goes to ``responsible_full``. ``市`` before a
department is the plan's own city only in a city's work plan (``city``); a unit nothing here abbreviates is
its own full form (包头海关, 包头机场公司).
"""

from __future__ import annotations

from geo.lexicon import table


def _rows(part: str) -> list[dict]:
    return sorted(
        (r for r in table("unit_abbreviations") if r["part"] == part), key=lambda r: -len(r["short"])
    )


def full_unit(unit: str, city: str = "", previous: str = "") -> str:
    """One unit in full: ``市发改委`` → ``包头市发展和改革委员会`` (city 包头市); ``各成员单位`` after a
    leading group's office → that group's member units."""
    for r in _rows("whole"):
        if unit == r["short"]:
            return r["full"].format(city=city)
    for r in _rows("member"):
        if unit == r["short"] and previous.endswith("办公室"):
            return r["full"].format(group=previous.removesuffix("办公室"))
    head, body = "", unit
    bodies = _rows("body")
    if city and not any(unit.startswith(r["short"]) for r in bodies):  # 市场监管局 written alone keeps its 市
        for r in _rows("prefix"):
            if unit.startswith(r["short"]):
                head, body = r["full"].format(city=city), unit[len(r["short"]) :]
                break
    for r in bodies:
        if body.endswith(r["short"]):
            body = body[: -len(r["short"])] + r["full"]
            break
    return head + body


def full_units(units: list[str], city: str = "") -> list[str]:
    """Every unit of a 责任单位 list in full, in order (a unit may refer to the one before it)."""
    out: list[str] = []
    for u in units:
        out.append(full_unit(u, city, out[-1] if out else ""))
    return out
