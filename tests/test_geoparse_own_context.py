"""Names that are each other's context when the sentence names no province or city: counties of one
prefecture in one clause, and a township's short name at a corridor's end; units written in full before a
park's own name (the sentences are the project's own, in plan style)."""

from tests.test_geoparse_context import spans


def test_short_names_of_two_counties_of_one_prefecture_in_a_clause_are_those_counties(gaz):
    # 芮城 and 闻喜 are both counties of 运城, each before a firm's trade, in no list
    assert spans("引导芮城光伏企业和闻喜铝镁企业做大做强。", gaz) == [
        ("芮城", "county", "140830"),
        ("闻喜", "county", "140823"),
    ]
    # 山阳 is also a district of 焦作: beside 商南 and 洛南 it is the county of 商洛
    assert spans("推动山阳康养酒店、商南茶旅小镇和洛南音乐小镇建设。", gaz)[:1] == [
        ("山阳", "county", "611024")
    ]


def test_one_county_s_short_name_or_two_of_different_prefectures_are_no_context(gaz):
    assert spans("支持芮城企业发展。", gaz) == []
    # 芮城 (运城) and 商南 (商洛) share no prefecture; and a clause mark parts 芮城 from 闻喜
    assert spans("支持芮城企业与商南企业合作。", gaz) == []
    assert spans("支持芮城企业发展，培育闻喜铝镁企业。", gaz) == []


def test_a_township_s_short_name_at_a_corridor_s_end(gaz):
    # 烟筒山镇 of 磐石: its short name is read as a mountain elsewhere, a waypoint beside 长春
    got = spans("建成烟筒山至长春高速公路。", gaz)
    assert ("烟筒山", "town", "220284") in got
    assert [m[0] for m in got if m[1] == "road"] == ["烟筒山至长春高速公路"]
    # 乐成街道 and 南塘镇, both of 乐清, joined by 至 before a road's word
    assert spans("建成乐成至南塘公路。", gaz)[1:] == [("乐成", "town", "330382"), ("南塘", "town", "330382")]
    # a sub-district's short name alone is no place
    assert spans("乐成发展势头良好。", gaz) == []


def test_a_township_s_short_name_listed_next_to_a_town_of_its_county(gaz):
    # 宏村镇 of 黟县, beside 西递 (a waypoint after its county)
    assert spans("保护黟县西递、宏村等古村落。", gaz) == [
        ("黟县", "county", "341023"),
        ("西递", "town", "341023"),
        ("宏村", "town", "341023"),
    ]
    # beside a town of another county it stays a word
    assert ("宏村", "town", "341023") not in spans("保护婺源县江湾镇、宏村等古村落。", gaz)


def test_units_written_in_full_before_a_park_s_own_name_are_mentions_of_their_own(gaz):
    # the city and the county before the resort's name are named in full: three mentions, the resort in
    # the county
    assert spans("支持汉中市留坝县紫柏山森林康养旅游度假区创建国家级旅游度假区。", gaz)[:3] == [
        ("汉中市", "city", "610700"),
        ("留坝县", "county", "610729"),
        ("紫柏山森林康养旅游度假区", "park", "610729"),
    ]
    # 临夏州 is the prefecture written with its short unit word
    assert spans("提升临夏州太子山生态旅游度假区品质。", gaz)[:2] == [
        ("临夏州", "city", "622900"),
        ("太子山生态旅游度假区", "park", "622900"),
    ]


def test_a_unit_s_short_form_or_a_class_alone_after_it_stays_in_the_park_s_name(gaz):
    assert [s for s, _, _ in spans("推进温州瓯江口新区和咸阳市高新区建设。", gaz)] == [
        "温州瓯江口新区",
        "咸阳市高新区",
    ]


def test_short_names_of_three_townships_of_one_county_in_a_sentence_are_those_townships(gaz):
    # 葛岭, 塘前 and 大洋 are townships of 永泰县, each before what it grows; the sentence names no county
    assert spans("推动葛岭青梅加工园、塘前红茶基地和大洋蔬菜产业园提质增效。", gaz) == [
        ("葛岭", "town", "350125"),
        ("塘前", "town", "350125"),
        ("大洋", "town", "350125"),
    ]
    # two are too few to be sure
    assert spans("推动葛岭青梅加工园和塘前红茶基地提质增效。", gaz) == []


