"""Re-checking a growing answer under a long system prompt: the encoder's text cache on vs off.

The chat proxy re-classifies the whole conversation every K streamed tokens. With a long system prompt (an
operator's policy of ``--system-words`` words), every check used to embed that prompt again. This replays
``--checks`` checks of one conversation (system prompt, a user question, an answer growing by ~8 words a
check) with the shipped guard, once with the encoder's text cache off (``cache_windows=0``) and once on (the
default), and reports the mean milliseconds per check and the verdicts' agreement (they must be identical).

    python benchmarks/bench_guard_recheck.py [--system-words 1800] [--checks 30] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from hazmat.classifiers.minilm import MiniLMEncoder, MiniLMGuard
from hazmat.types import Conversation

POLICY = ("You are the support assistant of a home-appliance shop. Answer politely, keep to the shop's products, "
          "never give medical, legal or financial advice, and refer safety questions to the manual. ")
ANSWER = ["To", "descale", "the", "kettle,", "fill", "it", "halfway", "with", "equal", "parts", "water", "and", "white", "vinegar,", "boil", "it,", "let", "it", "stand", "for", "an", "hour,", "empty", "it", "and", "rinse", "it", "three", "times", "with", "clean", "water", "before", "you", "use", "it", "again."]


def _checks(system_words: int, n: int) -> list[Conversation]:
    words = POLICY.split()
    system = " ".join(words[i % len(words)] for i in range(system_words))
    out = []
    for k in range(1, n + 1):
        answer = " ".join(ANSWER[i % len(ANSWER)] for i in range(8 * k))
        out.append(Conversation.of(("system", system), ("user", "How do I descale my kettle?"), ("assistant", answer)))
    return out


def _run(guard: MiniLMGuard, convs: list[Conversation]) -> tuple[list[float], list[float]]:
    guard.classify(convs[:1])  # warm-up (and, with the cache, the system prompt's first embedding)
    ms, scores = [], []
    for c in convs:
        t0 = time.perf_counter()
        v = guard.classify([c])[0]
        ms.append((time.perf_counter() - t0) * 1000)
        scores.append(float(v.unsafe_score or 0.0))
    return ms, scores


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--system-words", type=int, default=1800)
    ap.add_argument("--checks", type=int, default=30)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    convs = _checks(args.system_words, args.checks)
    off_ms, off_scores = _run(MiniLMGuard(encoder=MiniLMEncoder(cache_windows=0)), convs)
    on_ms, on_scores = _run(MiniLMGuard(), convs)
    out = {"system_words": args.system_words, "checks": args.checks,
           "cache_off_ms_per_check": round(statistics.mean(off_ms), 1),
           "cache_on_ms_per_check": round(statistics.mean(on_ms), 1),
           "speed-up": round(statistics.mean(off_ms) / statistics.mean(on_ms), 2),
           "identical_scores": off_scores == on_scores}
    print(json.dumps(out))
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
