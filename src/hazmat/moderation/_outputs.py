"""Output rows: hazmat's native moderation row, or OpenAI's moderation result object."""

from __future__ import annotations

from typing import Any

from ..taxonomy import Taxonomy
from ..types import Verdict


def native_row(item_id: str, verdict: Verdict, digits: int = 4) -> dict[str, Any]:
    """``{"id", "flagged", "unsafe_score", "categories", "category_scores", ["refusal", "refusal_score"]}``."""
    row: dict[str, Any] = {"id": item_id, "flagged": verdict.flagged}
    if verdict.unassessed is not None:
        row["unassessed"] = verdict.unassessed
        return row
    row["unsafe_score"] = round(verdict.unsafe_score or 0.0, digits)
    row["categories"] = verdict.categories
    row["category_scores"] = {k: round(v, digits) for k, v in verdict.scores.items()}
    if "refusal" in verdict.extra:
        row["refusal"] = verdict.extra["refusal"]
        row["refusal_score"] = round(float(verdict.extra["refusal_score"]), digits)
    return row


def openai_result(verdict: Verdict, taxonomy: Taxonomy, input_type: str = "text") -> dict[str, Any]:
    """One entry of OpenAI's moderation ``results``: every category key present, as the API returns.

    Categories the guard cannot assess are ``false`` with score 0 and listed under ``hazmat.uncovered``;
    an unassessed item is flagged (fail closed) with the reason under ``hazmat.unassessed``.
    """
    asserted = set(verdict.categories)
    result: dict[str, Any] = {
        "flagged": True if verdict.flagged is None else verdict.flagged,
        "categories": {c: c in asserted for c in taxonomy.ids},
        "category_scores": {c: round(float(verdict.scores.get(c, 0.0)), 6) for c in taxonomy.ids},
        "category_applied_input_types": {c: [input_type] if c in verdict.scores else [] for c in taxonomy.ids},
    }
    extra: dict[str, Any] = {}
    if verdict.uncovered:
        extra["uncovered"] = verdict.uncovered
    if verdict.unassessed is not None:
        extra["unassessed"] = verdict.unassessed
    if "refusal" in verdict.extra:
        extra["refusal"] = verdict.extra["refusal"]
        extra["refusal_score"] = verdict.extra["refusal_score"]
    if extra:
        result["hazmat"] = extra
    return result


def openai_row(item_id: str, verdict: Verdict, taxonomy: Taxonomy) -> dict[str, Any]:
    """A file row in OpenAI's format: the result object plus the item's id."""
    return {"id": item_id, **openai_result(verdict, taxonomy)}
