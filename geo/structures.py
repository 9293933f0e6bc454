"""Named things the gazetteer cannot hold but the text spells out: bridges and tunnels (``嘉鱼长江公路大桥``,
``高黎贡山隧道``) and bare route numbers (``G318``, ``G219国道``). Typed, kept, never given a point."""

from __future__ import annotations

import re

from geo.boundaries import is_generic
from geo.features import LEAD, NOT_IN_SUB_NAME, name_like
from geo.lexicon import table
from geo.mention import Mention

STRUCTURE_WORDS = [(r["word"], r["kind"]) for r in table("structure_words")]
STRUCTURE = re.compile("(" + "|".join(w for w, _ in STRUCTURE_WORDS) + ")")
ROUTE = re.compile(r"(?<![A-Za-z0-9])[GS]\d{1,4}[A-Z]?(?:国道|省道|高速公路|高速|线)?(?![0-9])")
LEAD_AT = re.compile(LEAD.pattern.lstrip("^"))


def _name_start(text: str, s: int, e: int) -> int:
    """Where a structure's name begins: after a clause mark, a list mark, a verb or a function word."""
    a = max(text.rfind(c, 0, e) for c in "，。；：、（和及与\n") + 1
    a = max(a, s)
    lead = LEAD_AT.match(text, a, e)
    return lead.end() if lead else a


def structures(text: str, ms: list[Mention]) -> list[Mention]:
    """Bridges, tunnels and sea crossings with a proper name, and route numbers, as road or rail mentions;
    places inside a bridge's name (嘉鱼, 长江) are part of it."""
    out = list(ms)
    for m in STRUCTURE.finditer(text):
        word = m.group(1)
        kind = next(k for w, k in STRUCTURE_WORDS if w == word)
        s = _name_start(text, max(0, m.start() - 16), m.start())
        name = text[s:m.start()]
        if not name_like(name.replace("—", "").replace("（", "").replace("）", ""), 16) or NOT_IN_SUB_NAME.search(name) \
                or is_generic(name) or \
                any(x.start < m.end() and s < x.end and not (s <= x.start and x.end <= m.end()) for x in out):
            continue
        kind = "rail" if "铁" in name + word else kind
        out = [x for x in out if not (s <= x.start and x.end <= m.end())]
        out.append(Mention(s, m.end(), text[s:m.end()], text[s:m.end()], kind,
                           note=f"a {word} named in the text; not in the gazetteer, not located"))
    for r in ROUTE.finditer(text):
        if not any(x.start < r.end() and r.start() < x.end for x in out):
            out.append(Mention(r.start(), r.end(), r.group(), r.group(), "road", note="a route number; not in the gazetteer, not located"))
    return sorted(out, key=lambda m: (m.start, -m.end))
