from geo.geoparse import geoparse


def kinds(text, gaz):
    return [(m.name_zh, m.kind) for m in geoparse(text, gaz)]


def test_parenthetical_abbreviations_make_lines(gaz):
    ms = geoparse("有序推进京包（头）、包（头）银（川）、包（头）西（安）等铁路建设。", gaz)
    lines = [m for m in ms if m.kind == "rail"]
    assert {m.name_zh for m in lines} == {"包头—银川铁路", "包头—西安铁路"}


def test_enumerated_airports(gaz):
    ms = geoparse("推进清水河县、固阳县、凉城县、乌审旗等通用机场建设。", gaz)
    air = [m for m in ms if m.kind == "airport"]
    assert [m.adcode for m in air] == ["150124", "150222", "150925", "150626"]


def test_context_kinds(gaz):
    got = kinds("加快包头机场改扩建，推进满都拉口岸建设，建设包头至银川高铁。", gaz)
    assert ("包头机场", "airport") in got and ("满都拉口岸", "port") in got and ("包头—银川高铁", "rail") in got


def test_no_false_places(gaz):
    assert not [m for m in geoparse("加强与沿海城市群合作，提升和县域经济。", gaz) if m.adcode in ("210381", "340523")]
    found = geoparse("统筹城区、郊区、矿区和老城区改造，资源合作，金山银山。", gaz)
    assert all(m.kind == "unresolved" and not m.adcode for m in found)  # kept and listed, never a place


def test_chain_is_region(gaz):
    m = geoparse("推进呼包鄂榆城市群建设。", gaz)[0]
    assert m.kind == "region" and m.place_id == "cur:呼包鄂榆"
    assert len(gaz.places["cur:呼包鄂榆"].members) == 4
