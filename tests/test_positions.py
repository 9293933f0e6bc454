"""Positions a planner can trust (layers/positions.py, scripts/evaluate_positions.py).

Expectations come from sources independent of the code under test: airportsdata's points for airports named by
their ICAO code, GeoNames seats for the cities a river or a zone passes through, the plan texts for which plans
name a facility.
"""

import airportsdata
import pytest

from geo.crs import haversine_m
from geo.geoparse import geoparse
from layers.positions import normal_name, port_type, settle_corpus
from scripts.evaluate_positions import evaluate

AIRPORTS = airportsdata.load("ICAO")


def _settled(text: str, gaz) -> list:
    return [m for m, _ in settle_corpus({"t": [(m, 0) for m in geoparse(text, gaz)]}, gaz)["t"]]


def _km_from(m, icao: str) -> float:
    a = AIRPORTS[icao]
    return float(haversine_m(m.lon, m.lat, a["lon"], a["lat"])) / 1000


def _seat(gaz, name: str):
    p = gaz.admin_by_name(name)
    assert p.coord_source == "geonames_seat", name
    return p.lon, p.lat


def test_port_types_and_names_from_the_lexicon():
    assert port_type("秦皇岛沿海港口") == "海港"
    assert port_type("包头公铁海铁物流港") == "内陆港"  # 海铁 is the rail link to the sea
    assert port_type("呼和浩特航空口岸") == "航空口岸"
    assert port_type("二连浩特边境口岸") == "陆路口岸"
    assert normal_name("呼和浩特沙良铁路公路物流港") == normal_name("呼和浩特沙良公铁物流港")
    assert normal_name("二连浩特边境口岸") == "二连浩特口岸"


def test_airports_of_a_list_stand_at_the_airport_not_the_city(gaz):
    ms = _settled("实施呼和浩特机场迁建和包头、海拉尔、通辽等机场改扩建工程。", gaz)
    got = {m.surface: m for m in ms if m.kind == "airport"}
    for surface, icao in (("呼和浩特机场", "ZBHH"), ("包头", "ZBOW"), ("海拉尔", "ZBLA"), ("通辽", "ZBTL")):
        m = got[surface]
        assert _km_from(m, icao) < 3, surface
        assert m.precision_m >= _km_from(m, icao) * 1000 and m.coord_source == "airportsdata"


def test_air_ports_of_entry_stand_at_their_airport(gaz):
    ms = _settled("提升呼和浩特、鄂尔多斯、海拉尔、满洲里、二连浩特等航空口岸综合服务能力。", gaz)
    ports = {m.surface: m for m in ms if m.kind == "port"}
    for surface, icao in (("呼和浩特", "ZBHH"), ("鄂尔多斯", "ZBDS"), ("海拉尔", "ZBLA"), ("满洲里", "ZBMZ"), ("二连浩特", "ZBER")):
        assert _km_from(ports[surface], icao) < 3, surface


def test_a_river_carries_its_reach(gaz):
    """The Yellow River flows through 兰州 and 济南: a point for it must state a precision reaching both."""
    river = next(m for m in _settled("加强黄河生态保护。", gaz) if m.surface == "黄河")
    for city in ("兰州市", "济南市"):
        assert river.precision_m > float(haversine_m(river.lon, river.lat, *_seat(gaz, city))), city


def test_a_feature_named_after_two_places_reaches_both(gaz):
    m = next(m for m in _settled("乌兰察布—二连浩特陆港加紧建设。", gaz) if m.kind == "port")
    for city in ("集宁区", "二连浩特市"):  # 乌兰察布's seat is 集宁
        assert m.precision_m >= float(haversine_m(m.lon, m.lat, *_seat(gaz, city))), city


def test_nothing_below_a_province_on_a_province_point(gaz, frames):
    ms = _settled("建设蒙西至天津南特高压电力外送通道。", gaz)
    tianjin = _seat(gaz, "天津市")
    assert all(m.lon is None or (round(m.lon, 5), round(m.lat, 5)) != tuple(round(v, 5) for v in tianjin)
               for m in ms if m.kind not in ("province", "city", "region", "country"))
    assert evaluate(frames, gaz)["on_province"] == []


@pytest.fixture(scope="module")
def result(frames, gaz):
    return evaluate(frames, gaz)


def test_each_facility_listed_once(result):
    assert result["duplicates"] == {"airports": [], "ports": [], "parks": []}


def test_each_airport_once_with_every_plan_that_names_it(frames):
    """Within 3 km of each airportsdata airport, one feature of the airports layer; the plans that name it (read in
    the plan texts: 包头 in 包头、鄂尔多斯机场 / 包头、海拉尔、通辽等机场 / 包头机场公司) are all listed."""
    air = frames["airports"]
    for icao, plans in (("ZBOW", {"hbey-2018", "hbew-2021", "baotou-2024", "nmg-bohai"}), ("ZBHH", {"hbey-2018", "nmg-bohai"}),
                        ("ZBDS", {"hbey-2018", "hbew-2021"}), ("ZLYL", {"hbey-2018"}), ("ZBLA", {"nmg-bohai"})):
        a = AIRPORTS[icao]
        near = air[haversine_m(air.geometry.x, air.geometry.y, a["lon"], a["lat"]) < 3000]
        assert len(near) == 1, icao
        assert set(near.iloc[0]["plans"].split(",")) == plans, icao
        assert near.iloc[0]["icao"] == icao


def test_ports_and_parks_once_with_their_plans(frames):
    ports, parks = frames["ports"], frames["parks"]
    erlian = ports[ports["name_zh"].str.startswith("二连浩特") & ports["port_type"].eq("陆路口岸")]
    assert len(erlian) == 1 and set(erlian.iloc[0]["plans"].split(",")) == {"hbey-2018", "hbew-2021", "nmg-bohai"}
    shaliang = ports[ports["name_zh"].str.contains("沙良")]
    assert len(shaliang) == 1 and set(shaliang.iloc[0]["plans"].split(",")) == {"hbey-2018", "nmg-bohai"}
    assert ports[ports["name_zh"] == "秦皇岛港"].iloc[0]["port_type"] == "海港"
    bonded = parks[parks["name_zh"] == "包头保税物流中心"]
    assert len(bonded) == 1 and set(bonded.iloc[0]["plans"].split(",")) == {"baotou-2024", "hbew-2021"}
    assert parks["name_zh"].str.contains("产业转型升级示范区").sum() == 1


def test_calibration_per_class(result):
    by = {s["class"]: s for s in result["summary"]}
    assert set(by) >= {"airports", "air ports of entry", "seats", "Yellow River"}
    for cls, s in by.items():
        assert s["with_reference"] > 0 and s["calibration"] >= 0.95, cls
    for cls in ("airports", "air ports of entry"):
        assert by[cls]["within_3km"] == by[cls]["with_reference"], cls


def test_a_long_river_is_never_a_town_point(frames):
    """松花江 (1,900 km; nmg-bohai lists it with 等流域) is not the GeoNames town of that name; 黄河 stands on GSHHG."""
    places = frames["places"]
    assert "松花江" not in set(places["name_zh"])
    river = places[places["place_id"] == "cur:黄河"].iloc[0]
    assert river["precision_m"] >= 1_000_000 and river["coord_source"].startswith("gshhg")
