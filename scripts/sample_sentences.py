"""Draw plan sentences for a blind evaluation set (printed, one per line, with the plan id).

Run: python scripts/sample_sentences.py [--n 40] [--seed 2026] [--features | --corridors]

Sentences already in tests/eval/*.txt are skipped. With --features only sentences that contain a
feature word (line, port, airport, water, landform, park, energy) are drawn, so that the kinds other
than administrative names are measured on enough mentions; with --corridors only sentences with a
place-to-place link (至, －, —, - between Chinese characters), where lines and small towns are named.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CORRIDOR = re.compile(r"[\u4e00-\u9fff）][至－—-][\u4e00-\u9fff]")
FEATURE_WORDS = re.compile(
    r"铁路|高铁|城际|高速|公路|国道|机场|口岸|港|河|湖|淖|沙漠|沙地|山|湿地|"
    r"公园|园区|物流|特高压|通道|管道|气田|镇|苏木"
)


def main() -> None:
    from geo.corpus import load_corpus

    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--features", action="store_true")
    ap.add_argument("--corridors", action="store_true")
    args = ap.parse_args()
    taken = set()
    for f in (ROOT / "tests" / "eval").glob("*.txt"):
        taken |= {
            line[1:].partition("|")[2].strip()
            for line in f.read_text(encoding="utf-8").splitlines()
            if line.startswith("@")
        }
    pool = []
    for plan in load_corpus():
        seen = set()
        for s in plan.sentences:
            text = s.text
            if len(text) < 25 or text in seen or any(text.startswith(t) for t in taken):
                continue
            seen.add(text)
            if (not args.features or FEATURE_WORDS.search(text)) and (
                not args.corridors or CORRIDOR.search(text)
            ):
                pool.append((plan.plan_id, text))
    # all of them if fewer
    for plan_id, text in random.Random(args.seed).sample(pool, min(args.n, len(pool))):
        print(f"@ {plan_id} | {text}")


if __name__ == "__main__":
    main()
