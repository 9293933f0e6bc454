"""Chains of initials of other regions' cities and counties (the sentences are the project's own, in plan
style)."""

from geo.geoparse import geoparse


def chains(text, gaz):
    return [(m.surface, m.group) for m in geoparse(text, gaz) if m.kind == "region"]


def test_a_chain_of_county_initials_when_the_counties_lie_much_closer_than_any_cities(gaz):
    assert chains("加快万开云同城化发展。", gaz) == [("万开云", "adm:500101|adm:500154|adm:500235")]


def test_a_chain_in_quotation_marks_and_a_city_by_its_former_name(gaz):
    ms = chains("培育“瑞兴于”城镇组群，推进郑汴许一体化。", gaz)
    assert ms == [
        ("瑞兴于", "adm:360781|adm:360732|adm:360731"),
        ("郑汴许", "adm:410100|adm:410200|adm:411000"),
    ]


def test_a_chain_read_as_one_word_before_a_described_region_word_takes_its_name(gaz):
    ms = chains("打造湛茂阳城镇发展轴，推进锡常泰跨江融合。", gaz)
    assert [m for m, _ in ms] == ["湛茂阳城镇发展轴", "锡常泰"]


def test_six_initials_listed_before_a_count_and_a_chaining_word(gaz):
    ms = chains("建设宁镇扬、苏锡常通泰盐两大枢纽板块。", gaz)
    assert ms[1] == (
        "苏锡常通泰盐",
        "|".join(f"adm:{a}" for a in (320500, 320200, 320400, 320600, 321200, 320900)),
    )


def test_no_chain_of_counties_over_an_ordinary_word_or_before_a_line(gaz):
    assert chains("打造现代物流平台和区域性商贸中心，规划建设宁滁蚌亳铁路、宁杭铁路二通道。", gaz) == []


def test_a_chain_or_a_cross_regional_programme_names_a_zone(gaz):
    ms = geoparse("推进哈大齐国家自主创新示范区和豫北跨区域协同发展示范区建设。", gaz)
    assert [(m.surface, m.kind) for m in ms] == [
        ("哈大齐国家自主创新示范区", "park"),
        ("豫北跨区域协同发展示范区", "park"),
    ]
    assert ms[1].adcode == "410000"


def test_a_word_holding_a_name_or_a_unit_named_with_a_unit_word_spells_no_chain(gaz):
    ms = geoparse("全市打造“江南文化”品牌，建设“滨海城市”。规划建设大都市汾河核心区带。", gaz)
    assert not [m for m in ms if m.kind == "region"]


def test_no_chain_of_initials_begins_inside_a_word(gaz):
    """沿|海临港, 张|德江从, 银|湖湾滨海: characters inside a word LAC reads begin no chain of cities."""
    for text in (
        "河北沿海临港地区包括秦皇岛、唐山、沧州三市。",
        "时任省委书记的张德江从区域经济视角提出了概念。",
        "加快江门银湖湾滨海地区开发。",
    ):
        assert [m.surface for m in geoparse(text, gaz) if m.kind == "region" and "chain" in m.place_id] == []
    chains = [m.surface for m in geoparse("推进京保石、京唐秦等发展轴建设。", gaz) if m.kind == "region"]
    assert chains == ["京保石", "京唐秦"]


def test_chains_read_as_one_word_and_a_bracketed_item_in_a_list_of_corridors(gaz):
    # LAC reads 成资内渝 as one verb; 成绵广西（安） holds a bracketed rest: the walk goes past it
    ms = geoparse("其中，成资内渝、成遂渝、成绵广西（安）、成乐宜贵走廊构成主走廊。", gaz)
    regions = [m.surface for m in ms if m.kind == "region"]
    assert regions == ["成资内渝", "成遂渝", "成乐宜贵走廊"]


def test_no_chain_of_initials_ends_in_a_joining_word(gaz):
    # written for this test: 和 joins 上海 to the list, it is no initial of 和县
    ms = geoparse("沿江城市与南京、苏锡常和上海联系便捷的通道。", gaz)
    assert [(m.surface, m.kind) for m in ms if m.kind == "region"] == [("苏锡常", "region")]


def test_corridors_named_by_the_initials_of_far_cities_in_a_counted_list(gaz):
    # written for this test: corridors join cities hundreds of kilometres apart, not nearby counties
    ms = chains("建设徐阜武、盐洛等5条交通通道。", gaz)
    assert ms == [("徐阜武", "adm:320300|adm:341200|adm:420100"), ("盐洛", "adm:320900|adm:410300")]
    # a phrase before the corridor word names no cities (高 is only a county-level city's initial)
    assert chains("推进高铁新通道建设。", gaz) == []
    # 三 before 大通道 is a count, not the initial of 三明; 大 is the corridor's, not 大同's
    assert chains("新疆铁路北、中、南三大通道和陆海大通道基本成型。", gaz) == []


def test_two_far_initials_or_a_word_opening_with_a_preposition_are_no_chain(gaz):
    # 大冶 and 湖州 lie some 600 km apart; 环 before 沪 means round Shanghai
    assert not any(group for _, group in chains("建设更加秀美的大湖经济区，发展环沪产业带。", gaz))
    assert [m for m, _ in chains("推进济青一体化发展。", gaz)] == ["济青"]


def test_provinces_counted_one_by_one_are_no_chain_of_cities(gaz):
    found = [(m.surface, m.kind) for m in geoparse("榕江县位于湘黔桂三省结合部中心地带。", gaz)]
    assert found[1:] == [("湘", "province"), ("黔", "province"), ("桂", "province")]
