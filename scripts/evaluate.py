"""Score the geoparser on the hand-annotated evaluation set (tests/eval/gold.txt) and compare with cpca.

Run: python scripts/evaluate.py [--write docs/evaluation.md]

A predicted mention matches a gold one when it stands in the same sentence with the same surface
form and the same kind (each gold mention matched at most once). Resolution accuracy counts, over
matched mentions with a checkable location, those whose adcode (or curated place id) is right; a gold
city's or province's adcode (the annotator knew no more, or the feature spans several of its units) is
met by a feature in any of its counties (for provinces since 2026-12-03; cities before).
cpca is scored on administrative names only (province/city/county), by adcode, as is our parser.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ADMIN = ("province", "city", "county")


BLIND = {
    1: ("a6c9ed7", 59, 2, 5, 33, 1, 5),
    2: ("cfe166d", 42, 12, 25, 25, 7, 25),
    3: ("9fd85e9", 53, 12, 42, 19, 6, 38),
    4: ("f23642b", 36, 7, 13, 18, 3, 13),
    5: ("4578781", 35, 6, 8, 13, 5, 8),
    6: ("10512b3", 30, 2, 3, 14, 0, 3),
    7: ("282b741", 36, 5, 11, 16, 1, 10),
    8: ("74d7f5f", 31, 11, 16, 18, 7, 16),
    9: ("500d0fa", 30, 2, 2, 15, 2, 2),
    10: ("1f8480d", 31, 0, 0, 15, 0, 0),
}
"""Each held-out draw scored when it was first run, before any change it prompted: (commit, true positives,
false positives, false negatives over all kinds, then the same over the kinds other than administrative).
Measured by checking out that commit and scoring that draw alone; each draw after the first was made
because the one before had been looked at."""
POOLED = {"the last four feature-word draws (5–8)": (5, 6, 7, 8), "the random-prose draws (9–10)": (9, 10)}
"""Draws pooled for a blind figure: the last four of sentences with a feature word,
and those of random sentences."""


def read_gold(path: Path = ROOT / "tests" / "eval" / "gold.txt") -> list[dict]:
    """Annotated sentences; a comment line naming a "draw" starts the next draw of a held-out file."""
    items, cur, draw = [], None, 1
    for line in path.read_text(encoding="utf-8").splitlines():
        if re.match(r"# \w+ draw ", line):
            draw += 1
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            plan, _, prefix = line[1:].partition("|")
            cur = {"plan_id": plan.strip(), "prefix": prefix.strip(), "gold": [], "draw": draw}
            items.append(cur)
        else:
            surface, kind, expected = line.split("|")
            cur["gold"].append((surface, kind, expected))
    return items


def predictions(items: list[dict]) -> list[dict]:
    """Attach the sentence text and the parser's mentions in it to each gold item."""
    from geo.corpus import load_corpus
    from geo.gazetteer import load_gazetteer
    from geo.geoparse import geoparse, geoparse_plan

    g = load_gazetteer()
    plans = {p.plan_id: p for p in load_corpus()}
    parsed = {pid: geoparse_plan(p, g) for pid, p in plans.items()}
    for it in items:
        if it["plan_id"] == "text":  # a sentence written for the set, parsed on its own (no plan around it)
            it["sentence"] = it["prefix"]
            it["pred"] = [m for m in geoparse(it["sentence"], g) if m.kind != "unresolved"]
            continue
        plan = plans[it["plan_id"]]
        ks = [k for k, s in enumerate(plan.sentences) if s.text.startswith(it["prefix"])]
        if len({plan.sentences[k].text for k in ks}) == 1:
            ks = ks[:1]  # the Baotou text repeats some sentences in its news preamble: score the first
        if len(ks) != 1:
            raise ValueError(f"gold sentence {it['prefix']!r} matches {len(ks)} sentences in {it['plan_id']}")
        it["sentence"] = plan.sentences[ks[0]].text
        it["pred"] = [m for m, k in parsed[it["plan_id"]] if k == ks[0] and m.kind != "unresolved"]
    return items


def _country_of(place_id: str) -> str:
    """The ISO code of the country a place abroad lies in ('' for places of China and unknown ids)."""
    from geo.gazetteer import ABROAD_LEVEL, load_gazetteer

    p = load_gazetteer().places.get(place_id)
    return p.subkind if p is not None and p.level == ABROAD_LEVEL else ""


