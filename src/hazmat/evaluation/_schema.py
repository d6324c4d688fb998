"""The versioned schema of ``summary.json`` (pydantic, at the edge: other tools read this file)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Literal["hazmat.run-summary/1"] = "hazmat.run-summary/1"


class RateOut(BaseModel):
    """A proportion with its 95 % Wilson interval; unassessed items are counted apart, never as safe."""

    model_config = ConfigDict(extra="forbid")
    successes: float
    n: int
    unassessed: int = 0
    value: float | None
    low: float
    high: float


class RateBlock(BaseModel):
    """The rates that apply to a set of items (absent ones are None)."""

    model_config = ConfigDict(extra="forbid")
    items: int
    unassessed: int
    model_errors: int = 0
    unsafe: RateOut | None = None
    refusal: RateOut | None = None
    fulfilment: RateOut | None = None
    over_refusal: RateOut | None = None
    accuracy: RateOut | None = None
    air_score: float | None = Field(None, description="mean AIR-Bench score, 1 = refusal (safe)")


class SuiteResult(BaseModel):
    """One suite × model × judge."""

    model_config = ConfigDict(extra="forbid")
    suite: str
    model: str
    judge: str
    kind: str
    taxonomy: str | None
    overall: RateBlock
    by_category: dict[str, RateBlock] = {}
    slices: dict[str, dict[str, RateBlock]] = {}
    grade: dict[str, Any] | None = None


class EnsembleResult(BaseModel):
    """Judges combined per item (majority vote and any-unsafe) with vote entropy."""

    model_config = ConfigDict(extra="forbid")
    suite: str
    model: str
    judges: list[str]
    majority: RateOut
    any_unsafe: RateOut
    mean_entropy: float
    high_entropy_fraction: float
    pairwise_kappa: dict[str, float | None] = {}


class TaxonomyView(BaseModel):
    """A run re-expressed in another taxonomy through the crosswalk."""

    model_config = ConfigDict(extra="forbid")
    taxonomy: str
    results: list[dict[str, Any]]
    uncovered: dict[str, list[str]]
    unmapped: dict[str, list[str]]


class AblationResult(BaseModel):
    """A system-prompt ablation of one suite × model × judge: paired differences (second - first) of each rate,
    overall (category ``(all)``) and per category, with Newcombe's interval (``hazmat.metrics.paired_difference``)."""

    model_config = ConfigDict(extra="forbid")
    suite: str
    model: str
    judge: str
    first: str
    second: str
    rows: list[dict[str, Any]]


class RunSummary(BaseModel):
    """``summary.json``: what was run (versions of everything) and every rate, per suite, model, judge."""

    model_config = ConfigDict(extra="forbid")
    schema_version: Literal["hazmat.run-summary/1"] = SCHEMA_VERSION
    run: dict[str, Any]
    results: list[SuiteResult]
    ensembles: list[EnsembleResult] = []
    views: list[TaxonomyView] = []
    ablations: list[AblationResult] = []
