import re
import unicodedata

from geo.corpus import PLANS_DIR as PLANS
from geo.normalize import to_simplified


def test_hbew_has_no_pinyin_and_no_traditional(corpus):
    text = corpus["hbew-2021"].text
    assert not re.search(r"（[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+）", text)
    assert to_simplified(text) == text


def test_hbew_ten_chapters_with_titles(corpus):
    chapters = [(h.number, h.title) for h in corpus["hbew-2021"].chapters()]
    assert [n for n, _ in chapters] == list(range(1, 11))
    assert chapters[0][1] == "发展背景"
    assert chapters[6][1] == "共筑黄河“几”字弯生态安全屏障"
    assert chapters[9][1] == "推进规划实施"
    sections = [h for h in corpus["hbew-2021"].headings if h.level == "section"]
    assert len(sections) == 37 and sections[0].title == "发展基础"


def test_hbey_nine_chapters_boxes_and_no_debris(corpus):
    plan = corpus["hbey-2018"]
    assert [h.title for h in plan.chapters()] == [
        "规划背景",
        "总体要求",
        "空间布局",
        "引导产业协同发展",
        "加快基础设施互联互通",
        "推进生态环境共建共保",
        "构建开放合作新格局",
        "创新协同发展体制机制",
        "组织实施",
    ]
    assert [h.number for h in plan.headings if h.level == "box"] == [1, 2, 3]
    assert [s.witness for s in plan.segments] == ["hbey-2018-web.txt", "hbey-2018-pdf.txt"]
    for s in plan.sentences:
        assert "示意图" not in s.text, s.text
    joined = plan.text
    assert "加大农牧区交通" in joined and "加大农牧21区交通" not in joined
    assert "新一代信息技术" in joined


def test_nmg_nine_chapters_even_with_missing_sections(corpus):
    plan = corpus["nmg-bohai"]
    assert [h.number for h in plan.chapters()] == list(range(1, 10))
    assert plan.chapters()[3].title == "推进跨区域重大基础设施建设"


def test_baotou_22_tasks(corpus):
    from layers.projects import work_plan_tasks

    tasks = work_plan_tasks(corpus["baotou-2024"])
    assert [t["number"] for t in tasks] == list(range(1, 23))


def fold(text: str) -> str:
    """What normalisation keeps of a character: Simplified, full-width punctuation as NFKC reads it."""
    return unicodedata.normalize("NFKC", to_simplified(text))


def test_offsets_round_trip(corpus):
    """Every sentence maps back to the raw span of its witness file that starts and ends with its own first
    and last characters (as the raw file writes them: Traditional, half-width punctuation)."""
    checked = 0
    for plan in corpus.values():
        raw_texts = {seg.witness: (PLANS / seg.witness).read_text(encoding="utf-8") for seg in plan.segments}
        for s in plan.sentences:
            assert plan.text[s.start : s.end] == s.text
            f, rs, re_ = plan.raw_location(s.start, s.end)
            raw = raw_texts[f][rs:re_]
            assert len(raw) >= len(s.text.strip()) // 2, (plan.plan_id, s.text, raw)
            assert (fold(raw[0]), fold(raw[-1])) == (fold(s.text[0]), fold(s.text[-1])), (
                plan.plan_id,
                s.text,
                raw,
            )
            checked += 1
    assert checked > 1000


def test_mojibake_reported_and_excluded(corpus, gaz):
    from geo.geoparse import geoparse_plan

    plan = corpus["hbew-2021"]
    spans = [i for i in plan.issues if i.kind == "mojibake"]
    assert 9 <= len(spans) <= 14
    assert any("嵤" in i.detail for i in spans)
    assert all(plan.text[i.start : i.end] == "\ufffd" for i in spans)  # each report points at its own mark
    names = {m.name_zh for m, _ in geoparse_plan(plan, gaz)}
    assert "乌兰布和沙漠" not in names  # 有序?qū)嵤跆m布和: destroyed, never guessed


def test_a_text_in_traditional_characters_is_read_in_simplified_ones_and_a_variant_is_kept():
    from geo.normalize import simplified_if_traditional

    assert simplified_if_traditional("懷來縣與延慶區共同推進") == "怀来县与延庆区共同推进"
    assert simplified_if_traditional("防城港渔澫港区建设") == "防城港渔澫港区建设"  # one variant in a name


def test_the_parser_reads_traditional_text_and_answers_in_its_characters(gaz):
    from geo.geoparse import geoparse

    ms = geoparse("懷來縣、赤城縣和北京市昌平區共同推進生態建設。", gaz)
    assert [(m.surface, m.adcode) for m in ms] == [
        ("懷來縣", "130730"),
        ("赤城縣", "130732"),
        ("北京市", "110000"),
        ("昌平區", "110114"),
    ]


def test_a_variant_opencc_leaves_is_read_in_its_simplified_form(gaz):
    from geo.geoparse import geoparse

    found = [(m.surface, m.kind, m.adcode) for m in geoparse("地處西北的陜西水資源總量長期不足。", gaz)]
    assert ("陜西", "province", "610000") in found  # the surface as written, the place read


def test_a_sentence_with_stray_spaces_reads_as_its_repaired_text(gaz):
    """Spaces a PDF or a web page leaves between Chinese words do not hide a line; the mentions keep their
    places in the text as given."""
    from geo.geoparse import geoparse

    text = "加快建设 包头至银川 高速铁路 , 推进沈盘、沈营 2 条城际铁路。"
    found = [(m.surface, m.kind) for m in geoparse(text, gaz) if m.kind in ("rail", "road")]
    assert found == [("包头至银川 高速铁路", "rail"), ("沈盘", "rail"), ("沈营", "rail")]
    assert all(text[m.start : m.end] == m.surface for m in geoparse(text, gaz))
