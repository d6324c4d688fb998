"""Mutations inside a run: mutate the suites' samples before answering, decode answers before judging.

``hazmat eval --mutation NAME[,...]`` mutates every loaded sample with each named SORRY-Bench mutation
(``base`` keeps the original). Mutated prompts are written to ``RUN_DIR/mutations.jsonl`` as they are made, so
a rerun reuses them (and retries the ones that failed); rewriting mutations and back-translation use the
``--mutator-model`` through the engine (retries, cache). Encoded answers are decoded, and answers to translated
prompts translated back to English, before any judge sees them; the judge is shown the original prompt.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import RunError
from ..types import Sample

MUTATIONS_FILE = "mutations.jsonl"


def decoded_mutations(samples: dict[str, list[Sample]]) -> set[str]:
    """The mutations whose answers must be decoded before judging, over all samples."""
    from ..transforms import answer_decoding

    return {m for ss in samples.values() for s in ss if (m := answer_decoding(s)) is not None}


def check_mutator(samples: dict[str, list[Sample]], mutations: list[str], mutator_model: str | None) -> None:
    """Fail early on an unknown mutation, or when a mutation or a translated sample needs a mutator model
    and none is given."""
    from ..transforms import MUTATIONS, mutation_names

    if mutations:
        mutation_names(",".join(mutations))  # an unknown name: InputError listing the valid ones
    need = [n for n in mutations if MUTATIONS[n].needs_model]
    # of the answers to decode, only translated ones need the model (encodings are decoded without one)
    need += sorted(m for m in decoded_mutations(samples) if MUTATIONS[m].needs_model)
    if need and not mutator_model:
        raise RunError(f"{', '.join(dict.fromkeys(need))} need a model that rewrites or translates: "
                       "add --mutator-model (e.g. openai/gpt-4o-mini)")


async def mutate_all(samples: dict[str, list[Sample]], mutations: list[str], mutator: Any, checker: Any,
                     run_dir: Path, progress: bool) -> tuple[dict[str, list[Sample]], dict[str, Any]]:
    """Every suite's samples under every mutation (written to ``RUN_DIR/mutations.jsonl``, resumed from it).

    Samples whose mutation failed are left out of this session and counted; a rerun retries them.
    """
    from ..transforms import amutate_samples

    out: dict[str, list[Sample]] = {}
    failed = 0
    reasons: list[str] = []
    rest = [m for m in mutations if m != "base"]
    for suite, ss in samples.items():
        base = [replace(s, metadata={**s.metadata, "mutation": "base"}) for s in ss] if "base" in mutations else []
        if not rest:
            out[suite] = base
            continue
        path = run_dir / (MUTATIONS_FILE if len(samples) == 1 else f"mutations-{suite}.jsonl")
        mutated, failures = await amutate_samples(ss, rest, mutator, checker, path, progress)
        out[suite] = base + list(mutated)
        failed += len(failures)
        reasons += [str(f) for f in failures[:3]]
    return out, {"mutation_failed": failed, **({"mutation_failures": reasons[:5]} if reasons else {})}


async def decode_answer(mutator: Any, sample: Sample, text: str) -> str:
    """The answer a judge should see: decoded (encodings) or translated back to English (translations)."""
    from ..transforms import answer_decoding

    name = answer_decoding(sample)
    if name is None or not text:
        return text
    decoded: str = await mutator.adecode_answer(name, text)
    return decoded
