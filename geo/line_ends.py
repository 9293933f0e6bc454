"""The ends of lines written ``A至B`` or ``A—B``: a province, a mountain or a river named like a
prefecture-level city is the city there (lines run between cities). A pure function over the text, the
mentions and the gazetteer."""

from __future__ import annotations

from geo.gazetteer import CITY_SUFFIX, MUNICIPALITIES, Gazetteer, Place
from geo.lexicon import one
from geo.lines import SEPARATORS
from geo.list_items import distance_km, nearest_of
from geo.mention import Mention


def _a_prefecture(p: Place) -> bool:
    """Whether ``p`` is a prefecture-level city, not a municipality (北京, 天津: the province is the city)."""
    return p.level == 2 and p.adcode[:2] not in MUNICIPALITIES


def _a_county(g: Gazetteer, name: str) -> Place | None:
    """The one county-level unit whose short form is ``name`` (巫山 of 巫山县), if it is the only one."""
    units = [p for p in g.candidates(name) if p.kind == "county"]
    return units[0] if len(units) == 1 else None


def _joined(text: str, a: Mention, b: Mention) -> bool:
    """Whether ``a`` and ``b`` are the two ends of ``A至B`` or ``A—B``: one stop mark between them."""
    return b.start == a.end + 1 and text[a.end : b.start] in SEPARATORS


# Kinds of a name a prefecture-level city or a county shares (吉林, 黄山, 牡丹江; 九寨沟 the scenic area)
NAMED_LIKE_CITIES = ("province", "landform", "water", "park")


def cities_at_line_ends(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """A province, a mountain or a river written like a prefecture-level city (吉林: 吉林省, 吉林市; 黄山)
    or a county (巫山) at an end of ``A至B`` or ``A—B`` whose other end is a place is the city or the
    county: lines run between cities and counties."""
    out = []
    for k, m in enumerate(ms):
        after = k + 1 < len(ms) and _joined(text, m, ms[k + 1])
        before = k > 0 and _joined(text, ms[k - 1], m)
        city = (
            next((p for p in g.candidates(m.surface + CITY_SUFFIX) if _a_prefecture(p)), None)
            or (_a_county(g, m.surface) if m.kind != "province" else None)  # not 河南 (河南县)
            if m.kind in NAMED_LIKE_CITIES and (after or before)
            else None
        )
        if m.kind == "unresolved" and (after or before):
            # 乡城至云南香格里拉: the other end is the place its province is written before
            other = ms[k + 1] if after else ms[k - 1]
            if after and other.kind == "province" and k + 2 < len(ms) and ms[k + 2].start == other.end:
                other = ms[k + 2]
            city = _near_end(m, other, g)
        out.append(m.read_as(city, city.kind, f"an end of a line: the {city.kind}") if city else m)
    return out


def _near_end(m: Mention, other: Mention, g: Gazetteer) -> Place | None:
    """The unit a name left unresolved is short for (乡城 of 乡城县) when it is an end of a line whose other
    end lies within :data:`UNRESOLVED_END_KM` of it (乡城至云南香格里拉公路): lines join neighbouring places.
    Farther, a town of that name may be meant (灌阳至凤凰: not 凤凰县 of Hunan, 330 km away)."""
    p = g.places.get(m.runner_up)
    if p is None or p.kind not in ("city", "county") or other.lon is None:
        return None
    return p if distance_km(p, [other]) <= UNRESOLVED_END_KM else None


FAR_END_KM = 1000
"""How far apart a line's two ends may lie before an end named like a far unit is rather a place of that name
near the other end (a corridor between two counties 2,000 km apart is no plan's line)."""
NEAR_END_KM = 400
"""How near the other end the place of that name must lie (a line joins neighbouring towns and ports)."""
UNRESOLVED_END_KM = 250
"""How near the other end the unit a line's unresolved end names must lie (a county and its neighbour's
seat: some 170 km in the west; not a county of another province 330 km off)."""
FAR_END_FORMS = one("rule_words", "pattern", rule="far_end_forms").split("|")
"""The words after which a far end's name is a town or a port (data/lexicon/rule_words.csv: far_end_forms)."""


def near_homonyms_at_line_ends(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """A county or city at an end of ``A—B`` or ``A至B`` that lies farther than :data:`FAR_END_KM` from the
    other end is the town or port of that name within :data:`NEAR_END_KM` of it, if any (临沧—清水河: the
    port 孟定清水河口岸; not 清水河县 of Inner Mongolia); not where both ends are prefecture-level cities
    (洛阳至桂林 is a national line)."""
    out = list(ms)
    for k in range(len(ms) - 1):
        a, b = ms[k], ms[k + 1]
        if not _joined(text, a, b) or a.lon is None or b.lon is None or distance_km(a, [b]) <= FAR_END_KM:
            continue
        if a.kind == b.kind == "city":
            continue  # 洛阳至桂林: a national line between two prefectures, however far apart
        for j, m, other in ((k, a, b), (k + 1, b, a)):
            near = _near_homonym(g, m, other) if m.kind in ("city", "county") else None
            if near is not None:
                out[j] = m.read_as(
                    near, near.kind, f"an end of a line near {other.surface}: the {near.kind} there"
                )
    return out


def _near_homonym(g: Gazetteer, m: Mention, other: Mention) -> Place | None:
    """The town or port named ``m.surface`` and a word of :data:`FAR_END_FORMS` nearest ``other``, within
    :data:`NEAR_END_KM`; else one whose name ends so (白河 of 敦化—白河: 二道白河镇)."""
    cands = [p for w in FAR_END_FORMS for p in g.candidates(m.surface + w) if p.kind in ("town", "port")]
    cands += [g.places[i] for i in g.waypoint_names.get(m.surface, [])]
    return nearest_of(cands, [other], NEAR_END_KM) or nearest_of(
        list(g.derived("named_ending", _by_ending).get(m.surface, ())), [other], NEAR_END_KM
    )


def _by_ending(g: Gazetteer) -> dict[str, tuple[Place, ...]]:
    """Towns and ports by every ending of two characters or more of their names without the word of
    :data:`FAR_END_FORMS` they end in (二道白河镇 under 白河, 道白河 and 二道白河): built once a gazetteer."""
    out: dict[str, list[Place]] = {}
    for n in g.names:
        w = next((w for w in FAR_END_FORMS if n.endswith(w)), None)
        for p in g.candidates(n) if w else ():
            if p.kind in ("town", "port"):
                stem = n[: -len(w)]
                for k in range(len(stem) - 2, -1, -1):
                    out.setdefault(stem[k:], []).append(p)
    return {k: tuple(v) for k, v in out.items()}
