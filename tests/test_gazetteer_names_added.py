"""Written forms of countries and regions the gazetteer gained from real text: 南韩 (data/gazetteer/
countries.csv), 巴蜀 and 亚太地区 (national_regions.csv)."""

from geo.geoparse import geoparse


def _found(text, gaz):
    return [(m.surface, m.kind, m.adcode) for m in geoparse(text, gaz) if m.kind != "unresolved"]


def test_new_china_south_korea_bashu_and_the_asia_pacific(gaz):
    # 新中国 is a period of history (data/lexicon/set_phrases.csv), no place
    assert _found("这是新中国成立以来的第一条运河。", gaz) == []
    assert ("南韩", "country", "") in _found("船舶自日本、南韩直航。", gaz)
    assert _found("推动巴蜀大地发展。", gaz) == [("巴蜀", "region", "510000")]
    assert ("亚太地区", "region", "") in _found("推动亚太地区繁荣。", gaz)


def test_the_short_names_of_two_national_zones(gaz):
    found = _found("推动前海与雄安协同创新。", gaz)
    assert found == [("前海", "park", "440305"), ("雄安", "park", "130629")]


def test_the_three_norths_and_not_their_shelterbelt_programme(gaz):
    found = _found("该区横跨三北，持续实施三北防护林体系建设，打好“三北”工程攻坚战。", gaz)
    assert [(s, k) for s, k, _ in found] == [("三北", "region")]


def test_the_border_town_of_mohan(gaz):
    assert _found("磨憨位于勐腊县南部，与老挝接壤。", gaz)[0] == ("磨憨", "town", "532823")


def test_a_name_written_again_is_the_place_it_named_before(gaz):
    found = _found("丽江石鼓以上称金沙江上游，石鼓至攀枝花为中游。", gaz)
    assert [(s, a) for s, k, a in found if s == "石鼓"] == [("石鼓", "530721"), ("石鼓", "530721")]


def test_both_halves_of_xinjiang_named_together_are_one_region(gaz):
    assert _found("建设连接南北疆的天山胜利隧道。", gaz)[0] == ("南北疆", "region", "650000")


def test_a_former_countys_short_form_names_todays_unit(gaz):
    from geo.geoparse import geoparse

    found = [(m.surface, m.adcode) for m in geoparse("推进湖口、星子、都昌等县区旅游开发。", gaz)]
    assert ("星子", "360483") in found  # 星子县 became 庐山市 in 2016
    # the slogan holds 金山 (金山县 became 金山区 of Shanghai): no place
    assert [m for m in geoparse("践行绿水青山就是金山银山理念。", gaz) if m.kind != "unresolved"] == []


def test_the_g60_corridor_is_a_region_of_nine_units_and_g60_alone_the_road(gaz):
    # written for this test: the corridor takes its name from the expressway it follows
    found = {m.surface: m for m in geoparse("宣城是G60科创走廊成员，G60高速公路贯通。", gaz)}
    corridor = gaz.places[found["G60科创走廊"].place_id]
    assert corridor.kind == "region" and len(corridor.members) == 9 and "340100" in corridor.members  # 合肥
    assert found["G60高速公路"].kind == "road"


def test_three_gorges_alone_names_what_bears_it_not_the_gorges(gaz):
    # written for this test: 三峡 before 旅游 is a brand; 长江三峡 and the reservoir area are places
    found = _found("发展三峡旅游，保护长江三峡和三峡库区生态。", gaz)
    assert [s for s, *_ in found] == ["长江三峡", "三峡库区"]


def test_greater_southwest_is_the_region_and_two_quarters_joined_by_a_dash_an_orientation(gaz):
    # written for this test: 大西南 and 大西北 are how plans write the regions; 东北-西南 is a bearing
    found = _found("岛屿呈东北-西南排布，背靠大西南，面向大西北。", gaz)
    assert [(s, k) for s, k, _ in found] == [("大西南", "region"), ("大西北", "region")]


def test_beijing_new_airport_is_daxing_by_its_project_name(gaz):
    # written for this test: plans before 2018 name the airport by its project name
    assert ("北京新机场", "airport", "110115") in _found("加快北京新机场建设。", gaz)


def test_optics_valley_is_the_east_lake_high_tech_zone(gaz):
    # 中国光谷 is the name the 东湖 zone gives itself; written for this test
    assert _found("支持光谷建设世界一流科技园区。", gaz) == [("光谷", "park", "420111")]


def test_administrative_committees_of_haixi_are_county_level_units(gaz):
    got = {m.surface: (m.kind, m.adcode) for m in geoparse("茫崖、冷湖行委和大柴旦行委功能单一。", gaz)}
    assert got["冷湖行委"] == ("county", "632803")  # merged into 茫崖市 in 2018
    assert got["大柴旦行委"] == ("county", "632825")  # the code list's 海西州直辖
