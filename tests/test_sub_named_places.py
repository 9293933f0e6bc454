"""A zone named after its city and a sub-name that starts with a county or a town of that city lies there
(sentences written for these tests)."""

from geo.geoparse import geoparse


def _placed(text: str, gaz) -> list[tuple[str, str]]:
    return [(m.surface, m.adcode) for m in geoparse(text, gaz) if m.kind == "park"]


def test_a_zone_whose_sub_name_starts_with_a_county_or_a_town_of_its_city_lies_there(gaz):
    text = "建设三亚崖州湾科技城、大连长兴岛临港工业区和宁波梅山国际物流产业集聚区。"
    assert _placed(text, gaz) == [
        ("三亚崖州湾科技城", "460205"),  # 崖州区
        ("大连长兴岛临港工业区", "210281"),  # 长兴岛街道, 瓦房店市
        ("宁波梅山国际物流产业集聚区", "330206"),  # 梅山街道, 北仑区
    ]


def test_a_sub_name_that_names_no_unit_of_the_city_leaves_the_zone_at_the_city(gaz):
    assert _placed("建设西安综合保税区和海口江东新区。", gaz) == [
        ("西安综合保税区", "610100"),
        ("海口江东新区", "460100"),
    ]
