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
