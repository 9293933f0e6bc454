"""Projects: the numbered tasks of a city's work plan, and the lines, sites and works every plan sets out to
build.

What is and is not a project is written in ``docs/projects.md``; the words behind the rules are data
(``data/lexicon/project_words.csv``, ``project_categories.csv``, ``kinds.csv``). One row per plan and
project (the contract's ``projects`` layer); ``link_id`` joins the rows of one real-world project across
plans, and :mod:`layers.project_summary` makes the ``project_summary`` layer, one row per link_id.
"""

from __future__ import annotations

import re
from collections import defaultdict

import geopandas as gpd
import pandas as pd

from geo.corpus import Plan
from geo.gazetteer import Gazetteer, Place
from geo.kinds import KINDS
from geo.lexicon import alternation, table, words
from geo.mention import Mention
from layers.attribution import attribution, home_city, located_points, work_adcodes
from layers.schema import layer_frame
from layers.units import full_units

STATUS_RE = re.compile(alternation("project_words", use="status"))
STATUS_TAIL = re.compile(f"(?:{alternation('project_words', use='status')})+$")
WORKS_END = re.compile(f"(?:{alternation('project_words', use='works')})$")
BACKGROUND = words("project_words", use="background")
CLASS_ENDS = words("project_words", use="class_end")
CONTINUES = tuple(sorted(words("project_words", use="continues"), key=len, reverse=True))
CATEGORY_RULES = [(re.compile(r["pattern"]), r["category"]) for r in table("project_categories")]
TASK_RE = re.compile(r"（责任单位[:：](?P<units>[^；;）]+)[；;]\s*完成时限[:：](?P<deadline>[^）]+)）")
CLAUSE_ENDS = "，；。：！？,;:"
ITEM_ENDS = CLAUSE_ENDS + "、等"
LINKS = ("以及", "和", "及", "与", "、")
ASIDE = re.compile(r"（[^（）]*）|\([^()]*\)|[“”‘’\"《》]")
NATURAL = ("water", "landform")
"""Rivers, lakes, deserts, mountains: a project only where works are named after them (黄河…防洪治理工程)."""
SITES = ("airport", "port", "park", "eco_zone", "station")
"""Facilities and designated zones: a project where a status verb stands in their clause."""
UNDATED = ("持续推进", "长期坚持")


def status_of(sentence: str, start: int | None = None) -> str:
    """The status verb (规划建设, 加快建设 …) closest before ``start`` in the sentence, else its first one,
    else ''."""
    found = [m for m in STATUS_RE.finditer(sentence) if start is not None and m.start() <= start]
    if found:
        return found[-1].group()
    m = STATUS_RE.search(sentence)
    return m.group() if m else ""


def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause (between ，；。：) that holds ``text[start:end]``; one that begins with 以及/和/并 continues
    the one before."""
    lo = max(text.rfind(c, 0, start) for c in CLAUSE_ENDS) + 1
    while lo > 1 and text[lo - 1] == "，" and text.startswith(CONTINUES, lo):
        lo = max(text.rfind(c, 0, lo - 1) for c in CLAUSE_ENDS) + 1
    return lo, min((i for i in (text.find(c, end) for c in CLAUSE_ENDS) if i >= 0), default=len(text))


def clause_status(text: str, start: int, end: int) -> str:
    """The status verb of a name's clause: the closest before it, else the first after it (…机场改扩建), else
    ''."""
    lo, hi = clause_span(text, start, end)
    before = list(STATUS_RE.finditer(text, lo, start))
    if before:
        return before[-1].group()
    after = STATUS_RE.search(text, end, hi)
    return after.group() if after else ""


def category_of(kind: str, *texts: str, text_first: bool = False) -> str:
    """A line, port, airport or station: its kind's category (data/lexicon/kinds.csv). A task, a park or works
    (``text_first``): the first rule of data/lexicon/project_categories.csv that matches its texts, tried in
    order, else the kind's (鄂尔多斯盆地天然气资源开发…建设 is energy, 昆都仑病险水库除险加固 the water
    kind's)."""
    own = KINDS.get(kind, {}).get("project_category", "")
    if own and kind != "park" and not text_first:
        return own
    for text in texts:
        for rx, cat in CATEGORY_RULES:
            if rx.search(text):
                return cat
    return own or "其他"


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


def deadline_bucket(deadline: object) -> str:
    """The deadline filter's bucket: a year-month as it is, 持续推进 / 长期坚持 as written, anything else
    未定."""
    d = "" if deadline is None or deadline != deadline else str(deadline)
    return d if re.fullmatch(r"\d{4}-\d{2}", d) or d in UNDATED else "未定"


