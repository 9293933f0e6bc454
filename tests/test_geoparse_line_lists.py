"""Lists of lines' short names closed by a trunk line's word, and words read before a line word that name no
line. Sentences written for this project in plan style."""

from geo.geoparse import geoparse


def _found(text, gaz):
    return [(m.surface, m.kind) for m in geoparse(text, gaz) if m.kind != "unresolved"]


def test_short_names_before_a_trunk_lines_word_are_lines(gaz):
    found = _found("枢纽向外衔接京广、京九、陇海等干线。", gaz)
    assert [s for s, k in found if k == "rail"] == ["京广", "京九", "陇海"]
    # a count written with 大 counts them too, and 干线铁路 makes them railways, not roads
    found = _found("本港连通京哈、京沪两大干线铁路。", gaz)
    assert ("京哈", "rail") in found and ("京沪", "rail") in found


def test_a_verb_or_a_class_before_a_line_word_names_no_line(gaz):
    assert _found("旅客出站后可达高铁枢纽。", gaz) == []
    assert _found("车辆下了高速一路向北。", gaz) == []
    assert _found("通过铁路运输降低物流成本。", gaz) == []
    found = _found("完善朔黄铁路、地方铁路以及规划铁路的衔接。", gaz)
    assert ("朔黄铁路", "rail") in found and not any(s == "地方铁路" for s, _ in found)


def test_subtropical_names_no_region(gaz):
    assert _found("保护中亚热带常绿阔叶林。", gaz) == []
    assert ("中亚", "region") in _found("深化与中亚国家的合作。", gaz)


def test_a_count_of_subdistricts_closes_a_list_of_towns(gaz):
    found = _found("开发区下辖娄葑、斜塘、唯亭3个街道。", gaz)
    assert [(s, k) for s, k in found] == [("娄葑", "town"), ("斜塘", "town"), ("唯亭", "town")]


def test_a_count_after_etcetera_may_count_more_villages_than_listed(gaz):
    found = _found("这里是千户侗寨，有马家、平寨、岩寨等八个自然村寨。", gaz)
    assert [s for s, k in found if k == "town"] == ["马家", "平寨", "岩寨"]
    # a count that is no more than the items is no count of them
    assert _found("有马家、平寨、岩寨等两个方案。", gaz) == []


def test_ports_of_entry_listed_after_a_verb_and_before_words_of_rank(gaz):
    found = _found("货物在昆明集结后由河口、磨憨、瑞丽口岸出境。", gaz)
    assert [s for s, k in found if k == "port"] == ["河口", "磨憨", "瑞丽口岸"]
    found = _found("建设磨憨、河口、瑞丽重点枢纽口岸。", gaz)
    assert [s for s, k in found if k == "port"] == ["磨憨", "河口", "瑞丽"]


def test_one_character_countries_in_a_long_list_toward_a_neighbour_and_in_pairs(gaz):
    found = _found("东北亚地区由俄远东地区及蒙、朝、韩、日组成。", gaz)
    assert [s for s, k in found if k == "country"] == ["蒙", "朝", "韩", "日"]
    # a list of provinces' abbreviations stays provinces
    assert [k for _, k in _found("加强与蒙、吉、黑的协作。", gaz)] == ["province"] * 3
    assert _found("深化对俄合作，建设对俄边境口岸。", gaz) == [("俄", "country"), ("俄", "country")]
    assert _found("加强中俄文化交流。", gaz) == [("中", "country"), ("俄", "country")]
    assert _found("对中小企业给予支持。", gaz) == []
    # after 对, 俄, 朝 and 缅 are the countries whatever follows; 越 and 日 only before a word of ties
    assert _found("发展对俄旅游，开通对朝国际邮路。", gaz) == [("俄", "country"), ("朝", "country")]
    assert _found("对越来越多的企业开放，对日益增长的需求作出回应。", gaz) == []
    assert ("朝阳市", "city") in _found("对朝阳市开放。", gaz)
    # my own sentences: a list after 有 or 了 goes on with a country's full name or ends in 等国
    found = _found("先后有英、美、德、日、荷兰等国在此设领。", gaz)
    assert [s for s, k in found if k == "country"] == ["英", "美", "德", "日", "荷兰"]
    assert [s for s, _ in _found("吸引了俄、葡等国客商。", gaz)] == ["俄", "葡"]


def test_air_ports_and_destination_airports_close_lists_of_airports(gaz):
    found = _found("海拉尔和满洲里两个国际航空港已经开通。", gaz)
    assert found == [("海拉尔", "airport"), ("满洲里", "airport")]
    found = _found("做强延吉、长白山、松原等重点旅游目的地机场。", gaz)
    assert [k for _, k in found] == ["airport"] * 3
    # an airport's status or level between the count and 机场 (营运, 县级)
    found = _found("全区现有喀什、伊宁、库尔勒等12个营运机场，新增宝应、高邮两个县级通用机场。", gaz)
    assert [k for _, k in found] == ["airport"] * 5


def test_power_sites_listed_before_coastal_plants_and_roads_before_trunk_roads(gaz):
    found = _found("加速建设宁德、福清、霞浦等沿海核电厂。", gaz)
    assert [k for _, k in found] == ["energy"] * 3
    found = _found("这是连接京珠、连霍两条国道高速主干线的通道。", gaz)
    assert ("京珠", "road") in found and ("连霍", "road") in found


def test_slogans_counting_things_scopes_and_plain_water_name_nothing(gaz):
    assert _found("构建五江一溪水系格局，打造三桥一岛景观和一江两山旅游带。", gaz) == []
    assert _found("以上高速铁路均已开工，市内高速公路和人均铁路里程增加，港口铁路进港。", gaz) == []
    assert _found("实施引水补给工程。", gaz) == []
    assert ("引江济淮工程", "water") in _found("实施引江济淮工程。", gaz)


def test_verbs_and_air_routes_before_line_words_and_classes_of_scenic_places_name_nothing(gaz):
    assert _found("全面提速沿边高速公路建设，织密高速公路网络。", gaz) == []
    assert _found("还将开通经停航线。", gaz) == []
    assert _found("该机场是旅游景区机场。", gaz) == []
    found = _found("有滇池、阳宗海等国家级和省级著名风景区。", gaz)
    assert not any(s.endswith("风景区") for s, _ in found)


def test_a_citys_name_holding_a_join_character_stays_an_item_of_a_list_of_airports(gaz):
    found = _found("提升济南、呼和浩特、太原等区域枢纽机场功能。", gaz)
    assert found == [("济南", "airport"), ("呼和浩特", "airport"), ("太原", "airport")]
    found = _found("武汉阳逻、黄石棋盘洲等一批专业化港区建成运营。", gaz)
    assert [k for _, k in found] == ["port", "port"]


