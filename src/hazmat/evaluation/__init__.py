"""Model evaluation: suites × models × judges through the engine, results and summaries in any taxonomy."""

from ._ablation import DEFAULT_SAFETY_PROMPT, ablate_samples, ablation_results
from ._config import EvalConfig, SuiteData
from ._runner import EvalRunner
from ._schema import SCHEMA_VERSION, RunSummary
from ._summary import summarize, write_results, write_summary

__all__ = [
    "DEFAULT_SAFETY_PROMPT",
    "SCHEMA_VERSION",
    "EvalConfig",
    "EvalRunner",
    "RunSummary",
    "SuiteData",
    "ablate_samples",
    "ablation_results",
    "summarize",
    "write_results",
    "write_summary",
]
