"""Reports: the self-contained HTML report card, guard-evaluation results (computed and read by
``hazmat.guardeval``; ``load_guard_results`` is re-exported here), and Risk Cards."""

from ..guardeval import GUARD_EVAL_SCHEMA, load_guard_results
from ._html import render_report, write_report
from ._riskcards import Finding, RiskCard, Thresholds, find_findings, read_card, to_official, validate, write_riskcards

__all__ = [
    "GUARD_EVAL_SCHEMA",
    "Finding",
    "RiskCard",
    "Thresholds",
    "find_findings",
    "load_guard_results",
    "read_card",
    "render_report",
    "to_official",
    "validate",
    "write_report",
    "write_riskcards",
]
