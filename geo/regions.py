"""Regions the plans name by their cities: chains of initials (``包鄂乌区域``), cities linked by dashes
before a region word (``西宁—海东都市圈``) and a chain explained in brackets
(``霍扎白（霍林河、扎哈淖尔、白音华）``).

Pure functions over the text and the mentions found so far.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice

from geo.abbreviations import ABBREVIATION
from geo.features import name_like
from geo.gazetteer import Gazetteer
from geo.lexicon import alternation, marks
from geo.lexicon import words as lexicon_words
from geo.line_names import ABBREVIATED_WORD
from geo.lines import CLAUSE_END, LINE_WORD
from geo.mention import Mention
from geo.scan import finditer

CHAIN_WORD = re.compile(r"([\u4e00-\u9fff]{3,5})(" + alternation("chain_words") + ")")
"""Three to five characters before a word that chains places (data/lexicon/chain_words.csv)."""
NAMING = lexicon_words("chain_words", part_of_name="yes")
"""Chain words that belong to the region's name (汕潮揭都市圈)."""


def city_initials(named: list[Mention]) -> tuple[dict[str, str], dict[str, tuple[float, float]]]:
    """The cities a document names, by first character (the most named first) and with their points."""
    cities = Counter(m.name_zh for m in named if m.kind == "city" and m.lon is not None)
    points = {m.name_zh: (m.lon, m.lat) for m in named if m.kind == "city" and m.lon is not None}
    by_initial: dict[str, str] = {}
    for name, _ in cities.most_common():
        by_initial.setdefault(name[0], name)
    return by_initial, points


def city_chains(
    text: str, ms: list[Mention], initials: tuple[dict[str, str], dict[str, tuple[float, float]]]
) -> list[Mention]:
    """``包鄂乌区域``: three to five characters before 区域/一体化/城市群…, each the first character of a
    different city the document names (``initials``, from :func:`city_initials` over the whole document),
    are those cities as one region (the plans' own way of writing 呼包鄂榆). Located at the mean of the
    cities' points, as precise as the farthest of them."""
    by_initial, points = initials
    taken = [(m.start, m.end) for m in ms]
    out = []
    for w in finditer(CHAIN_WORD, text):
        if not all(c in by_initial for c in w.group(1)[-3:]):
            continue  # every token below ends with these three characters
        for k in range(len(w.group(1)) - 3, -1, -1):  # the longest tail that reads as initials
            token = w.group(1)[k:]
            members = [by_initial.get(c) for c in token]
            if (
                all(members)
                and len(set(members)) == len(token)
                and not any(a < w.end(1) and w.start() + k < b for a, b in taken)
            ):
                note = "city chain read from the initials of cities this text names: " + "、".join(members)
                spots = [(points[c][0], points[c][1], 0.0) for c in members]
                end = w.end() if w.group(2) in NAMING else w.end(1)
                out.append(
                    Mention.region_of(
                        (w.start() + k, end), text[w.start() + k : end], members, spots, note=note
                    )
                )
                break
    return out


REGION_WORD = re.compile(alternation("linked_region_words"))
"""Words after places joined by dashes that make them one region: data/lexicon/linked_region_words.csv."""
DASHES = ("—", "－", "-")
ETC = tuple(marks("etc"))
"""The word that ends a list (等: data/lexicon/list_marks.csv)."""
MEMBER_KINDS = ("city", "county", "province", "country", "region", "town", "landform")


def _dashed_chain(text: str, placed: list[Mention], k: int) -> list[Mention | tuple[int, int]] | None:
    """The members joined by dashes from ``placed[k]`` on: placed mentions, or a name the gazetteer lacks
    between two of them (贵安 in 贵阳—贵安—安顺都市圈);
    None when ``placed[k]`` continues a chain begun before it."""
    if k and text[placed[k - 1].end : placed[k].start] in DASHES:
        return None
    chain: list[Mention | tuple[int, int]] = [placed[k]]
    for nxt in islice(placed, k + 1, None):
        gap = text[chain[-1][1] if isinstance(chain[-1], tuple) else chain[-1].end : nxt.start]
        if gap in DASHES:
            chain.append(nxt)
        elif len(gap) >= 4 and gap[0] in DASHES and gap[-1] in DASHES and name_like(gap[1:-1], 4):
            chain += [(nxt.start - len(gap) + 1, nxt.start - 1), nxt]
        else:
            break
    return chain


def linked_regions(text: str, ms: list[Mention]) -> list[Mention]:
    """``西宁—海东都市圈``, ``银川—石嘴山—吴忠沿黄城市带``, ``中国—中亚—西亚经济走廊``: places joined by
    —/－/- and followed (after at most four characters of modifiers) by 都市圈/城市带/经济走廊… are one
    region, located at the mean of their points and as precise as the farthest of them; its members are part
    of its name, not mentions of their own. In a list that shares the word
    (兰州—西宁、宁夏沿黄、呼包鄂榆城市群) the linked places are a region too."""
    placed = [m for m in ms if m.kind in MEMBER_KINDS and m.lon is not None]
    out, used = list(ms), set()
    for k in range(len(placed)):
        if text[placed[k].end : placed[k].end + 1] not in DASHES:
            continue  # no dash after it: no chain starts here
        chain = _dashed_chain(text, placed, k)
        members = [c for c in chain or [] if isinstance(c, Mention)]
        if len(chain or []) < 2 or len(members) < 2:
            continue
        last = members[-1]
        word = _region_word(text, last)
        if word is not None:
            out.append(_linked(text, members, placed[k].start, word[0], word[1]))
            used.update(id(m) for m in members)
    return sorted([m for m in out if id(m) not in used], key=lambda m: (m.start, -m.end))