def bucket_order(bucket: str) -> tuple:
    """Year-months first, in date order, then 持续推进, 长期坚持, 未定."""
    tail = (*UNDATED, "未定")
    return (0, bucket) if bucket[:1].isdigit() else (1, f"{tail.index(bucket)}" if bucket in tail else bucket)


def work_plan_tasks(plan: Plan) -> list[dict]:
    """Numbered tasks ``（一）…`` that end with their responsible units and deadline (a work plan's tasks).

    Each task: its number and reference as written, its span, its text, its title (the first clause, never
    cut), its chapter's title, the span of the 责任单位 parenthesis, the units as written and the deadline."""
    items = [h for h in plan.headings if h.level == "item" and h.title.startswith("（")]
    chapters = plan.chapters()
    rows = []
    for n, h in enumerate(items):
        end = items[n + 1].start if n + 1 < len(items) else len(plan.text)
        nxt_head = re.search(r"\n[一二三四五六七八九十]+、", plan.text[h.start : end])
        body = plan.text[h.start : h.start + nxt_head.start()] if nxt_head else plan.text[h.start : end]
        m = TASK_RE.search(body)
        if not m:
            continue
        text = body.strip()
        rest = text[len(h.title) :]
        chapter = next((c.title for c in reversed(chapters) if c.start < h.start), "")
        rows.append(
            {
                "number": h.number,
                "ref": h.title,
                "start": h.start,
                "end": h.start + len(body.rstrip()),
                "text": text,
                "title": re.split(f"[{CLAUSE_ENDS}]", rest, maxsplit=1)[0],
                "chapter": chapter,
                "units_span": (h.start + m.start(), h.start + m.end()),
                "units": [u.strip() for u in m.group("units").split("、")],
                "deadline": normalise_deadline(m.group("deadline")),
            }
        )
    return rows


def _clean(text: str) -> str:
    """Words after a name without quotation marks and bracketed asides (十大“孔兑”（指…）综合治理工程)."""
    return ASIDE.sub("", text)


def _item_end(text: str, i: int, nxt: int | None) -> int:
    """Where the list item whose name ends at ``i`` ends: at 、，；。：等, or where 和/及/与 joins the next
    name."""
    j = i
    while j < len(text) and text[j] not in ITEM_ENDS:
        if nxt is not None and any(text.startswith(w, j) and j + len(w) == nxt for w in LINKS):
            return j
        j += 1
    return j


def list_tails(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, str, bool]]:
    """For each name (its span in the sentence, in order): the words after it in its list item, the words its
    whole list shares — after 等 (昆都仑、巴图湾等病险水库除险加固), else the last item's own words — and
    whether those came after 等 (then they name the list's class: 敕勒川、沙尔沁等国家草原自然公园)."""
    ends = [
        _item_end(text, b, spans[i + 1][0] if i + 1 < len(spans) else None) for i, (_, b) in enumerate(spans)
    ]
    linked = [i + 1 < len(spans) and text[ends[i] : spans[i + 1][0]] in LINKS for i in range(len(spans))]
    out, i = [], 0
    while i < len(spans):
        j = i
        while linked[j]:
            j += 1
        e = ends[j]
        deng = text[e : e + 1] == "等"
        shared = text[e + 1 : _item_end(text, e + 1, None)] if deng else text[spans[j][1] : e]
        out += [(text[spans[k][1] : ends[k]], shared, deng) for k in range(i, j + 1)]
        i = j + 1
    return out


def in_aside(text: str, i: int) -> bool:
    """Whether position ``i`` lies inside a bracketed aside (（指10条汇入黄河的山洪沟）)."""
    return text.count("（", 0, i) > text.count("）", 0, i)


def works_phrase(m: Mention, own: str, shared: str) -> str:
    """The works named after a natural feature (its name and the words after it, ending in a works noun), or
    ''.

    ``黄河内蒙古段二期防洪治理工程`` and ``昆都仑病险水库除险加固`` are works; ``黄河生态环境`` is none."""
    name = m.name_zh if m.surface in m.name_zh else m.surface
    own, shared = _clean(own), _clean(shared)
    if own and WORKS_END.search(name + own):
        return name + own
    if WORKS_END.search(m.name_zh):
        return m.name_zh
    if shared and shared != own and WORKS_END.search(shared):
        return name + (own + "·" if own else "") + shared
    return ""


