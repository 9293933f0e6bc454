"""Positions a planner can trust (layers/positions.py, scripts/evaluate_positions.py).

Expectations come from sources independent of the code under test: airportsdata's points for airports named by
their ICAO code, GeoNames seats for the cities a river or a zone passes through, the plan texts for which
plans name a facility.
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
    for surface, icao in (
        ("呼和浩特", "ZBHH"),
        ("鄂尔多斯", "ZBDS"),
        ("海拉尔", "ZBLA"),
        ("满洲里", "ZBMZ"),
        ("二连浩特", "ZBER"),
    ):
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
    assert all(
        m.lon is None or (round(m.lon, 5), round(m.lat, 5)) != tuple(round(v, 5) for v in tianjin)
        for m in ms
        if m.kind not in ("province", "city", "region", "country")
    )
    assert evaluate(frames, gaz)["on_province"] == []


@pytest.fixture(scope="module")
def result(frames, gaz):
    return evaluate(frames, gaz)


def test_each_facility_listed_once(result):
    assert result["duplicates"] == {"airports": [], "ports": [], "parks": []}


def test_each_airport_once_with_every_plan_that_names_it(frames):
    """Within 3 km of each airportsdata airport, one feature of the airports layer; the plans that name it
    (read in the plan texts: 包头 in 包头、鄂尔多斯机场 / 包头、海拉尔、通辽等机场 / 包头机场公司) are all
    listed."""
    air = frames["airports"]
    for icao, plans in (
        ("ZBOW", {"hbey-2018", "hbew-2021", "baotou-2024", "nmg-bohai"}),
        ("ZBHH", {"hbey-2018", "nmg-bohai"}),
        ("ZBDS", {"hbey-2018", "hbew-2021"}),
        ("ZLYL", {"hbey-2018"}),
        ("ZBLA", {"nmg-bohai"}),
    ):
        a = AIRPORTS[icao]
        near = air[haversine_m(air.geometry.x, air.geometry.y, a["lon"], a["lat"]) < 3000]
        assert len(near) == 1, icao
        assert set(near.iloc[0]["plans"].split(",")) == plans, icao
        assert near.iloc[0]["icao"] == icao


def test_ports_and_parks_once_with_their_plans(frames):
    ports, parks = frames["ports"], frames["parks"]
    erlian = ports[ports["name_zh"].str.startswith("二连浩特") & ports["port_type"].eq("陆路口岸")]
    assert len(erlian) == 1 and set(erlian.iloc[0]["plans"].split(",")) == {
        "hbey-2018",
        "hbew-2021",
        "nmg-bohai",
    }
    shaliang = ports[ports["name_zh"].str.contains("沙良")]
    assert len(shaliang) == 1 and set(shaliang.iloc[0]["plans"].split(",")) == {"hbey-2018", "nmg-bohai"}
    assert ports[ports["name_zh"] == "秦皇岛港"].iloc[0]["port_type"] == "海港"
    bonded = parks[parks["name_zh"] == "包头保税物流中心"]
    assert len(bonded) == 1 and set(bonded.iloc[0]["plans"].split(",")) == {"baotou-2024", "hbew-2021"}
    assert parks["name_zh"].str.contains("产业转型升级示范区").sum() == 1


def test_calibration_per_class(result):
    by = {s["class"]: s for s in result["summary"]}
    assert set(by) >= {"airports", "air ports of entry", "seats", "rivers (GSHHG)"}
    for cls, s in by.items():
        assert s["with_reference"] > 0 and s["calibration"] >= 0.95, cls
    for cls in ("airports", "air ports of entry"):
        assert by[cls]["within_3km"] == by[cls]["with_reference"], cls


def test_a_long_river_is_never_a_town_point(frames, gaz):
    """松花江 (nmg-bohai lists it with 等流域) is not the GeoNames town of that name: located, it reaches 吉林
    and 哈尔滨, which it flows through; 黄河 stands on its GSHHG line and reaches 兰州 and 济南."""
    places = frames["places"].set_index("name_zh")
    for name, cities in (("松花江", ("吉林市", "哈尔滨市")), ("黄河", ("兰州市", "济南市"))):
        if name not in places.index:
            continue  # kept unlocated is honest too
        river = places.loc[name]
        assert not river["place_id"].startswith(("gn:", "twp:", "ctx:")), name
        for city in cities:
            assert river["precision_m"] > float(
                haversine_m(river.geometry.x, river.geometry.y, *_seat(gaz, city))
            ), city
    assert places.loc["黄河", "coord_source"].startswith("gshhg")


def test_rivers_named_as_basins_are_not_their_courses(gaz):
    """In 黄河、松花江、辽河、海河等重点流域 the rivers name their basins: none but 黄河 (whose GSHHG line
    carries the reach of 黄河流域) has a basin in the data, so they are kept unlocated; a river's own course
    elsewhere stays located."""
    text = "继续推进黄河、松花江、辽河、海河等重点流域水污染防治工作。加强海河综合治理。"
    ms = [m for m, _ in settle_corpus({"t": [(m, 0) for m in geoparse(text, gaz)]}, gaz, {"t": text})["t"]]
    listed = {m.surface: m for m in ms if m.start < text.index("等重点流域")}
    assert listed["黄河"].coord_source.startswith("gshhg")
    for river in ("松花江", "辽河", "海河"):
        assert listed[river].lon is None and "basin" in listed[river].note, river
    assert [m.lon is not None for m in ms if m.surface == "海河" and m.start > text.index("。")] == [True]


def _farthest_m(geom, lon: float, lat: float) -> float:
    import shapely

    xy = shapely.get_coordinates(geom)
    return float(haversine_m(xy[:, 0], xy[:, 1], lon, lat).max())


def test_a_facility_at_its_units_point_states_the_whole_unit(frames, gaz):
    """A port, park or airport standing on its unit's point (nothing more exact known: 二连浩特口岸 at
    二连浩特's seat, on the city's northern edge) states a precision that reaches every point of the unit's
    cnmaps polygon."""
    from layers.admin import admin_polygon

    checked = 0
    for layer in ("ports", "parks", "airports"):
        for _, f in frames[layer].iterrows():
            unit = gaz.by_adcode(f["adcode"]) if f["adcode"] else None
            if unit is None or abs(unit.lon - f.geometry.x) > 1e-6 or abs(unit.lat - f.geometry.y) > 1e-6:
                continue
            assert f["precision_m"] >= _farthest_m(admin_polygon(unit.adcode), unit.lon, unit.lat) - 1, f[
                "name_zh"
            ]
            checked += 1
    assert checked >= 20
    erlian = frames["ports"].set_index("name_zh").loc["二连浩特口岸"]
    # the seat lies on the city's northern edge; its south is 70+ km away
    assert erlian["precision_m"] > 50_000


def test_export_never_draws_a_vague_point_as_a_dot():
    """Beyond a ring's size the export draws a hollow dashed symbol, as the web map does (not a solid dot)."""
    import geopandas as gpd
    import matplotlib.pyplot as plt
    from shapely.geometry import Point

    from layers.export import _draw_points

    fig, ax = plt.subplots()
    try:
        gdf = gpd.GeoDataFrame(
            {"precision_m": [1_000.0, 50_000.0, 2_000_000.0]},
            geometry=[Point(0, 0), Point(1e5, 0), Point(2e5, 0)],
        )
        assert _draw_points(ax, gdf, "parks", 5) == ["parks", "imprecise"]
        assert _draw_points(ax, gdf.iloc[[2]], "parks", 5) == ["imprecise"]
    finally:
        plt.close(fig)
