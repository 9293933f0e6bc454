"""Industrial, border and port zones the gazetteer lacks, typed by the words that end their names:
sentences written for this project in the style of provincial plans and development-zone reports."""

from geo.geoparse import geoparse


def _found(text, gaz):
    return {m.surface: (m.kind, m.adcode) for m in geoparse(text, gaz) if m.kind != "unresolved"}


def test_industrial_chemical_and_circular_economy_zones_are_parks(gaz):
    found = _found("支持曹妃甸化工区和董家口循环经济区建设国家级石化基地。", gaz)
    assert found["曹妃甸化工区"][0] == "park"
    assert found["董家口循环经济区"][0] == "park"


def test_a_zone_lac_reads_as_an_organisation_is_a_park_but_two_joined_by_a_conjunction_are_not_one(gaz):
    found = _found("加快建设南繁科技城，培育先进制造业集群。", gaz)
    assert found["南繁科技城"][0] == "park"
    found = _found("加快建设南繁科技城、深海科技城和惠科电子产业城，培育先进制造业集群。", gaz)
    assert not any("和" in s for s in found), found


def test_a_port_zone_is_a_park_at_its_port_not_an_economic_region(gaz):
    found = _found("推进清水河口岸经济区和二连浩特口岸经济区建设。", gaz)
    assert found["清水河口岸经济区"] == ("park", "530926")
    assert found["二连浩特口岸经济区"] == ("park", "152501")
    found = _found("支持汕头临港经济区和郑州临空经济区发展。", gaz)
    assert found["汕头临港经济区"] == ("park", "440500")
    assert found["郑州临空经济区"] == ("park", "410100")


def test_a_cluster_zone_after_a_city_is_a_park_placed_at_the_city(gaz):
    found = _found("推进平凉煤电化冶产业聚集区建设。", gaz)
    assert found["平凉煤电化冶产业聚集区"] == ("park", "620800")


def test_flood_areas_polders_and_gauging_stations_are_water(gaz):
    found = _found("汉江下游的杜家台分洪区和滨湖联圩承担蓄洪任务，外洲水文站实测洪峰流量创新高。", gaz)
    assert found["杜家台分洪区"][0] == "water"
    assert found["滨湖联圩"][0] == "water"
    assert found["外洲水文站"][0] == "water"  # a river's gauging station, no railway station


def test_the_red_river_beside_other_rivers_is_the_river_but_a_list_of_prefectures_keeps_the_prefecture(gaz):
    found = _found("维护长江、怒江、红河、澜沧江下游生态安全。", gaz)
    assert found["红河"] == ("water", "530428")  # the 元江 in China, drawn through its counties
    found = _found("推进红河、文山、普洱三州市沿边开放。", gaz)
    assert found["红河"] == ("city", "532500")


def test_barrier_areas_protection_corridors_and_restoration_belts_are_eco_zones(gaz):
    found = _found("构建甘南高原黄河上游屏障区和元江生物多样性保护廊道，建成雅鲁藏布江绿色生态走廊。", gaz)
    assert found["甘南高原黄河上游屏障区"][0] == "eco_zone"
    assert found["元江生物多样性保护廊道"][0] == "eco_zone"
    assert found["雅鲁藏布江绿色生态走廊"][0] == "eco_zone"


def _kinds(text, gaz):
    return [(m.surface, m.kind) for m in geoparse(text, gaz) if m.kind != "unresolved"]


def test_a_bay_area_named_after_a_city_or_a_bay_is_a_region(gaz):
    found = _kinds("对标纽约湾区和东京湾区，建设杭州湾世界级湾区。", gaz)
    assert found == [("纽约湾区", "region"), ("东京湾区", "region"), ("杭州湾世界级湾区", "region")]


def test_hong_kong_or_taiwan_written_with_the_country_before_it_is_one_region(gaz):
    found = _found("客商来自新加坡、中国香港、中国台湾等国家和地区。", gaz)
    assert found == {
        "新加坡": ("country", ""),
        "中国香港": ("province", "810000"),
        "中国台湾": ("province", "710000"),
    }