def test_verbs_of_routes_and_borders_start_names(gaz):
    # 通往 leads to the list of ports; 外接 is a clause's verb, no modifier of a zone's designation
    found = spans("加快通往东兴、爱店等口岸的公路建设，二连浩特外接蒙古国经济集聚区。", gaz)
    assert [(s, k) for s, k, _ in found][:3] == [("东兴", "port"), ("爱店", "port"), ("二连浩特", "county")]


def test_township_short_names_before_feature_words_or_alone_are_no_context_for_each_other(gaz):
    # stations named after townships of 南沙区, and port areas listed alone: what they name is no township
    found = spans("规划黄阁站、大岗站、榄核站、横沥站等站点。", gaz)
    assert "town" not in [k for _, k, _ in found]


def test_a_district_written_before_a_metro_station_s_own_name_is_a_mention_of_its_own(gaz):
    # a railway station keeps its city's name (洛阳龙门站)
    found = spans("建设河西区东海路站和坪山沙田站，提升洛阳龙门站功能。", gaz)
    assert [(s, k) for s, k, _ in found] == [
        ("河西区", "county"),
        ("东海路站", "station"),
        ("坪山", "county"),
        ("沙田站", "station"),
        ("洛阳龙门站", "station"),
    ]


def test_stops_named_by_roads_in_a_list_of_stations_are_stations(gaz):
    # metro stops take the names of the roads they stand on
    found = spans("沿线设民主路、解放大道、张家湾等3个车站。", gaz)
    assert [(s, k) for s, k, _ in found] == [
        ("民主路", "station"),
        ("解放大道", "station"),
        ("张家湾", "station"),
    ]


def test_a_zone_named_by_two_places_joined_by_a_dash_is_one_zone_and_its_ends_are_places(gaz):
    found = spans("建设延平—古田生态保护修复区，构建哀牢山—无量山山地生态屏障。", gaz)
    assert [(s, k) for s, k, _ in found] == [
        ("延平—古田生态保护修复区", "eco_zone"),
        ("延平", "county"),
        ("古田", "county"),
        ("哀牢山—无量山山地生态屏障", "eco_zone"),
        ("哀牢山", "landform"),
        ("无量山", "landform"),
    ]


def test_a_county_before_a_lake_s_name_only_lac_reads_is_a_mention_of_its_own(gaz):
    found = spans("加强陵水新村潟湖和凤凰山水库保护。", gaz)
    assert [(s, k) for s, k, _ in found][:2] == [("陵水", "county"), ("新村潟湖", "water")]
    assert "山水库" not in [s for s, _, _ in found]


def test_a_zone_named_after_a_far_namesake_of_a_district_is_placed_at_the_near_namesake(gaz):
    # 曲江区 is a district of 韶关, 1,100 km from 西安; 曲江街道 lies in 西安's 雁塔区
    found = spans("西安市加快曲江新区建设。", gaz)
    assert found == [("西安市", "city", "610100"), ("曲江新区", "park", "610113")]
    assert spans("韶关市推进曲江新区建设。", gaz)[1] == ("曲江新区", "park", "440205")


def test_a_zone_named_only_by_a_far_prefecture_lies_in_its_sentence_s_prefecture(gaz):
    # 北海 (Guangxi) lies 1,900 km from 营口; no town is named 北海 near it: the sentence's prefecture
    found = spans("以营口市老城区为中心，以北海新区、盖州市老城区为重要支点。", gaz)
    assert ("北海新区", "park", "210800") in found
    # 杭州钱塘新区 says where it is, whatever the sentence named before it
    found = spans("沈阳沈北新区、杭州钱塘新区等提出打造国家级新区。", gaz)
    assert ("杭州钱塘新区", "park", "330114") in found


def test_a_county_in_full_before_a_scenic_spot_s_short_name_is_its_own_mention_and_places_it(gaz):
    # 澧县 has a one-character name; 崀山 lies in 新宁县, not in the sentence's first county
    found = spans("依托石门县壶瓶山、澧县城头山、新宁县崀山等景区打造精品线路。", gaz)
    assert [(s, k, a) for s, k, a in found][2:] == [
        ("澧县", "county", "430723"),
        ("城头山", "park", "430723"),
        ("新宁县", "county", "430528"),
        ("崀山", "park", "430528"),
    ]


