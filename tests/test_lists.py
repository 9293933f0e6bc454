"""Lists that say what their items are: a count or a class word after them, a verb before the first item, a
join before the last (the sentences are the project's own, in plan style)."""

from geo.geoparse import geoparse


def found(text, gaz, kind):
    return [(m.surface, m.adcode, m.lon is not None) for m in geoparse(text, gaz) if m.kind == kind]


def test_a_counted_list_of_towns_after_a_verb_inside_the_first_item(gaz):
    towns = found("黟县下辖宏村、西递、渔亭、柯村等四个乡镇参与试点。", gaz, "town")
    assert [(s, a) for s, a, _ in towns] == [(n, "341023") for n in ("宏村", "西递", "渔亭", "柯村")]


def test_rivers_before_a_count_or_a_rank_and_a_join_before_the_last(gaz):
    rivers = found("加强湘江、潇水、耒水和洣水等四条通航支流综合整治。", gaz, "water")
    assert [s for s, _, _ in rivers] == ["湘江", "潇水", "耒水", "洣水"]
    rivers = found("承接赣江、抚河、信江和修水等四大水系来水。", gaz, "water")
    assert [s for s, _, _ in rivers] == ["赣江", "抚河", "信江", "修水"]


def test_a_listed_river_is_not_located_at_a_county_of_its_name_far_away(gaz):
    rivers = {s: located for s, _, located in found("保护赣江、信江、饶河等河流水质。", gaz, "water")}
    assert rivers == {"赣江": True, "信江": True, "饶河": False}  # 饶河县 lies in Heilongjiang


def test_one_character_country_names_listed_before_a_word_of_countries(gaz):
    countries = [m.place_id for m in geoparse("地处中、朝、俄三国交界。", gaz) if m.kind == "country"]
    assert countries == ["iso:CN", "iso:KP", "iso:RU"]
    assert [m.place_id for m in geoparse("深化与日、韩等国经贸合作。", gaz)] == ["iso:JP", "iso:KR"]
    # before 等…国家 too; written together before a count of countries or parties, one by one
    text = "开通至朝、韩等东北亚国家航线，位于中俄蒙三国交界，中蒙俄三方商定。"
    got = [m.surface for m in geoparse(text, gaz)]
    assert got == ["朝", "韩", "东北亚", "中", "俄", "蒙", "中", "蒙", "俄"]
    assert [m.kind for m in geoparse("建设中蒙俄经济走廊。", gaz)] == ["region"]
    for text in ("推动中蒙、中俄跨境通道建设。", "吉、黑两省加强合作。", "推动东、中、西部协调发展。"):
        assert not [m for m in geoparse(text, gaz) if m.kind == "country"], text
    # before a country or a region abroad that goes on with the list; not before a region of China
    got = [(m.surface, m.kind) for m in geoparse("拓展与日、韩、东南亚国家的航线。", gaz)]
    assert got == [("日", "country"), ("韩", "country"), ("东南亚", "region")]
    assert [m.place_id for m in geoparse("面向俄、蒙、中亚开放。", gaz)] == ["iso:RU", "iso:MN", "cur:中亚"]
    assert [m.surface for m in geoparse("深化蒙、晋、冀、东北地区合作。", gaz)] == ["东北地区"]


def test_a_counted_list_of_stations_keeps_a_name_of_a_far_district_unlocated(gaz):
    stations = found(
        "全线设车站10座，其中和田、洛浦、策勒、于田、民丰、金山、且末、若羌8座车站办理客运。", gaz, "station"
    )
    got = {s: (a[:4] if a else None) for s, a, _ in stations}
    assert got == {
        "和田": "6532", "洛浦": "6532", "策勒": "6532", "于田": "6532", "民丰": "6532",
        "金山": None, "且末": "6528", "若羌": "6528",
    }  # fmt: skip


def test_ports_listed_before_a_counted_class_word_include_cities_that_are_provinces(gaz):
    ports = found("湾区拥有广州、深圳、香港、珠海等4个亿吨大港。", gaz, "port")
    assert [(s, a) for s, a, _ in ports] == [
        ("广州", "440100"),
        ("深圳", "440300"),
        ("香港", "810000"),
        ("珠海", "440400"),
    ]


def test_a_list_after_its_class_word(gaz):
    ports = found("边境口岸（6个）：漠河、黑河、逊克、同江、抚远、绥芬河（公铁两用）。", gaz, "port")
    assert [s for s, _, _ in ports] == ["漠河", "黑河", "逊克", "同江", "抚远", "绥芬河"]
    assert all(located for _, _, located in ports)
    # counted, then the members in brackets, the last two joined by 和; ASCII marks as web copies write them
    ports = found("全省有水运口岸5 个(同江、抚远、饶河、萝北和漠河),公路口岸2个（东宁、密山）。", gaz, "port")
    assert [s for s, _, _ in ports] == ["同江", "抚远", "饶河", "萝北", "漠河", "东宁", "密山"]
    # a count of one and one member; no member in a bracket that only counts
    ports = found("铁路口岸1个（绥芬河），公路口岸3个（含2个在建）。", gaz, "port")
    assert [s for s, _, _ in ports] == ["绥芬河"]


def test_a_river_named_like_its_county_and_a_counted_list_of_streams(gaz):
    assert ("汨罗江", "water") in [
        (m.surface, m.kind) for m in geoparse("保护直接入湖的汨罗江、新墙河水质。", gaz)
    ]
    streams = found("闽江上游由建溪、富屯溪、沙溪三大支流汇成。", gaz, "water")
    assert [s for s, _, _ in streams] == ["闽江", "建溪", "富屯溪", "沙溪"]