def test_a_wind_farm_named_after_the_only_town_of_its_name_is_there(gaz):
    found = _found("新开工了东山风场、朱日和风场等风电项目。", gaz)
    assert found["朱日和风场"] == ("energy", "152524")  # 朱日和镇, 苏尼特右旗


def test_a_port_areas_terminal_is_no_second_port_and_port_access_lines_no_named_line(gaz):
    found = _kinds("建设荆州港斗湖堤作业区多用途码头和进港铁路，打造水上高速公路。", gaz)
    assert found == [("荆州港斗湖堤作业区", "port")]
    assert _kinds("随着铁路的兴盛，航运逐渐没落。", gaz) == []
    # a port's area read alone by its county and 港区 takes the operating area written after it
    assert _kinds("推进开化港区华埠作业区建设。", gaz) == [("开化港区华埠作业区", "port")]
    assert _kinds("建设日照港岚山港务区和烟台港蓬莱港务区。", gaz) == [
        ("日照港岚山港务区", "port"),
        ("烟台港蓬莱港务区", "port"),
    ]


def test_a_power_station_or_a_mine_the_gazetteer_lacks_named_after_de_or_shi(gaz):
    found = _kinds("已建成的甲岭抽水蓄能电站，省内最大的煤矿是乙东煤矿。", gaz)
    assert found == [("甲岭抽水蓄能电站", "energy"), ("乙东煤矿", "energy")]
    assert _kinds("这是全省最大的抽水蓄能电站，也是一处露天矿。", gaz) == []


def test_metal_mines_and_mining_areas_are_energy_at_their_place_or_kept_unlocated(gaz):
    found = _found("加快峡江金矿、岩头寨钒矿和甲坪铅锌矿勘查，建设乙东矿区和丙西煤田。", gaz)
    assert found["峡江金矿"] == ("energy", "360823")  # at 峡江县
    assert found["岩头寨钒矿"] == ("energy", "433126")  # at the town 岩头寨镇
    assert {k: found[k][0] for k in ("甲坪铅锌矿", "乙东矿区", "丙西煤田")} == dict.fromkeys(
        ("甲坪铅锌矿", "乙东矿区", "丙西煤田"), "energy"
    )
    assert _kinds("推进生产矿区和在建煤田绿色改造。", gaz) == []
    # shale gas and coal-bed methane: a field or a base named after the region it lies in
    assert _kinds("建设川南页岩气田和川南页岩气基地。", gaz) == [
        ("川南页岩气田", "energy"),
        ("川南页岩气基地", "energy"),
    ]


def test_a_listed_important_wetland_is_an_eco_zone_in_the_unit_written_before_it(gaz):
    """Sentences written for this test: 富源县 lies in Yunnan; the gazetteer knows a 小海子 in Xinjiang."""
    found = _found("云南新增富源县小海子省级重要湿地和盈江省级重要湿地。", gaz)
    assert found["小海子省级重要湿地"] == ("eco_zone", "530325")  # in 富源县, not by Xinjiang's 小海子
    assert found["盈江省级重要湿地"] == ("eco_zone", "533123")
    assert _found("加强云南富源小海子湿地保护。", gaz)["小海子湿地"] == ("water", "530325")
    # a feature placed by a unit its name holds stays there (准格尔, 托克托, 清水河: three units)
    assert (
        _found("支持准（格尔）托（克托）清（水河）工业园区开展合作。", gaz)["清（水河）工业园区"][1]
        == "150124"
    )


def test_a_data_centre_cluster_is_a_park_at_the_unit_it_is_named_after(gaz):
    found = _found("设立甲数据中心集群，支持庆阳国家数据中心集群和和林格尔数据中心集群建设。", gaz)
    assert found["庆阳国家数据中心集群"] == ("park", "621000")
    assert found["和林格尔数据中心集群"] == ("park", "150123")