def test_a_river_s_rafting_run_is_a_scenic_site(gaz):
    found = spans("依托永顺县猛洞河漂流等景区打造精品线路。", gaz)
    assert found == [("永顺县", "county", "433127"), ("猛洞河漂流", "park", "433127")]


def test_an_airport_written_by_its_city_s_name_is_that_city_s_one_airport(gaz):
    # 西宁's airport lies in 互助县 of 海东; 成都 has two airports, so its stays at the city
    found = spans("扩建西宁、格尔木机场和成都机场。", gaz)
    assert found[0] == ("西宁", "airport", "630223")
    assert found[-1] == ("成都机场", "airport", "510100")


def test_a_township_the_gazetteer_lacks_after_its_county_though_a_far_town_has_that_name(gaz):
    # 墙头乡 of 府谷县 was merged away; the code list's 墙头镇 lies in Zhejiang
    found = spans("观光路北起府谷县墙头乡。", gaz)
    assert found == [("府谷县", "county", "610822"), ("墙头乡", "town", "610822")]


def test_township_short_names_before_de_support_each_other(gaz):
    # 吉庆, 荣华 and 油溪 are townships of 新化县, each before 的 and what it holds
    found = spans("建设吉庆的漂流基地、荣华的湿地公园和油溪的溶洞景区。", gaz)
    assert [(s, k, a) for s, k, a in found if k == "town"] == [
        ("吉庆", "town", "431322"),
        ("荣华", "town", "431322"),
        ("油溪", "town", "431322"),
    ]


def test_a_list_of_water_works_by_their_short_names(gaz):
    found = spans("先后建成甲海、乙环定两大扬黄工程，完善宝鸡峡、冯家山等水利工程。", gaz)
    assert [(s, k) for s, k, _ in found] == [
        ("甲海", "water"),
        ("乙环定", "water"),
        ("宝鸡峡", "water"),
        ("冯家山", "water"),
    ]
    # a water work named after its county and 引黄工程
    assert spans("加快延川引黄工程建设。", gaz) == [("延川引黄工程", "water", "610622")]


def test_a_region_s_group_of_airports_is_a_region_but_not_a_world_class_ambition(gaz):
    found = spans("形成西北机场群和西南机场群，打造长三角世界级机场群。", gaz)
    assert [(s, k) for s, k, _ in found] == [
        ("西北机场群", "region"),
        ("西南机场群", "region"),
        ("长三角", "region"),
    ]


def test_a_port_s_area_named_like_a_far_city_is_the_town_of_that_name_near_the_port(gaz):
    # 江阴 among the areas of 福州港 is 江阴镇 of 福清, not 江阴市 of Jiangsu
    found = spans("福州港包括江阴、松下、罗源湾等港区。", gaz)
    assert ("江阴", "port", "350181") in found and ("松下", "port", "350112") in found


def test_a_town_s_short_name_lac_reads_as_a_place_near_its_sentence_s_units(gaz):
    # 燕郊镇 of 三河市 lies 10 km from 通州区; the gazetteer holds it only in full
    found = spans("燕郊由于接壤北京市通州区，进出城区较为便利。", gaz)
    assert ("燕郊", "town", "131082") in found
    # 南沙街道 written 南沙街 among the towns of 南沙区: a sub-district, not a street
    found = spans("规划范围为广州市南部，包括南沙街、珠江街、黄阁镇和横沥镇。", gaz)
    assert [(s, k, a) for s, k, a in found if s.endswith("街")] == [
        ("南沙街", "town", "440115"),
        ("珠江街", "town", "440115"),
    ]


def test_a_town_s_short_name_inside_a_longer_name_or_a_list_of_features_stays_a_word(gaz):
    # 园洲 of 园洲南互通 goes on into the interchange's name; 乌石 is one of the scenic areas listed
    found = spans("加快博罗县园洲南互通建设，推动韶山、花明楼、乌石等红色旅游景区联动发展。", gaz)
    assert not [s for s, k, _ in found if k == "town"], found
