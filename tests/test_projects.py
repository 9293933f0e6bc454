from layers.filters import filter_projects


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
    for expected in ("神木—瓦塘铁路", "新上海庙—定边铁路", "保德—榆林高速公路", "府谷支线机场", "定边支线机场",
                     "榆横—潍坊特高压", "定边马莲滩国家级沙漠公园"):
        assert expected in names, expected


def test_filter_by_baotou_covers_every_category_and_only_baotou(frames):
    p = filter_projects(frames["projects"], frames["counties"], city="包头市")
    assert {"铁路", "公路", "口岸物流", "机场", "生态水利"} <= set(p["category"])
    assert p["city_adcodes"].str.contains("150200").all()


# Read by hand from data/plans/baotou-2024.txt: (责任单位 in order, 完成时限) of tasks (一)…(二十二).
BAOTOU_TASKS = [
    ("市发改委", "持续推进"), ("市交通运输局", "2026-12"), ("市工信局,市发改委,市委军民融合办,包头机场公司", "持续推进"),
    ("市行政审批政务服务与数据管理局,市发改委,市通信管理办公室", "2024-12"), ("市民政局,市行政审批政务服务与数据管理局", "2024-12"),
    ("市卫健委", "2024-12"), ("市公安局", "2024-12"), ("市市场监管局,市商务局,市文旅广电局", "2024-12"),
    ("市科技局,市工信局,市财政局,稀土高新区管委会", "2024-12"), ("市科技局,市财政局", "2024-12"),
    ("市科技局,市工信局,市教育局,市财政局,市人社局", "2024-12"), ("市林草局,市财政局,市生态环境局,市水务局", "长期坚持"),
    ("市财政局,市生态环境局,市水务局,市林草局", "持续推进"), ("市林草局,市生态环境局,市自然资源局,大青山管理局包头分局", "长期坚持"),
    ("市发改委,市工信局,市农牧局", "持续推进"), ("市工信局,市发改委", "持续推进"),
    ("市行政审批政务服务与数据管理局,市工信局,市科技局", "持续推进"), ("市农牧局", "2024-12"), ("市商务局,包头海关", "持续推进"),
    ("包头市推动呼包鄂乌一体化发展领导小组办公室", "持续推进"), ("包头市推动呼包鄂乌一体化发展领导小组各成员单位", "持续推进"),
    ("包头市推动呼包鄂乌一体化发展领导小组办公室,各成员单位", "持续推进"),
]


def test_all_22_baotou_tasks_exactly(frames):
    p = frames["projects"]
    tasks = p[p["project_id"].str.startswith("baotou-2024:task-")].sort_values("project_id")
    assert list(zip(tasks["responsible"], tasks["deadline"])) == BAOTOU_TASKS
