"""``hazmat calibrate``: fit a guard profile on labelled data (registered by ``hazmat.cli``)."""
# ruff: noqa: E501  (option help strings read better on one line, as in hazmat/cli.py)

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .._cli_common import friendly


@friendly
def calibrate_cmd(
    data: Annotated[Path, typer.Option("--data", "-d", help="Labelled file: hazmat chat JSONL, or a public benchmark's own file (as `eval-guard`).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the hazmat.guard-profile/1 JSON.")],
    guard: Annotated[str, typer.Option("--guard", "-g", help="Registered guard name.")] = "hazmat-minilm",
    target_fpr: Annotated[float, typer.Option("--target-fpr", help="Highest false-positive rate allowed on the data, for the overall and per-category thresholds.")] = 0.01,
    method: Annotated[str, typer.Option("--method", "-m", help="Calibration of the overall unsafe score: temperature, isotonic or none.")] = "temperature",
    format: Annotated[str, typer.Option("--format", "-f", help="Format of --data (as `eval-guard`; auto detects it).")] = "auto",
    task: Annotated[str | None, typer.Option("--task", help="prompt or response (needed when the file holds both).")] = None,
    taxonomy: Annotated[str, typer.Option("--taxonomy", "-t", help="Taxonomy the guard speaks (per-category thresholds are in it); also that of chat rows' labels naming none.")] = "hazmat",
    min_positives: Annotated[int, typer.Option("--min-positives", help="Labelled items a category needs for its own threshold; below, the guard's own is kept.")] = 5,
    batch_size: Annotated[int, typer.Option("--batch-size", "-b", help="Items per guard call.")] = 64,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar.")] = True,
) -> None:
    """Calibrate a guard on your labelled data: score calibration, thresholds at a target FPR, a guard profile."""
    from .._cli_common import table
    from ._profile import fit_profile

    prof = fit_profile(data, guard, target_fpr=target_fpr, method=method, format=format, task=task,
                       taxonomy=taxonomy, min_positives=min_positives, batch_size=batch_size, progress=progress)
    path = prof.save(out)
    before, after = prof.metrics["before"], prof.metrics["after"]
    keys = ("threshold", "ece", "brier", "fpr", "recall", "precision")
    rows = [[k, f"{before[k]:.4f}", f"{after[k]:.4f}"] for k in keys]
    d = prof.data
    skipped = f", {d['unassessed']} unassessed" if d["unassessed"] else ""
    temp = f" T={prof.calibrator.params['T']:.3f}" if prof.calibrator.method == "temperature" else ""
    typer.echo(f"{prof.guard} on {d['path']} ({prof.task}: {d['positives']} unsafe, {d['negatives']} safe{skipped}); "
               f"calibrator {prof.calibrator.method}{temp}; target FPR {prof.target_fpr:g}")
    typer.echo(table(["metric", f"before ({before['threshold_source']})", "after"], rows))
    if prof.category_thresholds:
        typer.echo("\n" + table(["category", "support", "threshold", "fpr", "recall"],
                                [[c, str(prof.category_metrics[c]["support"]), f"{t:.4f}",
                                  f"{prof.category_metrics[c]['fpr']:.4f}", f"{prof.category_metrics[c]['recall']:.4f}"]
                                 for c, t in prof.category_thresholds.items()]))
    few = [c for c in prof.categories_defaulted if c in prof.category_metrics]
    listed = f" (labelled but under {prof.min_positives}: {', '.join(few)})" if few else ""
    typer.echo(f"\n{len(prof.category_thresholds)} categories with their own threshold; "
               f"{len(prof.categories_defaulted)} keep the guard's{listed}")
    typer.echo(f"wrote {path}")
