"""Taiwan's cities and counties (data/gazetteer/taiwan_units.csv, Natural Earth 10m admin-1): places of the
province 710000, the only code GB/T 2260 gives there."""

import csv

import shapely

from geo.gazetteer import DATA
from geo.geoparse import geoparse
from layers.admin import admin_polygon


def _found(text, gaz):
    return [(m.surface, m.kind, m.adcode) for m in geoparse(text, gaz) if m.kind != "unresolved"]


def test_every_division_lies_in_the_province_it_claims():
    taiwan = admin_polygon("710000")
    with open(DATA / "taiwan_units.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 20  # Natural Earth's 21 less 金门县, which GB/T 2260 counts in 泉州市 (350527)
    outside = [
        r["name_zh"] for r in rows if not taiwan.covers(shapely.Point(float(r["lon"]), float(r["lat"])))
    ]
    assert not outside


def test_taiwans_cities_and_counties_are_places_of_the_province(gaz):
    assert _found("开通至台北、高雄的直航航线。", gaz) == [
        ("台北", "city", "710000"),
        ("高雄", "city", "710000"),
    ]
    found = _found("日月潭位于台湾南投县。", gaz)
    assert ("南投县", "county", "710000") in found
    # a short form a city and its county share is the city's; Kinmen stays the unit of GB/T 2260
    assert _found("该岛东面与新竹相望。", gaz) == [("新竹", "city", "710000")]
    assert ("金门", "county", "350527") in _found("推进厦门与金门通水通电。", gaz)