def test_a_list_of_counties_goes_on_over_a_name_the_gazetteer_lacks(gaz):
    counties = found("推进环湖湖口、星子、都昌、永修等县协同发展。", gaz, "county")
    assert ("湖口", "360429", True) in counties  # 星子 is the former name of 庐山市


def test_a_short_phrase_between_a_list_and_its_class_word(gaz):
    ports = found("加快珲春、图们、集安等面向邻国的口岸建设。", gaz, "port")
    assert [s for s, _, _ in ports] == ["珲春", "图们", "集安"]


def test_a_port_s_areas_listed_after_it_are_located_at_the_port(gaz):
    areas = found("天津港主要由北疆、东疆、南疆、大沽口、大港五个港区组成。", gaz, "port")
    assert [(s, a) for s, a, _ in areas] == [("天津港", "120116")] + [
        (n, "120116") for n in ("北疆", "东疆", "南疆", "大沽口", "大港")
    ]


def test_scenic_areas_after_their_class_word_with_a_total_and_a_name_written_otherwise(gaz):
    parks = found("国家重点风景名胜区有鸡公山、龙门、嵩山、王屋山、桐柏山-淮源共5处。", gaz, "park")
    got = {s: (a, located) for s, a, located in parks}
    assert got["嵩山"] == ("410185", True) and got["鸡公山"][1] and got["王屋山"][1]
    assert got["龙门"] == ("", False)  # not 龙门县 of Guangdong, 1,000 km from the others


def test_a_counted_list_of_new_towns_is_a_list_of_zones(gaz):
    zones = found("把嘉定、青浦、松江、奉贤四个新城打造成独立的节点城市。", gaz, "park")
    assert [(s, a) for s, a, _ in zones] == [
        ("嘉定", "310114"),
        ("青浦", "310118"),
        ("松江", "310117"),
        ("奉贤", "310120"),
    ]


def test_a_town_the_gazetteer_lacks_is_located_at_the_county_of_its_list(gaz):
    towns = {s: a for s, a, _ in found("东部包括昆阳、鳌江、萧江、钱仓四镇。", gaz, "town")}
    assert towns == {"昆阳": "330326", "鳌江": "330326", "萧江": "330326", "钱仓": "330326"}


def test_two_provinces_counted_or_bounded_and_countries_before_their_border(gaz):
    for text in ("地处湘赣两省交界的山区。", "距湘赣交界不足十公里。"):
        assert [(m.surface, m.adcode) for m in geoparse(text, gaz)] == [("湘", "430000"), ("赣", "360000")]
    assert [m.kind for m in geoparse("推进陕甘宁蒙晋交界地区协同发展。", gaz)] == ["region"]
    for text in ("图们江为中、朝界河。", "沿中、朝边境建设口岸。"):
        assert [m.place_id for m in geoparse(text, gaz) if m.kind == "country"] == ["iso:CN", "iso:KP"], text


def test_mongolia_as_a_country_but_not_its_people_or_their_language(gaz):
    ms = geoparse("加强与俄罗斯、蒙古等国的合作，办好蒙古族那达慕和蒙古语授课，延边朝鲜族自治州。", gaz)
    assert [(m.surface, m.kind) for m in ms] == [
        ("俄罗斯", "country"),
        ("蒙古", "country"),
        ("延边朝鲜族自治州", "city"),
    ]


def test_a_two_character_river_the_gazetteer_lacks_among_words_of_rivers(gaz):
    ms = geoparse("汾河两条最大支流潇河、文峪河分别在东西两岸汇入。", gaz)
    assert [(m.surface, m.kind) for m in ms] == [("汾河", "water"), ("潇河", "water"), ("文峪河", "water")]
    assert not [m for m in geoparse("推动沿河两岸生态修复。", gaz) if m.kind == "water"]


def test_names_before_a_count_and_a_class_character_they_share(gaz):
    ms = geoparse("南有湘、资、沅、澧四水汇入，北有潮白、蓟运、永定三条大河流过。", gaz)
    assert [(m.surface, m.kind, m.name_zh) for m in ms] == [
        ("湘", "water", "湘江"),
        ("资", "water", "资水"),
        ("沅", "water", "沅江"),
        ("澧", "water", "澧水"),
        ("潮白", "water", "潮白河"),
        ("蓟运", "water", "蓟运河"),
        ("永定", "water", "永定河"),
    ]
    seas = [(m.surface, m.name_zh) for m in geoparse("群岛位于黄、渤二海交汇处。", gaz)]
    assert seas == [("黄", "黄海"), ("渤", "渤海")]
    for text in ("推进重庆两江新区建设。", "加快长沙至九江高铁建设。", "两海峡之间。"):
        assert not [m for m in geoparse(text, gaz) if m.note.startswith("listed before")], text


def test_scenic_spots_listed_before_等著名旅游景点(gaz):
    """A list before 等 and an adjective (著名, 知名) and a class of scenic spots is a list of parks, an
    item with its own park word (森林公园) among them; the unknown ones kept, unlocated."""
    parks = found("区内有鸡公山、石门湖、云雾寺、青峰森林公园等著名旅游景点。", gaz, "park")
    assert [s for s, _, _ in parks] == ["鸡公山", "石门湖", "云雾寺", "青峰森林公园"]
    assert parks[0][1] == "411502"