def test_converter_stations_listed_before_a_count_a_first_area_and_europe_with_america(gaz):
    assert _kinds("新建庆阳、东平两座换流站。", gaz)[-2:] == [("庆阳", "energy"), ("东平", "energy")]
    assert _kinds("推进济南新旧动能转换起步区建设。", gaz) == [("济南新旧动能转换起步区", "park")]
    assert _kinds("开辟至欧美、非洲的远洋航线。", gaz) == [("欧美", "region"), ("非洲", "region")]
    # Europe and Asia together, and their landmass (the railway across it is its own line)
    assert _kinds("西接欧亚，通达亚欧大陆，建设新亚欧大陆桥。", gaz) == [
        ("欧亚", "region"),
        ("亚欧大陆", "landform"),
        ("新亚欧大陆桥", "rail"),
    ]


def test_a_ports_development_zone_or_industrial_zone_is_a_park_at_the_port(gaz):
    found = _found("建设福建漳州古雷港经济开发区和临高金牌港开发区，打造三亚中央商务区。", gaz)
    assert found["福建漳州古雷港经济开发区"] == ("park", "350623")  # 古雷镇, 漳浦县
    assert found["临高金牌港开发区"] == ("park", "469024")
    assert found["三亚中央商务区"] == ("park", "460200")
    assert _kinds("宁波舟山港世界一流强港。", gaz) == [("宁波舟山港", "port")]


def test_one_character_lac_splits_from_a_name_it_does_not_know_starts_the_name(gaz):
    assert _kinds("修建鄂豫运河，疏浚牛牧屯引河。", gaz) == [("鄂豫运河", "water"), ("牛牧屯引河", "water")]


def test_a_park_named_after_a_bay_or_a_river_and_a_sub_name(gaz):
    # written for this test: parks are named after bays and rivers too, with what they make between
    found = {(m.surface, m.kind) for m in geoparse("推进台州湾新材料产业园、韩江滨水新城建设。", gaz)}
    assert found == {("台州湾新材料产业园", "park"), ("韩江滨水新城", "park")}
    # a mountain's zone is a part of a national park, no development zone
    assert ("岷山片区", "park") not in {(m.surface, m.kind) for m in geoparse("分属岷山片区。", gaz)}


def test_science_knowledge_and_bio_cities_that_lac_reads_as_organisations_are_parks(gaz):
    # written for this test: names no table holds, typed by their last word
    found = {
        (m.surface, m.kind) for m in geoparse("加强光明科学城与天府国际生物城、中新广州知识城的合作。", gaz)
    }
    assert {("光明科学城", "park"), ("天府国际生物城", "park"), ("中新广州知识城", "park")} <= found


def test_power_stations_by_their_short_words_and_phases(gaz):
    # written for this test: 抽蓄 is 抽水蓄能; a phase is no part of a station's name; 调峰站 and 储气库 are
    # energy
    text = "建成仙游抽蓄二期和大埔电厂二期，建设迭福北应急调峰站、辽河储气库群。"
    found = {(m.surface, m.kind) for m in geoparse(text, gaz)}
    assert {("仙游抽蓄", "energy"), ("大埔电厂", "energy"), ("辽河储气库群", "energy")} <= found


def test_a_county_s_chemical_park_and_characteristic_towns_are_parks_of_it(gaz):
    found = {
        m.surface: (m.kind, m.adcode) for m in geoparse("推进赣县化工园区整治，建设齐河文创特色小镇。", gaz)
    }
    assert found["赣县化工园区"] == ("park", "360704")
    assert found["齐河文创特色小镇"] == ("park", "371425")


def test_a_county_in_full_before_an_energy_facility_s_own_place_name_is_its_own_mention(gaz):
    found = [
        (m.surface, m.kind, m.adcode) for m in geoparse("建成府谷县陕北换流站，开工嵩县抽水蓄能电站。", gaz)
    ]
    assert ("府谷县", "county", "610822") in found and ("陕北换流站", "energy", "610822") in found
    # the facility's word alone after the county: one name
    assert ("嵩县抽水蓄能电站", "energy", "410325") in found


def test_counties_listed_before_a_class_of_park_share_it_unless_cities_follow(gaz):
    found = {m.surface: m.kind for m in geoparse("推进赣县、会昌化工园区整治。", gaz)}
    assert found == {"赣县": "park", "会昌化工园区": "park"}
    # …物流园区布局城市: the cities where such parks are laid out
    found = {m.surface: m.kind for m in geoparse("建设甲乙、包头、榆林物流园区布局城市。", gaz)}
    assert found["包头"] == "city"


