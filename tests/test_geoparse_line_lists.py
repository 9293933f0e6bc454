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