def test_reserves_of_two_grades_and_an_item_joining_two_names_inside_the_list(gaz):
    """国家级和省级 before a class of reserves; 和 joining two names inside the list after a feature's known
    name makes two items, not after a unit's (日喀则和平 is an airport's name)."""
    parks = found(
        "沿江建立了兴凯湖、虎口、乌苏里江和三江、饶河大佳河等5处国家级和省级自然保护区。", gaz, "park"
    )
    assert [s for s, _, _ in parks] == ["兴凯湖", "虎口", "乌苏里江", "三江", "饶河大佳河"]
    airports = found("建成山南隆子、日喀则和平、林芝米林等支线机场。", gaz, "airport")
    assert [s for s, _, _ in airports] == ["山南隆子", "日喀则和平", "林芝米林"]


def test_scenic_spots_before_a_count_or_a_grade_and_a_class_of_scenic_areas(gaz):
    """Between 等 and a class of scenic areas may stand a count (七大, 数十处), a grade (国家5A级) or words of
    renown (众多知名, 一批重点); 风景区 and 名胜景区 are classes of their own."""
    for text, names in (
        ("县内有天柱山、石门湖、云雾寺等国家5A级风景名胜区。", ["天柱山", "石门湖", "云雾寺"]),
        ("新线途经武夷山、石门湖、云雾寺等七大名胜景区。", ["武夷山", "石门湖", "云雾寺"]),
        ("拥有鸡公山、云雾寺、青峰洞等众多知名景点。", ["鸡公山", "云雾寺", "青峰洞"]),
        ("鸡公山、云雾寺、青峰洞等风景区游客倍增。", ["鸡公山", "云雾寺", "青峰洞"]),
    ):
        assert [s for s, _, _ in found(text, gaz, "park")] == names, text
    assert found("新建鸡公山、云雾寺等一批重点旅游景区。", gaz, "park")[0][0] == "鸡公山"


def test_a_total_closes_a_list_of_stations_not_of_a_county_s_townships(gaz):
    stations = found("共设漳州、漳浦、汕头共3座车站。", gaz, "station")
    assert [s for s, _, _ in stations] == ["漳州", "漳浦", "汕头"]
    assert found("涉及兴仁、安龙共12个乡镇。", gaz, "town") == []


def test_a_class_word_counted_then_分别为_opens_its_list(gaz):
    stations = found("全线共设4个车站，分别为角美、漳浦、云霄、诏安。", gaz, "station")
    assert [(s, a) for s, a, _ in stations] == [
        ("角美", "350604"),
        ("漳浦", "350623"),
        ("云霄", "350622"),
        ("诏安", "350624"),
    ]
    assert [s for s, _, _ in found("全线设车站3座：漳浦、云霄、诏安。", gaz, "station")] == [
        "漳浦",
        "云霄",
        "诏安",
    ]


def test_ports_listed_before_国家一类口岸(gaz):
    ports = found("有塔克什肯、吉木乃等2个国家一类口岸。", gaz, "port")
    assert [(s, a) for s, a, _ in ports] == [("塔克什肯", "654325"), ("吉木乃", "654326")]


def test_stations_listed_before_等n个铁路枢纽站(gaz):
    stations = found("省内有牡丹江、阿城、亚布力等8个铁路枢纽站。", gaz, "station")
    assert [(s, a) for s, a, _ in stations] == [
        ("牡丹江", "231000"),
        ("阿城", "230112"),
        ("亚布力", "230183"),
    ]
    found_all = [(m.surface, m.kind) for m in geoparse("白洋淀全域位于雄安新区境内。", gaz)]
    assert found_all == [("白洋淀", "water"), ("雄安新区", "park")]  # 位于 in no sub-name


def test_stations_counted_after_a_total_or_with_a_province_s_name(gaz):
    """共N站 closes a list of stations (not 十八站, a township's name); 吉林 the city's station in a list of
    stations; 机场 among them is the airport's stop, no name."""
    stations = found("线路在宁夏境内设银川、灵武、机场、吴忠共4站。", gaz, "station")
    assert [(s, a[:4]) for s, a, _ in stations] == [("银川", "6401"), ("灵武", "6401"), ("吴忠", "6403")]
    stations = found("沿线设吉林、敦化、延吉西、珲春等6个车站。", gaz, "station")
    assert [(s, a) for s, a, _ in stations] == [
        ("吉林", "220200"),
        ("敦化", "222403"),
        ("延吉西", "222401"),
        ("珲春", "222404"),
    ]


def test_listed_stations_named_by_their_city_or_county_and_a_bearing(gaz):
    stations = found("我省新建朝阳北、北票东、阜新北、黑山北4座车站。", gaz, "station")
    assert [(s, a) for s, a, _ in stations] == [
        (
            "朝阳北",
            "211300",
        ),  # 朝阳市 of Liaoning, not Beijing's or Changchun's 朝阳区: the list's other places
        ("北票东", "211381"),
        ("阜新北", "210900"),
        ("黑山北", "210726"),
    ]


