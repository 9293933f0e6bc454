"""Provinces' abbreviations at their junction, line names after verbs of travel and belts along lines:
sentences written for this project in plan style."""

from geo.geoparse import geoparse


def _found(text, gaz):
    return [(m.surface, m.kind) for m in geoparse(text, gaz) if m.kind != "unresolved"]


def test_provinces_abbreviated_at_their_junction_are_the_provinces_one_by_one(gaz):
    assert _found("该州地处滇黔桂结合部，交通区位独特。", gaz) == [
        ("滇", "province"),
        ("黔", "province"),
        ("桂", "province"),
    ]
    assert [s for s, k in _found("景区毗邻闽浙赣，客源广阔。", gaz) if k == "province"] == ["闽", "浙", "赣"]
    # counted, even over a landform's short name inside the run
    assert _found("这里曾是川滇青藏四省的物资集散地。", gaz) == [
        ("川", "province"),
        ("滇", "province"),
        ("青", "province"),
        ("藏", "province"),
    ]
    # a region they name stays a region
    assert _found("支持陕甘宁革命老区振兴发展。", gaz) == [("陕甘宁革命老区", "region")]


def test_three_or_four_abbreviations_alone_are_the_provinces_unless_a_region_word_follows(gaz):
    assert _found("该市东联苏浙沪、西接湘鄂赣，区位优越。", gaz) == [
        *[(c, "province") for c in "苏浙沪湘鄂赣"],
    ]
    assert [k for _, k in _found("园区位于桂粤湘交界处。", gaz)] == ["province"] * 3
    # a region's word, a listed run, a shared zone or a historic province keeps them one region
    assert _found("推动湘鄂赣、皖苏浙等省际毗邻地区协同发展。", gaz)[:2] == [
        ("湘鄂赣", "region"),
        ("皖苏浙", "region"),
    ]
    assert _found("打造川黔渝旅游走廊。", gaz)[0] == ("川黔渝旅游走廊", "region")
    assert _found("修缮湘鄂川黔省革命委员会旧址。", gaz)[0] == ("湘鄂川黔", "region")


def test_a_lines_own_short_name_after_a_verb_of_travel(gaz):
    assert ("莱荣高铁", "rail") in _found("市民可直接通过莱荣高铁经莱西至青岛。", gaz)
    assert ("莱荣高铁", "rail") in _found("游客乘坐莱荣高铁前往青岛。", gaz)


def test_a_belt_or_corridor_along_a_river_or_a_line_is_an_ecological_zone(gaz):
    found = _found("建设大沽河生态景观带和胶济铁路生态廊道。", gaz)
    assert ("大沽河生态景观带", "eco_zone") in found and ("胶济铁路生态廊道", "eco_zone") in found


def test_characters_of_names_around_a_list_mark_are_no_abbreviations(gaz):
    found = _found("湾畔的黄螺港、小屿港、青螺港组成港口群，京、津、冀协同推进。", gaz)
    assert [s for s, k in found if k == "province"] == ["京", "津", "冀"]
    assert [s for s, k in found if k == "port"] == ["黄螺港", "小屿港", "青螺港"]
    # the country opening an academy's name names no place
    assert _found("中国科学院在此建设观测站。", gaz) == []


def test_china_and_a_neighbour_written_together_before_their_border_are_the_two_countries(gaz):
    # the probes of real text since the thirty-seventh session read the pair as the two countries 22 times,
    # as one region never (earlier probes, written to another guide, 12 times to 31)
    ms = geoparse("口岸位于中俄边境，与对岸城市隔江相望。", gaz)
    assert [(m.surface, m.kind, m.place_id) for m in ms][:2] == [
        ("中", "country", "iso:CN"),
        ("俄", "country", "iso:RU"),
    ]
    assert [m.surface for m in geoparse("以中俄、中蒙边境为依托。", gaz)] == ["中", "俄", "中", "蒙"]
    # three written together before a count of countries are the countries one by one
    assert _found("位于中俄朝三国交界处。", gaz) == [("中", "country"), ("俄", "country"), ("朝", "country")]
    assert _found("支持加密与蒙俄两国主要城市的航班。", gaz) == []  # no border of China's (the five plans)
    # neighbours written as one word are the countries (rule_words.csv fused_country_groups)
    assert _found("向东与日韩隔海相望，今日韩国代表团来访。", gaz) == [
        ("日", "country"),
        ("韩", "country"),
        ("韩国", "country"),
    ]
    assert _found("东连日韩，连日来项目推进顺利。", gaz) == [("日", "country"), ("韩", "country")]


def test_a_group_of_airports_is_no_list_of_airports(gaz):
    found = _found("京津冀、长三角、珠三角世界级机场群快速发展。", gaz)
    assert found == [("京津冀", "region"), ("长三角", "region"), ("珠三角", "region")]


def test_a_direction_before_a_verb_of_bordering_is_no_region(gaz):
    assert ("东北", "region") not in _found("该市西北是山地，东北紧靠辽河平原。", gaz)
    assert ("东北", "region") in _found("推进东北振兴。", gaz)


