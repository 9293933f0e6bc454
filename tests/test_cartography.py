"""What a planner reads on the maps: styles per layout element, the plan's own sentences, words instead of
fields."""

import json

import geopandas as gpd
import pytest
from shapely.geometry import Point

from layers.admin import CLUSTER_CITIES
from layers.describe import feature_rows, layout_rows, method_zh, precision_zh
from layers.styles import STYLES, label_points, legend_label, wrap_label
from layers.webmap import escape, layer_features, layer_specs
from tests.expected import ZONES_2018


def test_each_layout_element_has_its_own_style(frames):
    zones = frames["layout_zones"].set_index("name_zh")
    styles = [zones.at[n, "style"] for n in ZONES_2018]
    assert len(set(styles)) == 5 and len({STYLES[s]["color"] for s in styles}) == 5
    assert [legend_label(s) for s in styles] == ZONES_2018  # the legend names every zone
    # ch.6 barriers apart
    assert not set(zones[zones["role"].str.contains("生态屏障")]["style"]) & set(styles)
    axes = frames["layout_axes"].set_index("name_zh")
    assert (
        STYLES[axes.at["呼包鄂乌联动轴", "style"]]["color"]
        != STYLES[axes.at["托克托县—清水河县—准格尔旗", "style"]]["color"]
    )
    assert legend_label(frames["layout_belts"]["style"].iloc[0]) == "一带：沿黄生态文化经济带"


def test_layout_features_quote_the_plan(frames):
    axes = frames["layout_axes"].set_index("name_zh")
    assert "依托京包、包茂交通运输大通道" in axes.at["呼包鄂榆发展轴", "quote"]
    assert (
        axes.at["呼包鄂榆发展轴", "quote_source"]
        == "《呼包鄂榆城市群发展规划》第三章 空间布局 · 第一节 构建城市群发展空间格局"
    )
    assert "严格保护黄河生态环境" in frames["layout_belts"]["quote"].iloc[0]
    for layer in ("layout_axes", "layout_belts", "layout_zones", "layout_nodes"):
        df = frames[layer]
        assert df["quote"].str.len().gt(20).all() and df["quote_source"].str.startswith("《").all(), layer
    for layer in ("layout_axes", "layout_belts", "layout_zones"):
        assert frames[layer]["method_zh"].str.startswith("示意").all(), layer


def test_popup_rows_are_words_not_fields(frames):
    zone = frames["layout_zones"].set_index("name_zh").loc["沙漠沙地生态治理区"].to_dict()
    names = dict(zip(frames["counties"]["adcode"], frames["counties"]["name_zh"]))
    rows = dict(layout_rows(zone, names))
    assert list(rows) == ["在规划中的作用", "规划原文", "出处", "画法", "精度"]
    assert (
        "杭锦旗" in rows["画法"]
        and "150625" not in rows["画法"]
        and "加强沙漠沙地生态治理区" in rows["规划原文"]
    )
    port = {
        "name_zh": "满都拉口岸",
        "kind": "port",
        "plans": "hbey-2018,nmg-bohai",
        "coord_source": "anchor_geonames_seat",
        "precision_m": 80000.0,
        "geometry_method": "county_union (schematic)",
    }
    text = dict(feature_rows(port, ["kind", "plans", "coord_source", "precision_m", "geometry_method"]))
    assert text == {
        "类别": "口岸港口",
        "提及的规划": (
            "《呼包鄂榆城市群发展规划》（2018）、《内蒙古自治区参与环渤海地区合作发展规划（“十三五”）》"
        ),
        "位置从何而来": "以所在旗县或城市的政府驻地代位",
        "位置精度": "±80 公里：只知在此范围内某处",
        "画法": "示意范围：所含旗县合并",
    }
    assert method_zh("gshhg (unnamed segment matched to the counties it crosses)") == "河流线（GSHHG）"
    assert (
        precision_zh(1500) == "约 ±1.5 公里"
        and precision_zh(2000) == "约 ±2 公里"
        and precision_zh(None) == ""
    )


def test_imprecise_points_are_drawn_as_their_circle():
    gdf = gpd.GeoDataFrame(
        {"name_zh": ["a", "b", "c"], "precision_m": [500.0, 40_000.0, 2_000_000.0]},
        geometry=[Point(110, 40), Point(111, 40), Point(112, 40)],
        crs="EPSG:4326",
    )
    props = [json.loads(f)["properties"] for f in layer_features(gdf, "ports")["ports"]]
    # too large: a fixed dashed ring
    assert "r" not in props[0] and props[1]["r"] == 40_000.0 and props[2]["r"] == -1
    spec = layer_specs(gdf, "ports")[0]
    assert "位置不确定" in spec["extra"]  # and the legend says what the ring means


def test_labels_are_one_per_feature_and_wrap_long_area_names(frames):
    specs = layer_specs(
        frames["layout_zones"][frames["layout_zones"]["plan_id"] == "hbey-2018"], "layout_zones"
    )
    labels = [f["properties"].get("l") for s in specs for f in json.loads(s["geojson"])["features"]]
    shown = [x.replace("\n", "") for x in labels if x]
    assert set(ZONES_2018) <= set(shown) and len(shown) == len(set(shown))
    assert wrap_label("大青山南麓生态保护区", "layout:qingshan") == "大青山南麓\n生态保护区"
    assert wrap_label("呼包鄂榆发展轴", "layout:axis") == "呼包鄂榆发展轴"  # lines keep one line
    zone = frames["layout_zones"].set_index("name_zh").at["大青山南麓生态保护区", "geometry"]
    assert all(zone.contains(p) for p in label_points(zone))  # every place tried lies inside the zone


@pytest.mark.parametrize("text", ["<b>", "${x}", "`", "\\", "&amp;"])
def test_escape_is_html_and_template_literal_safe(text):
    out = escape(text)
    assert not set(out) & set("<>`$\\{}") and "&" in out


def test_context_shows_the_neighbours_not_the_cluster(frames):
    from layers.context import context_frames

    counties = frames["counties"][frames["counties"]["city_adcode"].isin(CLUSTER_CITIES)]
    ctx = context_frames(tuple(counties.total_bounds), exclude=CLUSTER_CITIES)
    assert {"山西省", "陕西省", "宁夏回族自治区"} <= set(ctx["province"]["label"])
    assert {"巴彦淖尔市", "大同市", "忻州市"} <= set(ctx["prefecture"]["label"])
    assert not set(ctx["prefecture"]["adcode"]) & set(CLUSTER_CITIES) and len(ctx["river"]) > 5


@pytest.mark.slow  # draws the three layout maps
def test_layout_map_data_is_light(frames):
    from layers.maps import layout_specs
    from layers.webmap import LEAFLET, data_uri, simplify_for_web

    specs, bounds = layout_specs(simplify_for_web(frames), "hbey-2018")
    data = sum(len(s["geojson"].encode()) for s in specs)
    assets = sum(len(data_uri(u)) for u in LEAFLET)
    assert data + assets < 1_200_000, (data, assets)  # 2.7 MB before, of which 1.96 MB unused library code
    assert bounds[0] < 107 and bounds[2] > 114  # opens fitted to the whole cluster