def _expected_ok(m, expected: str) -> bool | None:
    if expected == "-":
        return None
    if expected.startswith("cur:"):
        return m.place_id == expected
    if re.fullmatch(r"[A-Z]{2}", expected):  # a country by its ISO code, or a place abroad in it
        return m.place_id == f"iso:{expected}" or _country_of(m.place_id) == expected
    # a province or a city (the annotator knew no more, or the feature spans several of its units): the
    # feature may lie in any of its cities or counties, as the annotation instructions say
    if expected.endswith("0000") and m.kind != "province":
        return m.adcode[:2] == expected[:2]
    if expected.endswith("00"):
        return m.adcode[:4] == expected[:4]
    return m.adcode == expected


def score(items: list[dict]) -> dict:
    """Per-kind true positives, false positives, false negatives and resolution counts."""
    tp, fp, fn = Counter(), Counter(), Counter()
    res_ok, res_n = Counter(), Counter()
    errors = []
    for it in items:
        gold = list(it["gold"])
        for m in it["pred"]:
            hit = next((g for g in gold if g[0] == m.surface and g[1] == m.kind), None)
            if hit:
                gold.remove(hit)
                tp[m.kind] += 1
                ok = _expected_ok(m, hit[2])
                if ok is not None:
                    res_n[m.kind] += 1
                    res_ok[m.kind] += ok
                    if not ok:
                        errors.append(
                            ("wrong place", it["plan_id"], m.surface, m.kind, m.adcode or m.place_id, hit[2])
                        )
            else:
                fp[m.kind] += 1
                errors.append(("false", it["plan_id"], m.surface, m.kind, m.adcode or m.place_id, ""))
        for s, k, e in gold:
            fn[k] += 1
            errors.append(("missed", it["plan_id"], s, k, "", e))
    return {"tp": tp, "fp": fp, "fn": fn, "res_ok": res_ok, "res_n": res_n, "errors": errors}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def group_scores(s: dict, kinds) -> tuple[float, float, float, float]:
    tp, fp, fn = (sum(s[x][k] for k in kinds) for x in ("tp", "fp", "fn"))
    n, ok = sum(s["res_n"][k] for k in kinds), sum(s["res_ok"][k] for k in kinds)
    return (*prf(tp, fp, fn), ok / n if n else 1.0)


def admin_by_adcode(items: list[dict], ours: bool = True) -> tuple[float, float]:
    """Precision and recall of administrative names by adcode, per sentence (multisets)."""
    tp = fp = fn = 0
    for it in items:
        gold = Counter(e for _, k, e in it["gold"] if k in ADMIN and e[:1].isdigit())
        if ours:
            pred = Counter(m.adcode for m in it["pred"] if m.kind in ADMIN and m.adcode)
        else:
            pred = Counter(cpca_adcodes(it["sentence"]))
        both = gold & pred
        tp += sum(both.values())
        fp += sum((pred - both).values())
        fn += sum((gold - both).values())
    p, r, _ = prf(tp, fp, fn)
    return p, r


def cpca_adcodes(sentence: str) -> list[str]:
    """Each administrative unit cpca finds in a sentence, as the adcode of the finest level it names."""
    import cpca

    try:
        df = cpca.transform_text_with_addrs(sentence, pos_sensitive=True)
    except KeyError:  # cpca 0.5.5 fails on a text with no address at all
        return []
    out = []
    for _, r in df.iterrows():
        code = str(r["adcode"]) if r["adcode"] is not None else ""
        if not code or code == "nan":
            continue
        if r["区_pos"] == -1 and r["市_pos"] == -1:
            code = code[:2] + "0000"
        elif r["区_pos"] == -1:
            code = code[:4] + "00"
        out.append(code)
    return out


GROUPS = [
    ("administrative (province, city, county)", ADMIN),
    ("towns", ("town",)),
    ("ports", ("port",)),
    ("airports", ("airport",)),
    ("rail lines", ("rail",)),
    ("roads", ("road",)),
    ("water", ("water",)),
    ("landforms", ("landform",)),
    ("eco zones", ("eco_zone",)),
    ("parks and zones", ("park",)),
    ("energy", ("energy",)),
    ("regions and city chains", ("region",)),
    ("countries", ("country",)),
    ("stations", ("station",)),
]
ALL_KINDS = tuple(k for _, ks in GROUPS for k in ks)
WITH_ALL = GROUPS + [("all", ALL_KINDS)]


