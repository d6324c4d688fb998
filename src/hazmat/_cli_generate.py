"""``hazmat generate``: ASTRAL coverage-driven test generation (categories × writing styles × persuasion)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ._cli_common import friendly, table
from .errors import InputError

if TYPE_CHECKING:
    from .generation import AstralGenerator, Cell, CoverageReport
    from .models import ChatModel


def _names(kind: str, value: str) -> list[str]:
    from .generation import STYLES, TECHNIQUES, check_names

    if value.strip().lower() == "all":
        return list(STYLES if kind == "style" else TECHNIQUES)
    return check_names(kind, [v.strip() for v in value.split(",") if v.strip()])


def _categories(taxonomy: str, wanted: list[str]) -> tuple[str, list[str]]:
    from .taxonomy import load_taxonomy

    tax = load_taxonomy(taxonomy)
    if not wanted:
        return tax.id, tax.ids
    out = []
    for w in wanted:
        cid = tax.resolve(w)
        if cid is None:
            raise InputError(f"--category {w!r} is not a category of {tax.id}; known: {', '.join(tax.ids)}")
        out.append(cid)
    return tax.id, list(dict.fromkeys(out))


def _check(per_cell: int, concurrency: int, max_requests: int, near_duplicate: float, top_k: int) -> None:
    if per_cell < 1:
        raise InputError(f"--per-cell must be at least 1, got {per_cell}")
    if concurrency < 1:
        raise InputError(f"--concurrency must be at least 1, got {concurrency}")
    if max_requests < 1:
        raise InputError(f"--max-requests must be at least 1, got {max_requests}")
    if not 0.0 < near_duplicate <= 1.0:
        raise InputError(f"--near-duplicate must be in (0, 1], got {near_duplicate}")
    if top_k < 1:
        raise InputError(f"--top-k must be at least 1, got {top_k}")


async def _run(gen: AstralGenerator, model: ChatModel, cells: list[Cell], per_cell: int, out: Path, design: str,
               progress: bool) -> CoverageReport:
    from tqdm import tqdm

    bar = tqdm(total=len(cells), desc="cells", unit="cell", disable=not progress)
    try:
        return await gen.agenerate(cells, per_cell, out, design, on_progress=lambda _cov: bar.update(1))
    finally:
        bar.close()
        await model.aclose()


def _print_report(report: CoverageReport, out: Path) -> None:
    from .generation import coverage_path

    typer.echo(f"coverage: {report.cells_complete}/{len(report.cells)} cells complete, {report.prompts} prompts "
               f"({report.missing} missing); {report.duplicates_removed} duplicates removed, "
               f"{report.unparsed} unusable lines; {report.requests} requests ({report.failed_requests} failed), "
               f"{report.resumed} prompts resumed from {out.name}")
    typer.echo(f"tests: {out}  coverage: {coverage_path(out)}")
    short = [c for c in report.cells if c.missing]
    if short:
        rows = [[c.cell.category, c.cell.style, c.cell.persuasion, f"{c.got}/{c.target}", c.errors[-1] if c.errors
                 else ""] for c in short[:10]]
        typer.echo(table(["category", "style", "persuasion", "got", "last problem"], rows), err=True)
        more = f" (and {len(short) - 10} more)" if len(short) > 10 else ""
        typer.echo(f"warning: {len(short)} cells are short{more}; rerun the same command to top them up", err=True)


@friendly
def generate_cmd(
    model: Annotated[str, typer.Option("--model", "-m", help="Generator model: openai/NAME (any OpenAI-compatible server), hf/PATH or gguf/PATH.")],  # noqa: E501
    out: Annotated[Path, typer.Option("--out", "-o", help="Output JSONL; rerun with the same file to resume.")],
    categories: Annotated[str, typer.Option("--categories", help="Taxonomy whose categories are covered: a built-in name or a YAML file.")] = "beavertails",  # noqa: E501
    category: Annotated[list[str] | None, typer.Option("--category", "-c", help="Only this category (id, name or alias). Repeatable.")] = None,  # noqa: E501
    styles: Annotated[str, typer.Option("--styles", help="Writing styles, comma-separated, or all.")] = "all",
    persuasion: Annotated[str, typer.Option("--persuasion", help="Persuasion techniques, comma-separated, or all.")] = "all",  # noqa: E501
    per_cell: Annotated[int, typer.Option("--per-cell", "-n", help="Test prompts per cell.")] = 3,
    pairwise: Annotated[bool, typer.Option("--pairwise", help="Cover every pair of values instead of every combination (84 cells instead of 420 for BeaverTails).")] = False,  # noqa: E501
    base_url: Annotated[str | None, typer.Option("--base-url", help="OpenAI-compatible server of the generator (default $OPENAI_BASE_URL).")] = None,  # noqa: E501
    documents: Annotated[Path | None, typer.Option("--documents", help="Ground the prompts in these documents: a folder or a .txt/.md/.jsonl file (BM25 retrieval).")] = None,  # noqa: E501
    top_k: Annotated[int, typer.Option("--top-k", help="Passages retrieved per category with --documents.")] = 3,
    extra_instruction: Annotated[str | None, typer.Option("--extra-instruction", help="Added to every generator instruction, e.g. 'Refer to events in the documents.'")] = None,  # noqa: E501
    concurrency: Annotated[int, typer.Option("--concurrency", help="Most requests in flight.")] = 8,
    temperature: Annotated[float, typer.Option("--temperature", help="Generator sampling temperature.")] = 0.9,
    max_tokens: Annotated[int, typer.Option("--max-tokens", help="Most tokens per generator answer.")] = 1024,
    max_requests: Annotated[int, typer.Option("--max-requests", help="Most requests per cell (the first plus top-ups).")] = 4,  # noqa: E501
    near_duplicate: Annotated[float, typer.Option("--near-duplicate", help="Token-set Jaccard at or above which a prompt is a near duplicate.")] = 0.8,  # noqa: E501
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds per request before it is retried.")] = 120.0,
    max_attempts: Annotated[int, typer.Option("--max-attempts", help="Attempts per request on 429/5xx/timeouts.")] = 6,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar.")] = True,
) -> None:
    """Generate unsafe test prompts covering categories × writing styles × persuasion techniques (ASTRAL)."""
    from .engine import AdaptiveConcurrency, ManagedChatModel, ResilientCaller, RetryPolicy
    from .generation import AstralGenerator, BM25Index, full_design, pairwise_design
    from .models import GenerateParams, load_model

    _check(per_cell, concurrency, max_requests, near_duplicate, top_k)
    taxonomy, cats = _categories(categories, list(category or []))
    style_names, techniques = _names("style", styles), _names("persuasion", persuasion)
    cells = (pairwise_design if pairwise else full_design)(cats, style_names, techniques)
    retriever = BM25Index.from_path(documents) if documents is not None else None
    caller = ResilientCaller(load_model(model, base_url=base_url, timeout=timeout),
                             concurrency=AdaptiveConcurrency(concurrency), retry=RetryPolicy(max_attempts=max_attempts),
                             timeout=timeout)
    managed = ManagedChatModel(caller)
    gen = AstralGenerator(managed, taxonomy, params=GenerateParams(temperature=temperature, max_tokens=max_tokens),
                          concurrency=concurrency, retriever=retriever, top_k=top_k,
                          extra_instruction=extra_instruction, near_duplicate=near_duplicate,
                          max_requests=max_requests)
    report = asyncio.run(_run(gen, managed, cells, per_cell, out, "pairwise" if pairwise else "full", progress))
    _print_report(report, out)
