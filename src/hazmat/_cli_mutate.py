"""``hazmat mutate``: apply SORRY-Bench's linguistic mutations to a prompt file, with a meaning check."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ._cli_common import friendly, table
from .errors import InputError

if TYPE_CHECKING:
    from .models import ChatModel

_MEANING_HELP = "embedding (offline MiniLM similarity), llm@MODEL (a chat model answers YES/NO), or none."


def _managed(spec: str, base_url: str | None, concurrency: int, timeout: float, attempts: int) -> ChatModel:
    from .engine import AdaptiveConcurrency, ManagedChatModel, ResilientCaller, RetryPolicy
    from .models import load_model

    model = load_model(spec, base_url=base_url, timeout=timeout)
    caller = ResilientCaller(model, concurrency=AdaptiveConcurrency(concurrency),
                             retry=RetryPolicy(max_attempts=attempts), timeout=timeout)
    return ManagedChatModel(caller)


def _summary(names: list[str], samples: list[Any], failures: list[Any]) -> list[list[str]]:
    rows = []
    for name in names:
        mine = [s for s in samples if s.metadata.get("mutation") == name]
        failed = sum(1 for f in failures if f.mutation == name)
        lost = sum(1 for s in mine if s.metadata.get("meaning_lost") is True)
        unassessed = sum(1 for s in mine if "meaning_reason" in s.metadata
                         and str(s.metadata["meaning_reason"]).startswith("unassessed"))
        rows.append([name, str(len(mine)), str(failed), str(lost), str(unassessed)])
    return rows


@friendly
def mutate(
    input: Annotated[Path, typer.Option("--input", "-i", help="JSONL ({id, text} or {id, messages}), CSV with "
                                        "id/text columns, or with --suite the suite's official file.")],
    mutation: Annotated[str, typer.Option("--mutation", help="Mutations, comma-separated: names (slang, caesar, "
                                          "translate-fr, ...) or groups all, styles, persuasion, encodings, "
                                          "translations. `base` keeps the original.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Output JSONL; rerun to resume and retry failures.")],
    model: Annotated[str | None, typer.Option("--model", help="Chat model that rewrites and translates: "
                                              "openai/NAME, hf/PATH or gguf/PATH.")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible server of --model and llm@ "
                                                 "(default $OPENAI_BASE_URL).")] = None,
    suite: Annotated[str | None, typer.Option("--suite", help="Read --input as this suite's official file "
                                              "(see `hazmat suites`).")] = None,
    meaning_check: Annotated[str, typer.Option("--meaning-check", help=_MEANING_HELP)] = "embedding",
    meaning_threshold: Annotated[float | None, typer.Option(help="Similarity under which the embedding check "
                                                            "calls the meaning lost (default 0.75).")] = None,
    concurrency: Annotated[int, typer.Option(help="Most model requests in flight.")] = 8,
    temperature: Annotated[float, typer.Option(help="Sampling temperature of the rewriting model.")] = 0.0,
    max_tokens: Annotated[int, typer.Option(help="Most tokens per rewrite or translation.")] = 1024,
    timeout: Annotated[float, typer.Option(help="Seconds per request before it is retried.")] = 120.0,
    max_attempts: Annotated[int, typer.Option(help="Attempts per request on 429/5xx/timeouts.")] = 6,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar.")] = True,
) -> None:
    """Rewrite prompts with SORRY-Bench's 20 linguistic mutations and check that their meaning survived."""
    from .models import GenerateParams
    from .transforms import MUTATIONS, Mutator, amutate_samples, make_meaning_check, mutation_names, read_input

    names = mutation_names(mutation)
    if concurrency < 1:
        raise InputError(f"--concurrency must be at least 1, got {concurrency}")
    need = [n for n in names if MUTATIONS[n].needs_model]
    if need and model is None:
        raise InputError(f"mutations {', '.join(need)} are rewritten by a chat model: give --model "
                         "(e.g. --model openai/gpt-4o-mini, or a local server with --base-url)")
    if suite is not None:
        from .suites import load_samples

        samples = load_samples(suite, input)
    else:
        samples = read_input(input)

    def make(spec: str) -> ChatModel:
        return _managed(spec, base_url, concurrency, timeout, max_attempts)

    checker = make_meaning_check(meaning_check, meaning_threshold, make)
    mutator = Mutator(make(model) if model else None, GenerateParams(temperature=temperature, max_tokens=max_tokens))

    async def run() -> tuple[list[Any], list[Any]]:
        try:
            return await amutate_samples(samples, names, mutator, checker, output, progress,
                                         concurrency=concurrency)
        finally:
            for m in {id(x): x for x in (mutator.model, getattr(checker, "model", None)) if x is not None}.values():
                await m.aclose()

    try:
        done, failures = asyncio.run(run())
    except KeyboardInterrupt:
        typer.echo(f"\ninterrupted: everything mutated so far is in {output}; rerun the same command to resume",
                   err=True)
        raise typer.Exit(130) from None
    typer.echo(table(["mutation", "done", "failed", "meaning lost", "meaning unassessed"],
                     _summary(names, done, failures)))
    typer.echo(f"\n{len(done)} mutated prompts ({len(samples)} inputs × {len(names)} mutations) in {output}")
    if failures:
        shown = "; ".join(str(f) for f in failures[:3])
        typer.echo(f"warning: {len(failures)} failed ({shown}); rerun the same command to retry them", err=True)

