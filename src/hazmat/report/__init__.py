"""Reports: the self-contained HTML report card, guard-evaluation results, and Risk Cards."""

from ._guard import SCHEMA as GUARD_EVAL_SCHEMA
from ._guard import guard_result, load_guard_results
from ._html import render_report, write_report

__all__ = ["GUARD_EVAL_SCHEMA", "guard_result", "load_guard_results", "render_report", "write_report"]
