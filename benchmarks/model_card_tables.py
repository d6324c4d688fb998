"""Markdown tables of the model card's dev-split metrics, from the ``metrics.json`` that training writes.

    python benchmarks/model_card_tables.py [src/hazmat/classifiers/minilm/artefacts]

Prints the head table, the per-source tables and the category table of docs/models/hazmat-minilm.md, so
the card is regenerated from what `hazmat train guard` measured, not typed by hand.
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
    for head, label in (("prompt", "harmful"), ("response", "harmful"), ("refusal", "refusal")):
        m = metrics[head]
        d = m["dev"][label]
        lines.append(f"| {head} ({label}) | {m['train_rows']:,} | {m['dev_rows']:,} | {d['positives']} | "
                     f"{d['threshold']:.3f} | {_f(d['precision'])} | {_f(d['recall'])} | {_f(d['f1'])} | "
                     f"{_f(d['fpr'])} | {_f(d['auprc'])} |")
    return "\n".join(lines)


def source_tables(metrics: dict[str, Any]) -> str:
    """Accuracy and flag rate per dev source, for each binary head."""
    out = []
    for head in ("prompt", "response", "refusal"):
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("artefacts", nargs="?", type=Path, default=ARTEFACTS)
    args = ap.parse_args()
    metrics = json.loads((args.artefacts / "metrics.json").read_text(encoding="utf-8"))
    guard = json.loads((args.artefacts / "guard.json").read_text(encoding="utf-8"))
    print(head_table(metrics), "", "Per source (accuracy at the stored threshold, and the share flagged):", "",
          source_tables(metrics), category_table(metrics, guard), sep="\n")


if __name__ == "__main__":
    main()