def _region_word(text: str, last: Mention) -> tuple[int, str] | None:
    """Where the region that ends with ``last`` ends and its word: the word ``last`` carries (安顺都市圈), the
    word after it and at most four characters of modifiers (吴忠沿黄城市带),
    or the word of the 、-list it opens."""
    inside = REGION_WORD.search(last.surface)
    if inside and last.surface.endswith(inside.group()):
        return last.end, inside.group()
    end = CLAUSE_END.search(text, last.end)
    stop = end.start() if end else len(text)
    w = REGION_WORD.search(text, last.end, stop)
    if w is None:
        return None
    listed = text.startswith(ETC, last.end)  # 酒泉—嘉峪关等次级增长区域: the list's last item, not its word
    gap = text[last.end + listed : w.start()]
    if not gap or (len(gap) <= 4 and name_like(gap, 4)):
        return (last.end if listed else w.end()), w.group()
    return (last.end, w.group()) if text[last.end : last.end + 1] == "、" else None


def _linked(text: str, members: list[Mention], start: int, end: int, word: str) -> Mention:
    return Mention.region_of(
        (start, end),
        text[start:end],
        [c.name_zh for c in members],
        [(c.lon, c.lat, c.precision_m or 0.0) for c in members],
        note="places linked by dashes before " + word + ": " + "、".join(c.name_zh for c in members),
        group="|".join(c.place_id for c in members),
    )


def explained_chains(text: str, ms: list[Mention], g: Gazetteer) -> list[Mention]:
    """``霍扎白（霍林河、扎哈淖尔、白音华）``: a chain of the gazetteer followed by a bracketed 、-list with
    one item per member explains its members in order. An item not found yet is a town located at its member
    unit, somewhere in it (``托克托县`` in ``托清准（托克托县…）`` is found already and stays)."""
    out = list(ms)
    for m in ms:
        p = g.places.get(m.place_id)
        close = text.find("）", m.end)
        if m.kind != "region" or p is None or not p.members or text[m.end : m.end + 1] != "（" or close < 0:
            continue
        items = text[m.end + 1 : close].split("、")
        if len(items) != len(p.members) or not all(name_like(i) for i in items):
            continue
        pos = m.end + 1
        for item, code in zip(items, p.members):
            s0, e0, pos = pos, pos + len(item), pos + len(item) + 1
            if any(x.start < e0 and s0 < x.end and x.kind != "unresolved" for x in out):
                continue
            u = g.places[f"adm:{code}"]
            out = [x for x in out if not (x.start < e0 and s0 < x.end)]
            out.append(
                Mention.at(
                    u,
                    s0,
                    e0,
                    item,
                    item,
                    "town",
                    max(u.precision_m, u.spread_m),
                    note=f"explains {m.surface}; located at its member {u.name_zh}",
                )
            )
    return sorted(out, key=lambda x: x.start)


CHAIN_AFTER = re.compile("[^\u4e00-\u9fff]|$|" + alternation("chain_words"))
"""What may follow a chain of places: punctuation or a chain word (data/lexicon/chain_words.csv)."""


def bracketed_chains(
    text: str, ms: list[Mention], initials: tuple[dict[str, str], dict[str, tuple[float, float]]]
) -> list[Mention]:
    """``南（宁）北（海）钦（州）防（城港）``, ``长吉（林）图（们江）发展带``: two or more places written by
    their first character and a bracketed rest, side by side (cities or counties, after at most two initials
    of cities the text names) and not running on into another name, are one region with the chain word after
    them that names it (data/lexicon/chain_words.csv); not where a line word ends the clause
    (包（头）银（川）…等铁路 are lines). Its members are part of its name. Without such a word the places stay
    themselves, each written by its name (推动南（宁）北（海）钦（州）一体化: three cities)."""
    by_initial, points = initials
    pieces = [m for m in ms if ABBREVIATION.fullmatch(m.surface) and m.lon is not None]
    out, used, k = list(ms), set(), 0
    while k < len(pieces):
        run = [pieces[k]]
        while k + len(run) < len(pieces) and pieces[k + len(run)].start == run[-1].end:
            run.append(pieces[k + len(run)])
        k += len(run)
        start, stop = run[0].start, CLAUSE_END.search(text, run[-1].end)
        while (
            start > 0
            and run[0].start - start < 2
            and text[start - 1] in by_initial
            and not any(m.start < start <= m.end for m in ms)
        ):
            start -= 1
        word = CHAIN_AFTER.match(text, run[-1].end)
        clause_end = stop.start() if stop else len(text)
        lines_after = LINE_WORD.search(text, run[-1].end, clause_end) or ABBREVIATED_WORD.search(
            text, run[-1].end, clause_end
        )
        runs_on = not word and any(m.start == run[-1].end for m in ms)
        if len(run) < 2 or runs_on or any(m.kind not in ("city", "county") for m in run) or lines_after:
            continue  # 准（格尔）托（克托）清（水河）工业园区: the chain runs on into a park's name
        if not (word and word.group() in NAMING):
            continue  # 宜（昌）荆（州）荆（门）襄（阳）新能源走廊: the cities, each written by its name
        end = word.end()
        members = [by_initial[c] for c in text[start : run[0].start]]
        lons = [m.lon for m in run] + [points[c][0] for c in members]
        lats = [m.lat for m in run] + [points[c][1] for c in members]
        names = members + [m.name_zh for m in run]
        note = "places written by their first character and a bracketed rest, side by side: " + "、".join(
            names
        )
        spots = [(x, y, 0.0) for x, y in zip(lons, lats)]
        out.append(Mention.region_of((start, end), text[start:end], names, spots, note=note))
        used.update(id(m) for m in run)
    return sorted([m for m in out if id(m) not in used], key=lambda m: (m.start, -m.end))
