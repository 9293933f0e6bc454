"""Cities abroad by hand (data/gazetteer/foreign_city_names.csv): the border towns and the cities of China's
neighbours that plans name, under their standard Chinese forms, at their GeoNames point (foreign_cities.csv,
``scripts/make_gazetteer.py``), whatever their size; a two-character one only beside its country."""

from functools import cache

import pytest

from geo.crs import haversine_m
from geo.gazetteer import read_table
from geo.geoparse import geoparse

ROWS = read_table("foreign_city_names.csv")


@cache
def _cities() -> dict[str, dict]:
    return {r["geonameid"]: r for r in read_table("foreign_cities.csv")}


def test_every_row_is_a_city_of_foreign_cities_with_its_forms():
    assert len(ROWS) >= 60 and len({r["geonameid"] for r in ROWS}) == len(ROWS)
    neighbours = "RU MN KZ KG TJ AF PK IN NP BT MM LA VN KP".split()
    assert {r["country"] for r in ROWS} >= set(neighbours)
    for r in ROWS:
        city = _cities()[r["geonameid"]]  # make_gazetteer.py --foreign-only keeps it whatever its size
        assert city["country"] == r["country"], r["name_zh"]
        forms = [r["name_zh"], *filter(None, r["aliases"].split("|"))]
        assert city["zh_names"].split("|")[: len(forms)] == forms, r["name_zh"]
        assert all(len(n) >= 2 and "\u4e00" <= n[0] <= "\u9fff" for n in forms), r["name_zh"]
        assert r["why"] and r["source"], r["name_zh"]


def test_every_city_lies_within_2000_km_of_its_country_s_capital():
    """A wrong geonameid (a namesake elsewhere) shows as a point far from its country. Russia reaches 9,000 km
    from Moscow: its cities are measured from the nearest label point of its divisions (foreign_admin1.csv,
    Siberia and the Far East) or from Moscow, whichever is nearer."""
    capitals = {r["iso2"]: (float(r["lon"]), float(r["lat"])) for r in read_table("countries.csv")}
    divisions: dict[str, list[tuple[float, float]]] = {}
    for r in read_table("foreign_admin1.csv"):
        divisions.setdefault(r["iso2"], []).append((float(r["lon"]), float(r["lat"])))
    for r in ROWS:
        c = _cities()[r["geonameid"]]
        lon, lat = float(c["lon"]), float(c["lat"])
        anchors = [capitals[r["country"]]] + (divisions["RU"] if r["country"] == "RU" else [])
        d = min(float(haversine_m(lon, lat, x, y)) for x, y in anchors)
        assert d < 2_000_000, (r["name_zh"], r["country"], round(d / 1000))


@pytest.mark.parametrize(
    "form,geonameid",
    [
        ("芒街", "1574507"),  # Móng Cái, 108,553 people: two characters below 300,000
        ("谅山", "1576633"),
        ("木姐", "1308318"),
        ("南坎", "1307101"),
        ("腊戍", "1314759"),  # GeoNames has it, under 300,000
        ("内比都", "6611854"),  # GeoNames gives Nay Pyi Taw no Chinese name
        ("布拉戈维申斯克", "2026609"),  # GeoNames: 海兰泡 only
        ("海兰泡", "2026609"),
        ("雅尔肯特", "1520253"),
        ("清津", "2044757"),  # GeoNames: 清津市 only
        ("海防市", "1581298"),
        ("廊开", "1608232"),
        ("琅勃拉邦", "1655559"),
        ("瓜达尔", "1177446"),
        ("纳伦", "1527592"),
        ("博卡拉", "1282898"),
    ],
)
def test_a_new_name_is_its_geonames_city(gaz, form, geonameid):
    p = gaz.lookup(form)[0][0]
    assert (p.place_id, p.kind, p.level, p.adcode) == (f"gn:{geonameid}", "city", 5, "")
    assert p.subkind == _cities()[geonameid]["country"]


def test_a_chinese_place_or_word_keeps_its_form(gaz):
    assert [p.place_id for p in gaz.candidates("惠山")] == ["adm:320206"]  # 惠山区, not Hyesan (惠山市)
    assert gaz.lookup("惠山市")[0][0].place_id == "gn:2043837"
    assert all(p.level < 5 for p in gaz.candidates("达尔汗"))  # 达尔汗苏木; Darkhan is 达尔汗市
    assert gaz.lookup("达尔汗市")[0][0].place_id == "gn:2031964"
    assert not gaz.candidates("老街") and not gaz.candidates("海防")  # words (not_places.csv)