def test_stations_named_by_a_place_and_a_bearing_in_a_railway_s_clause(gaz):
    ms = geoparse("汉十铁路经孝感东、云梦北、安陆西，终到十堰北。", gaz)
    assert [(m.surface, m.kind, m.adcode) for m in ms if m.kind == "station"] == [
        ("孝感东", "station", "420900"),
        ("云梦北", "station", "420923"),
        ("安陆西", "station", "420982"),
        ("十堰北", "station", "420300"),
    ]
    assert [m.kind for m in geoparse("推动孝感东、云梦北部协同发展。", gaz)] == ["city", "county"]
    # in a sentence about stations (站点, 车站) too, and before 与 or 等
    ms = geoparse("沿线共设6个车站，包括郑州东、许昌北、邓州东与襄阳东等站点。", gaz)
    assert [m.surface for m in ms if m.kind == "station"] == ["郑州东", "许昌北", "邓州东", "襄阳东"]
    # before 至 too (临沂北至日照段), but not the bearing of a span written 北起…南至
    ms = geoparse("新建高速铁路临沂北至日照段，线路北起昆明南至磨憨。", gaz)
    assert [(m.surface, m.kind) for m in ms if m.surface.startswith(("临沂", "昆明"))] == [
        ("临沂北", "station"),
        ("昆明", "city"),
    ]


def test_a_municipality_and_a_bearing_before_trains_leaving_or_a_section_s_end_is_a_known_station(gaz):
    ms = geoparse("首趟动车从天津西发出，京沪高铁北京南至济南西段客流增长，开往上海南方向的列车加密。", gaz)
    found = [(m.surface, m.kind, m.adcode) for m in ms if m.kind == "station"]
    assert found == [
        ("天津西", "station", "120106"),
        ("北京南", "station", "110106"),
        ("济南西", "station", "370104"),
        ("上海南", "station", "310104"),
    ]
    # a bearing and a section's end after a place that no stop's mark comes before: a section of the place
    assert [m.kind for m in geoparse("推进G4京港澳高速湖南段和衡阳南段扩容。", gaz)][-1] != "station"


def test_a_list_closed_by_a_count_of_stations_makes_stations_of_towns_sights_and_counties(gaz):
    """Sentences written for this test: 新车站 and 客运车站 after a count close a list of stations, whatever
    the items were read as (a county, a town, a historic town)."""
    ms = geoparse("沿线共设张家界西、芙蓉镇、凤凰古城、怀化南站4座客运车站，途经南漳、兴山等2个新车站。", gaz)
    assert [m.surface for m in ms if m.kind == "station"] == [
        "张家界西",
        "芙蓉镇",
        "凤凰古城",
        "怀化南站",
        "南漳",
        "兴山",
    ]


def test_a_road_in_a_list_closed_by_a_railway_word_stays_a_road(gaz):
    ms = geoparse("加快恩黔高速、安吉高速、安恩张铁路等项目建设。", gaz)
    assert [(m.surface, m.kind) for m in ms] == [
        ("恩黔高速", "road"),
        ("安吉高速", "road"),
        ("安恩张铁路", "rail"),
    ]


def test_cities_listed_before_a_metropolitan_region_s_word_share_it(gaz):
    ms = geoparse("支持南京、杭州、合肥都市圈建设。", gaz)
    assert [(m.surface, m.kind) for m in ms] == [
        ("南京", "region"),
        ("杭州", "region"),
        ("合肥都市圈", "region"),
    ]


def test_a_province_s_name_that_is_its_city_s_too_shares_a_facility_word(gaz):
    ms = geoparse("加快推进改扩建吉林和通化机场。", gaz)
    # 吉林 placed at the one airport known as 吉林机场 (in 昌邑区), not at the city
    assert [(m.surface, m.kind, m.adcode) for m in ms] == [
        ("吉林", "airport", "220202"),
        ("通化机场", "airport", "220524"),
    ]


def test_a_verb_opening_a_later_item_of_a_list_is_no_part_of_its_name(gaz):
    ms = geoparse("改扩建吉林和通化机场、新建四平等机场。", gaz)
    assert ("四平", "airport", "220300") in [(m.surface, m.kind, m.adcode) for m in ms]


def test_a_list_of_counties_before_their_word_and_a_facility_s_and_a_numeral_count_of_provinces(gaz):
    ms = geoparse("其中吉首、古丈、龙山等县通用机场拟在近期建设。", gaz)
    assert [(m.surface, m.kind) for m in ms] == [(n, "airport") for n in ("吉首", "古丈", "龙山")]
    assert [m.kind for m in geoparse("闽浙赣粤4省联合推进。", gaz)] == ["province"] * 4


def test_reservoirs_listed_after_their_class_and_counted_after_or_before_it(gaz):
    ms = geoparse("其中大型水库有密云、官厅、怀柔、海子4座。", gaz)
    assert [(m.surface, m.kind, m.name_zh) for m in ms][:2] == [
        ("密云", "water", "密云水库"),
        ("官厅", "water", "官厅水库"),
    ]
    assert [m.kind for m in ms] == ["water"] * 4
    ms = geoparse("清江上形成高坝洲、隔河岩、水布垭三级水库。", gaz)
    assert [(m.surface, m.kind) for m in ms][1:] == [
        ("高坝洲", "water"),
        ("隔河岩", "water"),
        ("水布垭", "water"),
    ]


