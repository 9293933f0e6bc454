from collections import Counter

import pytest

from layers.filters import filter_options, filter_projects, select_projects
from layers.project_summary import OUTSIDE, counts_by_city_category, counts_by_deadline


def test_baotou_tasks_units_and_deadlines(frames):
    p = frames["projects"]
    tasks = p[p["project_id"].str.startswith("baotou-2024:task-")].sort_values("project_id")
    assert len(tasks) == 22
    t18 = tasks[tasks["project_id"] == "baotou-2024:task-18"].iloc[0]
    assert t18["responsible"] == "市农牧局" and t18["deadline"] == "2024-12"
    t19 = tasks[tasks["project_id"] == "baotou-2024:task-19"].iloc[0]
    assert t19["responsible"] == "市商务局,包头海关" and t19["deadline"] == "持续推进"


def test_baotou_yinchuan_linked_across_four_plans(frames):
    p = frames["projects"]
    rows = p[p["link_id"] == "rail:包头市—银川市"]
    assert set(rows["plan_id"]) == {"hbey-2018", "hbew-2021", "baotou-2024", "nmg-bohai"}
    line = rows.geometry.dropna().iloc[0]
    assert abs(line.geoms[0].coords[0][0] - 109.84) < 0.2 and abs(line.geoms[0].coords[-1][0] - 106.23) < 0.3


def test_filter_by_city(frames):
    p = filter_projects(frames["projects"], frames["counties"], city="榆林市")
    assert len(p) > 0 and p["cities"].str.contains("榆林市").all()
    assert len(filter_projects(frames["projects"], frames["counties"], deadline="2024-12")) >= 1


def test_filter_by_yulin_returns_the_plans_yulin_projects(frames):
    names = set(filter_projects(frames["projects"], frames["counties"], city="榆林市")["name"])
    for expected in (
        "神木—瓦塘铁路",
        "新上海庙—定边铁路",
        "保德—榆林高速公路",
        "府谷支线机场",
        "定边支线机场",
        "榆横—潍坊特高压",
        "定边马莲滩国家级沙漠公园",
    ):
        assert expected in names, expected


def test_filter_by_baotou_covers_every_category_and_only_baotou(frames):
    p = filter_projects(frames["projects"], frames["counties"], city="包头市")
    # 航空: the kinds registry's category
    assert {"铁路", "公路", "口岸物流", "航空", "生态水利"} <= set(p["category"])
    assert p["city_adcodes"].str.contains("150200").all()


# Read by hand from data/plans/baotou-2024.txt: (责任单位 in order, 完成时限) of tasks (一)…(二十二).
BAOTOU_TASKS = [
    ("市发改委", "持续推进"),
    ("市交通运输局", "2026-12"),
    ("市工信局,市发改委,市委军民融合办,包头机场公司", "持续推进"),
    ("市行政审批政务服务与数据管理局,市发改委,市通信管理办公室", "2024-12"),
    ("市民政局,市行政审批政务服务与数据管理局", "2024-12"),
    ("市卫健委", "2024-12"),
    ("市公安局", "2024-12"),
    ("市市场监管局,市商务局,市文旅广电局", "2024-12"),
    ("市科技局,市工信局,市财政局,稀土高新区管委会", "2024-12"),
    ("市科技局,市财政局", "2024-12"),
    ("市科技局,市工信局,市教育局,市财政局,市人社局", "2024-12"),
    ("市林草局,市财政局,市生态环境局,市水务局", "长期坚持"),
    ("市财政局,市生态环境局,市水务局,市林草局", "持续推进"),
    ("市林草局,市生态环境局,市自然资源局,大青山管理局包头分局", "长期坚持"),
    ("市发改委,市工信局,市农牧局", "持续推进"),
    ("市工信局,市发改委", "持续推进"),
    ("市行政审批政务服务与数据管理局,市工信局,市科技局", "持续推进"),
    ("市农牧局", "2024-12"),
    ("市商务局,包头海关", "持续推进"),
    ("包头市推动呼包鄂乌一体化发展领导小组办公室", "持续推进"),
    ("包头市推动呼包鄂乌一体化发展领导小组各成员单位", "持续推进"),
    ("包头市推动呼包鄂乌一体化发展领导小组办公室,各成员单位", "持续推进"),
]