def test_water_allocation_head_works_and_pipeline_projects_named_after_their_feature(gaz):
    found = _found("实施昌化江水资源配置工程。", gaz)
    assert found == [("昌化江水资源配置工程", "water")]
    assert ("鄱阳湖水利枢纽工程", "water") in _found("建设鄱阳湖水利枢纽工程。", gaz)


def test_two_provinces_abbreviated_before_two_places_or_their_pass_are_the_provinces(gaz):
    assert [k for _, k in _found("沪苏两地联合开展环境治理。", gaz)] == ["province", "province"]
    found = _found("这座关隘扼赣闽咽喉。", gaz)
    assert ("赣", "province") in found and ("闽", "province") in found


def test_power_sites_with_a_capacity_storage_bases_and_a_provinces_converter_station(gaz):
    assert _found("焉耆县40万千瓦光伏项目开工。", gaz) == [("焉耆县40万千瓦光伏项目", "energy")]
    assert _found("建设荆州煤炭储配基地。", gaz) == [("荆州煤炭储配基地", "energy")]
    assert _found("建成海南换流站。", gaz) == [("海南换流站", "energy")]


def test_a_long_town_written_in_full_alone_and_no_gacha_after_it(gaz):
    # a gacha is a village: no kind of place (villages are not among the kinds: README, thirty-ninth session)
    found = _found("额吉淖尔镇布勒呼木德嘎查的牧民开始轮牧。", gaz)
    assert found == [("额吉淖尔镇", "town")]
    assert _found("推动农业人口向城镇转移。", gaz) == []


def test_a_count_of_operating_areas_closes_a_list_of_port_areas(gaz):
    found = _found("重点建设茅坪、太平溪、红花套、枝城四个作业区。", gaz)
    assert [k for _, k in found] == ["port"] * 4


def test_a_count_of_great_ones_closes_a_list_of_deserts_whose_names_hold_a_join_character(gaz):
    found = _found("加快腾格里、乌兰布和、库布其三大沙漠治理。", gaz)
    assert found == [("腾格里", "landform"), ("乌兰布和", "landform"), ("库布其", "landform")]
    # two joined by 和 after a verb, each placed by its name with the class word (腾格里 + 沙漠)
    found = {m.surface: m for m in geoparse("该县被巴丹吉林和腾格里两大沙漠包围。", gaz)}
    assert found["腾格里"].kind == found["巴丹吉林"].kind == "landform" and found["腾格里"].lon is not None
    found = _found("地处青藏、蒙新、黄土三大高原交汇地带，保护滇池、洱海等九大高原湖泊。", gaz)
    assert [k for _, k in found] == ["landform"] * 3 + ["water"] * 2, found
    found = _found("金沙江下游有乌东德、白鹤滩、溪洛渡、向家坝四座巨型梯级水电站。", gaz)
    assert [k for s, k in found if s != "金沙江"] == ["energy"] * 4, found


def test_a_relocation_verb_opens_a_list_of_airports_and_main_fields_close_a_list(gaz):
    found = _found("迁建延吉、改扩建通化机场。", gaz)
    assert [k for _, k in found] == ["airport", "airport"]
    found = _found("先后开发了萨尔图、杏树岗和喇嘛甸三大主力油田。", gaz)
    assert [k for _, k in found] == ["energy"] * 3


def test_a_line_lac_reads_by_a_short_name_of_its_own_is_kept_unlocated(gaz):
    """Sentences written for this test: initials or a namesake LAC reads as a word of its own, right before a
    line's word, name a line the gazetteer lacks; a class word, a corridor's last stop, a hub and 大通道 do
    not."""
    found = _found("建成开通杭黄铁路，途经史迪威公路，深中通道正式通车。", gaz)
    assert found == [("杭黄铁路", "rail"), ("史迪威公路", "road"), ("深中通道", "road")]
    assert _found("加快普速铁路和城际铁路建设，全省高速公路通车。", gaz) == []
    found = _found("建设北京至雄安城际铁路，研究新增大江东铁路枢纽，打通向西、向南大通道。", gaz)
    assert not [s for s, k in found if s in ("雄安城际铁路", "江东铁路", "南大通道")], found


def test_route_numbers_among_the_short_names_of_a_list_of_roads(gaz):
    found = _found("境内有连霍、京藏、G312、G109等高速公路和国道穿过。", gaz)
    assert found == [("连霍", "road"), ("京藏", "road"), ("G312", "road"), ("G109", "road")]


def test_a_numbered_metro_line_is_a_railway_only_with_its_city(gaz):
    """Without its city a numbered line is kept unresolved, as annotators leave it out; its words are read as
    no other place (客运站 stays a generic station)."""
    ms = geoparse("地铁3号线西起客运站，建成轨道交通5号线二期，广州地铁22号线开通。", gaz)
    assert [m.surface for m in ms if m.kind == "rail"] == ["广州地铁22号线"]
    assert [m.surface for m in ms if m.kind == "unresolved"][:2] == ["地铁3号线", "轨道交通5号线"]


def test_streets_lac_reads_as_place_names_bound_a_planned_area(gaz):
    found = _found("规划区东至景兴路，西至舒心路，北至开元大道，打通断头路，实现村村通柏油路。", gaz)
    assert [(s, k) for s, k in found if k == "road"] == [
        ("景兴路", "road"),
        ("舒心路", "road"),
        ("开元大道", "road"),
    ]


def test_a_list_before_a_count_or_class_of_towns_is_a_list_of_towns(gaz):
    found = _found("将雨敞坪、莲花、乌山等重点城镇建设成为节点，推进包头、鄂尔多斯等城镇化发展。", gaz)
    towns = [("雨敞坪", "town"), ("莲花", "town"), ("乌山", "town")]
    assert found == towns + [("包头", "city"), ("鄂尔多斯", "city")]


def test_a_power_line_s_word_may_hold_its_route_and_current(gaz):
    found = _found("陇东至山东±800千伏特高压直流输电线路工程和青海—河南±800 kV高压直流工程开工。", gaz)
    lines = [s for s, k in found if k == "energy"]
    assert lines == ["陇东至山东±800千伏特高压直流输电线路工程", "青海—河南±800 kV高压直流工程"], found


