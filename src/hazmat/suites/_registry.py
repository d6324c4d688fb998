"""Suites by name: the built-ins, and plugins registered under the ``hazmat.suites`` entry-point group."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .._plugins import PluginRegistry
from ..errors import SuiteError
from ..types import Sample
from ._protocol import Suite, SuiteInfo
from ._sampling import limit as take_first
from ._sampling import stratified_sample
from .advbench import AdvBench
from .ailuminate import AILuminate
from .airbench import AIRBench2024
from .astral import Astral
from .donotanswer import DoNotAnswer
from .harmbench import HarmBench
from .labsafety import LabSafetyBench
from .personas import PersonaStudy
from .prompts import PromptFile
from .sorrybench import SorryBench
from .sst import SimpleSafetyTests
from .xstest import XSTest

log = logging.getLogger(__name__)

Factory = Callable[..., Suite]
ENTRY_POINT_GROUP = "hazmat.suites"
#: the built-in suites by name (each class's ``name``)
BUILTINS: dict[str, Factory] = {
    "sst": SimpleSafetyTests,
    "xstest": XSTest,
    "sorrybench": SorryBench,
    "airbench": AIRBench2024,
    "ailuminate": AILuminate,
    "harmbench": HarmBench,
    "advbench": AdvBench,
    "donotanswer": DoNotAnswer,
    "labsafety": LabSafetyBench,
    "astral": Astral,
    "personas": PersonaStudy,
    "prompts": PromptFile,
}
_registry: PluginRegistry[Suite] = PluginRegistry(ENTRY_POINT_GROUP, "suite", SuiteError, SuiteError, BUILTINS)


def register_suite(name: str) -> Callable[[Factory], Factory]:
    """Decorator: register a factory (a class or a function returning a suite) under ``name``."""
    return _registry.register(name)


def load_suite(name: str, **options: Any) -> Suite:
    """The suite registered as ``name``, built with ``options`` (e.g. ``version`` for sorrybench)."""
    factory = _registry.get(name)
    try:
        return factory(**options)
    except TypeError as e:
        raise SuiteError(f"suite {name!r}: bad options {sorted(options)}: {e}") from None


def suite_info(suite: Suite) -> SuiteInfo:
    """The listing entry of a suite."""
    return SuiteInfo(name=suite.name, title=suite.title, kind=suite.kind, taxonomy=suite.taxonomy, source=suite.source)


def list_suites() -> list[SuiteInfo]:
    """Every registered suite (built-ins and plugins), by name; a plugin that fails to load is logged and left out."""
    out = []
    for name in _registry.names():
        try:
            out.append(suite_info(load_suite(name)))
        except SuiteError as e:
            log.warning("%s", e)
    return out


def load_samples(
    name: str | Suite, path: str | Path, limit: int | None = None, sample: int | None = None, seed: int = 0
) -> list[Sample]:
    """Load a suite's file at ``path``; then draw a stratified ``sample`` (by category, with ``seed``),
    then keep the first ``limit``. ``name`` is a registered name or a suite object.
    """
    suite = load_suite(name) if isinstance(name, str) else name
    samples = suite.load(Path(path))
    if sample is not None:
        samples = stratified_sample(samples, sample, seed)
    return take_first(samples, limit)
