"""What one evaluation run is: suites with their data, models, judges, generation settings, engine limits."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..models import GenerateParams


@dataclass(frozen=True)
class SuiteData:
    """A suite name, the user's copy of its official file, and which part of it to run."""

    suite: str
    path: Path
    limit: int | None = None
    sample: int | None = None
    seed: int = 0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict, with the data file's SHA-256 so runs on different data never mix."""
        return {"suite": self.suite, "path": str(self.path), "sha256": file_digest(self.path),
                "limit": self.limit, "sample": self.sample, "seed": self.seed}


def file_digest(path: Path) -> str | None:
    """SHA-256 of a file, or of a folder's files (names and contents, sorted); None if missing."""
    h = hashlib.sha256()
    if path.is_file():
        files = [path]
    elif path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file())
    else:
        return None
    for f in files:
        h.update(str(f.relative_to(path) if f != path else f.name).encode())
        h.update(f.read_bytes())
    return h.hexdigest()


@dataclass
class EvalConfig:
    """Everything that defines a run. ``judges`` None means each suite's default judge.

    Engine limits (``concurrency``, ``rpm``, ``tpm``, ``timeout``, ``max_attempts``) and the cache do not
    change results, so a rerun may change them; suites, data, models, judges and settings may not.
    """

    suites: list[SuiteData]
    models: list[str]
    judges: list[str] | None = None
    params: GenerateParams = field(default_factory=GenerateParams)
    model_options: dict[str, Any] = field(default_factory=dict)
    judge_options: dict[str, Any] = field(default_factory=dict)
    judge_params: GenerateParams | None = None
    air_judge_prompts: Path | None = None
    judge_structured: bool = False
    # None: each LLM judge's protocol default (unfenced for judges fine-tuned on their published prompt)
    judge_fence: bool | None = None
    # HarmBench clips generations with its classifier's tokenizer: a transformers tokenizer name or folder
    judge_clip_tokenizer: str | None = None
    judge_profiles: dict[str, Path] = field(default_factory=dict)
    concurrency: int = 32
    rpm: float | None = None
    tpm: float | None = None
    timeout: float | None = 120.0
    max_attempts: int = 6
    cache: bool = True
    cache_dir: Path | None = None
    system_prompt_ablation: str | None = None
    mutations: list[str] = field(default_factory=list)
    mutator_model: str | None = None
    mutator_options: dict[str, Any] = field(default_factory=dict)
    meaning_check: str = "embedding"
    meaning_threshold: float | None = None
    # judges whose stored verdicts are dropped and made again by the current judge (``all``: every judge);
    # like the engine limits, not part of the run's identity
    rejudge: list[str] = field(default_factory=list)

    def identity(self) -> dict[str, Any]:
        """The part of the config that must match for a rerun to resume the same run."""
        return {
            "suites": [s.to_dict() for s in self.suites],
            "models": list(self.models),
            "judges": None if self.judges is None else list(self.judges),
            "params": self.params.to_dict(),
            "judge_params": None if self.judge_params is None else self.judge_params.to_dict(),
            **({"air_judge_prompts": file_digest(self.air_judge_prompts)} if self.air_judge_prompts else {}),
            **({"judge_structured": True} if self.judge_structured else {}),
            **({"judge_fence": self.judge_fence} if self.judge_fence is not None else {}),
            **({"judge_clip_tokenizer": self.judge_clip_tokenizer} if self.judge_clip_tokenizer else {}),
            **({"judge_profiles": {j: file_digest(p) for j, p in sorted(self.judge_profiles.items())}}
               if self.judge_profiles else {}),
            **({"system_prompt_ablation": self.system_prompt_ablation} if self.system_prompt_ablation else {}),
            **({"mutations": list(self.mutations), "mutator_model": self.mutator_model,
                "meaning_check": self.meaning_check, "meaning_threshold": self.meaning_threshold}
               if self.mutations else {}),
        }
