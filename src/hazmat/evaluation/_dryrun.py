"""``hazmat eval --dry-run``: what would be sent, about how many tokens, and about what it would cost."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..engine import estimate_tokens
from ..errors import InputError
from ..models import GenerateParams
from ..types import Sample


@dataclass(frozen=True)
class Price:
    """USD per million input and output tokens."""

    input: float
    output: float


def load_prices(extra: Path | None = None) -> dict[str, Price]:
    """The shipped price table, extended (and overridden) by the user's YAML/JSON file."""
    tables = [yaml.safe_load(resources.files("hazmat.evaluation").joinpath("data/prices.yaml").read_text())]
    if extra is not None:
        try:
            tables.append(yaml.safe_load(Path(extra).read_text(encoding="utf-8")))
        except (OSError, yaml.YAMLError) as e:
            raise InputError(f"price table {extra}: {e}") from e
    prices: dict[str, Price] = {}
    for table in tables:
        models = (table or {}).get("models", table or {})
        if not isinstance(models, dict):
            raise InputError("a price table maps model → {input: USD/Mtok, output: USD/Mtok}")
        for name, p in models.items():
            if name == "as_of":
                continue
            try:
                prices[str(name)] = Price(float(p["input"]), float(p["output"]))
            except (TypeError, KeyError, ValueError) as e:
                raise InputError(f"price table entry {name!r}: needs numeric 'input' and 'output' ({e})") from e
    return prices


def price_of(spec: str, prices: dict[str, Price]) -> Price | None:
    """The price of a model spec; local providers are free; None when unknown."""
    if spec.startswith(("hf/", "gguf/")):
        return Price(0.0, 0.0)
    return prices.get(spec) or prices.get(spec.partition("/")[2])


def plan(samples: dict[str, list[Sample]], models: list[str], params: GenerateParams,
         prices: dict[str, Price]) -> dict[str, Any]:
    """Requests, token estimates (input ~4 characters per token; output at most max_tokens) and costs."""
    rows = []
    total_cost: float | None = 0.0
    for model in models:
        price = price_of(model, prices)
        for suite, ss in samples.items():
            n = len(ss)
            tokens_in = sum(estimate_tokens(s.input, params) - params.max_tokens for s in ss)
            tokens_out = n * params.max_tokens
            cost = None if price is None else (tokens_in * price.input + tokens_out * price.output) / 1e6
            if cost is None:
                total_cost = None
            elif total_cost is not None:
                total_cost += cost
            rows.append({"model": model, "suite": suite, "requests": n, "input_tokens": tokens_in,
                         "max_output_tokens": tokens_out, "max_cost_usd": cost})
    return {"rows": rows, "requests": sum(r["requests"] for r in rows), "max_cost_usd": total_cost}