def report(items: list[dict], s: dict) -> str:
    n_gold = sum(len(it["gold"]) for it in items)
    lines = [
        "# Geoparser evaluation",
        "",
        "Measured by `python scripts/evaluate.py` on `tests/eval/gold.txt`: "
        f"{len(items)} sentences from all five plans, {n_gold} hand-annotated mentions.",
        "",
        "Annotation rules: every span that names a place is a mention — administrative units in full, "
        "short or",
        "parenthetical form (`包（头）`), towns, ports, airports, rivers, lakes, deserts, mountains, "
        "parks and zones",
        "with a proper name, regions and city chains, and named lines. A line in a list is its own span",
        "(`包头至银川`), the last one carrying the shared word (`鄂尔多斯至榆林至延安高速铁路`); "
        "its end points are",
        "mentions too. A name fused with a feature word is the feature only (`包头机场` is an airport; in",
        "`包头、鄂尔多斯机场` both are airports); "
        "a place with a verb before an unnamed facility is the place",
        "(`支持榆林创建航空口岸`: 榆林 is the city). "
        "Generic words (城区, 沿海城市群, 金山银山) are not places.",
        "Each mention records the adcode it stands for or lies in, or the curated place, or `-` when no",
        "location can be checked (lines, foreign cities), or an ISO code for a country; a feature in any "
        "county of a gold city or province (the annotator knew no more) is rightly placed (provinces since "
        "2026-12-03), and a place abroad in the gold's country when the gold gives its ISO code (since the "
        "nineteenth session). Since 2026-11-30: "
        "a region named",
        "by a place and a region word is one mention (`黄河流域`, `呼包鄂榆城市群`, `西安都市圈`), "
        "a river's 上游/下游 is the",
        "river, countries are mentions (`中国`, `蒙古国`; 我国 and 全国 are not), grasslands are landforms, "
        "a named energy",
        "base is energy; the four sets were brought to these rules in the commits that say so. The second "
        "blind set",
        "(2026-12-01) follows them and adds: a place, modifiers and a designation are one mention",
        "(`长江黄河上游生态屏障`), a port area written after its port is one port (`芜湖港朱家桥港区`), "
        "the last item of a",
        "list keeps the class word it carries (`天柱山风景名胜区`), "
        "famous mountains listed as scenic areas are parks.",
        "Omissions found in this set while working (lines of a list",
        "left out, regions not yet known to the gazetteer, "
        "a city once typed as the port it applies for) were corrected",
        "by these rules; the git history shows each. The third blind set (2026-12-01, written by a helper "
        "who never ran",
        "the parser) follows the same rules; with it, one sentence of this set was brought to the list rule",
        "(`包头、鄂尔多斯、乌兰察布千万千瓦级新能源基地`: three energy bases, as in "
        "`灵武、盐池、红寺堡光伏基地`), and a",
        "mountain, reservoir or delta written as an area (`六盘山区`, `三峡库区`, `黄河三角洲`) is a region "
        "in every set.",
        "The fourth blind set (2026-12-01, another helper, other genres) follows the same rules; "
        "its annotator, like",
        "the other sets' but unlike this set's, leaves a section `A至B段` out, "
        "writes a wetland after its lake as one",
        "mention (`洪泽湖湿地`) and a zone's area after the zone as one (`…自由贸易试验区哈尔滨片区`).",
        "Since 2026-12-01 (this session) this set follows them on wetlands and border trade zones too: "
        "`红碱淖湿地` is one water mention and `满洲里中俄互市贸易区` one park, as a name fused",
        "with a feature word is everywhere else; since 2026-12-04 it leaves a section `A至B段` out too, "
        "its line and its ends being the places, as the annotators of all the other sets and the "
        "probes of real text do (five sections left out of this set and the held-out set). The held-out set "
        "gains `陕甘宁蒙晋` (a chain",
        "of five provinces' abbreviations: a region under the rules, left out when annotated), and in the",
        "seventh session `蒙古` in `俄罗斯、蒙古等国家` (a country beside 俄罗斯, which was",
        "annotated: left out when annotated, added in the commit that made `蒙古` an alias of 蒙古国 again).",
        "Since the ninth session a province or city written in full before 省会 or 市区 is its short",
        "form and that word (`青海` + 省会, `张家界` + 市区), as the annotators of the probes of real text",
        "write it (20 to 10 for 市区); one mention of this set (`呼和浩特` of 呼和浩特市区) was",
        "brought to it. A region's 核心区 is not part of its name (丝绸之路经济带 of",
        "丝绸之路经济带核心区: the probes and this set leave it out six times to three); the",
        "development set's one such mention was brought to it. Since 2026-12-03 a place inside a "
        "document's title",
        "(`《蒙晋冀（乌大张）长城金三角合作区规划》`) is not annotated in any set: "
        "the title names the document, and the",
        "probes' annotators of real text leave such places out 54 times in 55; this set's two and the "
        "held-out set's four were left out. A province's short form written right before a power "
        "station is part of its name",
        "(`辽宁徐大堡核电项目`, one energy mention), as the probes' annotators write it 19 times in 20; "
        "the fourth blind set's one such sentence was brought to it. `三江源` alone is a region (the probes: "
        "8 region,",
        "6 park in lists of national parks, 0 eco_zone); the development set's one was brought to it. "
        "Since 2026-12-03 (twenty-fourth session)",
        "the last line of a list closed by 等 and a line word",
        "ends before 等 (`集宁至大同` of `集宁至大同等高铁`), as the eight probes of real text of that "
        "day write it 5 times in 5; this set's ten and the held-out set's one were brought to it. "
        "`中西部地区` is one region (the",
        "probes: 2 to 0), not `西部地区` inside it; the held-out set's one was brought to it.",
        "",
        "| kinds | gold | precision | recall | F1 | resolution accuracy |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for label, kinds in WITH_ALL:
        gold = sum(s["tp"][k] + s["fn"][k] for k in kinds)
        p, r, f, acc = group_scores(s, kinds)
        lines.append(f"| {label} | {gold} | {p:.3f} | {r:.3f} | {f:.3f} | {acc:.3f} |")
    op, orc = admin_by_adcode(items, ours=True)
    try:
        cp, cr = admin_by_adcode(items, ours=False)
        cpca_row = f"| cpca 0.5.5 (`transform_text_with_addrs`) | {cp:.3f} | {cr:.3f} |"
    except ImportError:
        cpca_row = "| cpca | not installed | |"
    lines += [
        "",
        "## Administrative names by adcode, side by side with cpca",
        "",
        "Same sentences; a name counts when the adcode it is resolved to is right.",
        "",
        "| system | precision | recall |",
        "|---|---:|---:|",
        f"| this project | {op:.3f} | {orc:.3f} |",
        cpca_row,
        "",
        "## Remaining errors",
        "",
        "| error | plan | surface | kind | got | expected |",
        "|---|---|---|---|---|---|",
    ]
    lines += [f"| {e[0]} | {e[1]} | {e[2]} | {e[3]} | {e[4]} | {e[5]} |" for e in s["errors"]]
    return "\n".join(lines) + "\n"


def heldout_report(items: list[dict], s: dict) -> str:
    """The held-out set: annotated blind after development, so its figures are not tuned."""
    n = sum(len(it["gold"]) for it in items)
    lines = [
        "",
        "## Held-out set",
        "",
        f"`tests/eval/heldout.txt`: {len(items)} sentences, {n} mentions in {len(BLIND)} draws, "
        "each annotated from the text alone before the parser was run on it (the file says how each was "
        "drawn). **The blind columns are the honest figures**: each draw's score when it was first run. "
        "Every draw was then looked at and the parser improved on what it missed (general rules only), so "
        "the current columns are no longer blind; each next draw measured the improved parser afresh. "
        "Draws 2 and 4–8 hold sentences with a feature word, and after draw 8 the corpus had none left "
        "outside the evaluation sets; draws 9 and 10 are random prose.",
        "",
        "| draw | sentences | mentions | blind: commit | blind: precision | blind: recall "
        "| now: precision | now: recall |",
        "|---|---:|---:|---|---:|---:|---:|---:|",
    ]
    for d in sorted({it["draw"] for it in items}):
        part = [it for it in items if it["draw"] == d]
        p, r, _, _ = group_scores(score(part), ALL_KINDS)
        commit, tp, fp, fn = BLIND[d][:4] if d in BLIND else ("—", 0, 0, 0)
        bp, br, _ = prf(tp, fp, fn)
        lines.append(
            f"| {d} | {len(part)} | {sum(len(it['gold']) for it in part)} | {commit} | {bp:.3f} | {br:.3f} | "
            f"{p:.3f} | {r:.3f} |"
        )
    for name, draws in POOLED.items():
        pooled = [BLIND[d] for d in draws]
        for label, cols in (("all kinds", (1, 2, 3)), ("kinds other than administrative", (4, 5, 6))):
            tp, fp, fn = (sum(b[c] for b in pooled) for c in cols)
            bp, br, _ = prf(tp, fp, fn)
            lines.append(
                f"| blind, {name} pooled, {label} ({tp + fn} mentions) | | | | {bp:.3f} | {br:.3f} | | |"
            )
    lines += [
        "",
        "All draws together, now, by kind (kinds with fewer than 5 mentions here are left out; "
        "their errors are listed):",
        "",
        "| kinds | gold | precision | recall | resolution accuracy |",
        "|---|---:|---:|---:|---:|",
    ]
    for label, kinds in WITH_ALL:
        gold = sum(s["tp"][k] + s["fn"][k] for k in kinds)
        if gold < 5:
            continue
        p, r, _, acc = group_scores(s, kinds)
        lines.append(f"| {label} | {gold} | {p:.3f} | {r:.3f} | {acc:.3f} |")
    lines += ["", "| error | plan | surface | kind | got | expected |", "|---|---|---|---|---|---|"]
    lines += [f"| {e[0]} | {e[1]} | {e[2]} | {e[3]} | {e[4]} | {e[5]} |" for e in s["errors"]]
    return "\n".join(lines) + "\n"


def combined_report(s: dict) -> str:
    """Both sets together, by kind: what the targets
    (≥ 0.95 administrative, ≥ 0.90 other kinds) are read against."""
    lines = [
        "",
        "## Both sets together",
        "",
        "Development and held-out mentions pooled, now (not blind). Targets: precision and recall ≥ 0.95 for "
        "administrative names, ≥ 0.90 for the other kinds.",
        "",
        "| kinds | gold | precision | recall | resolution accuracy | target met |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for label, kinds in WITH_ALL:
        gold = sum(s["tp"][k] + s["fn"][k] for k in kinds)
        p, r, _, acc = group_scores(s, kinds)
        goal = 0.95 if kinds == ADMIN else 0.90
        met = "" if label == "all" else ("yes" if min(p, r) >= goal else "**no**")
        lines.append(f"| {label} | {gold} | {p:.3f} | {r:.3f} | {acc:.3f} | {met} |")
    return "\n".join(lines) + "\n"


REGION_SETS = {
    "development": "regions_dev.txt",
    "blind": "regions_blind.txt",
    "second blind": "regions_blind2.txt",
    "third blind": "regions_blind3.txt",
    "fourth blind": "regions_blind4.txt",
    "fifth blind": "regions_blind5.txt",
}
"""Sentences in the style of plans of other regions, written for this project (tests/eval/);
each parsed on its own."""
REGIONS_BLIND = ("c1d73d6", (535, 75, 132), (312, 46, 116), (223, 29, 16))
"""The blind set of other-region sentences scored once, when first run at that commit, before anyone looked at
its sentences or its errors: (commit, then true positives, false positives and false negatives over all kinds,
over the kinds other than administrative, and over administrative names)."""
REGIONS_BLIND2 = (
    ("f0c85b9", (595, 109, 153), (267, 72, 134), (328, 37, 19)),
    ("50b0884", (602, 108, 146), (274, 74, 127), (328, 34, 19)),
)
"""The second blind set (written 2026-12-01 by a helper who never ran the parser) scored once at the session's
first commit and once at the commit where it was added, before its errors were read; same figures as above."""
REGIONS_BLIND3 = (
    ("16da091", (632, 67, 125), (337, 53, 98), (295, 14, 27)),
    ("781aba3", (634, 66, 123), (339, 52, 96), (295, 14, 27)),
)
"""The third blind set (written 2026-12-01 by another helper who never ran the parser) scored once at the last
commit of the session before and once at the commit where it was added, before its errors were read."""
REGIONS_BLIND4 = (("2e5cb89", (603, 123, 189), (364, 88, 173), (239, 35, 16)),)
"""The fourth blind set (written 2026-12-01 by a helper who never ran the parser, in other genres:
国土空间规划, water, culture and tourism, energy, ports and zones, news) scored once at the commit where it
was added, before its errors were read; its errors were then read and worked on, so today's figures on it are
no longer blind."""
REGIONS_BLIND5 = (("74e4ae7", (861, 122, 162), (459, 76, 143), (402, 46, 19)),)
"""The fifth blind set (written 2026-12-01 by a helper who never ran the parser, weighted to regions thin
in the earlier sets: 粤桂琼, 滇黔川渝藏, 浙闽苏鲁沪, 鄂湘赣皖豫, 新甘宁青, 黑吉辽, 京津冀晋,
港澳台) scored once at the commit where it was added, before its errors were read; then worked on like the
fourth."""


def regions_report(name: str, items: list[dict], s: dict) -> str:
    """One set of other-region sentences, by kind, with cpca beside us on administrative names."""
    n = sum(len(it["gold"]) for it in items)
    lines = [
        "",
        f"## Other regions: {name} set",
        "",
        f"`tests/eval/{REGION_SETS[name]}`: {len(items)} sentences, {n} mentions, "
        "each sentence parsed on its own.",
        "",
        "| kinds | gold | precision | recall | resolution accuracy |",
        "|---|---:|---:|---:|---:|",
    ]
    for label, kinds in WITH_ALL + [
        ("other than administrative", tuple(k for k in ALL_KINDS if k not in ADMIN))
    ]:
        gold = sum(s["tp"][k] + s["fn"][k] for k in kinds)
        if gold:
            p, r, _, acc = group_scores(s, kinds)
            lines.append(f"| {label} | {gold} | {p:.3f} | {r:.3f} | {acc:.3f} |")
    for commit, *groups in {
        "blind": (REGIONS_BLIND,),
        "second blind": REGIONS_BLIND2,
        "third blind": REGIONS_BLIND3,
        "fourth blind": REGIONS_BLIND4,
        "fifth blind": REGIONS_BLIND5,
    }.get(name, ()):
        figures = [
            f"{label} P {prf(*g)[0]:.3f} / R {prf(*g)[1]:.3f}"
            for label, g in zip(("all kinds", "other than administrative", "administrative"), groups)
        ]
        lines += [
            "",
            f"**Blind, when run at {commit}** (before its errors were read): " + "; ".join(figures) + ".",
        ]
    if "blind" in name:
        lines += ["", "The table above is today's, no longer blind."]
    op, orc = admin_by_adcode(items, ours=True)
    cp, cr = admin_by_adcode(items, ours=False)
    lines += [
        "",
        f"Administrative names by adcode: this project P {op:.3f} / R {orc:.3f}; "
        f"cpca 0.5.5 P {cp:.3f} / R {cr:.3f}.",
        "",
        "| error | surface | kind | got | expected |",
        "|---|---|---|---|---|",
    ]
    lines += [f"| {e[0]} | {e[2]} | {e[3]} | {e[4]} | {e[5]} |" for e in s["errors"]]
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--write", type=Path, help="write the Markdown report here")
    ap.add_argument("--blind", action="store_true", help="also score the blind set of other-region sentences")
    args = ap.parse_args()
    items = predictions(read_gold())
    text = report(items, score(items))
    held = predictions(read_gold(ROOT / "tests" / "eval" / "heldout.txt"))
    text += heldout_report(held, score(held))
    text += combined_report(score(items + held))
    for name, file in REGION_SETS.items():
        path = ROOT / "tests" / "eval" / file
        if path.exists() and ("blind" not in name or args.blind):
            regional = predictions(read_gold(path))
            text += regions_report(name, regional, score(regional))
    if args.write:
        args.write.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