def test_a_list_of_stations_named_by_their_place_and_a_bearing(gaz):
    """Sentences written for this test: a unit and 东/西/南/北 before a count of stations is a station
    (重庆北, 龙川西); a city written right before a station of its own is part of its name; 和龙 is not
    read in 兴宁和龙川西."""
    ms = geoparse("全线设重庆北、永川东、荣昌、内江北4座车站，并在南通市南通西站设换乘。", gaz)
    assert [(m.surface, m.kind) for m in ms] == [
        ("重庆北", "station"),
        ("永川东", "station"),
        ("荣昌", "station"),
        ("内江北", "station"),
        ("南通市南通西站", "station"),
    ]
    ms = geoparse("管辖的梅州西、五华、兴宁和龙川西4个车站客流增长。", gaz)
    assert [(m.surface, m.adcode) for m in ms] == [
        ("梅州西", "441400"),
        ("五华", "441424"),
        ("兴宁", "441481"),
        ("龙川西", "441622"),
    ]


def test_a_list_of_stations_after_设_and_a_zone_s_area(gaz):
    """Sentences written for this test: 设 opens a list of stations, it is no part of the first; a named
    area after a development zone (…开发区X园区) is one park."""
    ms = geoparse("全线设商丘东、亳州南、阜阳西3座车站，建设郑州经济技术开发区滨河园区。", gaz)
    assert [(m.surface, m.kind) for m in ms] == [
        ("商丘东", "station"),
        ("亳州南", "station"),
        ("阜阳西", "station"),
        ("郑州经济技术开发区滨河园区", "park"),
    ]


def test_parks_listed_before_a_batch_and_their_class_word(gaz):
    parks = found("首批设立三江源、大熊猫、东北虎豹、海南热带雨林、武夷山等第一批国家公园。", gaz, "park")
    assert [s for s, _, _ in parks] == ["三江源", "大熊猫", "东北虎豹", "海南热带雨林", "武夷山"]
    assert all(located for _, _, located in parks)


def test_power_stations_counted_before_a_size_and_their_class_word(gaz):
    ms = found("该县建有甲子峡、乙丑峡、丙寅峡3座大中型水电站。", gaz, "energy")
    assert [s for s, _, _ in ms] == ["甲子峡", "乙丑峡", "丙寅峡"]
    ms = found("推进两河口、双江口等大型水电站建设。", gaz, "energy")  # the size is no part of their names
    assert [(s, a) for s, a, _ in ms] == [("两河口", "513325"), ("双江口", "513201")]
    ms = found("建设甲子峡、乙丑峡、丙寅峡、丁卯峡四座超级水电站。", gaz, "energy")  # 超级 is a size too
    assert [s for s, _, _ in ms] == ["甲子峡", "乙丑峡", "丙寅峡", "丁卯峡"]


def test_water_hubs_listed_before_their_word_after_a_phrase_and_a_verb(gaz):
    """A sentence written for this test: names counted before 枢纽 are a river's hubs, water, the first
    one after 从…至…分别建设 (names the gazetteer lacks must be counted); 交通枢纽 and 物流枢纽 make no
    such list, and 项目 is no first item."""
    hubs = found("汉江从上游至下游分别建设甲峡、乙洲、丙营3座枢纽。", gaz, "water")
    assert [s for s, _, _ in hubs if s != "汉江"] == ["甲峡", "乙洲", "丙营"]
    assert not found("打造郑州、武汉等交通枢纽和西安、兰州物流枢纽。", gaz, "water")
    airports = found("包括和静县民用机场建设项目、巴里坤县机场建设项目等。", gaz, "airport")
    assert "项目" not in [s for s, _, _ in airports]


def test_a_unit_written_in_full_among_scenic_areas_stays_a_unit(gaz):
    ms = [(m.surface, m.kind) for m in geoparse("依托五大连池、克山县、镜泊湖等众多知名景点发展旅游。", gaz)]
    assert ("克山县", "county") in ms and ("镜泊湖", "park") in ms


def test_rivers_listed_before_a_count_and_流域_are_their_basins(gaz):
    """Rivers listed before 两大流域 (or whose last one carries 流域) stand for their basins, regions; a
    city, a lake or a county among them stays what it is; before 等流域 alone they stay rivers; 流域包括
    lists what lies in the basin."""
    ms = [(m.surface, m.kind) for m in geoparse("该县地跨长江、淮河两大流域，水系发达。", gaz)]
    assert ("长江", "region") in ms and ("淮河", "region") in ms
    ms = [(m.surface, m.kind) for m in geoparse("加强巢湖、清溪河和新安江流域生态保护。", gaz)]
    assert ("巢湖", "water") in ms and ("清溪河", "region") in ms
    ms = [(m.surface, m.kind) for m in geoparse("候鸟正向汾河、沁河等流域扩散。", gaz)]
    assert ("汾河", "water") in ms
    ms = [(m.surface, m.kind) for m in geoparse("流域包括合肥、芜湖、安庆三市。", gaz)]
    assert ("合肥", "city") in ms and ("芜湖", "city") in ms


def test_stations_of_a_line_listed_with_notes_in_brackets_after_共设(gaz):
    """A note after a station's name (（既有）, （不含）) is no part of the name nor the end of the list;
    共设 opens it."""
    stations = found("全线共设衡阳东（既有）、祁东北、永州（不含）、道县南等4座车站。", gaz, "station")
    assert [(s, a[:4]) for s, a, _ in stations] == [
        ("衡阳东", "4304"),
        ("祁东北", "4304"),
        ("永州", "4311"),
        ("道县南", "4311"),
    ]
    # a note that names a place: the items are areas named by their cities, not sites
    assert found("建设赤峰、包头北（巴彦淖尔）、通辽等新能源基地。", gaz, "energy") == []