def test_a_border_town_beside_its_country_is_placed_at_its_geonames_point(gaz):
    ms = geoparse("东兴与越南芒街隔河相望。", gaz)
    mc = next(m for m in ms if m.surface == "芒街")
    row = _cities()["1574507"]
    assert (mc.kind, mc.place_id, mc.adcode) == ("city", "gn:1574507", "")
    assert (mc.lon, mc.lat) == (float(row["lon"]), float(row["lat"]))
    assert ("越南", "country") in [(m.surface, m.kind) for m in ms]
    got = [(m.surface, m.place_id) for m in geoparse("推进瑞丽与缅甸木姐、南坎的跨境合作。", gaz)]
    assert ("木姐", "gn:1308318") in got and ("南坎", "gn:1307101") in got


def test_two_characters_without_their_country_are_no_city_abroad(gaz):
    def abroad(text: str) -> list[str]:
        return [m.surface for m in geoparse(text, gaz) if m.place_id.startswith("gn:") and m.kind == "city"]

    assert abroad("推进东兴与芒街跨境合作。") == []
    assert abroad("开发茂山铁矿。") == []  # Musan (North Korea) only beside 朝鲜; 茂山 is a Chinese town too
    assert abroad("推进与朝鲜茂山的合作。") == ["茂山"]
    mine = next(m for m in geoparse("开发朝鲜茂山铁矿。", gaz) if m.kind == "energy")
    assert (mine.surface, mine.adcode, mine.note) == (
        "茂山铁矿",
        "",
        "suffix:铁矿; located at 茂山",
    )  # abroad
    # a large city no place in China shares a name with is taken alone, as GeoNames' own forms are
    assert abroad("开通哈尔滨至伯力、芽庄的国际航线。") == ["伯力", "芽庄"]
    # 边海防 holds 海防, a word in the plans of Guangxi, which name 越南 too: Haiphong is 海防市 there
    assert abroad("加强边海防基础设施建设，深化与越南合作。") == []
    assert abroad("开通至越南海防市的航线。") == ["海防市"]


def test_a_city_abroad_written_with_its_city_word_is_one_mention(gaz):
    from geo.geoparse import geoparse

    found = [(m.surface, m.kind) for m in geoparse("铁路连接昆明市与老挝万象市，万象市场繁荣。", gaz)]
    assert ("万象市", "city") in found and ("万象", "city") in found  # 市场 is a market, no city word


def test_a_city_abroad_held_back_as_a_corridor_word_is_taken_beside_another_city_abroad(gaz):
    from geo.geoparse import geoparse

    found = {m.surface: m.kind for m in geoparse("开通至加尔各答、达卡的国际航线。", gaz)}
    assert found == {"加尔各答": "city", "达卡": "city"}


def test_short_forms_of_central_asian_states_and_laos(gaz):
    found = [(m.surface, m.place_id) for m in geoparse("由霍尔果斯出境，途经哈萨克，至乌兹别克塔什干。", gaz)]
    assert ("哈萨克", "iso:KZ") in found and ("乌兹别克", "iso:UZ") in found
    assert [m.place_id for m in geoparse("已覆盖寮国、泰国等国。", gaz)] == ["iso:LA", "iso:TH"]
    # the peoples of China named so are no countries
    assert geoparse("哈萨克族牧民转场。", gaz) == []


def test_a_one_character_country_beside_a_place_abroad_or_in_brackets(gaz):
    # written for this test: （俄） names the country of the port before it; 俄 before a Russian city too
    found = [
        (m.surface, m.kind)
        for m in geoparse("布拉戈维申斯克（俄）与黑河相望，东距俄哈巴罗夫斯克65公里。", gaz)
    ]
    assert found.count(("俄", "country")) == 2
    # China's own character never: 跨越中国 is no Vietnam, 中方 is China's side written as a word
    assert not [m for m in geoparse("跨越中国东西5个省市，中方表示支持。", gaz) if len(m.surface) == 1]