def test_a_county_s_own_full_name_before_a_site_is_its_own_mention(gaz):
    found = [(m.surface, m.kind, m.adcode) for m in geoparse("推进共和县塔拉滩光伏园区建设。", gaz)]
    assert found == [("共和县", "county", "632521"), ("塔拉滩光伏园区", "energy", "632521")]


def test_wind_zones_are_energy_sites(gaz):
    found = {
        m.surface: (m.kind, m.adcode) for m in geoparse("有序开发三塘湖、十三间房风区和达坂城风区。", gaz)
    }
    assert found["十三间房风区"][0] == "energy"
    assert found["达坂城风区"] == ("energy", "650107")


def test_a_substation_named_before_its_voltage(gaz):
    ms = geoparse("建成月城500千伏变电站、普提500千伏变电站，新建500千伏变电站2座。", gaz)
    found = {m.surface: m.kind for m in ms if m.kind != "unresolved"}
    assert found == {"月城500千伏变电站": "energy", "普提500千伏变电站": "energy"}


def test_a_city_s_车站_is_its_railway_station(gaz):
    found = {m.surface: (m.kind, m.adcode) for m in geoparse("线路接入兰新铁路张掖车站。", gaz)}
    assert found["张掖车站"] == ("station", "620700")


def test_a_grid_interconnection_named_after_its_region_is_an_energy_line(gaz):
    found = {m.surface: m.kind for m in geoparse("建成藏中联网工程和阿里电力联网工程，发展工业互联网。", gaz)}
    assert found == {"藏中联网工程": "energy", "阿里电力联网工程": "energy"}


def test_the_changjitu_pilot_zone_is_the_region_it_names(gaz):
    found = [(m.surface, m.kind) for m in geoparse("推进长吉图开发开放先导区建设。", gaz)]
    assert found == [("长吉图开发开放先导区", "region")]


def test_a_national_new_area_by_its_short_name(gaz):
    """A sentence written for this test: 贵安 is the 贵州贵安新区 (national_facilities.csv)."""
    assert _found("推动贵阳贵安融合发展。", gaz) == {"贵阳": ("city", "520100"), "贵安": ("park", "520403")}


def test_a_county_in_full_before_a_class_of_zone_alone_is_one_zone_and_a_ranking_names_none(gaz):
    text = "建设长葛市产业集聚区、长沙县经开区，授予河南省十强产业集聚区称号，打造现代海洋产业集聚区。"
    found = [(m.surface, m.kind, m.adcode) for m in geoparse(text, gaz)]
    assert found == [
        ("长葛市产业集聚区", "park", "411082"),
        ("长沙县经开区", "park", "430121"),
        ("河南省", "province", "410000"),
    ]


def test_a_unit_in_a_bracketed_aside_of_a_zones_name_locates_the_zone(gaz):
    zone = next(m for m in geoparse("共建长三角（宣城）产业合作区。", gaz) if m.kind == "park")
    assert (zone.surface, zone.adcode) == ("长三角（宣城）产业合作区", "341800")


def test_a_smart_city_and_an_airport_new_town_are_zones_at_their_place(gaz):
    found = [(m.surface, m.kind, m.adcode) for m in geoparse("推进天河智慧城、深圳空港新城建设。", gaz)]
    assert found == [("天河智慧城", "park", "440106"), ("深圳空港新城", "park", "440300")]


def test_a_city_in_full_before_an_industry_and_a_class_of_zone_is_one_zone(gaz):
    found = [(m.surface, m.kind, m.adcode) for m in geoparse("建设鹤岗市煤电化工产业园区。", gaz)]
    assert found == [("鹤岗市煤电化工产业园区", "park", "230400")]


def test_a_pumping_works_named_after_its_district_is_water_there(gaz):
    found = [(m.surface, m.kind, m.adcode) for m in geoparse("续建红寺堡扬水工程。", gaz)]
    assert found == [("红寺堡扬水工程", "water", "640303")]


