"""Benchmark suites: loaders for the official files of the safety benchmarks, by name.

A suite reads a benchmark's own file (which the user downloads; hazmat ships none) into
:class:`~hazmat.types.Sample` s that carry ``suite``, ``category`` and ``expect`` in their metadata.
Built-ins: ``sst``, ``xstest``, ``sorrybench``, ``airbench``, ``ailuminate``, ``harmbench``, ``advbench``,
``donotanswer``, ``labsafety``, ``astral`` (files from ``hazmat generate``), ``personas`` (a persona
study's spec), ``prompts`` (your own prompts, or ``hazmat mutate`` output); plugins register under
the ``hazmat.suites`` entry-point group.
"""

from ._protocol import Expect, Suite, SuiteInfo, SuiteKind
from ._registry import ENTRY_POINT_GROUP, list_suites, load_samples, load_suite, register_suite, suite_info
from ._sampling import limit, stratified_sample
from .advbench import AdvBench
from .ailuminate import AILuminate
from .airbench import AIRBench2024, load_judge_prompts
from .astral import Astral
from .donotanswer import DoNotAnswer
from .harmbench import HarmBench
from .labsafety import LabSafetyBench
from .personas import PersonaStudy
from .prompts import PromptFile
from .sorrybench import SorryBench
from .sst import SimpleSafetyTests
from .xstest import XSTest

__all__ = [
    "ENTRY_POINT_GROUP",
    "AILuminate",
    "AIRBench2024",
    "AdvBench",
    "Astral",
    "DoNotAnswer",
    "Expect",
    "HarmBench",
    "LabSafetyBench",
    "PersonaStudy",
    "PromptFile",
    "SimpleSafetyTests",
    "SorryBench",
    "Suite",
    "SuiteInfo",
    "SuiteKind",
    "XSTest",
    "limit",
    "list_suites",
    "load_judge_prompts",
    "load_samples",
    "load_suite",
    "register_suite",
    "stratified_sample",
    "suite_info",
]
