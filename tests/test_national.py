"""The national names (tests/data/national_names_*.txt, written from official and encyclopaedic knowledge):
``geo lookup`` finds each, and its best candidate lies in the units the name lies in."""

from pathlib import Path

import pytest
import shapely

DATA = Path(__file__).parent / "data"


def rows(name: str) -> list[tuple[str, str, list[str]]]:
    path = DATA / f"national_names_{name}.txt"
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            form, kind, units = line.split(";")
            out.append((form, kind, units.split(",")))
    return out


def _inside(adcode: str, units: list[str]) -> bool:
    """Whether a unit lies in one of ``units`` (a province holds its cities and counties, a city its
    counties)."""
    return any(
        adcode == u
        or (u.endswith("0000") and adcode[:2] == u[:2])
        or (u.endswith("00") and adcode[:4] == u[:4])
        for u in units
    )


def _point_in(p, units: list[str]) -> bool:
    from layers.admin import admin_polygon

    pt = shapely.Point(p.lon, p.lat)
    return any(shapely.dwithin(admin_polygon(u), pt, 0.05) for u in units)


def check(gaz, form: str, kind: str, units: list[str]) -> str:
    """'' when the best candidate for ``form`` is right, else what is wrong."""
    found = gaz.lookup(form)
    if not found:
        return "not found"
    p = found[0][0]
    if p.kind != kind:
        return f"best is {p.name_zh} ({p.kind})"
    if units[0].isalpha():  # countries, or regions abroad by their countries
        codes = set(p.members) or {p.subkind}
        return "" if codes & set(units) else f"{p.name_zh}: {sorted(codes)[:5]}"
    if kind in ("rail", "road", "energy") and p.members and len(units) == 2:  # a line: its two ends
        ok = (
            _inside(p.members[0], units[:1])
            and _inside(p.members[-1], units[1:])
            or _inside(p.members[0], units[1:])
            and _inside(p.members[-1], units[:1])
        )
        return "" if ok else f"{p.name_zh}: ends {p.members[0]}–{p.members[-1]}"
    return "" if _point_in(p, units) else f"{p.name_zh}: point ({p.lon:.2f}, {p.lat:.2f}) outside"


TABLES = sorted(p.stem.removeprefix("national_names_") for p in DATA.glob("national_names_*.txt"))


def test_the_national_lists_are_there():
    assert {"regions", "nature", "lines", "facilities"} <= set(TABLES)


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.slow
def test_national_names_are_found_where_they_are(gaz, table):
    checked = [(form, check(gaz, form, kind, units)) for form, kind, units in rows(table)]
    wrong = [(f, why) for f, why in checked if why]
    assert len(checked) >= 50
    assert 1 - len(wrong) / len(checked) >= 0.95, wrong


def test_airports_by_their_chinese_names(gaz):
    lines = [
        x.split(";")
        for x in (DATA / "airports_check.txt").read_text(encoding="utf-8").splitlines()
        if ";" in x
    ]
    wrong = [
        (form, icao, [p.anchor for p, _ in gaz.lookup(form, kinds=("airport",))[:1]])
        for form, icao in lines
        if not gaz.lookup(form, kinds=("airport",))
        or gaz.lookup(form, kinds=("airport",))[0][0].anchor != f"icao:{icao}"
    ]
    assert len(lines) >= 30 and len(wrong) / len(lines) <= 0.05, wrong


def test_a_lake_before_its_county(capsys):
    from geo.__main__ import main

    assert main(["lookup", "太湖"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert main(["lookup", "太湖县"]) == 0
    county = capsys.readouterr().out.splitlines()[0]
    assert "water" in first and "340825" in county


def test_a_unit_before_a_feature_whose_name_carries_no_feature_word(gaz):
    """神农架 is written for 神农架林区 far more than for its mountains (no 山 says so); 武夷山 and 太湖 say
    what they are and stay the features."""
    assert gaz.lookup("神农架")[0][0].kind == "county"
    assert gaz.lookup("武夷山")[0][0].kind == "landform"
    assert gaz.lookup("太湖")[0][0].kind == "water"
    assert gaz.lookup("科尔沁")[0][0].kind == "landform"  # 科尔沁沙地: its official name says what it is


def test_sacred_mountains_written_as_scenic_areas_are_parks(gaz):
    """五台山, 峨眉山, 普陀山, 九华山 (the four Buddhist mountains), 龙虎山 and 雁荡山 are written in
    plans and news as scenic areas: parks, at their county; 泰山 stays the landform."""
    kinds = {
        n: gaz.lookup(n)[0][0].kind
        for n in ("五台山", "峨眉山", "普陀山", "九华山", "龙虎山", "雁荡山", "泰山")
    }
    assert kinds == {
        **{n: "park" for n in ("五台山", "峨眉山", "普陀山", "九华山", "龙虎山", "雁荡山")},
        "泰山": "landform",
    }


def test_the_weir_by_its_bare_name_and_its_city_among_counties(gaz):
    """都江堰 alone is the weir (a water work); listed among counties it is the city 都江堰市."""
    from geo.geoparse import geoparse

    ms = geoparse("受到都江堰惠泽，都江堰、彭州、崇州加快发展。", gaz)
    assert [(m.surface, m.kind) for m in ms][:2] == [("都江堰", "water"), ("都江堰", "county")]
