"""Names completed by the word after them: a region's short name before a region's word, a power line's full
work, stations named after zones and airports, counted lists of stations. Sentences written for this project
in plan style."""

from geo.geoparse import geoparse


def _found(text, gaz):
    return [(m.surface, m.kind) for m in geoparse(text, gaz) if m.kind != "unresolved"]


def test_a_regions_short_name_before_a_regions_word_is_one_region(gaz):
    assert _found("推动长株潭城市群一体化发展。", gaz) == [("长株潭城市群", "region")]
    # a region's whole name before the word is the cities of that region, as before
    assert ("东北地区", "region") in _found("支持东北地区城市群协同发展。", gaz)


def test_a_power_lines_work_of_transmission_and_transformation_is_part_of_its_name(gaz):
    found = _found("加快建设荆门至长沙特高压交流输变电工程。", gaz)
    assert found[0] == ("荆门至长沙特高压交流输变电工程", "energy")
    assert ("荆门", "city") in found and ("长沙", "city") in found


def test_a_zone_or_an_airport_before_a_stations_word_names_a_station(gaz):
    found = _found("沿江高铁在长江新区站设站，旅客可在天河机场站换乘。", gaz)
    assert ("长江新区站", "station") in found and ("天河机场站", "station") in found
    station = next(m for m in geoparse("旅客可在天河机场站换乘。", gaz) if m.kind == "station")
    assert station.adcode == "420116"  # where the airport is


def test_a_counted_list_of_hub_stations(gaz):
    found = _found("全市已有武昌、汉口两座枢纽火车站。", gaz)
    assert [s for s, k in found if k == "station"] == ["武昌", "汉口"]