def test_clauses_and_set_phrases_before_a_line_word_or_holding_a_feature_word_name_nothing(gaz):
    texts = ("三地告别“不通高铁”历史，终于有了高铁。", "利用铁路、海运等运输方式。")
    texts += ("贯彻“碳达峰、碳中和”目标。",)
    for text in texts:
        assert _found(text, gaz) == [], text
    assert ("京沪铁路", "rail") in _found("利用京沪铁路运输煤炭。", gaz)


def test_short_names_spelling_counties_before_a_road_word_are_roads(gaz):
    # 甲乙: the first characters of two neighbouring counties (集安, 桓仁) name the road between them
    found = _found("加快建设集桓、白临等高速公路。", gaz)
    assert [(s, k) for s, k in found] == [("集桓", "road"), ("白临", "road")]
    found = _found("继续加快雅康、汶马等在建高速公路建设。", gaz)
    assert [s for s, k in found if k == "road"] == ["雅康", "汶马"]
    # directions and class words spell no counties
    assert not any(k == "road" for _, k in _found("推进东西、南北等高速公路建设。", gaz))


def test_unknown_names_before_etcetera_and_a_power_word_are_power_sites(gaz):
    found = _found("流域内已建成多座水电站，例如甲洼龙、乙旭龙等电站。", gaz)
    assert [(s, k) for s, k in found if k == "energy"] == [("甲洼龙", "energy"), ("乙旭龙", "energy")]
    found = _found("推进富满、玛湖、顺北等大型油气田开发。", gaz)
    assert [s for s, k in found if k == "energy"] == ["富满", "玛湖", "顺北"]
    # classes of energy are no sites
    assert _found("积极发展火电、水电、风电等电站。", gaz) == []
    assert _found("加快天然气、页岩气等油气田开发。", gaz) == []


def test_a_class_of_line_or_structure_names_no_line(gaz):
    # the land a line crosses, the countries it joins, a verb with its particle: no line's short name
    assert not any(k == "rail" for _, k in _found("沙漠铁路环线途经新疆。", gaz))
    assert not any(k == "rail" for _, k in _found("这是世界上海拔最高的高原铁路。", gaz))
    assert not any(k == "rail" for _, k in _found("中蒙俄三国铁路开办国际联运。", gaz))
    assert _found("创造了铁路工程建设的奇迹。", gaz) == []
    # a count after a structure's word counts a class of structure
    assert _found("全线高地温隧道10座，特大桥3座。", gaz) == []
    # a class word and one character before a port's word name no port
    assert _found("这里是最大陆路口岸。", gaz) == []


def test_a_short_form_of_a_prefecture_before_its_county(gaz):
    found = [(m.surface, m.adcode) for m in geoparse("洛浦、于田和巴州且末县等地不通火车。", gaz)]
    assert ("巴州", "652800") in found and ("且末县", "652825") in found
    found = [(m.surface, m.adcode) for m in geoparse("巴中市巴州区位于四川东北部。", gaz)]
    assert ("巴州区", "511902") in found


def test_names_counted_before_a_port_or_station_word_are_ports_or_stations(gaz):
    found = _found("坐拥钦州、北海、防城港三大天然良港。", gaz)
    assert [(s, k) for s, k in found] == [("钦州", "port"), ("北海", "port"), ("防城港", "port")]
    found = _found("接通阿拉山口、霍尔果斯、满洲里三个出境口岸。", gaz)
    assert [k for _, k in found] == ["port", "port", "port"]
    found = _found("规划的站点中，甲山、乙丰、株洲南3个站点已开通。", gaz)
    assert [s for s, k in found if k == "station"] == ["甲山", "乙丰", "株洲南"]


def test_short_names_spelling_provinces_are_lines_and_a_line_word_is_no_name(gaz):
    found = _found("推进郑万、渝黔等铁路建设。", gaz)
    assert ("渝黔", "rail") in found
    found = _found("推进京港（台）高铁和包银、银西高铁建设。", gaz)
    assert not any(s == "高铁" for s, _ in found)


def test_a_list_of_port_areas_after_including(gaz):
    found = _found("该港包含东渡、海沧和翔安港区。", gaz)
    assert [s for s, k in found if k == "port"][:2] == ["东渡", "海沧"]


def test_a_port_area_named_like_a_county_near_its_harbour_is_there(gaz):
    ms = geoparse("厦门港包含东渡、海沧、古雷、东山和诏安港区。", gaz)
    assert [m.adcode for m in ms if m.surface == "东山"] == ["350626"]  # 东山县, 120 km from 厦门


def test_a_crossing_named_by_the_cities_it_joins(gaz):
    assert ("深中通道", "road") in _found("深中通道开通后，两市车程缩短。", gaz)
    # an epithet or directions spell no cities
    assert _found("南北通道加快建设。", gaz) == []
    assert not any(s == "黄金通道" for s, _ in _found("依托铁路“黄金通道”，加快发展。", gaz))
    # after 有; a clause word (之后) and a class (重大) name no crossing that would swallow it
    assert _found("湾区还有深中通道。", gaz) == [("深中通道", "road")]
    assert ("深中通道", "road") in _found("深中通道之后又一重大跨海通道开工。", gaz)


def test_a_crossing_named_after_the_sea_or_mountain_it_crosses(gaz):
    found = _found("规划建设的伶仃洋通道、狮子洋通道和莲花山通道。", gaz)
    assert found == [("伶仃洋通道", "road"), ("狮子洋通道", "road"), ("莲花山通道", "road")]
    # a river's crossings are a class of them, the river is the mention
    assert _found("规划长江过江通道20座。", gaz) == [("长江", "water")]


def test_a_list_in_brackets_after_its_class_word(gaz):
    found = _found("它由四个乡镇（鹅埠、小漠、鲘门、赤石）组成，位于汕尾市。", gaz)
    assert [s for s, k in found if k == "town"] == ["鹅埠", "小漠", "鲘门", "赤石"]


def test_a_lines_second_track_extension_or_branch_after_its_full_name_is_part_of_it(gaz):
    found = _found("加快兰青铁路复线、郑开城际铁路延长线和可门港铁路支线建设。", gaz)
    assert found == [
        ("兰青铁路复线", "rail"),
        ("郑开城际铁路延长线", "rail"),
        ("可门港铁路支线", "rail"),
    ]
    # a road closed by 高速路, a ring road with its bearing
    assert _found("建成福州西绕城高速路和福宁高速路复线。", gaz) == [
        ("福州西绕城高速路", "road"),
        ("福宁高速路复线", "road"),
    ]
    # a second or an auxiliary corridor of a line (京沪高铁二通道, 京沪高铁辅助通道) is that line's part too
    assert _found("推进京沪高铁辅助通道天津至潍坊段和京沪高铁二通道建设。", gaz)[::3] == [
        ("京沪高铁辅助通道", "rail"),
        ("京沪高铁二通道", "rail"),
    ]