def test_sights_listed_after_景点如_or_before_a_class_of_historic_sites_are_parks(gaz):
    """景点，如 opens a list of sights; 革命旧址, 纪念地, 文化遗址 and a word of renown before 景区 (传统,
    经典) close one: every item is a park, the mountains and springs among them too."""
    sights = found("区内有许多特色景点，如天门山、黄石寨、金鞭溪等，游客络绎不绝。", gaz, "park")
    assert [s for s, _, _ in sights] == ["天门山", "黄石寨", "金鞭溪"]
    assert sights[0][1] == "430802"
    classic = found("来泰安必到泰山、岱庙等经典景区。", gaz, "park")
    assert [s for s, _, _ in classic] == ["泰山", "岱庙"]
    red = found("延安市有枣园、杨家岭等革命旧址，共同构成红色旅游集群。", gaz, "park")
    assert [(s, a) for s, a, _ in red] == [("枣园", "610602"), ("杨家岭", "610602")]


def test_a_list_of_sights_with_a_long_item_and_one_after_a_bridge(gaz):
    """A sentence written for this test: a sight's name of up to ten characters is an item of a list of
    scenic spots; an item right after a bridge's (set apart) is whole, not cut at a name the gazetteer
    knows inside it (大峡谷)."""
    got = found("沿线有天门山、矮寨大桥、德夯大峡谷、凤凰古城、芷江抗日受降纪念坊等知名景点。", gaz, "park")
    assert [s for s, _, _ in got][-3:] == ["德夯大峡谷", "凤凰古城", "芷江抗日受降纪念坊"]


def test_a_direction_before_a_verb_of_extending_is_a_bearing(gaz):
    """A sentence written for this test: 向西南延伸 names no region."""
    assert not [m for m in geoparse("山脉向东北延伸至琼中，向西南延伸至乐东。", gaz) if m.kind == "region"]


def test_a_class_listed_among_port_areas_is_no_port(gaz):
    """A sentence written for this test: 开发区 and 保税区 listed before a port area are classes of zones,
    no ports named so; a wetland park is a park, not the wetland it is named after."""
    ms = geoparse("依托城区和开发区、保税区、天津港区发展，建设潘安湖湿地公园。", gaz)
    assert [(m.surface, m.kind) for m in ms] == [("天津港区", "port"), ("潘安湖湿地公园", "park")]


def test_pumping_stations_of_a_water_transfer_are_water(gaz):
    """Sentences written for this test: a station named 站 in a sentence about pumping water is a pumping
    station, water; the same names before 客运枢纽 stay stations."""
    ms = geoparse("启用宝应站、金湖站抽引长江水补入洪泽湖。", gaz)
    assert [m.kind for m in ms if m.surface.endswith("站")] == ["water", "water"]
    ms = geoparse("建成金湖站综合客运枢纽。", gaz)
    assert [m.kind for m in ms if m.surface == "金湖站"] == ["station"]


def test_places_counted_before_fishing_port_economic_zones_name_the_zones(gaz):
    zones = found("宁德、福州、莆田等5个渔港经济区纳入全国试点。", gaz, "park")
    assert [(s, a) for s, a, _ in zones] == [("宁德", "350900"), ("福州", "350100"), ("莆田", "350300")]


def test_a_city_written_in_full_before_its_river_in_a_list_of_rivers_stays_a_mention_of_its_own(gaz):
    text = "杭州市新安江、湖州市苕溪、丽水市松阴溪等34条河流被评为省级美丽河湖。"
    assert [s for s, _, _ in found(text, gaz, "water")] == ["新安江", "苕溪", "松阴溪"]
    assert [s for s, _, _ in found(text, gaz, "city")] == ["杭州市", "湖州市", "丽水市"]


def test_cities_counted_before_air_and_inland_ports_are_those_ports(gaz):
    text = "打造兰州、敦煌、嘉峪关三大空港和兰州、武威、天水三大陆港。"
    assert [s for s, _, _ in found(text, gaz, "airport")] == ["兰州", "敦煌", "嘉峪关"]
    assert [s for s, _, _ in found(text, gaz, "port")] == ["兰州", "武威", "天水"]


def test_the_join_written_with_two_characters_is_no_part_of_the_item_before_it(gaz):
    text = "提升拱北口岸、乙洲港口岸以及丙岭口岸的通关能力。"
    assert [s for s, _, _ in found(text, gaz, "port")] == ["拱北口岸", "乙洲港口岸", "丙岭口岸"]


def test_route_numbers_in_a_counted_list_and_a_trains_number_are_no_road_names(gaz):
    text = "由G60、G15、G1501和S32四条高速构成高速公路网，旅客乘坐G5212次列车抵达。"
    assert [s for s, _, _ in found(text, gaz, "road")] == ["G60", "G15", "G1501", "S32"]


def test_cities_and_counties_listed_with_stations_named_by_a_bearing_are_stations(gaz):
    text = "该段设站5座，包括福鼎西、柘荣、福安南、宁德及福州南。"
    assert [s for s, _, _ in found(text, gaz, "station")] == ["福鼎西", "柘荣", "福安南", "宁德", "福州南"]
    # beside a station named with its word, outside such a list, a city stays a city
    assert [s for s, _, _ in found("武汉与北京西站之间开行动车。", gaz, "city")] == ["武汉"]


