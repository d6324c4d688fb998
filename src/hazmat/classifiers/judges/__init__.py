"""Judges: decide how a model under test answered a benchmark request.

One protocol, :class:`Judge` (items of request + response in, :class:`~hazmat.types.Verdict` s out; the
verdict conventions are in ``_protocol``'s docstring), and its implementations: any guard
(:class:`GuardJudge`), the benchmarks' LLM judges with fenced, strictly parsed prompts
(:class:`SorryBenchJudge`, :class:`AirBenchJudge`, :class:`XSTestJudge`, :class:`HarmBenchJudge`), and the
multiple-choice letter extractor (:class:`MCQAnswerJudge`). :func:`make_judge` builds one from a spec.
"""

from ._airbench import GENERIC_PROMPT as AIRBENCH_GENERIC_PROMPT
from ._airbench import AirBenchJudge, detect_inverted
from ._as_classifier import JudgeClassifier
from ._astral import AstralJudge
from ._guard import DEFAULT_GUARD, GuardJudge
from ._harmbench import LLAMA2_CLS_PROMPT, HarmBenchJudge
from ._llm import FENCE_CLOSE, FENCE_OPEN, JudgeParseError, LLMJudge, fence, neutralise_markers
from ._mcq import MCQAnswerJudge
from ._protocol import Judge, JudgeItem
from ._registry import JUDGE_PROTOCOLS, LLM_ONLY_OPTIONS, make_judge
from ._sorrybench import SORRYBENCH_PROMPT, SorryBenchJudge
from ._xstest import XSTEST_PROMPT, XSTestJudge

__all__ = [
    "AIRBENCH_GENERIC_PROMPT",
    "DEFAULT_GUARD",
    "FENCE_CLOSE",
    "FENCE_OPEN",
    "JUDGE_PROTOCOLS",
    "LLAMA2_CLS_PROMPT",
    "LLM_ONLY_OPTIONS",
    "SORRYBENCH_PROMPT",
    "XSTEST_PROMPT",
    "AirBenchJudge",
    "AstralJudge",
    "GuardJudge",
    "HarmBenchJudge",
    "Judge",
    "JudgeClassifier",
    "JudgeItem",
    "JudgeParseError",
    "LLMJudge",
    "MCQAnswerJudge",
    "SorryBenchJudge",
    "XSTestJudge",
    "detect_inverted",
    "fence",
    "make_judge",
    "neutralise_markers",
]