def test_all_22_baotou_tasks_exactly(frames):
    p = frames["projects"]
    tasks = p[p["project_id"].str.startswith("baotou-2024:task-")].sort_values("project_id")
    assert list(zip(tasks["responsible"], tasks["deadline"])) == BAOTOU_TASKS


TASKS = {f"baotou-2024:task-{n:02d}" for n in range(1, 23)}


def ids(sel) -> set[str]:
    return {i for v in sel["project_ids"] for i in v.split(",")}


def test_baotou_filter_returns_all_22_tasks_of_the_baotou_work_plan(frames):
    """The plan is 包头市人民政府's own work plan: every task is Baotou's, whether it names 包头, no place, or
    呼和浩特."""
    sel = select_projects(frames["project_summary"], frames["projects"], city="包头市")
    assert TASKS <= ids(sel)
    rows = filter_projects(frames["projects"], city="包头市")
    assert set(rows[rows["project_type"] == "task"]["project_id"]) == TASKS


def test_task_places_from_its_text(frames):
    t = frames["projects"].set_index("project_id")
    # （二） names 达拉特旗 (鄂尔多斯, in the cluster) and 甘其毛都口岸 (巴彦淖尔, outside it)
    assert t.at["baotou-2024:task-02", "cluster_cities"] == "包头市,鄂尔多斯市"
    assert "巴彦淖尔市" in t.at["baotou-2024:task-02", "cities"].split(",")
    assert "150621" in t.at["baotou-2024:task-02", "county_adcodes"].split(",")
    # 配合呼和浩特市… (a partner), 大青山 (a range whose point lies in 武川县), 呼包鄂乌 (a region): still
    # Baotou's own tasks
    for n in ("22", "14", "05"):
        assert t.at[f"baotou-2024:task-{n}", "cluster_cities"] == "包头市", n


def test_task_names_are_whole_first_clauses(frames, corpus):
    tasks = frames["projects"][frames["projects"]["project_type"] == "task"].set_index("project_id")
    # read from data/plans/baotou-2024.txt: each task's words up to its first comma or full stop
    assert tasks.at["baotou-2024:task-01", "name"] == "（一）打造1小时铁路经济圈"
    assert tasks.at["baotou-2024:task-14", "name"] == "（十四）共同实施大青山生态保护综合治理"
    assert (
        tasks.at["baotou-2024:task-21", "name"]
        == "（二十一）参加自治区推动呼包鄂乌一体化发展各专项工作组牵头单位每年度召开的专项工作组会议"
    )
    text = corpus["baotou-2024"].text
    for name in tasks["name"]:
        at = text.index(name)
        assert text[at + len(name)] in "，。", name  # never cut inside a clause


def test_responsible_units_in_full_where_the_plan_says_so(frames):
    t = frames["projects"].set_index("project_id")["responsible_full"]
    assert t["baotou-2024:task-01"] == "包头市发展和改革委员会"  # 市发改委 in a plan of 包头市人民政府
    assert t["baotou-2024:task-03"].split(",") == [
        "包头市工业和信息化局",
        "包头市发展和改革委员会",
        "中共包头市委军民融合发展委员会办公室",
        "包头机场公司",
    ]
    # （二十二） lists 领导小组办公室、各成员单位; （二十一） writes the member units out in full
    assert (
        t["baotou-2024:task-22"].split(",")[1]
        == t["baotou-2024:task-21"]
        == "包头市推动呼包鄂乌一体化发展领导小组各成员单位"
    )
    assert t["baotou-2024:task-19"] == "包头市商务局,包头海关"  # nothing abbreviated: as written


def test_projects_named_in_a_task_carry_its_units_and_deadline(frames):
    t = frames["projects"].set_index("project_id")
    row = t.loc["baotou-2024:line:包头市—银川市"]  # 实施包头至银川高铁项目 in task （一）
    assert (row["task"], row["responsible"], row["deadline"]) == ("（一）", "市发改委", "持续推进")