def test_works_after_the_last_short_name_or_a_part_of_the_country_before_the_word(gaz):
    assert _found("随着甘新、兰渝、黔渝等西部干线铁路建成，通道能力提升。", gaz)[:2] == [
        ("甘新", "rail"),
        ("兰渝", "rail"),
    ]
    assert ("四梅集", "rail") in _found("启动长四辽通、敦牡和四梅集扩能等铁路项目。", gaz)


def test_a_citys_hub_is_a_station_and_a_fishing_port_takes_its_grade(gaz):
    assert _found("建设成都枢纽和浦东综合交通枢纽，提升包头综合交通枢纽功能。", gaz) == [
        ("成都枢纽", "station"),
        ("浦东综合交通枢纽", "station"),
        ("包头", "city"),
    ]
    # a port's or a water work's hub is none
    assert _found("推动南通港吕四港区建设江海联运枢纽。", gaz) == [("南通港吕四港区", "port")]
    found = _found("升级改造石狮梅林一级渔港，建设象山石浦中心渔港为中心渔港。", gaz)
    assert found == [("石狮梅林一级渔港", "port"), ("象山石浦中心渔港", "port")]


def test_a_desert_or_a_tourist_road_between_its_ends_is_one_road(gaz):
    ms = {m.surface: m.kind for m in geoparse("建成阿拉尔至和田沙漠公路和尉犁至且末沙漠公路。", gaz)}
    assert ms["阿拉尔至和田沙漠公路"] == "road" and ms["尉犁至且末沙漠公路"] == "road"
    assert ms["阿拉尔"] == "county" and ms["和田"] == "city"  # the ends stay mentions of their own


def _lines(text, gaz):
    return [(s, k) for s, k in _found(text, gaz) if k in ("rail", "road", "energy")]


def test_the_last_line_before_etc_and_a_count_leaves_them_to_the_list(gaz):
    assert _lines("开工建设绵阳至遂宁至内江等城际铁路。", gaz) == [("绵阳至遂宁至内江", "rail")]
    got = _lines("今年新增同心至海原、石嘴山至平罗两条地方高速公路。", gaz)
    assert got == [("同心至海原", "road"), ("石嘴山至平罗", "road")]
    # a line from a stop the gazetteer lacks, in the list and not ending it
    got = _lines("推进久治至马尔康、郎木寺至汶川等高速公路项目。", gaz)
    assert got == [("久治至马尔康", "road"), ("郎木寺至汶川", "road")]


def test_a_branch_named_after_a_chain_is_a_line_of_the_list(gaz):
    found = _found("开工建设重庆至西安、重庆至宜昌、成渝中线等高速铁路。", gaz)
    assert ("成渝中线", "rail") in found and ("成渝", "region") not in found


def test_a_county_after_a_city_and_to_is_the_lines_next_stop(gaz):
    found = _found("推进西宁至久治高速公路建设。", gaz)
    assert ("西宁至久治高速公路", "road") in found and ("久治", "county") in found


def test_cities_listed_before_a_metro_are_its_lines(gaz):
    found = _found("启动株洲、湘潭地铁建设。", gaz)
    assert ("株洲", "rail") in found and ("湘潭地铁", "rail") in found
    found = _found("推动黄石、荆州、宜昌等智慧港口建设。", gaz)
    assert [k for _, k in found] == ["port", "port", "port"]


def test_power_lines_written_with_tildes_and_a_converter_stations_bearing(gaz):
    assert _lines("建成哈密～敦煌750千伏输变电工程。", gaz) == [("哈密～敦煌750千伏输变电工程", "energy")]
    assert _lines("建成哈密南~郑州特高压直流工程。", gaz) == [("哈密南~郑州特高压直流工程", "energy")]


def test_a_city_named_like_a_mountain_at_a_lines_end_is_the_city(gaz):
    found = _found("建设池州至黄山、黄山至杭州等高速铁路。", gaz)
    assert ("池州至黄山", "rail") in found and ("黄山至杭州", "rail") in found
    assert ("黄山", "landform") not in found and found.count(("黄山", "city")) == 2


def test_a_line_ending_at_a_station_named_by_a_bearing_keeps_the_list_going(gaz):
    found = _lines("建成黄山—杭州、淮北—萧县北、商丘—合肥—杭州等高速铁路。", gaz)
    assert found == [("黄山—杭州", "rail"), ("淮北—萧县北", "rail"), ("商丘—合肥—杭州", "rail")]


def test_counties_joined_to_a_region_and_lines_of_urban_rail_between_counties(gaz):
    found = _found("近期将曲阜、邹城、嘉祥纳入都市区范围。", gaz)
    assert found == [("曲阜", "county"), ("邹城", "county"), ("嘉祥", "county")]
    found = _lines("加快推进晋宁至红塔区、呈贡至澄江轨道交通建设。", gaz)
    assert found == [("晋宁至红塔区", "rail"), ("呈贡至澄江轨道交通", "rail")]


def test_a_verb_or_a_class_of_zone_read_like_a_name_is_none(gaz):
    assert _found("增加高速公路通车里程。", gaz) == []
    for text in ("形成国家级海洋牧场示范区。", "建设森林康养度假区。", "建设海滨生态公园。"):
        assert _found(text, gaz) == [], text


def test_far_apart_initials_and_a_batch_before_a_line_word_are_lines(gaz):
    # 汕昆 joins cities 1,400 km apart; 一批 between 等 and the word
    found = _lines("规划建设汕湛、济祁、扬绩等一批高速公路。", gaz)
    assert found == [("汕湛", "road"), ("济祁", "road"), ("扬绩", "road")]


def test_ports_of_cities_listed_before_important_ports_and_port_areas_own_sidings(gaz):
    found = _found("拥有湛江、茂名等重要港口。", gaz)
    assert found == [("湛江", "port"), ("茂名", "port")]
    found = _found("推进岳阳、常德重点港区的铁路专用线建设。", gaz)
    assert found == [("岳阳", "port"), ("常德", "port")]
    # port cities are cities
    assert _found("支持南通、镇江等港口城市转型。", gaz) == [("南通", "city"), ("镇江", "city")]


def test_four_cities_initials_inside_a_list_of_lines(gaz):
    found = _lines("推进宁淮、通苏嘉甬、沪苏湖等铁路前期工作。", gaz)
    assert found == [("宁淮", "rail"), ("通苏嘉甬", "rail"), ("沪苏湖", "rail")]


