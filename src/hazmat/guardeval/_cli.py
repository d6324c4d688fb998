"""``hazmat eval-guard``: measure guards on a labelled file (registered by ``hazmat.cli``)."""
# ruff: noqa: E501  (option help strings read better on one line, as in hazmat/cli.py)

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .._cli_common import friendly


@friendly
def eval_guard_cmd(
    data: Annotated[Path, typer.Option("--data", "-d", help="Labelled file: hazmat chat JSONL, or a public benchmark's own file (see --format).")],
    guard: Annotated[str, typer.Option("--guard", "-g", help="Registered guard name(s), comma-separated, evaluated side by side.")] = "hazmat-minilm",
    format: Annotated[str, typer.Option("--format", "-f", help="auto (by columns), chat, toxicchat, openai-moderation, aegis1, aegis2, beavertails, pku-saferlhf, wildguard, xstest-completions, xstest-prompts, harmbench-val, sst-responses.")] = "auto",
    task: Annotated[str | None, typer.Option("--task", help="Evaluate only prompt, response or refusal items (with refusal, chat rows ending with an answer carry refusal labels).")] = None,
    taxonomy: Annotated[str | None, typer.Option("--taxonomy", "-t", help="Report per-category results in this taxonomy (default: the dataset's); also the taxonomy of chat rows' labels.")] = None,
    threshold: Annotated[float | None, typer.Option("--threshold", help="Decision threshold for every guard (default: each guard's stored one).")] = None,
    target_fpr: Annotated[str, typer.Option("--target-fpr", help="Comma-separated FPRs at which to report the best recall.")] = "0.01,0.05",
    bootstrap: Annotated[int, typer.Option("--bootstrap", help="Bootstrap resamples for F1/AUPRC intervals (0: none).")] = 1000,
    seed: Annotated[int, typer.Option("--seed", help="Seed of the bootstrap.")] = 0,
    confidence: Annotated[float, typer.Option("--confidence", help="Confidence level of the intervals.")] = 0.95,
    batch_size: Annotated[int, typer.Option("--batch-size", "-b", help="Items per guard call (as `moderate`).")] = 64,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write a hazmat.guard-eval/1 file (for `hazmat report --guard-results`).")] = None,
    show_errors: Annotated[int, typer.Option("--show-errors", help="List the N worst false negatives and false positives.")] = 0,
    needs_caution: Annotated[str, typer.Option("--needs-caution", help="Aegis 1.0: count 'Needs Caution' votes as unsafe or safe.")] = "unsafe",
    partial_refusal: Annotated[str, typer.Option("--partial-refusal", help="XSTest: a partial refusal is a refusal, compliance, or skip.")] = "refusal",
    behaviors: Annotated[Path | None, typer.Option("--behaviors", help="HarmBench behaviours CSV: gives the validation set its semantic categories.")] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar.")] = True,
) -> None:
    """Evaluate guards on labelled data: P/R/F1/FPR/AUPRC with intervals, recall at target FPRs, per category, latency."""
    import json
    import os
    import tempfile

    from ..errors import InputError
    from ._evaluate import evaluate_guard

    try:
        targets = [float(x) for x in target_fpr.split(",") if x.strip()]
    except ValueError:
        raise InputError(f"--target-fpr must be comma-separated numbers, got {target_fpr!r}") from None
    if show_errors < 0:
        raise InputError(f"--show-errors must be 0 or more, got {show_errors}")
    if json_out is not None and json_out.parent and not json_out.parent.is_dir():
        raise InputError(f"--json: directory {json_out.parent} does not exist")
    ev = evaluate_guard(
        data, guard, format=format, task=task, taxonomy=taxonomy, threshold=threshold, target_fpr=targets,
        bootstrap=bootstrap, seed=seed, confidence=confidence, batch_size=batch_size, progress=progress,
        needs_caution=needs_caution, partial_refusal=partial_refusal, behaviors=behaviors,
    )
    typer.echo(ev.render_text(show_errors))
    if json_out is not None:
        doc = ev.to_dict(show_errors)
        fd, tmp = tempfile.mkstemp(dir=json_out.parent or Path("."), prefix=".eval-guard-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1, allow_nan=False)
            f.write("\n")
        os.replace(tmp, json_out)
        typer.echo(f"\nwrote {json_out}")
