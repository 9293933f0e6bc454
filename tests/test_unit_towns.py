"""Towns written by their short names right after their county or city (the sentences are the project's own,
in plan style)."""

from geo.geoparse import geoparse


def test_towns_listed_after_their_county_are_that_county_s_towns(gaz):
    ms = geoparse("率先在青浦的金泽、朱家角和嘉善的西塘、姚庄四个镇开展水乡客厅建设。", gaz)
    assert [(m.surface, m.kind, m.adcode) for m in ms] == [
        ("青浦", "county", "310118"),
        ("金泽", "town", "310118"),
        ("朱家角", "town", "310118"),
        ("嘉善", "county", "330421"),
        ("西塘", "town", "330421"),
        ("姚庄", "town", "330421"),
    ]


def test_a_town_after_its_city_and_before_a_route_s_end(gaz):
    towns = [(m.surface, m.adcode) for m in geoparse("建成南宁吴圩至上思高速公路。", gaz) if m.kind == "town"]
    assert towns == [("吴圩", "450105")]  # 吴圩镇 of 江南区, not 吴圩镇 of Anhui's 定远县


def test_a_name_that_goes_on_after_a_town_s_short_form_is_no_town(gaz):
    ms = geoparse("保护广西象州石龙三江口湿地。", gaz)  # 石龙镇 of 象州, but 三 opens 三江口: no count
    assert not [m for m in ms if m.kind == "town"]


def test_a_town_written_as_the_township_it_was(gaz):
    towns = [(m.surface, m.adcode) for m in geoparse("东与塔河县开库康乡相接。", gaz) if m.kind == "town"]
    assert towns == [("开库康乡", "232722")]  # 开库康镇 in the Ministry's list
    ms = geoparse("玉树藏族自治州的州府结古镇已完成灾后重建。", gaz)
    towns = [(m.surface, m.adcode) for m in ms if m.kind == "town"]
    assert towns == [("结古镇", "632701")]  # 结古街道 in the Ministry's list


def test_a_sub_district_by_its_short_form_after_its_county(gaz):
    ms = geoparse("它向南流经金堂县赵镇，接纳了毗河。", gaz)
    found = [(m.surface, m.kind, m.adcode) for m in ms][:2]
    assert found == [("金堂县", "county", "510121"), ("赵镇", "town", "510121")]


def test_an_ethnic_township_by_its_name_and_xiang(gaz):
    ms = geoparse("漫湾镇、茂兰镇、忙怀乡、后箐乡农用灌溉缺水问题将得到解决。", gaz)
    assert {(m.kind, m.adcode) for m in ms} == {("town", "530922")}  # 忙怀彝族布朗族乡, 后箐彝族乡 of 云县


def test_a_town_written_after_its_county_is_that_county_s_whatever_the_region_says(gaz):
    """A sentence written for this test: 桂头镇 names towns of 浈江区 and of 乳源; written after 乳源县 it is
    乳源's, though the rest of the text names only 韶关."""
    ms = geoparse("机场位于乳源县桂头镇，距离韶关25公里。", gaz)
    assert [(m.surface, m.adcode) for m in ms] == [
        ("乳源县", "440232"),
        ("桂头镇", "440232"),
        ("韶关", "440200"),
    ]


def test_a_province_or_city_before_provincial_capital_or_urban_area_is_its_short_form(gaz):
    """Sentences written for this test: 省会 and 市区 take the 省 and 市 of the name before them (青海 + 省会,
    张家界 + 市区), unless a county's full name starts at 会 (四川省会东县) or 区 starts 区域; 塔城市区 keeps
    塔城市, as 塔城 is also 塔城地区."""
    ms = geoparse("从青海省会西宁出发，经四川省会东县，到张家界市区南部和塔城市区，推动成都市区域协同。", gaz)
    assert [(m.surface, m.adcode) for m in ms] == [
        ("青海", "630000"),
        ("西宁", "630100"),
        ("四川省", "510000"),
        ("会东县", "513426"),
        ("张家界", "430800"),
        ("塔城市", "654201"),
        ("成都市", "510100"),
    ]


def test_a_township_the_gazetteer_lacks_written_in_full_after_its_county(gaz):
    """A sentence written for this test: a township's full name right after its county (and 的) is a town
    located by that county; 城乡 and a count of townships are none."""
    text = "水库位于卓尼县甲乙丙乡境内，入口在米林市的丁乡，推进卓尼县城乡统筹，和政县的几个乡镇参与。"
    ms = geoparse(text, gaz)
    towns = [(m.surface, m.adcode) for m in ms if m.kind == "town"]
    assert towns == [("甲乙丙乡", "623022"), ("丁乡", "540481")]


def test_a_village_right_after_its_town_written_in_full_is_no_place(gaz):
    found = [(m.surface, m.kind, m.adcode) for m in geoparse("仪式在福鼎市秦屿镇备湾村举行。", gaz)]
    assert found[-1] == ("秦屿镇", "town", "350982") and not any(s.endswith("村") for s, _, _ in found)
    # the countryside, the villages of a town as a class, and its villagers are no village
    assert [m.surface for m in geoparse("福鼎市秦屿镇所辖村全面发展乡村旅游。", gaz) if m.kind == "town"] == [
        "秦屿镇"
    ]


def test_a_sub_district_or_a_town_written_in_full_the_only_one_of_its_name_is_taken_anywhere(gaz):
    # 福莱山街道 (of 福山区, the code list's) beside towns of 蓬莱区; 刘家沟镇, which GeoNames names 刘家沟
    ms = geoparse("东至福莱山街道，南至南王街道、刘家沟镇南边界。", gaz)
    assert [(m.surface, m.kind, m.adcode) for m in ms if m.kind != "unresolved"] == [
        ("福莱山街道", "town", "370611"),
        ("南王街道", "town", "370614"),
        ("刘家沟镇", "town", "370614"),
    ]


def test_the_ends_of_a_section_of_a_road_by_its_number_are_towns_of_the_county(gaz):
    ms = geoparse("温岭市开工建设204省道大溪至温峤段。", gaz)
    assert [(m.surface, m.adcode) for m in ms if m.kind == "town"] == [("大溪", "331081"), ("温峤", "331081")]


def test_a_word_of_a_route_before_a_town_after_its_county_is_no_part_of_it(gaz):
    towns = [
        m.surface for m in geoparse("修建民丰县到南屯镇、南屯镇到且末县的防沙工程。", gaz) if m.kind == "town"
    ]
    assert towns == ["南屯镇", "南屯镇"]


def test_a_count_of_towns_is_no_town(gaz):
    # written for this test: 南部六镇 and 东北部5镇 count a county's towns, no town is named so
    found = [m.surface for m in geoparse("湘桥区南部六镇和潮阳区东北部5镇纳入规划。", gaz)]
    assert found == ["湘桥区", "潮阳区"]
