"""Prompt transforms: SORRY-Bench's 20 linguistic mutations, a meaning check, and resumable file mutation.

* :data:`MUTATIONS` (``base`` + 20), :func:`mutation_names` (``"slang,encodings"``), :class:`Mutator`
  (``amutate``, ``adecode_answer``, ``aback_translate``), :func:`mutated_sample`, :func:`answer_decoding`;
* the 4 deterministic encodings (:data:`ENCODINGS`, :func:`wrap`, :func:`decode_response`);
* the 16 model rewrites' templates and parser (:data:`REWRITES`, :func:`parse_rewrite`);
* meaning checks (:class:`EmbeddingMeaningCheck`, :class:`LLMMeaningCheck`, :func:`acheck_mutation`);
* :func:`amutate_samples` / :func:`load_mutated` / :func:`read_input` for ``hazmat mutate`` files.

See docs/mutations.md.
"""

from hazmat.transforms._encodings import ENCODINGS, Encoding, decode_response, get_encoding, wrap
from hazmat.transforms._meaning import (
    DEFAULT_THRESHOLD,
    EmbeddingMeaningCheck,
    LLMMeaningCheck,
    MeaningCheck,
    MeaningResult,
    acheck_mutation,
    make_meaning_check,
)
from hazmat.transforms._mutate_file import MutationFailure, amutate_samples, load_mutated, read_input
from hazmat.transforms._mutations import (
    GROUPS,
    MUTATIONS,
    MutationInfo,
    MutationKind,
    Mutator,
    answer_decoding,
    mutated_sample,
    mutation_names,
    original_prompt,
)
from hazmat.transforms._rewrites import (
    REWRITES,
    MutationFailed,
    RewriteSpec,
    TranslatorRefused,
    parse_rewrite,
    rewrite_prompt,
)

__all__ = [
    "DEFAULT_THRESHOLD",
    "ENCODINGS",
    "GROUPS",
    "MUTATIONS",
    "REWRITES",
    "EmbeddingMeaningCheck",
    "Encoding",
    "LLMMeaningCheck",
    "MeaningCheck",
    "MeaningResult",
    "MutationFailed",
    "MutationFailure",
    "MutationInfo",
    "MutationKind",
    "Mutator",
    "RewriteSpec",
    "TranslatorRefused",
    "acheck_mutation",
    "amutate_samples",
    "answer_decoding",
    "decode_response",
    "get_encoding",
    "load_mutated",
    "make_meaning_check",
    "mutated_sample",
    "mutation_names",
    "original_prompt",
    "parse_rewrite",
    "read_input",
    "rewrite_prompt",
    "wrap",
]
