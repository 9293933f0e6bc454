"""Natural Earth in the gazetteer (geo/naturalearth.py, data/naturalearth/): national features take its
geometry where it names them near their units, and the features it adds stand where they are."""

import json
from pathlib import Path

import pytest
import shapely

ROOT = Path(__file__).resolve().parent.parent


def best(gaz, form: str):
    return gaz.lookup(form)[0][0]


def test_bohai_is_a_natural_earth_polygon_over_the_sea_between_dalian_and_tianjin(gaz):
    from geo.naturalearth import geometry

    bohai = best(gaz, "渤海")
    geom = geometry(bohai)
    assert (
        bohai.kind == "water"
        and bohai.coord_source == "naturalearth_polygon"
        and "Natural Earth 10m" in bohai.source
    )
    assert geom is not None and geom.geom_type.endswith("Polygon")
    dalian, tianjin = best(gaz, "大连市"), best(gaz, "天津市")
    between = shapely.Point((dalian.lon + tianjin.lon) / 2, (dalian.lat + tianjin.lat) / 2)  # the open Bohai
    assert geom.contains(between)
    assert not geom.contains(shapely.Point(tianjin.lon, tianjin.lat))  # the sea, not the shore city


def test_the_yangtze_is_a_natural_earth_line_through_wuhan(gaz):
    from geo.naturalearth import distance_m, geometry

    river = best(gaz, "长江")
    wuhan = best(gaz, "武汉市")
    geom = geometry(river)
    assert river.coord_source == "naturalearth_line" and "Line" in geom.geom_type
    assert distance_m(geom, wuhan.lon, wuhan.lat) < 5_000
    assert distance_m(geom, river.lon, river.lat) < 1  # the place stands on its line


@pytest.mark.parametrize(
    "form",
    [
        "渤海",
        "黄海",
        "东海",
        "南海",
        "台湾海峡",
        "北部湾",
        "长江",
        "澜沧江",
        "雅鲁藏布江",
        "塔里木河",
        "青海湖",
        "洞庭湖",
        "鄱阳湖",
        "太湖",
        "天山",
        "昆仑山",
        "秦岭",
        "青藏高原",
        "塔克拉玛干沙漠",
        "四川盆地",
    ],
)
def test_great_features_stand_on_natural_earth(gaz, form):
    p = best(gaz, form)
    assert p.anchor.startswith("ne:") and p.coord_source.startswith("naturalearth_"), (form, p)


def test_a_lake_before_its_county_with_natural_earth():
    from geo.gazetteer import load_gazetteer
    from geo.naturalearth import geometry

    g = load_gazetteer()
    lake, county = best(g, "太湖"), best(g, "太湖县")
    assert lake.subkind == "湖泊" and geometry(lake).geom_type.endswith("Polygon")
    assert county.adcode == "340825" and not county.anchor.startswith("ne:")


def test_the_point_is_honest_every_part_of_the_geometry_lies_within_its_precision(gaz):
    from geo.crs import haversine_m
    from geo.naturalearth import geometry

    placed = [p for p in gaz.places.values() if p.anchor.startswith("ne:")]
    assert len(placed) >= 100
    for p in placed:
        xy = shapely.get_coordinates(geometry(p))
        assert float(max(haversine_m(p.lon, p.lat, xy[:, 0], xy[:, 1]))) <= p.precision_m + 1, p.name_zh


@pytest.mark.slow
def test_every_natural_earth_geometry_lies_at_the_units_its_row_is_anchored_on(gaz):
    """The homonym guard, checked against the units' real polygons: each Natural Earth geometry a row took
    comes within 50 km of the units the row names (most of them for a long feature)."""
    from pyproj import Transformer

    from geo.crs import ALBERS_CHINA
    from geo.naturalearth import geometry
    from layers.admin import admin_polygon

    t = Transformer.from_crs("EPSG:4326", ALBERS_CHINA, always_xy=True)
    to_m = lambda geom: shapely.transform(
        geom, lambda xy: __import__("numpy").column_stack(t.transform(xy[:, 0], xy[:, 1]))
    )
    far = []
    for p in (p for p in gaz.places.values() if p.anchor.startswith("ne:") and p.members):
        geom = to_m(geometry(p))
        near = [shapely.distance(geom, to_m(admin_polygon(a))) <= 50_000 for a in p.members]
        if sum(near) * 2 < len(near):
            far.append((p.name_zh, p.members))
    assert not far, far


def test_features_natural_earth_adds_stand_where_they_are(gaz):
    from geo.gazetteer import read_table
    from layers.admin import admin_polygon

    rows = read_table("naturalearth_additions.csv")
    added = [
        r
        for r in rows
        if f"cur:{r['name']}" in gaz.places and gaz.places[f"cur:{r['name']}"].anchor.startswith("ne:")
    ]
    assert len(added) >= 80
    pacific = best(gaz, "太平洋")
    assert pacific.kind == "water" and pacific.coord_source == "naturalearth_polygon"
    peak = best(gaz, "托木尔峰")
    assert admin_polygon("652900").buffer(0.05).contains(shapely.Point(peak.lon, peak.lat))
    for r in added:
        assert all(
            best(gaz, a).place_id == f"cur:{r['name']}" for a in filter(None, r["aliases"].split("|"))
        ), r["name"]


def test_the_cut_is_the_one_the_script_makes():
    """The committed cut names the inputs the script reads (versions and commits), and each layer is small."""
    import scripts.cut_naturalearth as cut

    for layer in cut.LAYERS:
        path = ROOT / "data" / "naturalearth" / f"{layer}.geojson"
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert cut.GEOMETRY_COMMIT[:10] in doc["source"] and cut.NAMES_COMMIT[:10] in doc["source"]
        assert doc["bbox"] == list(cut.BBOX) and doc["features"]
        assert path.stat().st_size < 1_000_000


@pytest.mark.slow
@pytest.mark.skipif(
    not (Path("/work/.mirror") / "martynafford+natural-earth-geojson").exists(),
    reason="Natural Earth inputs not fetched",
)
def test_the_cut_script_reproduces_the_committed_cut():
    pytest.importorskip("py7zr")
    import scripts.cut_naturalearth as cut

    assert cut.main(["--check"]) == 0
