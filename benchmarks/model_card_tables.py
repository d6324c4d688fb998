"""Markdown tables of the model card's dev-split metrics, from the ``metrics.json`` that training writes.

    python benchmarks/model_card_tables.py [src/hazmat/classifiers/minilm/artefacts]

Prints the head table, the per-source tables, the category table and the licence table of
docs/models/hazmat-minilm.md, so the card is regenerated from what `hazmat train guard` measured, not typed
by hand; ``--public RESULTS.json`` prints the public-set table from ``eval_guard_quality.py --json``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

ARTEFACTS = Path(__file__).resolve().parents[1] / "src/hazmat/classifiers/minilm/artefacts"


def _f(x: Any) -> str:
    return "–" if x is None else f"{x:.3f}"


def head_table(metrics: dict[str, Any]) -> str:
    """One row per binary head: rows, positives, threshold and the dev metrics at it."""
    lines = ["| head | train rows | dev rows | dev positives | threshold | precision | recall | F1 | FPR | AUPRC |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for head, label in (("prompt", "harmful"), ("response", "harmful"), ("response_combined", "harmful"),
                        ("refusal", "refusal")):
        if head not in metrics:
            continue
        m = metrics[head]
        d = m["dev"][label]
        train = f"{m['train_rows']:,}" if "train_rows" in m else "– (dev, 5-fold CV)"
        dev_rows = d.get("n", m.get("dev_rows", 0))
        lines.append(f"| {head} ({label}) | {train} | {dev_rows:,} | {d['positives']} | "
                     f"{d['threshold']:.3f} | {_f(d['precision'])} | {_f(d['recall'])} | {_f(d['f1'])} | "
                     f"{_f(d['fpr'])} | {_f(d['auprc'])} |")
    return "\n".join(lines)


def source_tables(metrics: dict[str, Any]) -> str:
    """Accuracy and flag rate per dev source, for each binary head."""
    out = []
    for head in ("prompt", "response", "response_combined", "refusal"):
        if head not in metrics:
            continue
        out += [f"{head} head, dev by source:", "", "| source | rows | positives | accuracy | flagged |",
                "|---|---|---|---|---|"]
        for src, r in metrics[head]["dev_by_source"].items():
            out.append(f"| {src} | {r['rows']} | {r['positives']} | {r['accuracy']:.3f} | {r['flag_rate']:.3f} |")
        out.append("")
    return "\n".join(out)


def category_table(metrics: dict[str, Any], guard: dict[str, Any]) -> str:
    """Train positives, dev positives and dev metrics per hub category."""
    train = guard["trained"]["category_train_positives"]
    dev = metrics["categories"].get("dev", {})
    lines = ["| hub category | train positives | dev positives | precision | recall | F1 | AUPRC |",
             "|---|---|---|---|---|---|---|"]
    for cat, n in train.items():
        d = dev.get(cat)
        if d is None:
            lines.append(f"| {cat} | {n} | 0 | – | – | – | – |")
        else:
            lines.append(f"| {cat} | {n} | {d['positives']} | {_f(d['precision'])} | {_f(d['recall'])} | "
                         f"{_f(d['f1'])} | {_f(d['auprc'])} |")
    return "\n".join(lines)


def licence_table(guard: dict[str, Any]) -> str:
    """Examples per training source and its licence (synthetic variants are named by their kind)."""
    trained = guard["trained"]
    lines = ["| source | examples | licence |", "|---|---|---|"]
    for src, n in trained["examples_by_source"].items():
        lic = trained["licences"].get(src) or trained["licences"].get(src.split("/")[0], "")
        if src.startswith("augmented_"):
            lic = "synthetic from the training rows (hazmat.training._augment / mixtures)"
        lines.append(f"| {src} | {n:,} | {lic[:70]} |")
    return "\n".join(lines)


def public_table(results: list[dict[str, Any]]) -> str:
    """The per-set and per-task rows of ``benchmarks/eval_guard_quality.py --json``."""
    lines = ["| set | task | n | positives | precision | recall | F1 | FPR | AUPRC |", "|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        lines.append(f"| {r['set']} | {r['task']} | {r['n']:,} | {r['positives']:,} | {_f(r.get('precision'))} | "
                     f"{_f(r.get('recall'))} | {_f(r.get('f1'))} | {_f(r.get('fpr'))} | {_f(r.get('auprc'))} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("artefacts", nargs="?", type=Path, default=ARTEFACTS)
    ap.add_argument("--public", type=Path, help="JSON written by eval_guard_quality.py --json: print its table")
    args = ap.parse_args()
    if args.public:
        print(public_table(json.loads(args.public.read_text(encoding="utf-8"))))
        return
    metrics = json.loads((args.artefacts / "metrics.json").read_text(encoding="utf-8"))
    guard = json.loads((args.artefacts / "guard.json").read_text(encoding="utf-8"))
    print(head_table(metrics), "", "Per source (accuracy at the stored threshold, and the share flagged):", "",
          source_tables(metrics), category_table(metrics, guard), "", licence_table(guard), sep="\n")


if __name__ == "__main__":
    main()
