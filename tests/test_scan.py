"""geo.scan: the faster scans find exactly the matches of a plain scan."""

import importlib
import pkgutil
import random
import re

import geo
from geo import scan
from geo.corpus import load_corpus


def _patterns() -> dict[str, re.Pattern]:
    """Every pattern geo/ keeps at module level, by name."""
    out = {}
    for info in pkgutil.iter_modules(geo.__path__):
        module = importlib.import_module(f"geo.{info.name}")
        out.update({f"{info.name}.{k}": v for k, v in vars(module).items() if isinstance(v, re.Pattern)})
    return out


def _found(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


def test_finditer_finds_what_a_plain_scan_finds():
    texts = [p.text for p in load_corpus()]
    rng = random.Random(14)
    run = 0
    for name, rx in _patterns().items():
        if scan._runs(rx) is None:
            continue
        run += 1
        # texts of the pattern's own characters, punctuation between: matches at the ends of runs
        alphabet = sorted(set(re.sub(r"[\\\[\]()|?*+{}^$.:<=!]", "", rx.pattern)) | set("，。、；（）\n 1a"))
        noise = ["".join(rng.choices(alphabet, k=rng.randint(0, 40))) for _ in range(300)]
        for t in texts + noise:
            assert _found(scan.finditer(rx, t)) == _found(rx.finditer(t)), (name, t[:60])
    assert run >= 20


def test_finditer_sees_the_text_around_a_run():
    # a lookbehind before a run and a lookahead after a match read the same text as in a plain scan
    rx = re.compile(r"(?<=[，、])[\u4e00-\u9fff]{2}铁路(?=[、。])")
    assert scan._runs(rx) is not None
    t = "新建，包银铁路、京包铁路和呼包铁路。"
    assert [m.group() for m in scan.finditer(rx, t)] == ["包银铁路"]
    assert _found(scan.finditer(rx, t)) == _found(rx.finditer(t))


def test_finditer_falls_back_to_a_plain_scan():
    # any character may be part of a match, or no word is common to all matches
    assert scan._runs(re.compile("口岸.*")) is None
    assert scan._runs(re.compile("[^、]+口岸")) is None
    assert scan._runs(re.compile("口岸|[一-龥]{2}")) is None
    rx = re.compile("口岸$")
    assert scan._runs(rx) is None and [m.span() for m in scan.finditer(rx, "满都拉口岸")] == [(3, 5)]


def test_alternatives_match_as_the_whole_alternation():
    # the feature words after a name: at every position, the words that may start with its character match as
    # all of them do (the same word, the same end)
    from geo import features

    texts = [p.text for p in load_corpus()]
    for base_kind in features.NAMED_AFTER + ("port",):
        for with_sub in (False, True):
            rxs = [rx for rx, _, _ in features._suffixes(base_kind, with_sub)]
            whole = re.compile("|".join(f"(?P<k{i}>{rx})" for i, rx in enumerate(rxs)))
            for t in texts:
                for i in range(0, len(t) + 1, 5):
                    part = scan.alternatives(rxs, t[i : i + 1])
                    got = part.match(t, i, i + 12) if part else None
                    want = whole.match(t, i, i + 12)
                    assert (got and (got.span(), got.lastgroup)) == (want and (want.span(), want.lastgroup))
    assert scan.alternatives(["机场", "口岸"], "机").pattern == "(?P<k0>机场)"
    assert scan.alternatives(["机场", "[^、]口岸"], "港").pattern == "(?P<k1>[^、]口岸)"
    assert scan.alternatives(["机场"], "港") is None
