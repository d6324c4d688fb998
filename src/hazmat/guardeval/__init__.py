"""Guard evaluation: measure guards on labelled data (``hazmat eval-guard``).

Loaders turn hazmat's chat JSON lines and public benchmarks' own files (ToxicChat, OpenAI moderation eval,
Aegis 1.0 / 2.0, BeaverTails, PKU-SafeRLHF, WildGuardMix, XSTest, HarmBench classifier sets, SST-style
responses) into :class:`LabelledItem` s; :func:`evaluate_guard` runs one or more guards over them and
reports, per task (prompt harm, response harm, refusal), precision / recall / F1 / FPR / accuracy / AUPRC
with intervals, recall at target FPRs (both computed by ``hazmat.metrics``), per-category results through
the crosswalk, and latency. Results are ``hazmat.guard-eval/1`` documents that ``hazmat report
--guard-results`` renders.

Names load on first use (as in ``hazmat.server``), so registering the command costs ``hazmat --help``
nothing: numpy, the classifiers and the taxonomies come in with the first name that needs them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._evaluate import (
        DEFAULT_TARGET_FPR,
        CategoryResult,
        GuardEvaluation,
        GuardPass,
        ItemScore,
        TaskResult,
        evaluate_guard,
        run_guard,
        stored_threshold,
        verdict_score,
    )
    from ._formats import FORMATS, Format, detect_format, load_labelled, parse_binary, split_dialogue
    from ._items import DATASET_TAXONOMIES, TASKS, LabelledData, LabelledItem, Task, resolve_taxonomy
    from ._results import GUARD_EVAL_SCHEMA, guard_result, load_guard_results, pr_curve, reliability

__all__ = [
    "DATASET_TAXONOMIES",
    "DEFAULT_TARGET_FPR",
    "FORMATS",
    "GUARD_EVAL_SCHEMA",
    "TASKS",
    "CategoryResult",
    "Format",
    "GuardEvaluation",
    "GuardPass",
    "ItemScore",
    "LabelledData",
    "LabelledItem",
    "Task",
    "TaskResult",
    "detect_format",
    "evaluate_guard",
    "guard_result",
    "load_guard_results",
    "load_labelled",
    "parse_binary",
    "pr_curve",
    "reliability",
    "resolve_taxonomy",
    "run_guard",
    "split_dialogue",
    "stored_threshold",
    "verdict_score",
]

_WHERE = {
    **dict.fromkeys(("DEFAULT_TARGET_FPR", "CategoryResult", "GuardEvaluation", "GuardPass", "ItemScore",
                     "TaskResult", "evaluate_guard", "run_guard", "stored_threshold", "verdict_score"), "_evaluate"),
    **dict.fromkeys(("FORMATS", "Format", "detect_format", "load_labelled", "parse_binary", "split_dialogue"),
                    "_formats"),
    **dict.fromkeys(("DATASET_TAXONOMIES", "TASKS", "LabelledData", "LabelledItem", "Task", "resolve_taxonomy"),
                    "_items"),
    **dict.fromkeys(("GUARD_EVAL_SCHEMA", "guard_result", "load_guard_results", "pr_curve", "reliability"),
                    "_results"),
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
