"""Projects: the Baotou work plan's numbered tasks, and the corridors and sites every plan sets out to build.

One row per plan and project; ``link_id`` joins the rows of the same project across plans
(a corridor by its ordered waypoints, a site by its place).
"""

from __future__ import annotations

import re

import geopandas as gpd
import pandas as pd
from shapely.geometry import MultiPoint

from geo.corpus import Plan
from geo.gazetteer import Gazetteer
from geo.geoparse import Mention
from layers.schema import layer_frame

STATUS_RE = re.compile(r"规划建设|加快建设|扩能改造|前期工作|迁建|建成|在建|开工建设|加快推进|推进|研究|新建|改造|升级|建设")

ECO_KINDS = ("water", "landform", "eco_zone")
ECO_WORKS = re.compile(r"治理|工程|修复|保护|整治|防治")
TASK_RE = re.compile(r"（责任单位[:：](?P<units>[^；;）]+)[；;]\s*完成时限[:：](?P<deadline>[^）]+)）")
CATEGORIES = [("铁路|高铁|城际", "铁路"), ("高速|公路", "公路"), ("机场|航空", "机场"), ("口岸|陆港|物流|保税|港", "口岸物流"),
              ("特高压|电力|管道|能源|风电|光伏|氢", "能源"), ("生态|治理|黄河|水利|供水|引黄|沙漠|湿地|公园", "生态水利"),
              ("产业|制造|园区|基地", "产业"), ("科技|创新|人才|高校", "科技人才")]


def status_of(sentence: str, start: int | None = None) -> str:
    """The status verb (规划建设, 加快建设 …) closest before ``start`` in the sentence, else its first one, else ''."""
    found = [m for m in STATUS_RE.finditer(sentence) if start is not None and m.start() <= start]
    if found:
        return found[-1].group()
    m = STATUS_RE.search(sentence)
    return m.group() if m else ""


def category_of(text: str) -> str:
    """First category whose keywords occur in the text (rail before road before airport …)."""
    return next((cat for rx, cat in CATEGORIES if re.search(rx, text)), "其他")


def normalise_deadline(text: str) -> str:
    """``2024年12月`` → ``2024-12``; ``2024年底`` → ``2024-12``; 持续推进 / 长期坚持 kept as written."""
    text = text.strip()
    m = re.match(r"(\d{4})年(\d{1,2})月", text)
    if m:
        return f"{m.group(1)}-{int(m.group(2)):02d}"
    m = re.match(r"(\d{4})年(底|末)?", text)
    if m:
        return f"{m.group(1)}-12"
    return text


def baotou_tasks(plan: Plan) -> list[dict]:
    """Numbered tasks ``（一）…`` with their responsible units and deadlines."""
    items = [h for h in plan.headings if h.level == "item" and h.title.startswith("（")]
    rows = []
    for n, h in enumerate(items):
        end = items[n + 1].start if n + 1 < len(items) else len(plan.text)
        nxt_head = re.search(r"\n[一二三四五六七八九十]+、", plan.text[h.start:end])
        body = plan.text[h.start:h.start + nxt_head.start()] if nxt_head else plan.text[h.start:end]
        m = TASK_RE.search(body)
        if not m:
            continue
        rows.append({"number": h.number, "start": h.start, "end": h.start + len(body.rstrip()),
                     "text": body.strip(), "responsible": m.group("units").strip().replace("、", ","),
                     "deadline": normalise_deadline(m.group("deadline"))})
    return rows


def projects_frame(plans: list[Plan], parsed: dict[str, list[tuple[Mention, int]]], mentions: pd.DataFrame,
                   frames: dict, g: Gazetteer) -> gpd.GeoDataFrame:
    rows = []
    lines = pd.concat([frames[k] for k in ("rail", "roads", "energy")], ignore_index=True)
    line_by_name = {r["waypoints"]: r for _, r in lines.iterrows()}
    zones = pd.concat([frames["eco_zones"], frames["landforms"]], ignore_index=True)
    zone_geom = dict(zip(zones["zone_id"], zones.geometry))  # a zone project is drawn as the zone
    for plan in plans:
        ms = [m for m, _ in parsed[plan.plan_id]]
        if plan.plan_id == "baotou-2024":
            for t in baotou_tasks(plan):
                inside = [m for m in ms if t["start"] <= m.start < t["end"] and m.lon is not None]
                title = t["text"].split("。")[0][:60]
                category = category_of(title) if category_of(title) != "其他" else category_of(t["text"])
                rows.append(_row(plan, f"task-{t['number']:02d}", title, category, inside, g, t["text"], t["deadline"],
                                 t["responsible"], "", "task"))
        for m, k in parsed[plan.plan_id]:
            sent = plan.sentences[k].text
            if m.line_stops:
                pts = [g.places[p] for p in m.line_stops if p in g.places]
                wp = "—".join(p.name_zh for p in pts)
                line = line_by_name.get(wp)
                rows.append(_row(plan, f"line:{wp}", m.name_zh, category_of(m.name_zh), [], g, sent, "", "",
                                 status_of(sent), "waypoints (schematic)" if line is not None else "not drawn (its ends share one point)",
                                 geom=line["geometry"] if line is not None else None, extra_places=pts, link=f"{m.kind}:{wp}"))
            elif (m.kind in ("airport", "port", "park") or (m.kind in ECO_KINDS and ECO_WORKS.search(sent))) and status_of(sent):
                category = "生态水利" if m.kind in ECO_KINDS else category_of(m.name_zh)
                area = zone_geom.get(m.place_id)
                rows.append(_row(plan, f"site:{m.name_zh}", m.name_zh, category, [m], g, sent, "", "", status_of(sent),
                                 "county_union (schematic)" if area is not None else m.coord_source, geom=area,
                                 link=f"site:{m.place_id}"))
    return layer_frame(rows, "projects").drop_duplicates(subset=["project_id"]).reset_index(drop=True)


def _row(plan, key, name, category, ms, g, quote, deadline, responsible, status, method, *, geom=None,
         extra_places=(), link="") -> dict:
    adcodes = {m.adcode for m in ms if m.adcode} | {p.adcode for p in extra_places}
    city_codes = sorted({g.by_adcode(a).city_adcode or a for a in adcodes if g.by_adcode(a)} - {""})
    city_codes = [c for c in city_codes if c.endswith("00") and not c.endswith("0000")]
    located = [(m.lon, m.lat) for m in ms if m.lon is not None]
    if geom is None and located:
        geom = MultiPoint(located)
    elif geom is None and ms:
        method = "not located (the gazetteer does not know the name)"
    return {"project_id": f"{plan.plan_id}:{key}", "plan_id": plan.plan_id, "name": name, "category": category,
            "cities": ",".join(g.by_adcode(c).name_zh for c in city_codes if g.by_adcode(c)),
            "city_adcodes": ",".join(city_codes), "county_adcodes": ",".join(sorted(a for a in adcodes if len(a) == 6)),
            "deadline": deadline, "responsible": responsible, "status": status, "quote": quote,
            "geometry_method": method, "link_id": link or f"{plan.plan_id}:{key}", "geometry": geom}
