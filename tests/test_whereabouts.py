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


def test_a_feature_of_a_sentence_about_one_county_lies_in_that_county(gaz):
    """A site, lake or town the gazetteer lacks, in a sentence whose units are one county (and the city and
    province it lies in), a county written before it, lies in that county, as imprecise as the county."""
    text = "河北省保定市涞水县境内拥有石门湖、云雾寺、青峰洞等众多知名景点。"
    found = _found(text, gaz)
    assert found["石门湖"] == ("water", "130623") and found["云雾寺"] == ("park", "130623")
    assert found["青峰洞"] == ("park", "130623")  # a cave among sights is one (geo.sights)
    # a landform may reach over counties: not placed so
    assert _found("河北省保定市涞水县境内有青峰岭和石门湖。", gaz)["青峰岭"] == ("landform", "")
    m = next(m for m in geoparse(text, gaz) if m.surface == "云雾寺")
    assert "the only county it names" in m.note and m.precision_m >= 20_000


def test_a_feature_of_a_sentence_about_one_city_lies_in_that_city(gaz):
    """With no county before it, the one city of its sentence (its counties and province aside) places a
    site the gazetteer lacks, as imprecise as the city; two cities place nothing."""
    found = _found("湖南省长沙市新建青峰纪念馆和石门湖风景区，带动望城区发展。", gaz)
    assert found["青峰纪念馆"] == ("park", "430100") and found["石门湖风景区"] == ("park", "430100")
    m = next(m for m in geoparse("长沙市新建青峰纪念馆。", gaz) if m.surface == "青峰纪念馆")
    assert "the only city it names" in m.note and m.precision_m >= 20_000
    assert _found("长沙市与株洲市共建青峰纪念馆。", gaz)["青峰纪念馆"] == ("park", "")


def test_no_county_is_the_sentence_s_when_it_names_another_unit_or_opens_a_list_item(gaz):
    # a second city's unit in the sentence: its features may lie in either
    assert _found("涞水县与涿州市之间新建石门湖水库。", gaz)["石门湖水库"] == ("water", "")
    # 涞水县 says where its own item is, not the next one; a unit after the feature places nothing
    assert _found("推进河道整治工程、涞水县造林工程、石门湖水库建设。", gaz)["石门湖水库"] == ("water", "")
    assert _found("石门湖水库建成后将惠及涞水县。", gaz)["石门湖水库"] == ("water", "")
    # a river crosses counties: it is not placed at one
    assert _found("涞水县境内的清溪河水质优良。", gaz).get("清溪河", ("water", ""))[1] == ""


def test_a_county_that_goes_or_meets_elsewhere_places_nothing(gaz):
    """A county that visits, goes to or meets (赴, 前往, 参观, 召开) says who acts, not where the feature is;
    a country abroad in the sentence means it is about more than one county."""
    for text, name in (
        ("会议在涞水县召开，与会代表参观了石门湖风景区。", "石门湖风景区"),
        ("涞水县组织干部前往青峰纪念馆接受教育。", "青峰纪念馆"),
        ("涞水县组织企业赴俄罗斯考察了石门湖港。", "石门湖港"),
    ):
        assert _found(text, gaz)[name][1] == "", text


def test_a_province_short_form_right_before_a_facility_or_zone_is_part_of_its_name(gaz):
    found = _found("推进浙江乍浦经济开发区和广西钦州保税港区建设，建设广西北部湾港。", gaz)
    assert found["浙江乍浦经济开发区"][0] == found["广西钦州保税港区"][0] == "park"
    assert found["广西北部湾港"][0] == "port"
    assert "浙江" not in found and "广西" not in found
    # a province written in full, or before a city written in full, stays apart
    found = _found("广西壮族自治区钦州港和西藏日喀则市吉隆口岸。", gaz)
    assert found["广西壮族自治区"] == ("province", "450000") and found["西藏"] == ("province", "540000")
    # a power station and a station of the unit before it, not a line between two provinces
    found = _found("辽宁红沿河核电站和浙江松阳抽水蓄能电站开工，线路起自镇江市丹徒站。", gaz)
    assert found["辽宁红沿河核电站"][0] == found["浙江松阳抽水蓄能电站"][0] == "energy"
    assert found["丹徒站"] == ("station", "321112") and found["镇江市"][0] == "city"  # a city in full: apart
    assert "宁夏" in _found("建设宁夏至湖南特高压工程。", gaz)
    # a country right before a port abroad stays a mention of its own
    found = _found("经东兴口岸对接越南芒街口岸，辐射越南北部地区。", gaz)
    assert found["芒街口岸"][0] == "port" and found["越南"][0] == "country"


def test_a_province_before_a_port_airport_or_station_named_after_its_city_or_county_stays_apart(gaz):
    found = _found("建设河北唐山港、四川达州金垭机场和新疆乌鲁木齐站。", gaz)
    assert found["唐山港"][0] == "port" and found["达州金垭机场"][0] == "airport"
    assert found["乌鲁木齐站"][0] == "station"
    assert found["河北"] == ("province", "130000") and found["四川"] == ("province", "510000")
    # a municipality's district opens the name: one name, as written (北京大兴国际机场)
    assert _found("建成北京大兴国际机场。", gaz)["北京大兴国际机场"][0] == "airport"
    # a zone or a power station keeps the province in its name
    found = _found("建设广西凭祥重点开发开放试验区和甘肃玉门抽水蓄能电站。", gaz)
    assert found["广西凭祥重点开发开放试验区"][0] == "park" and found["甘肃玉门抽水蓄能电站"][0] == "energy"


def test_a_province_before_a_zone_placed_by_a_namesake_elsewhere_places_it_in_the_province(gaz):
    zone = next(m for m in geoparse("江西饶河源国家湿地公园所在地婺源县。", gaz) if m.kind == "park")
    assert (zone.surface, zone.adcode) == ("江西饶河源国家湿地公园", "360000")  # not 饶河县 of 黑龙江


def test_a_feature_placed_by_the_units_written_right_after_it(gaz):
    ms = geoparse("十八洞景区隶属于湖南省湘西土家族苗族自治州花垣县双龙镇，风景秀丽。", gaz)
    assert [(m.surface, m.adcode) for m in ms][0] == ("十八洞景区", "433124")


def test_an_autonomous_region_s_common_form_with_its_unit_word_stays_apart(gaz):
    found = [
        (m.surface, m.kind, m.adcode) for m in geoparse("经宁夏自治区银川河东机场、广西自治区南宁。", gaz)
    ]
    assert found[:2] == [("宁夏自治区", "province", "640000"), ("银川河东机场", "airport", "640181")]
    assert found[2][:2] == ("广西自治区", "province")


def test_a_city_written_in_full_before_its_station_stays_apart(gaz):
    """A sentence written for this test."""
    found = [
        (m.surface, m.kind) for m in geoparse("线路自杭州市桐庐东站引出，终到宁夏石嘴山市惠农南站。", gaz)
    ]
    assert found == [
        ("杭州市", "city"),
        ("桐庐东站", "station"),
        ("宁夏", "province"),
        ("石嘴山市", "city"),
        ("惠农南站", "station"),
    ]
