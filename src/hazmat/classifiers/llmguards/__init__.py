"""LLM guards as classifiers: Llama Guard 1-4, ShieldGemma, WildGuard, Granite Guardian, NemoGuard, Aegis 1.0.

Each family is a :class:`GuardFormat` that reproduces the prompt its model was trained on byte for byte
(:meth:`GuardFormat.render_prompt`), the same instruction in chat form (:meth:`GuardFormat.chat_request`),
its decision tokens and its output parser. :class:`LLMGuard` runs a format on any chat model and returns
:class:`~hazmat.types.Verdict` s with ``unsafe_score`` = P(unsafe) from the decision token's
log-probabilities. :func:`make_llm_guard` builds one from ``FAMILY@MODEL_SPEC``.

The prompt texts are the guards' own (Meta's Llama Guard templates and policy, Google's ShieldGemma
guidelines, IBM's Granite Guardian risk bank, AllenAI's WildGuard format, NVIDIA's Aegis and NemoGuard
prompts), reproduced because the models only work with them; each remains under its owner's terms
(Llama Guard: Llama Community Licenses; Aegis 1.0: Llama 2 Community License; the others: Apache-2.0 or the
Gemma terms). Sources: ``tests/data/llmguards/README.md``.
"""

from ._backends import legacy_logprobs, raw_completer
from ._base import (
    CategorySpec,
    ChatStyle,
    Decision,
    GuardCategory,
    GuardFormat,
    GuardInputError,
    GuardParseError,
    ParsedOutput,
    Task,
    decision_probability,
)
from ._guard import ALIASES, FAMILIES, LLMGuard, Mode, get_format, make_llm_guard
from ._llamaguard import Aegis1, LlamaGuard1, LlamaGuard2, LlamaGuard3, LlamaGuard3Small, LlamaGuard4, LlamaGuardFormat
from ._others import GraniteGuardian, NemoGuard, ShieldGemma, WildGuard

__all__ = [
    "ALIASES",
    "FAMILIES",
    "Aegis1",
    "CategorySpec",
    "ChatStyle",
    "Decision",
    "GraniteGuardian",
    "GuardCategory",
    "GuardFormat",
    "GuardInputError",
    "GuardParseError",
    "LLMGuard",
    "LlamaGuard1",
    "LlamaGuard2",
    "LlamaGuard3",
    "LlamaGuard3Small",
    "LlamaGuard4",
    "LlamaGuardFormat",
    "Mode",
    "NemoGuard",
    "ParsedOutput",
    "ShieldGemma",
    "Task",
    "WildGuard",
    "decision_probability",
    "get_format",
    "legacy_logprobs",
    "make_llm_guard",
    "raw_completer",
]
