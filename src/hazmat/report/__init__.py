"""Reports: the self-contained HTML report card, guard-evaluation results, and Risk Cards."""

from ._guard import SCHEMA as GUARD_EVAL_SCHEMA
from ._guard import guard_result, load_guard_results
from ._html import render_report, write_report
from ._riskcards import Finding, RiskCard, Thresholds, find_findings, read_card, to_official, validate, write_riskcards

__all__ = [
    "GUARD_EVAL_SCHEMA",
    "Finding",
    "RiskCard",
    "Thresholds",
    "find_findings",
    "guard_result",
    "load_guard_results",
    "read_card",
    "render_report",
    "to_official",
    "validate",
    "write_report",
    "write_riskcards",
]