def test_a_bracketed_chain_names_far_units_in_full_and_its_cities_before_no_chain_word(gaz):
    # 涪（陵）: the bracket writes the only unit of the name, however far from 宜昌
    found = _found("加快宜（昌）涪（陵）高铁建设。", gaz)
    assert ("宜（昌）涪（陵）高铁", "rail") in found and ("涪（陵）", "county") in found
    found = _found("共建宜（昌）荆（州）荆（门）襄（阳）新能源新材料大走廊。", gaz)
    assert found == [("宜（昌）", "city"), ("荆（州）", "city"), ("荆（门）", "city"), ("襄（阳）", "city")]


def test_a_county_at_the_first_end_of_a_section_written_after_a_line(gaz):
    # 崇礼 lies far from 锡林浩特, the text's other place: the section after the railway places it
    found = _found("甲乙铁路锡林浩特段和丙丁铁路崇礼至黑城子段开工建设。", gaz)
    assert ("崇礼", "county") in found and ("锡林浩特", "county") in found
    # the second end of a section written alone (建设林芝至康定段): 康定 lies far from 林芝
    assert _found("建成拉萨至林芝段，建设林芝至康定段。", gaz)[-1] == ("康定", "county")


def test_a_describing_phrase_with_list_marks_between_etcetera_and_the_class_word(gaz):
    found = _found("重点发展北仑、镇海、大榭等需要优化结构、提升功能的港区。", gaz)
    assert found == [("北仑", "port"), ("镇海", "port"), ("大榭", "port")]
    # 等 right before 港 closes a list of ports too
    assert ("钦州", "port") in _found("加密洋浦港与北海、钦州等港的航线。", gaz)


def test_counties_at_both_ends_of_a_line_and_a_verb_before_its_first_stop(gaz):
    # nothing else in the text says where: the line's ends are evidence enough
    found = _found("加快宁武至固阳高速公路建设。", gaz)
    assert found == [("宁武至固阳高速公路", "road"), ("宁武", "county"), ("固阳", "county")]
    found = _found("确保乐山至汉源高速建成通车。", gaz)
    assert found[0] == ("乐山至汉源高速", "road")


def test_a_city_read_across_the_end_of_a_lines_short_name_leaves_it_whole(gaz):
    # 宣城 reads across 合芜宣|城际: the three initials spell 合肥, 芜湖, 宣城
    found = _lines("城际铁路包括扬巢城际铁路、合芜宣城际铁路和宁马城际铁路。", gaz)
    assert found == [("扬巢城际铁路", "rail"), ("合芜宣城际铁路", "rail"), ("宁马城际铁路", "rail")]
    # 昌吉 (a prefecture of Xinjiang) inside 昌吉赣: the initials of 南昌, 吉安, 赣州
    assert _lines("建成昌吉赣客专、武九客专。", gaz) == [("昌吉赣客专", "rail"), ("武九客专", "rail")]
    # four initials after 和
    assert _lines("建设宿淮盐铁路和宁滁蚌亳铁路。", gaz) == [("宿淮盐铁路", "rail"), ("宁滁蚌亳铁路", "rail")]


def test_a_branch_of_a_short_named_line_first_in_a_list_of_lines(gaz):
    # 成渝中线: the short name 成渝 and the branch 中线; neither 成渝 nor 渝中 is read inside it
    found = _found("成渝中线、成达万等高铁提速建设。", gaz)
    assert found == [("成渝中线", "rail"), ("成达万", "rail")]


def test_an_unknown_stop_of_a_listed_line_is_the_unit_of_that_full_name_nearby(gaz):
    # 上思 alone names nothing in the gazetteer; at the end of a listed line it is 上思县, near 凭祥 and 南宁
    found = [
        (m.surface, m.kind, m.adcode) for m in geoparse("续建凭祥至峒中、南宁吴圩至上思等高速公路。", gaz)
    ]
    assert ("上思", "county", "450621") in found


def test_a_count_after_this_closes_a_list_of_lines(gaz):
    found = _lines("推进南宁至峒中、茶卡至德令哈这2条公路建设。", gaz)
    assert found == [("南宁至峒中", "road"), ("茶卡至德令哈", "road")]


def test_a_city_between_a_lines_word_and_the_section_word_whatever_lac_reads(gaz):
    # LAC reads 茂|名段 here: the city's section of the line all the same
    assert ("茂名", "city") in _found("加快建设云茂高速茂名段。", gaz)
    # and the first end of a section right after a line's word, its other end unknown (LAC reads 路酒)
    assert ("酒泉", "city") in _found("加快兰新铁路酒泉至东风段扩能改造。", gaz)


def test_a_count_of_projects_between_etcetera_and_the_line_word(gaz):
    # written for this test: 等27个 before 高速公路项目 closes the list of roads
    found = _lines("建设玉林至铁山港、梧州至贵港等27个高速公路项目。", gaz)
    assert found == [("玉林至铁山港", "road"), ("梧州至贵港", "road")]
    assert _lines("建成西安至成都、宝鸡至兰州2个高铁项目。", gaz) == [
        ("西安至成都", "rail"),
        ("宝鸡至兰州", "rail"),
    ]


def test_a_town_outside_the_texts_region_at_a_stop_of_a_line(gaz):
    # written for this test: 郎木寺镇 lies in Gansu (碌曲县), some 300 km from 汶川; a line joins them
    found = {(m.surface, m.kind, m.adcode) for m in geoparse("推进郎木寺至汶川高速公路建设。", gaz)}
    assert ("郎木寺", "town", "623026") in found
    assert ("汶川", "county", "513221") in found


def test_a_county_between_the_stop_mark_and_the_line_word_whatever_lac_reads(gaz):
    # written for this test: LAC reads 至上 as a verb; 上思 still ends the road
    found = {(m.surface, m.kind, m.adcode) for m in geoparse("推进南宁吴圩至上思高速公路建设。", gaz)}
    assert ("上思", "county", "450621") in found
    assert ("吴圩", "town", "450105") in found


def test_a_line_end_named_like_a_unit_far_away_is_the_town_or_port_near_the_other_end(gaz):
    # written for this test: 清水河县 and 白河县 lie 2,000 km from 临沧 and 敦化; the port and town lie near
    found = {
        (m.surface, m.kind, m.adcode) for m in geoparse("推进临沧—清水河铁路和敦化至白河高铁建设。", gaz)
    }
    assert ("清水河", "port", "530926") in found  # 孟定清水河口岸
    assert ("白河", "town", "222426") in found  # 二道白河镇
    # a line between far cities keeps them (京昆: 北京 to 昆明)
    found = {(m.surface, m.kind) for m in geoparse("建设北京至昆明高速公路。", gaz)}
    assert ("北京", "province") in found and ("昆明", "city") in found