def test_deadlines_as_written_and_their_buckets(frames):
    tasks = frames["projects"][frames["projects"]["project_type"] == "task"]
    assert Counter(tasks["deadline"]) == {"2024-12": 9, "2026-12": 1, "持续推进": 10, "长期坚持": 2}
    opts = filter_options(frames["projects"], frames["counties"], frames["plans"])
    assert opts["buckets"] == ["2024-12", "2026-12", "持续推进", "长期坚持", "未定"]
    sel = select_projects(frames["project_summary"], frames["projects"], buckets=["长期坚持"])
    assert ids(sel) & TASKS == {"baotou-2024:task-12", "baotou-2024:task-14"}


def test_responsible_unit_filter(frames):
    sel = select_projects(frames["project_summary"], frames["projects"], units=["包头市发展和改革委员会"])
    # 市发改委 is named in tasks （一）（三）（四）（十五）（十六）
    assert ids(sel) & TASKS == {f"baotou-2024:task-{n}" for n in ("01", "03", "04", "15", "16")}
    assert "rail:包头市—银川市" in set(sel["link_id"])


def test_one_row_per_project_naming_its_plans(frames):
    s = frames["project_summary"]
    assert s["link_id"].is_unique
    sel = select_projects(s, frames["projects"], city="包头市")
    yinchuan = sel[sel["link_id"] == "rail:包头市—银川市"]
    assert len(yinchuan) == 1
    row = yinchuan.iloc[0]
    assert set(row["plans"].split(",")) == {"hbey-2018", "hbew-2021", "baotou-2024", "nmg-bohai"}
    assert row["cluster_cities"] == "包头市" and row["ends"] == "银川市"
    assert len(set(filter_projects(frames["projects"], city="包头市")["link_id"])) == len(sel)


def test_no_project_is_only_a_river_region_or_city(frames):
    places = frames["places"]
    bare = places[
        places["kind"].isin(["region", "city", "province", "county", "country", "landform"])
        | ((places["kind"] == "water") & places["subkind"].isin(["河流", "湖泊"]))
    ]
    assert not set(frames["project_summary"]["name"]) & set(bare["name_zh"])
    names = set(frames["projects"]["name"])
    # 加快黄河内蒙古段二期防洪治理工程…建设: a work on the river; 严格保护黄河生态环境 (hbey-2018) names none
    assert "黄河内蒙古段二期防洪治理工程" in names and "黄河" not in names
    assert not frames["projects"]["quote"].str.startswith("严格保护黄河生态环境").any()


def test_background_sections_give_no_project(frames):
    # 呼和浩特新机场开工建设。 — hbew-2021's review of what was done (第一节 发展基础)
    assert not (frames["projects"]["quote"] == "呼和浩特新机场开工建设。").any()


def test_city_list_offers_the_cluster_and_keeps_line_ends_as_ends(frames):
    opts = filter_options(frames["projects"], frames["counties"], frames["plans"])
    assert opts["cities"] == ["呼和浩特市", "包头市", "鄂尔多斯市", "乌兰察布市", "榆林市", OUTSIDE]
    s = frames["project_summary"].set_index("link_id")
    assert (
        s.at["road:临河区—哈密市", "ends"] == "临河区,哈密市"
        and s.at["road:临河区—哈密市", "cluster_cities"] == ""
    )
    assert s.at["rail:鄂尔多斯市—榆林市—延安市", "cluster_cities"] == "鄂尔多斯市,榆林市"


def test_county_list_follows_the_city(frames):
    opts = filter_options(frames["projects"], frames["counties"], frames["plans"], city="包头市")
    counties = frames["counties"].set_index("adcode")
    assert opts["counties"] and all(counties.at[a, "city_adcode"] == "150200" for a in opts["counties"])
    s, p = frames["project_summary"], frames["projects"]
    guyang = select_projects(s, p, city="包头市", county="150222")
    assert 0 < len(guyang) < len(select_projects(s, p, city="包头市"))
    assert {"固阳县通用机场", "G210白云鄂博—固阳—东河"} <= set(guyang["name"])


@pytest.mark.parametrize("city", [None, "包头市", OUTSIDE])
def test_summary_counts_sum_to_the_row_count(frames, city):
    sel = select_projects(frames["project_summary"], frames["projects"], city=city)
    opts = filter_options(frames["projects"], frames["counties"], frames["plans"])
    by_city = counts_by_city_category(sel, opts["categories"], city)
    assert (
        by_city.loc["合计 total", "合计 total"]
        == len(sel)
        == by_city.drop(index="合计 total")["合计 total"].sum()
    )
    assert counts_by_deadline(sel).loc["合计 total"].iloc[0] == len(sel)


