"""Wall time of `hazmat eval-guard` against `hazmat moderate` on the same labelled rows (target: ≤ 1.2×).

Both run end to end as a user would, each in a fresh process (start-up, model load, reading, classifying,
and writing included): `moderate --input F --output O` writes a verdict per row; `eval-guard --data F
--json OUT` classifies the same rows and computes every metric (bootstrap of 1000, recall at two FPRs,
per-category results through the crosswalk, PR curve, latency) and writes the report file. The rows are
synthetic (the generator of bench_moderate.py) with random 0/1 labels, a fifth of the positives also with
an Aegis 2.0 category. Runs are interleaved so machine noise hits both alike; medians are compared.

    python benchmarks/bench_eval_guard.py [--rows 5000] [--words 25] [--repeats 3] [--json OUT]

When `hazmat eval-guard` is not registered (yet), the same command runs as `python -m hazmat.guardeval`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_moderate import make_texts

CATEGORIES = ["S1", "S3", "S8", "S10"]


def write_rows(path: Path, n: int, words: int, seed: int) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as f:
        for i, text in enumerate(make_texts(n, words, seed)):
            row: dict[str, object] = {"id": str(i), "text": text, "label": int(rng.random() < 0.3)}
            if row["label"] and rng.random() < 0.2:
                row["labels"] = [rng.choice(CATEGORIES)]
                row["taxonomy"] = "aegis2"
            f.write(json.dumps(row) + "\n")


def run(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of a fresh process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    err = proc.stderr.read() if proc.stderr else ""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if status != 0:
        raise SystemExit(f"command failed ({status}): {' '.join(cmd)}\n{err[-2000:]}")
    return wall, usage.ru_maxrss / 1024


def eval_guard_command(hazmat: str) -> list[str]:
    ok = subprocess.run([hazmat, "eval-guard", "--help"], capture_output=True).returncode == 0
    return [hazmat, "eval-guard"] if ok else [sys.executable, "-m", "hazmat.guardeval"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=5000)
    ap.add_argument("--words", type=int, default=25)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--json", type=Path, help="Write the numbers here.")
    args = ap.parse_args()
    hazmat = str(Path(sys.executable).parent / "hazmat")
    eval_cmd = eval_guard_command(hazmat)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "rows.jsonl"
        write_rows(data, args.rows, args.words, seed=7)
        mod_cmd = [hazmat, "moderate", "--input", str(data), "--output", str(Path(tmp) / "out.jsonl"), "--no-progress"]
        ev_cmd = [*eval_cmd, "--data", str(data), "--json", str(Path(tmp) / "ev.json"), "--no-progress"]
        moderate, evaluate = [], []
        for i in range(args.repeats):  # interleaved; the order alternates so neither always runs first
            pair = [("moderate", mod_cmd), ("eval-guard", ev_cmd)]
            for name, cmd in (pair if i % 2 == 0 else pair[::-1]):
                wall, rss = run(cmd)
                (moderate if name == "moderate" else evaluate).append((wall, rss))
                print(f"run {i + 1} {name:10s} {wall:6.2f} s  {args.rows / wall:7.1f} rows/s  peak RSS {rss:.0f} MB",
                      flush=True)
        doc = json.loads((Path(tmp) / "ev.json").read_text())
    m = statistics.median(w for w, _ in moderate)
    e = statistics.median(w for w, _ in evaluate)
    result = {
        "rows": args.rows, "words": args.words, "repeats": args.repeats, "eval_guard_command": " ".join(eval_cmd[:3]),
        "moderate_median_s": round(m, 3), "eval_guard_median_s": round(e, 3), "ratio": round(e / m, 3),
        "target_ratio": 1.2, "within_target": e / m <= 1.2,
        "moderate_peak_rss_mb": round(max(r for _, r in moderate)), "eval_guard_peak_rss_mb": round(max(r for _, r in evaluate)),
        "runs_s": {"moderate": [round(w, 3) for w, _ in moderate], "eval_guard": [round(w, 3) for w, _ in evaluate]},
        "guard_throughput_per_s": doc["guards"][0]["latency_ms"]["throughput_per_s"],
    }
    print(f"\nmoderate {m:.2f} s, eval-guard {e:.2f} s (medians of {args.repeats}): ratio {e / m:.3f} "
          f"(target ≤ 1.2: {'met' if result['within_target'] else 'MISSED'})")
    print(json.dumps(result, indent=1))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()