def site_name(m: Mention, shared: str, deng: bool) -> str:
    """A site's name; a park written as a bare place in a list before 等 takes the list's class
    (敕勒川、沙尔沁…等国家草原自然公园 → 敕勒川国家草原自然公园)."""
    cls = STATUS_TAIL.sub("", _clean(shared))
    if (
        deng
        and m.kind == "park"
        and m.surface == m.name_zh
        and len(cls) >= 2
        and m.name_zh[-1] not in CLASS_ENDS
    ):
        return m.name_zh + cls
    return m.name_zh


class Context:
    """What the project rows of every plan need: the gazetteer and the geometry of lines, zones and rivers."""

    def __init__(self, frames: dict, g: Gazetteer):
        lines = pd.concat([frames[k] for k in ("rail", "roads", "energy")], ignore_index=True)
        self.line_geom = dict(zip(lines["waypoints"], lines.geometry))
        zones = pd.concat([frames["eco_zones"], frames["landforms"]], ignore_index=True)
        rivers = frames["rivers"]
        self.area_geom = {
            **dict(zip(zones["zone_id"], zones.geometry)),
            **dict(zip(rivers["river_id"], rivers.geometry)),
            "cur:黄河": rivers.set_index("river_id").geometry.get("gshhg:yellow"),
        }
        self.g = g


def projects_frame(
    plans: list[Plan],
    parsed: dict[str, list[tuple[Mention, int]]],
    mentions: pd.DataFrame,
    frames: dict,
    g: Gazetteer,
) -> gpd.GeoDataFrame:
    """The ``projects`` layer: every plan's tasks, lines, sites and works, one row per plan and project."""
    ctx = Context(frames, g)
    rows = [r for plan in plans for r in plan_projects(plan, parsed[plan.plan_id], ctx)]
    return layer_frame(rows, "projects").drop_duplicates(subset=["project_id"]).reset_index(drop=True)


def plan_projects(plan: Plan, parsed: list[tuple[Mention, int]], ctx: Context) -> list[dict]:
    """One plan's projects: its work plan's tasks first, then the lines, sites and works of its sentences
    (none from a background section); a project named in a task's title is that task."""
    home = home_city(plan, ctx.g)
    tasks = work_plan_tasks(plan)
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m, k in parsed:
        # 包头机场公司 is a unit
        if not any(t["units_span"][0] <= m.start < t["units_span"][1] for t in tasks):
            by_sentence[k].append(m)
    rows, task_rows = [], []
    for k, ms in sorted(by_sentence.items()):
        s = plan.sentences[k]
        if any(w in s.section for w in BACKGROUND):
            continue
        task = next((t for t in tasks if t["start"] <= s.start < t["end"]), None)
        for r in sentence_projects(plan, s, sorted(ms, key=lambda m: m.start), ctx):
            rows.append({**r, **_task_fields(task, home)} if task else r)
    for t in tasks:
        ms = [
            m
            for m, _ in parsed
            if t["start"] <= m.start < t["end"] and not t["units_span"][0] <= m.start < t["units_span"][1]
        ]
        row = task_row(plan, t, ms, ctx, home)
        named = [
            r
            for r in rows
            if r["task"] == t["ref"] and r["project_type"] != "line" and r["name"] in t["title"]
        ]
        if len(named) == 1:  # （十四）共同实施大青山生态保护综合治理 is the works it names
            row["link_id"] = named[0]["link_id"]
            rows.remove(named[0])
        task_rows.append(row)
    return task_rows + rows


def _task_fields(task: dict, home: Place | None) -> dict:
    """What a project named inside a task takes from it: the task, its units and its deadline."""
    return {
        "task": task["ref"],
        "responsible": ",".join(task["units"]),
        "deadline": task["deadline"],
        "responsible_full": ",".join(full_units(task["units"], home.name_zh if home else "")),
    }


def outermost(ms: list[Mention]) -> list[Mention]:
    """The mentions not inside another one (满都拉 in 包头至满都拉铁路 is the line's stop; 白河 in 小白河 is
    no name), and no name the gazetteer could not place here (unresolved)."""
    out = []
    for i, m in enumerate(ms):
        inside = any(
            o.start <= m.start and m.end <= o.end and (o.end - o.start > m.end - m.start or j < i)
            for j, o in enumerate(ms)
            if j != i
        )
        if not inside and m.kind != "unresolved":
            out.append(m)
    return out


