"""Routes of sights joined by dashes, as tourism plans write them. Sentences written for this project."""

from geo.geoparse import geoparse


def _found(text, gaz):
    return [(m.surface, m.kind, m.adcode) for m in geoparse(text, gaz) if m.kind != "unresolved"]


def test_every_stop_of_a_route_of_sights_is_a_sight_after_its_unit(gaz):
    found = _found("推出太原晋祠—祁县乔家大院—介休绵山—平遥古城精品旅游线路。", gaz)
    # 绵山 alone is a mountain; on a route with two known sights it is the scenic area, in 介休
    assert ("绵山", "park", "140781") in found and ("介休", "county", "140781") in found
    # 太原晋祠, one name in the gazetteer's reading, is the city and the sight
    assert ("太原", "city", "140100") in found and ("晋祠", "park", "140110") in found


def test_a_chain_of_cities_is_no_route_of_sights(gaz):
    found = _found("构建包头—银川—兰州发展走廊。", gaz)
    assert not any(k == "park" for _, k, _ in found)


def test_a_route_word_after_two_stops_makes_them_sights(gaz):
    found = _found("建设串联天柱山-大别山的国家风景道。", gaz)
    assert [(s, k) for s, k, _ in found] == [("天柱山", "park"), ("大别山", "park")]


def test_historic_sites_close_a_list_of_sights(gaz):
    found = _found("这里有沈阳故宫、张氏帅府、福陵等著名历史遗迹。", gaz)
    assert [(s, k) for s, k, _ in found] == [("沈阳故宫", "park"), ("张氏帅府", "park"), ("福陵", "park")]
