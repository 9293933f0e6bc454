"""Streets, lanes and historic quarters of city-renewal plans: sentences written for this project in the style
of municipal plans for old towns."""

from geo.geoparse import geoparse


def _found(text, gaz):
    return {m.surface: (m.kind, m.adcode) for m in geoparse(text, gaz) if m.kind != "unresolved"}


def test_streets_and_lanes_lac_reads_as_place_names_are_roads(gaz):
    found = _found("老城保护范围包括东大街、西大街和兴华街，整治日晖巷、淘沙巷两片街坊。", gaz)
    assert {s for s, (k, _) in found.items() if k == "road"} >= {
        "东大街",
        "西大街",
        "兴华街",
        "日晖巷",
        "淘沙巷",
    }


def test_a_class_of_street_names_none(gaz):
    found = _found("建设步行街和商业街，改造背街小巷，推进街道综合整治。", gaz)
    assert not found, found


def test_a_streets_historic_quarter_is_one_park(gaz):
    found = _found("推进太平街历史文化街区保护，青果巷历史文化街区东起和平中路，西至晋陵中路。", gaz)
    assert found["太平街历史文化街区"][0] == "park"
    assert found["青果巷历史文化街区"][0] == "park"
    assert found["和平中路"][0] == "road"  # after the verb 起, 和 starts the name
    assert found["晋陵中路"][0] == "road"


def test_a_numbered_scenic_road_named_after_a_river_and_a_name_after_lies_in(gaz):
    from geo.geoparse import geoparse

    found = [(m.surface, m.kind) for m in geoparse("建设黄河一号旅游公路，串联沿线景区。", gaz)]
    assert found == [("黄河一号旅游公路", "road")]
    # 地处 leads: the list of plateaus starts after it, not at the park before it
    found = [(m.surface, m.kind) for m in geoparse("该国家公园地处青藏、黄土两大高原交汇地带。", gaz)]
    assert ("青藏", "landform") in found and ("黄土", "landform") in found


def test_streets_listed_together_are_roads_even_where_lac_reads_none(gaz):
    # 科技路 and 中心大道 look like class words alone; beside other streets they are streets
    found = _found("线路经文昌路、科技路、兴庆路至纺织城，同步改造中心大道、滨江大道。", gaz)
    roads = {s for s, (k, _) in found.items() if k == "road"}
    assert roads >= {"文昌路", "科技路", "兴庆路", "中心大道", "滨江大道"}, found
    assert "经文昌路" not in found  # 经 (via) opens the list


def test_a_class_of_roads_in_a_list_of_roads_is_none(gaz):
    found = _found("建设连接两个口岸的高速公路、一级公路，共建丝绸之路、海上丝绸之路。", gaz)
    assert not any(k == "road" for k, _ in found.values()), found