def test_a_line_word_ending_the_first_item_is_no_short_name_and_an_extension_is_the_lines(gaz):
    # written for this test: 专线 ends 津秦客运专线; 延伸线 is the extension of 京津城际
    found = [
        (m.surface, m.kind)
        for m in geoparse("加快建设津秦客运专线和保津、张唐铁路，京津城际延伸线通车。", gaz)
    ]
    assert ("专线", "rail") not in found and ("津秦客运专线", "rail") in found
    assert ("京津城际延伸线", "rail") in found


def test_items_of_joined_places_listed_beside_a_line_are_lines_of_its_kind(gaz):
    # written for this test: only the items nearest 高速公路 stand right before it; the others are lines too
    text = "年内开工贺州至来宾、松旺至铁山港东岸、灌阳至平乐改扩建和贵港至隆安4个高速公路项目。"
    found = {(m.surface, m.kind) for m in geoparse(text, gaz)}
    assert {("贺州至来宾", "road"), ("松旺至铁山港东岸", "road"), ("灌阳至平乐", "road")} <= found
    assert ("贺州", "city") in found and ("来宾", "city") in found
    # an item of three stops, with a note in brackets after it
    found = {
        (m.surface, m.kind)
        for m in geoparse("加快曲靖至宣威（新线）、呈贡至澄江至江川、玉溪至楚雄城际铁路建设。", gaz)
    }
    assert {("曲靖至宣威", "rail"), ("呈贡至澄江至江川", "rail")} <= found
    # a section after a line's name is no line of its own, nor a pair inside a longer chain
    found = {
        (m.surface, m.kind) for m in geoparse("推进沪昆高速玉山至南昌段、万宁至儋州至洋浦铁路建设。", gaz)
    }
    assert ("玉山至南昌", "road") not in found and ("儋州至洋浦", "rail") not in found
    # a stop the gazetteer does not take there keeps its item a line, not drawn; a grade is no count
    ms = geoparse(
        "计划建成梧州至贵港、灌阳至凤凰、柳州至武宣3条高速公路，推进甲至乙高速公路、南宁至界首一级航道。", gaz
    )
    lines = {m.surface: m.place_id for m in ms if m.kind == "road"}
    assert lines["梧州至贵港"].startswith("line:") and lines["灌阳至凤凰"] == ""
    assert "南宁至界首" not in lines


def test_a_count_of_lines_and_sections_or_of_lines_and_their_length_closes_a_list(gaz):
    # written for this test: 条段 counts lines and sections, a length may follow the count, and 普通国省道
    # is the word of ordinary national and provincial roads
    found = _lines("建成京秦、石衡等20条段高速公路。", gaz)
    assert [s for s, _ in found] == ["京秦", "石衡"] and {k for _, k in found} == {"road"}
    found = _lines("建成通车西峰至合水、柳园至敦煌等34条2274公里普通国省道。", gaz)
    assert found == [("西峰至合水", "road"), ("柳园至敦煌", "road")]


def test_a_suburban_railway_by_its_number_is_a_railway_and_closes_a_corridor(gaz):
    # written for this test: S-numbers of two digits are railways, with their cities' initials; before a
    # road's word an S-number is a provincial road
    found = _lines("规划市域铁路甲乙S5线、成德S11线,设站12座。", gaz)
    assert found == [("甲乙S5线", "rail"), ("成德S11线", "rail")]
    assert _lines("改造S20线和S325线公路。", gaz) == [("S20线", "road"), ("S325线", "road")]
    assert _lines("加快成都至眉山S5线建设。", gaz) == [("成都至眉山S5线", "rail")]


def test_a_status_before_a_lines_short_name_is_no_part_of_it(gaz):
    # written for this test: 在建 before 恩来 (恩施, 来凤)
    assert ("恩来高速公路", "road") in _lines("全长163公里,在建恩来高速公路86公里。", gaz)


def test_a_road_named_after_its_route_number_may_hold_a_county_with_a_joining_character(gaz):
    # written for this test: 西和 is a county whose name holds 和; G5和G6 joins two numbers
    found = _lines("衔接G0612西和高速、G5和G6高速。", gaz)
    assert ("G0612西和高速", "road") in found and ("G5", "road") in found


def test_a_word_that_runs_into_a_crossings_word_does_not_start_its_name(gaz):
    # written for this test: LAC reads 路过 (to pass by) across 锦文路 and 过江通道
    found = _lines("建设锦文路过江通道。", gaz)
    assert found == [("锦文路过江通道", "road")]


def test_a_line_s_short_name_after_a_two_character_lead_and_verbs_or_owners_before_a_line_word(gaz):
    # 开展 leads to a name as 建设 does
    assert _found("开展滇藏铁路前期研究。", gaz) == [("滇藏铁路", "rail")]
    # 城际高铁 closes the name as 城际铁路 does
    assert _found("推动甬舟城际高铁建设。", gaz) == [("甬舟城际高铁", "rail")]
    # a verb, an owner or a time before a line word names no line
    assert _found("补齐城际铁路短板，结合城际铁路布局，利用现国有铁路，构建半小时高铁交通圈。", gaz) == []
    # 既有 and 现有 (existing) lead to a name too
    assert _found("在既有洛襄城际基础上，利用现有宁马铁路。", gaz) == [
        ("洛襄城际", "rail"),
        ("宁马铁路", "rail"),
    ]


def test_a_branch_line_in_a_list_holds_no_region_of_its_own(gaz):
    # 成渝 is a region too; inside 成渝中线高铁, listed after a known line, it is the line's name only
    found = _found("渝万高铁、成渝中线高铁等高铁相继开工。", gaz)
    assert found == [("渝万高铁", "rail"), ("成渝中线高铁", "rail")]


def test_a_count_of_circuits_between_a_list_of_power_lines_and_their_word(gaz):
    # 回 counts circuits as 条 counts lines; a tilde joins the ends of each
    found = _found("建成哈密～郑州、准东～皖南两回特高压直流工程。", gaz)
    assert [s for s, k in found if k == "energy"] == ["哈密～郑州", "准东～皖南"]


def test_a_line_between_two_far_prefectures_keeps_them(gaz):
    # 洛阳 and 桂林 lie 1,200 km apart: a national railway, not the towns of those names near each other
    found = [(m.surface, m.kind, m.adcode) for m in geoparse("谋划洛阳至桂林高铁项目。", gaz)]
    assert ("洛阳", "city", "410300") in found and ("桂林", "city", "450300") in found