def test_a_zhuang_name_opening_with_na_is_no_pronoun(gaz):
    # LAC reads 那岸 as a pronoun; names of Guangxi and Yunnan often open with 那 (rule_words.csv pronoun_not)
    found = [(m.surface, m.kind) for m in geoparse("通过改扩建那岸水库，提升灌溉能力。", gaz)]
    assert found == [("那岸水库", "water")]


def test_a_numbered_scenic_road_is_a_road_by_its_name(gaz):
    found = [(m.surface, m.kind) for m in geoparse("建设太行一号旅游公路，打造太行一号国家风景道。", gaz)]
    assert found == [("太行一号旅游公路", "road"), ("太行一号国家风景道", "road")]


def test_a_function_zone_is_a_park_unless_its_name_says_ecology(gaz):
    found = [(m.surface, m.kind) for m in geoparse("规划建设南宁吴圩国际机场航空产业功能区。", gaz)]
    found += [(m.surface, m.kind) for m in geoparse("建设张家口首都水源涵养功能区。", gaz)]
    assert ("张家口首都水源涵养功能区", "eco_zone") in found
    assert [k for s, k in found if s.endswith("产业功能区")] == ["park"]


def test_a_civil_airport_word_closes_an_airport_s_name(gaz):
    found = [(m.surface, m.kind) for m in geoparse("开工建设和静县巴音布鲁克民用机场。", gaz)]
    assert found == [("和静县", "county"), ("巴音布鲁克民用机场", "airport")]


def test_an_airport_s_new_area_is_a_zone(gaz):
    found = [(m.surface, m.kind) for m in geoparse("依托新机场规划建设廊坊空港新区。", gaz)]
    assert found == [("廊坊空港新区", "park")]


def test_a_province_s_short_name_opens_a_reserve_s_or_a_park_s_name(gaz):
    text = "范围涵盖甘肃天祝三峡国家森林公园、甘肃冰沟河省级森林公园和青海仙米国家森林公园。"
    found = [(m.surface, m.kind) for m in geoparse(text, gaz)]
    assert found == [
        ("甘肃天祝三峡国家森林公园", "park"),
        ("甘肃冰沟河省级森林公园", "park"),
        ("青海仙米国家森林公园", "park"),
    ]
    # with its unit word the province is a mention of its own
    found = [(m.surface, m.kind) for m in geoparse("建设甘肃省冰沟河省级森林公园。", gaz)]
    assert found == [("甘肃省", "province"), ("冰沟河省级森林公园", "park")]


def test_a_bonded_zone_s_short_word_and_an_industrial_concentration_zone(gaz):
    found = [(m.surface, m.kind) for m in geoparse("中关村综保区获批设立，大兴机场综保区通过验收。", gaz)]
    assert found == [("中关村综保区", "park"), ("大兴机场综保区", "park")]
    found = [(m.surface, m.kind) for m in geoparse("做强成都青羊工业集中发展区。", gaz)]
    assert found == [("成都青羊工业集中发展区", "park")]


def test_sea_river_intermodal_transport_names_no_river(gaz):
    assert not geoparse("推进海河联运中转枢纽港建设。", gaz)


def test_a_city_s_ports_are_the_city(gaz):
    found = [(m.surface, m.kind) for m in geoparse("福州市港口吞吐量增长，湛江港口货物吞吐量居前。", gaz)]
    assert found == [("福州市", "city"), ("湛江", "city")]


def test_an_ecological_zone_s_name_that_says_industry_or_tourism_is_a_park(gaz):
    found = [(m.surface, m.kind) for m in geoparse("共建大湾区北部生态文化旅游合作区。", gaz)]
    assert found == [("大湾区北部生态文化旅游合作区", "park")]


def test_a_rank_makes_no_zone_s_name(gaz):
    # written for this test: 首家 and 首个 say the first of its kind, no part of a name
    got = [(m.surface, m.kind) for m in geoparse("建成内蒙古首家综合保税区。", gaz)]
    assert got == [("内蒙古", "province")]
    assert [m.surface for m in geoparse("获批全国首个空港型综合保税区。", gaz)] == []
