"""Speed of judging answers: `hazmat-minilm` vs the larger option `hazmat-minilm-ft` (issue 14, item 4).

Both guards judge the same N conversations (a ~15-word prompt and a ~40-word answer, every one different),
in batches of 64, after a warm-up, alternating guard by guard for ``--repeats`` rounds; reported: answers/s
of each (best and median round) and their ratio. Prompts alone cost the same for both (the option's prompt
path is the default's), so ``--prompts`` measures that too, as a check.

    python benchmarks/bench_judge_answers.py [--n 1000] [--repeats 3] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from pathlib import Path
from typing import Any

from hazmat.classifiers import load_classifier
from hazmat.types import Conversation

TOPICS = ["bread", "tax returns", "a garden shed", "chess openings", "the French revolution", "a bicycle chain",
          "sourdough starters", "solar panels", "a job interview", "birdwatching", "a leaking tap", "origami"]
VERBS = ["explain", "describe", "summarise", "compare", "outline", "walk me through"]
FILL = tuple(["first", "you", "gather", "what", "you", "need", "then", "you", "follow", "the", "steps", "in", "order", "and", "check", "the", "result", "carefully", "before", "moving", "on", "to", "the", "next", "part", "of", "the", "task", "so", "that", "nothing", "goes", "wrong", "along", "the", "way"])


def _conversations(n: int, with_answer: bool, seed: int = 0) -> list[Conversation]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        prompt = f"Could you {rng.choice(VERBS)} {rng.choice(TOPICS)} for me, in simple words, case {i}?"
        if not with_answer:
            out.append(Conversation.of(prompt))
            continue
        words = [rng.choice(FILL) for _ in range(40)]
        out.append(Conversation.of(prompt, ("assistant", "Sure. " + " ".join(words) + f" ({i}).")))
    return out


def _rate(guard: Any, convs: list[Conversation], batch: int = 64) -> float:
    t0 = time.perf_counter()
    for i in range(0, len(convs), batch):
        guard.classify(convs[i : i + batch])
    return len(convs) / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    guards = {name: load_classifier(name) for name in ("hazmat-minilm", "hazmat-minilm-ft")}
    out: dict[str, Any] = {"n": args.n, "repeats": args.repeats}
    for kind, with_answer in (("answers", True), ("prompts", False)):
        convs = _conversations(args.n, with_answer)
        for g in guards.values():
            g.classify(convs[:64])  # warm-up
        rates: dict[str, list[float]] = {name: [] for name in guards}
        for r in range(args.repeats):
            for name, g in guards.items():
                rates[name].append(_rate(g, _conversations(args.n, with_answer, seed=r + 1)))
        out[kind] = {name: {"best_per_s": round(max(v), 1), "median_per_s": round(statistics.median(v), 1)}
                     for name, v in rates.items()}
        out[kind]["ft_over_default_median"] = round(statistics.median(rates["hazmat-minilm-ft"])
                                                    / statistics.median(rates["hazmat-minilm"]), 3)
        print(kind, json.dumps(out[kind]), flush=True)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