def test_a_national_road_named_by_its_ends_initials_after_its_number(gaz):
    found = _found("推进G220东深线和G318沪聂线改造，带动G210沿线发展。", gaz)
    assert found == [("G220东深线", "road"), ("G318沪聂线", "road"), ("G210", "road")]


def test_a_mountain_named_like_a_county_at_a_line_s_end_is_the_county(gaz):
    found = [(m.surface, m.kind, m.adcode) for m in geoparse("开工建设巫山至建始高速。", gaz)]
    assert ("巫山", "county", "500237") in found
    # a province named like a county stays the province (河南, not 河南县)
    assert ("河南", "province", "410000") in [
        (m.surface, m.kind, m.adcode) for m in geoparse("建设河南至湖北特高压。", gaz)
    ]


def test_a_railway_by_the_initials_of_its_ends_and_line_alone(gaz):
    # 京沈线: 京 (Beijing) and 沈 (沈阳) however far apart; 天际线 and 海岸线 are words, no initials
    found = _found("京沈线全长八百余公里，沈吉线在省内约二百公里，城市要塑造天际线、保护海岸线。", gaz)
    assert [s for s, k in found if k == "rail"] == ["京沈线", "沈吉线"], found


def test_short_names_listed_before_etc_and_line_alone_are_railways(gaz):
    found = _found("省内铁路干线有京哈、沈大、沈吉、沈丹等线。", gaz)
    assert [s for s, k in found if k == "rail"] == ["京哈", "沈大", "沈吉", "沈丹"], found


def test_a_bypass_named_by_its_city_closes_a_list_of_roads_by_their_ends(gaz):
    found = _found("完成甲县至宣威、昭通至会泽、曲靖东南过境等高速公路建设。", gaz)
    roads = [s for s, k in found if k == "road"]
    assert roads[-2:] == ["昭通至会泽", "曲靖东南过境"], found


def test_two_em_dashes_between_stops_join_them(gaz):
    found = _found("研究常德——益阳——长沙铁路作为重庆——厦门、西安——长沙高速铁路的组成部分。", gaz)
    assert [s for s, k in found if k == "rail"] == [
        "常德——益阳——长沙铁路",
        "重庆——厦门",
        "西安——长沙高速铁路",
    ]


def test_lines_by_initials_after_a_verb_of_planning_and_before_的(gaz):
    found = _found("做好宁马线、宁高线的规划工作。", gaz)
    assert [s for s, k in found if k == "rail"] == ["宁马线", "宁高线"]


def test_a_scenic_area_named_like_a_county_at_a_line_s_end_is_the_county(gaz):
    found = [(m.surface, m.kind, m.adcode) for m in geoparse("加快建设九寨沟至绵阳高速公路。", gaz)]
    assert ("九寨沟", "county", "513225") in found


def test_a_county_s_word_like_short_name_at_a_line_s_end_near_its_other_end(gaz):
    # 乡城 alone is a word (城乡); joined by 至 to 香格里拉, 200 km away, it is 乡城县
    found = [(m.surface, m.kind, m.adcode) for m in geoparse("将乡城至云南香格里拉公路纳入规划。", gaz)]
    assert ("乡城", "county", "513336") in found
    assert ("乡城至云南香格里拉公路", "road", None) in [(s, k, None) for s, k, _ in found]


def test_a_crossing_named_by_two_cities_after_a_preposition(gaz):
    assert ("深中通道", "road") in _found("随着深中通道全线贯通，新通道比深中通道还长。", gaz)
    assert not [s for s, k in _found("推进南北通道和东西通道建设。", gaz) if k == "road"]


def test_places_joined_by_dashes_before_线_name_a_railway_or_a_power_line(gaz):
    found = _found("力争开工泰兴—常州线、南京—仪征—扬州线等城际项目，沿呼和浩特至包头一线布局。", gaz)
    assert [s for s, k in found if k == "rail"] == ["泰兴—常州线", "南京—仪征—扬州线"]
    assert ("哈密—敦煌线", "energy") in _found("新建750千伏哈密—敦煌线。", gaz)
    assert not [k for s, k in _found("开通呼和浩特至包头航线。", gaz) if k in ("rail", "energy")]


def test_items_listed_after_a_line_named_by_their_stops_initials_are_lines(gaz):
    found = _found("推动沪通铁路二期、杭临绩、宁宣黄、沪乍杭、宁扬宁马等规划项目开工建设。", gaz)
    assert [s for s, k in found if k == "rail"] == ["沪通铁路", "杭临绩", "宁宣黄", "宁扬宁马"]
    # a unit of its own ends the walk; a canal keeps its own kind
    found = _found("建成京藏高速、南京、合肥等城市，推进京广铁路、赣粤运河等项目。", gaz)
    assert ("南京", "city") in found and ("赣粤运河", "water") in found


def test_a_passenger_line_after_铁路_and_a_new_high_speed_line(gaz):
    found = _found("新建南昌至赣州铁路客运专线，规划建设南宁经桂林至衡阳新高铁。", gaz)
    assert [s for s, k in found if k == "rail"] == ["南昌至赣州铁路客运专线", "南宁经桂林至衡阳新高铁"]


def test_places_joined_by_至_before_的_and_a_line_word_describe_a_line(gaz):
    found = _found("研究论证甲市渝北至四川广安的铁路，建设镇江至宣城的铁路。", gaz)
    assert not [s for s, k in found if k == "rail"] and ("广安", "city") in found
    # a chain joined by dashes keeps its name before 的
    found = _found("打通伊尔库茨克-乌兰巴托-二连浩特-天津港的公路。", gaz)
    assert [s for s, k in found if k == "road"] == ["伊尔库茨克-乌兰巴托-二连浩特-天津港的公路"]


def test_known_lines_listed_by_their_bare_short_names(gaz):
    found = _found("陇海、包兰、兰新、兰青等主要干线交汇于此，由哈大、哈牡、牡佳、哈佳共同构成交通圈。", gaz)
    assert [s for s, k in found if k == "rail"] == ["陇海", "包兰", "兰新", "兰青", "哈大", "哈牡"]
    # corridors, power lines and regions of those names are not lines
    found = _found("沪昆、广昆等3条走廊交汇，青藏、川藏联网工程建成，北疆、南疆协调发展。", gaz)
    assert not [s for s, k in found if k in ("rail", "road")]