def test_an_item_ending_in_a_count_of_units_closes_the_list_before_a_class(gaz):
    found = _found("公园涉及治多、曲麻莱、玛多、杂多四县和可可西里自然保护区管辖区域。", gaz)
    assert [s for s, k in found if k == "county"] == ["治多", "曲麻莱", "玛多", "杂多"]


def test_two_provinces_abbreviated_before_their_boundary_are_the_provinces_one_by_one(gaz):
    assert _found("该高速公路在渝鄂边界实现贯通。", gaz) == [("渝", "province"), ("鄂", "province")]
    assert _found("加快黔桂省界段和皖赣界段建设。", gaz) == [
        ("黔", "province"),
        ("桂", "province"),
        ("皖", "province"),
        ("赣", "province"),
    ]
    assert _found("与川渝接壤的县区加强合作。", gaz) == [("川", "province"), ("渝", "province")]
    # their border area stays a region
    assert _found("推进湘赣边区域合作示范区建设。", gaz)[0] == ("湘赣边", "region")


def test_two_abbreviations_before_a_section_a_corridor_or_a_joint_work_are_one_region(gaz):
    for text in ("渝昆高铁川渝段建成通车。", "加快新藏通道建设。", "推进川渝共建港口二期。"):
        assert [m.kind for m in geoparse(text, gaz) if len(m.surface) == 2] == ["region"], text
    # two before 毗邻地区: the border area of both, one region with its word; four before 毗邻 stay provinces
    assert _found("推进鲁豫毗邻地区合作发展。", gaz) == [("鲁豫毗邻地区", "region")]
    assert [k for _, k in _found("推进鄂豫陕渝毗邻区域合作。", gaz)] == ["province"] * 4


def test_the_central_and_western_regions_together_and_a_bearing_after_a_county(gaz):
    assert [(m.surface, m.kind) for m in geoparse("加强与中西部地区联系。", gaz)] == [
        ("中西部地区", "region")
    ]
    assert not [m for m in geoparse("县西南的港区为对外开放港区。", gaz) if m.kind == "region"]


def test_a_bridge_named_after_的_starts_after_it(gaz):
    from geo.geoparse import geoparse

    found = [
        (m.surface, m.kind)
        for m in geoparse("连接甲县和黄冈蕲春的棋盘洲长江大桥通车，新建的两座长江大桥开工。", gaz)
    ]
    assert ("棋盘洲长江大桥", "road") in found
    assert not any(s.endswith("两座长江大桥") for s, _ in found)  # a count names no bridge


def test_places_written_together_and_counted_are_read_one_by_one(gaz):
    got = lambda text: [(m.surface, m.adcode) for m in geoparse(text, gaz)]  # noqa: E731
    assert got("感受青浦吴江嘉善三地的水乡风貌。") == [
        ("青浦", "310118"),
        ("吴江", "320509"),
        ("嘉善", "330421"),
    ]
    assert got("在遂潼两地一体构建空间形态。") == [("遂", "510900"), ("潼", "500152")]
    # a district, a region and provinces stay what they are
    assert got("海沧两地联动。")[0][0] == "海沧"
    assert [s for s, _ in got("京津冀三地协同，沪苏两地共治。")] == ["京津冀", "沪", "苏"]


def test_a_name_with_its_unit_word_in_brackets_is_that_unit(gaz):
    got = [(m.surface, m.adcode) for m in geoparse("推进长（春）吉林（市）一体化。", gaz)]
    assert got == [("长（春）", "220100"), ("吉林（市）", "220200")]


def test_verbs_of_extending_a_line_or_bringing_it_in_open_a_name(gaz):
    """Sentences written for this test: the verb stays out of the scenic area's name."""
    found = _found("线路远期继续延伸至甲乙景区，并引入丙丁综合交通枢纽。", gaz)
    assert ("甲乙景区", "park") in found
    assert not any(s.startswith(("延伸", "引入")) for s, _ in found)


def test_a_line_s_short_name_before_tie_lu_ke_zhuan_is_one_rail_line(gaz):
    """A sentence written for this test."""
    assert ("大西铁路客专", "rail") in _found("线路南连大西铁路客专。", gaz)


def test_a_quarter_before_its_neighbour_on_that_side_is_a_bearing(gaz):
    got = [(m.surface, m.kind) for m in geoparse("北与甲县接壤，西南为克拉玛依区。", gaz)]
    assert got == [("克拉玛依区", "county")]


def test_two_neighbouring_provinces_written_together_before_a_word_of_their_relation(gaz):
    found = [(m.surface, m.kind) for m in geoparse("元荡位于沪苏省际边界，是湘桂两省间的通道。", gaz)]
    assert found[:3] == [("元荡", "water"), ("沪", "province"), ("苏", "province")]
    # a name's word after them: the name, not the provinces (湘桂复线, 赣粤运河)
    for text in ("建设湘桂复线。", "规划赣粤运河。", "推进京沪沿线发展。"):
        assert not [m for m in geoparse(text, gaz) if m.note.endswith("two neighbours written together")], (
            text
        )