def sentence_projects(plan: Plan, s, ms: list[Mention], ctx: Context) -> list[dict]:
    """The lines, sites and works of one sentence (``ms``: its mentions in order)."""
    text = s.text
    ms = outermost(ms)
    spans = [(m.start - s.start, m.end - s.start) for m in ms]
    rows = []
    for m, (a, b), (own, shared, deng) in zip(ms, spans, list_tails(text, spans)):
        status = clause_status(text, a, b)
        if m.line_stops:
            if status:
                rows.append(line_row(plan, m, text, status, ctx))
        elif m.kind in NATURAL and not in_aside(text, a) and (phrase := works_phrase(m, own, shared)):
            rows.append(site_row(plan, m, phrase, text, status, ctx, works=True))
        elif (
            m.kind == "eco_zone"
            and not STATUS_TAIL.fullmatch(_clean(own))
            and (phrase := works_phrase(m, own, ""))
        ):
            # 阴山北麓农牧交错带林草植被恢复工程 is works on the zone; 库布其沙漠生态经济示范区建设 builds the
            # zone itself
            rows.append(site_row(plan, m, phrase, text, status, ctx, works=True))
        elif m.kind in SITES and status:
            rows.append(site_row(plan, m, site_name(m, shared, deng), text, status, ctx))
    return rows


def line_row(plan: Plan, m: Mention, quote: str, status: str, ctx: Context) -> dict:
    """A corridor or line section drawn through its stops; its ends outside the cluster are kept as ends."""
    pts = [ctx.g.places[p] for p in m.line_stops if p in ctx.g.places]
    wp = "—".join(p.name_zh for p in pts)
    geom = ctx.line_geom.get(wp)
    method = "waypoints (schematic)" if geom is not None else "not drawn (its ends share one point)"
    return _row(
        plan,
        f"line:{wp}",
        name=m.name_zh,
        ptype="line",
        category=category_of(m.kind, m.name_zh),
        status=status,
        quote=quote,
        place=attribution([p.adcode for p in pts], ctx.g, line_names=[p.name_zh for p in pts]),
        geom=geom,
        method=method,
        link=f"{m.kind}:{wp}",
    )


def site_row(
    plan: Plan, m: Mention, name: str, quote: str, status: str, ctx: Context, *, works: bool = False
) -> dict:
    """A site (its point, or the zone's area) or the works on a natural feature (the feature's area or
    line)."""
    geom = ctx.area_geom.get(m.place_id)
    method = (
        ("county_union (schematic)" if str(geom.geom_type).endswith("Polygon") else "gshhg")
        if geom is not None
        else m.coord_source
    )
    if geom is None and m.lon is not None:
        geom = located_points([m])
    elif geom is None:
        method = "not located (the gazetteer does not know the name)"
    kind = "works" if works else "site"
    return _row(
        plan,
        f"{kind}:{name}",
        name=name,
        ptype=kind,
        category=category_of(m.kind, name, text_first=works),
        status=status,
        quote=quote,
        place=attribution([m.adcode] if m.adcode else [], ctx.g),
        geom=geom,
        method=method,
        link=f"{kind}:{name}",
    )


def task_row(plan: Plan, t: dict, ms: list[Mention], ctx: Context, home: Place | None) -> dict:
    """A work plan's task: in the plan's city unless every place of work it names lies elsewhere."""
    adcodes = work_adcodes(ms, ctx.g)
    place = attribution(adcodes, ctx.g, home=home)
    points = located_points([m for m in ms if m.adcode in adcodes])
    row = _row(
        plan,
        f"task-{t['number']:02d}",
        name=t["ref"] + t["title"],
        ptype="task",
        category=category_of("", t["title"], t["chapter"], t["text"]),
        status="",
        quote=t["text"],
        place=place,
        geom=points,
        method="places of work named in the task" if points is not None else "the plan's city (not drawn)",
    )
    return {**row, **_task_fields(t, home)}


def _row(
    plan: Plan,
    key: str,
    *,
    name: str,
    ptype: str,
    category: str,
    status: str,
    quote: str,
    place: dict,
    geom,
    method: str,
    link: str = "",
) -> dict:
    return {
        "project_id": f"{plan.plan_id}:{key}",
        "plan_id": plan.plan_id,
        "name": name,
        "category": category,
        **place,
        "deadline": "",
        "responsible": "",
        "responsible_full": "",
        "status": status,
        "quote": quote,
        "task": "",
        "project_type": ptype,
        "geometry_method": method,
        "link_id": link or f"{plan.plan_id}:{key}",
        "geometry": geom,
    }