def test_a_list_of_roads_goes_on_past_a_city_s_bypass(gaz):
    found = _found("推进甲县至常德、常德至安化、益阳绕城、岳阳至望城等高速公路建设。", gaz)
    assert [s for s, k in found if k == "road"] == ["常德至安化", "岳阳至望城"]


def test_a_list_of_roads_goes_on_past_an_item_whose_stops_are_unknown(gaz):
    found = _found("完成曲靖至宣威、待补至功山、昭通至会泽等高速公路建设。", gaz)
    assert [s for s, k in found if k == "road"] == ["曲靖至宣威", "昭通至会泽"]


def test_a_note_in_brackets_or_直连_before_a_line_word(gaz):
    found = _found(
        "六盘水至威宁（黔滇界）高速公路已完成，推进达州至万州直连高速公路建设，宜（昌）常（德）高铁开工。",
        gaz,
    )
    roads = [s for s, k in found if k == "road"]
    assert roads == ["六盘水至威宁（黔滇界）高速公路", "达州至万州直连高速公路"]
    assert ("宜（昌）常（德）高铁", "rail") in found


def test_a_county_s_short_form_between_经_and_至_is_a_stop(gaz):
    # LAC reads 经务川 as one word; between a unit and 至 it is the stop 务川
    found = [(m.surface, m.adcode) for m in geoparse("以黔江经务川至遵义高速公路为依托。", gaz)]
    assert ("务川", "520326") in found and found[0][0] == "黔江经务川至遵义高速公路"


def test_one_line_named_before_a_count_of_several_is_a_line(gaz):
    found = _found("今年加快延榆等5条高铁、眉太等13条高速建设。", gaz)
    assert ("延榆", "rail") in found and ("眉太", "road") in found
    # the end of a longer name, or a verb, before 等 names no line
    assert not [
        s for s, k in _found("建成金仁桐等4个高速公路项目，加快推进等5条高铁。", gaz) if k in ("rail", "road")
    ]


def test_a_road_s_short_name_with_its_route_number_in_brackets_is_one_road(gaz):
    found = _found("以京哈（G1）、长深（G25）、鹤大（G11）高速公路为骨架，建成沈海高速（G15）。", gaz)
    roads = [s for s, k in found if k == "road"]
    assert roads == ["京哈（G1）", "长深（G25）", "鹤大（G11）高速公路", "沈海高速", "G15"]
    assert next(m for m in geoparse("以京哈（G1）为骨架。", gaz) if m.kind == "road").lon is not None


def test_three_initials_opening_with_a_province_s_before_a_line_word_anywhere(gaz):
    found = _found("这标志着沪苏湖铁路进入全面建设阶段，而运三铁路也将提高兰新铁路的通道能力。", gaz)
    assert [s for s, k in found if k == "rail"] == ["沪苏湖铁路", "运三铁路", "兰新铁路"]


def test_a_river_and_its_reservoir_beside_a_railway_are_no_line(gaz):
    found = _found("由京张高铁和永定河—官厅水库及上游水系组成主轴带。", gaz)
    assert found == [("京张高铁", "rail"), ("永定河", "water"), ("官厅水库", "water")]


def test_a_railway_s_siding_is_part_of_its_name(gaz):
    assert _found("开工建设漳湾铁路专用线。", gaz) == [("漳湾铁路专用线", "rail")]


def test_initials_of_cities_listed_among_roads_are_roads_not_regions(gaz):
    found = _found("加快成渝、渝遂、渝泸、渝邻、成绵广、成渝地区环线等高速公路扩容改造。", gaz)
    roads = [s for s, k in found if k == "road"]
    assert roads[:5] == ["成渝", "渝遂", "渝泸", "渝邻", "成绵广"] and not [
        s for s, k in found if k == "region"
    ]


def test_a_suburban_railway_s_word_after_a_county_written_with_市(gaz):
    found = _found("加快推进金山至平湖市域铁路建设。", gaz)
    assert found == [("金山至平湖市域铁路", "rail"), ("金山", "county"), ("平湖", "county")]
    assert _found("郑州市域内", gaz) == [("郑州市", "city")]  # the city's area: the city in full


def test_three_initials_listed_before_a_line_s_own_short_name_or_alone_before_等(gaz):
    found = _found("加快推进昌吉赣、赣深、安九客专建设，加快建成常益长等高速铁路。", gaz)
    assert [s for s, k in found if k == "rail"] == ["昌吉赣", "赣深", "安九客专", "常益长"]
    assert not [s for s, k in found if k == "city"]


def test_国高_closes_a_national_expressway_s_name(gaz):
    found = _found("推进沪昆国高、厦蓉国高扩容，石嘴山市接入全国高铁网，建设樟树至兴国高速。", gaz)
    assert [s for s, k in found if k == "road"] == ["沪昆国高", "厦蓉国高", "樟树至兴国高速"]


def test_a_town_named_like_a_prefecture_among_cities_is_the_prefecture(gaz):
    found = [(m.surface, m.adcode) for m in geoparse("辐射带动伊春、黑河和大兴安岭区域。", gaz)]
    assert found[-1] == ("大兴安岭", "232700")


def test_a_power_line_named_by_the_provinces_it_joins(gaz):
    # written for this test: 甲电入乙 with two provinces' abbreviations is one energy line between them; a
    # province written before it stays a mention of its own
    found = [
        (m.surface, m.kind, m.place_id)
        for m in geoparse("推进陇电入鲁工程，甘肃宁电入湘特高压直流工程开工。", gaz)
    ]
    assert found == [
        ("陇电入鲁工程", "energy", "line:adm:620000—adm:370000"),
        ("甘肃", "province", "adm:620000"),
        ("宁电入湘特高压直流工程", "energy", "line:adm:640000—adm:430000"),
    ]
    assert [m.kind for m in geoparse("实施西电东送工程。", gaz)] == []


def test_a_street_listed_among_lines_is_named_whole(gaz):
    # written for this test: 三一大道 and 远大路 end in a street's word, no line's short name is their end
    found = _lines("规划三一大道、远大路、机场高速和长攸高速等快速通道。", gaz)
    assert ("大道", "road") not in found and ("大路", "road") not in found
    assert ("三一大道", "road") in found and ("长攸高速", "road") in found


def test_a_power_line_from_a_desert_base(gaz):
    # written for this test: a desert's power base is an end of a power line listed with its count
    found = _lines("推动库布其—上海、腾格里—江西、乌兰布和—京津冀3条特高压外送通道尽早开工。", gaz)
    assert found == [("库布其—上海", "energy"), ("腾格里—江西", "energy"), ("乌兰布和—京津冀", "energy")]
