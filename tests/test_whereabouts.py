"""Features the gazetteer lacks, located in the unit the sentence itself puts them in (geo.whereabouts)."""

from geo.geoparse import geoparse


def _found(text, gaz):
    return {m.surface: (m.kind, m.adcode) for m in geoparse(text, gaz)}


def test_a_feature_after_a_verb_of_location_lies_in_the_last_unit_of_the_run(gaz):
    found = _found("新建的青龙湾水库位于溧阳市南渡镇，总库容约一亿立方米。", gaz)
    assert found["青龙湾水库"] == ("water", "320481")  # 南渡镇 of 溧阳市
    m = next(m for m in geoparse("新建的青龙湾水库位于溧阳市南渡镇。", gaz) if m.surface == "青龙湾水库")
    assert "located in 南渡镇, the unit after a verb of location" in m.note
    assert m.precision_m >= 20_000  # somewhere in that town, not at its point


def test_a_feature_placed_by_its_name_moves_to_the_smaller_unit_the_text_gives(gaz):
    m = next(m for m in geoparse("宁德核电项目位于福鼎市太姥山镇，分两期建设。", gaz) if m.kind == "energy")
    assert (m.surface, m.adcode) == ("宁德核电项目", "350982")  # 宁德市 by its name, 福鼎市 by the text
    assert "located at 宁德市" not in m.note


def test_a_feature_written_right_after_its_unit_lies_in_it(gaz):
    assert _found("加快推进湖北省武汉市青山湾公园建设。", gaz)["青山湾公园"] == ("park", "420100")


def test_a_region_or_no_unit_after_the_verb_locates_nothing(gaz):
    assert _found("青龙湾水库位于太湖流域。", gaz)["青龙湾水库"] == ("water", "")


def test_a_feature_at_a_municipality_lies_in_its_prefecture_level_city(gaz):
    found = _found("全线共设置北京、天津等21个客运车站，北京是首都。", gaz)
    assert found["天津"] == ("station", "120100")
    assert [(m.kind, m.adcode) for m in geoparse("北京是首都。", gaz)] == [("province", "110000")]


def test_a_feature_the_gazetteer_knows_keeps_its_place_and_an_event_places_nothing(gaz):
    assert _found("嘉陵江在四川省南充市顺庆区穿城而过。", gaz)["嘉陵江"] == ("water", "511300")
    assert _found("长江在四川省宜宾市与岷江汇合。", gaz)["长江"][1] == "500000"
    assert _found("老鹰岩水库工程项目组在长沙市召开协调会。", gaz)["老鹰岩水库"] == ("water", "")