def test_a_provinces_name_among_counties_is_the_county_of_that_name_nearby(gaz):
    assert found("线路途经共和、贵南、泽库、河南四县。", gaz, "county")[-1] == ("河南", "632324", True)
    # among provinces, or beside a distant prefecture's counties, it stays the province
    assert found("支持甘肃、河南、青海三省协作。", gaz, "province")[1][0] == "河南"
    assert found("以固原、西吉、隆德和河南为重点。", gaz, "province") == [("河南", "410000", True)]


def test_a_counted_list_of_ethnic_townships_or_subdistrict_offices_is_a_list_of_towns(gaz):
    towns = found("主要聚居在敖其、街津口、八岔3个民族乡。", gaz, "town")
    assert [s for s, _, _ in towns] == ["敖其", "街津口", "八岔"]
    assert len(found("下辖太平、江南、石景林3个街道办。", gaz, "town")) == 3


def test_five_countries_written_together_before_their_count(gaz):
    got = [
        m.place_id
        for m in geoparse("依托图们江区域合作，中朝韩蒙日五国共建物流通道。", gaz)
        if m.kind == "country"
    ]
    assert got == ["iso:CN", "iso:KP", "iso:KR", "iso:MN", "iso:JP"]


def test_islets_and_basins_of_a_list_are_landforms(gaz):
    found = [
        (m.surface, m.kind) for m in geoparse("湾内有甲屿、乙竹屿、丙霜屿等岛礁，呈东北-西南向排列。", gaz)
    ]
    assert found == [("甲屿", "landform"), ("乙竹屿", "landform"), ("丙霜屿", "landform")]
    found = [(m.surface, m.kind) for m in geoparse("加大准噶尔、塔里木、吐哈三大盆地勘探力度。", gaz)]
    assert found == [("准噶尔", "landform"), ("塔里木", "landform"), ("吐哈", "landform")]


def test_a_river_among_basins_is_the_river_not_a_town_of_its_name(gaz):
    from geo.geoparse import geoparse

    ms = geoparse("本省地跨淮河、黄河、海河三大流域。", gaz)
    haihe = next(m for m in ms if m.surface == "海河")
    assert haihe.kind == "region" and haihe.adcode == "120110"  # located at the river, not 海河镇


def test_a_countys_town_listed_before_a_count_of_towns_stays_the_county_and_the_town(gaz):
    # written for this test: each item is a county and its town, both known; the list's class keeps them
    text = "赣榆区海头镇（紫菜）、东海县双店镇（鲜切花）等2个乡镇获得认定。"
    found = [(m.surface, m.kind, m.adcode) for m in geoparse(text, gaz)]
    assert ("赣榆区", "county", "320707") in found and ("海头镇", "town", "320707") in found
    assert ("东海县", "county", "320722") in found and ("双店镇", "town", "320722") in found


def test_a_list_goes_on_before_a_join_after_a_place_read_already(gaz):
    # written for this test: 衢江 before 和 is an item of the list of pumped-storage stations too
    text = "加快推进宁海、长龙山、衢江和绩溪、金寨抽水蓄能电站建设。"
    found = [(m.surface, m.kind) for m in geoparse(text, gaz)]
    assert {("宁海", "energy"), ("长龙山", "energy"), ("衢江", "energy"), ("绩溪", "energy")} <= set(found)


def test_a_list_after_national_park_pilots_names_the_known_parks(gaz):
    # written for this test: 体制试点 after 国家公园 still heads a list of parks, each the known park
    text = "我国已设立10个国家公园体制试点，分别是三江源、大熊猫、祁连山。"
    parks = [(m.surface, m.name_zh) for m in geoparse(text, gaz) if m.kind == "park"]
    assert parks == [("三江源", "三江源国家公园"), ("大熊猫", "大熊猫国家公园"), ("祁连山", "祁连山国家公园")]


def test_a_verb_of_becoming_before_the_class_word_is_no_part_of_the_last_item(gaz):
    # written for this test: 创建 and 成功创建 stand between the list and its class word
    parks = [
        m.surface for m in geoparse("支持石门湖景区、青峰峡旅游区创建5A级景区。", gaz) if m.kind == "park"
    ]
    assert "青峰峡旅游区" in parks and not any("创建" in p for p in parks)
    parks = [m.surface for m in geoparse("崀山、桃花源成功创建国家5A级旅游景区。", gaz) if m.kind == "park"]
    assert parks == ["崀山", "桃花源"]


def test_cities_listed_before_a_count_of_metropolitan_regions_are_those_regions(gaz):
    from geo.geoparse import geoparse

    found = [
        (m.surface, m.kind)
        for m in geoparse("做强甲省合肥、芜湖两大都市圈，联动南京、镇江等都市圈枢纽资源。", gaz)
    ]
    assert ("合肥", "region") in found and ("芜湖", "region") in found
    # 都市圈枢纽: the hubs of the cities of a region, the cities themselves
    assert ("南京", "city") in found and ("镇江", "city") in found
    # 都市圈包括甲、乙: the members of one region, cities
    found = [(m.surface, m.kind) for m in geoparse("郑州都市圈包括焦作、新乡等城市。", gaz)]
    assert ("焦作", "city") in found and ("新乡", "city") in found


def test_a_county_s_word_like_short_name_after_its_province_in_a_list_of_counties(gaz):
    from geo.geoparse import geoparse

    found = [(m.surface, m.kind, m.adcode) for m in geoparse("线路经青海大通、门源、祁连进入甘肃。", gaz)]
    assert ("大通", "county", "630121") in found