def test_view_of_a_city_stays_in_the_city(frames):
    from shapely.geometry import box

    from layers.filters import focus_areas
    from layers.maps import view_bounds

    sel = select_projects(frames["project_summary"], frames["projects"], city="包头市")
    focus, cluster = focus_areas(frames["cities"], frames["counties"], "包头市")
    b = view_bounds(sel.geometry, focus, cluster)
    assert box(*b).within(box(*focus.bounds).buffer(1e-9))
    whole = view_bounds(frames["project_summary"].geometry, None, cluster)
    assert box(*whole).contains(box(*b))


def test_lines_fade_outside_the_cluster(frames):
    from layers.filters import focus_areas
    from layers.maps import split_at

    _, cluster = focus_areas(frames["cities"], frames["counties"])
    line = frames["project_summary"].set_index("link_id").at["rail:包头市—银川市", "geometry"]
    inside, outside = split_at(line, cluster)
    assert inside is not None and outside is not None
    assert outside.distance(frames["cities"].set_index("name_zh").at["银川市", "geometry"]) < 0.05


def test_full_unit_names():
    from layers.units import full_units

    assert full_units(["市市场监管局", "市卫健委", "稀土高新区管委会"], "包头市") == [
        "包头市市场监督管理局",
        "包头市卫生健康委员会",
        "包头稀土高新技术产业开发区管理委员会",
    ]
    assert full_units(["包头海关"], "包头市") == ["包头海关"]


def test_projects_map_has_a_legend_line_per_category_and_fades_lines_outside(frames):
    import json

    from layers.maps import projects_specs
    from layers.styles import STYLES

    sel = select_projects(frames["project_summary"], frames["projects"], city="包头市")
    specs, bounds = projects_specs(frames, tuple(sel["link_id"]), "包头市")
    legend = {s["name"]: s for s in specs if s["legend"] and s["style"].startswith("project:")}
    placed = set(sel[sel.geometry.notna()]["category"])
    # as the summary
    assert sorted(legend) == sorted(c if c in placed else f"{c}（无图上位置）" for c in set(sel["category"]))
    # topmost: the legend's first
    assert [s["style"] for s in specs if s["style"].startswith("project:")][-1] == "project:航空"
    assert len({STYLES[s["style"]]["color"] for s in legend.values()}) == len(legend)
    rail = next(s for s in specs if s["style"] == "project:铁路")
    features = json.loads(rail["geojson"])["features"]
    faded = [f for f in features if f["properties"].get("f")]
    assert faded and len(faded) < len(features) and "城市群以外" in rail["extra"]
    popup = next(f["properties"]["p"] for f in features if "银川" in f["properties"].get("t", ""))
    assert (
        "<blockquote>" in popup and "《呼包鄂榆城市群发展规划》（2018）" in popup and "hbey-2018" not in popup
    )
    assert bounds[0] > 109 and bounds[2] < 111.5  # fitted to 包头


def test_project_text_in_popups_and_legend_is_escaped():
    import geopandas as gpd
    from shapely.geometry import Point

    from layers.describe import project_rows
    from layers.maps import PROJECT_FIELDS, project_parts
    from layers.webmap import GeoLayer, layer_specs, legend_entry, popup_html

    hostile = "<img src=x onerror=alert(1)>${x}`"
    gdf = gpd.GeoDataFrame(
        {"link_id": ["x"], "name": [hostile], "category": [hostile], "quote": [f"hbey-2018：{hostile}"]},
        geometry=[Point(110, 40)],
        crs="EPSG:4326",
    )
    spec = layer_specs(
        project_parts(gdf, None),
        "projects",
        tooltip="name",
        label=None,
        popup=lambda r: popup_html(r["name"], project_rows(r, PROJECT_FIELDS)),
    )[0]
    assert spec["style"] == "project:其他"  # an unknown category is drawn as 其他
    layer = GeoLayer({**spec, "label": hostile})
    text = layer.data + layer.meta + legend_entry("project:其他", hostile)
    assert "<img" not in text and "${" not in text and "`" not in text and "&lt;img" in text
