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