def test_places_counted_before_a_kind_of_industrial_park_are_parks(gaz):
    parks = found("打造甲县朝阳、格尔木、德令哈、平安四大物流园区，建设格尔木、德令哈两大园区。", gaz, "park")
    assert [s for s, _, _ in parks] == ["甲县朝阳", "格尔木", "德令哈", "平安", "格尔木", "德令哈"]


def test_zones_a_list_names_by_a_place_and_what_it_makes(gaz):
    """Sentences written for this test: each item is a zone, located at its city; a bare city stays one."""
    ms = geoparse("加快建设包头稀土、鄂尔多斯装备制造、榆林能源化工等产业集聚区。", gaz)
    assert [(m.surface, m.kind, m.adcode) for m in ms] == [
        ("包头稀土", "park", "150200"),
        ("鄂尔多斯装备制造", "park", "150600"),
        ("榆林能源化工", "park", "610800"),
    ]
    ms = geoparse("推进包头、鄂尔多斯市区、榆林等产业园区建设。", gaz)
    assert [m.kind for m in ms] == ["city", "city", "city"]


def test_a_prefecture_named_like_one_of_its_counties_listed_among_them_is_that_county(gaz):
    """Sentences written for this test: 抚顺县 and 甘孜县 bear their prefectures' names, 大庆's 大同区 that of
    大同."""
    ms = geoparse("推进抚顺、新宾、清原等县发展，抓好甘孜、新龙、理塘等县项目。", gaz)
    assert [(m.surface, m.adcode) for m in ms if m.surface in ("抚顺", "甘孜")] == [
        ("抚顺", "210421"),
        ("甘孜", "513328"),
    ]
    # beside another city it stays the city; a district named like its city is its core, the city
    assert [m.kind for m in geoparse("推进抚顺、沈阳、新宾发展。", gaz)] == ["city", "city", "county"]
    assert geoparse("串联奎屯、独山子和克拉玛依。", gaz)[-1].kind == "city"
    # listed among the districts of another city, it is that city's district of its name (大同区 of 大庆)
    ms = geoparse("大庆市辖萨尔图、让胡路、龙凤、红岗、大同五个区。", gaz)
    assert (ms[-1].surface, ms[-1].adcode) == ("大同", "230606")
    assert geoparse("串联昔阳、大同、朔州。", gaz)[1].adcode == "140200"


def test_a_list_before_wei_and_a_station_s_state_is_a_list_of_stations(gaz):
    """A sentence written for this test: 为新建车站, 为改扩建车站 and 为既有站 close lists of stations."""
    ms = geoparse("其中浦江、磐安为新建车站，义乌、仙居为改扩建车站，大同南、原平西为既有站。", gaz)
    assert [m.surface for m in ms if m.kind == "station"] == [
        "浦江",
        "磐安",
        "义乌",
        "仙居",
        "大同南",
        "原平西",
    ]


def test_cheng_zhen_closes_a_list_of_towns_only_after_deng_or_a_count(gaz):
    """A sentence written for this test: 县城及沿线城镇 is no list of towns, its counties stay counties."""
    ms = geoparse("推进德保、那坡县城及沿线城镇建设。", gaz)
    assert [(m.surface, m.kind) for m in ms] == [("德保", "county"), ("那坡县", "county")]


def test_an_item_with_its_own_word_and_a_phase_keeps_its_kind(gaz):
    ms = geoparse("加快西安咸阳国际机场三期、东庄水利枢纽、王瑶水库扩容等在建项目进度。", gaz)
    assert [(m.surface, m.kind) for m in ms][:2] == [
        ("西安咸阳国际机场", "airport"),
        ("东庄水利枢纽", "water"),
    ]


def test_a_count_of_great_ones_after_one_name_is_no_list(gaz):
    ms = geoparse("标志着内蒙古自治区两大沙地歼灭战全面打响，治理库布其、乌兰布和两大沙漠。", gaz)
    assert [(m.surface, m.kind) for m in ms] == [
        ("内蒙古自治区", "province"),
        ("库布其", "landform"),
        ("乌兰布和", "landform"),
    ]


def test_a_bearing_and_a_verb_of_reaching_open_no_listed_name(gaz):
    ms = geoparse("新区南起三汊矶大桥、北至沩水大桥、东抵长湘公路、西达黄桥大道。", gaz)
    assert [m.surface for m in ms if m.kind == "road"] == ["三汊矶大桥", "沩水大桥", "长湘公路", "黄桥大道"]


def test_units_written_in_full_share_no_zone_s_designation(gaz):
    ms = geoparse("市辖茅箭区、张湾区、丹江口市和十堰经济技术开发区。", gaz)
    assert [(m.surface, m.kind) for m in ms] == [
        ("茅箭区", "county"),
        ("张湾区", "county"),
        ("丹江口市", "county"),
        ("十堰经济技术开发区", "park"),
    ]


def test_a_province_among_the_places_of_a_list_of_coal_bases_names_one(gaz):
    """A list before a count and 煤炭基地 is a list of energy bases, a province among them too (河南: the
    province's coal base), unlike a province among ports (天津、河北港口)."""
    bases = found("建设晋北、陕北、河南、蒙东四个大型煤炭基地。", gaz, "energy")
    assert [s for s, _, _ in bases] == ["晋北", "陕北", "河南", "蒙东"]
