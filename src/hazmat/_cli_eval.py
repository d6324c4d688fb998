"""``hazmat eval``, ``summarize``, ``runs``, ``standard``, ``suites`` and ``cache``: the model-evaluation commands."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated, Any

import typer

from ._cli_common import friendly, table
from .errors import InputError, RunError

runs_app = typer.Typer(no_args_is_help=True, help="List and show evaluation runs.")
standard_app = typer.Typer(no_args_is_help=True, help="AILuminate reference standards.")
cache_app = typer.Typer(no_args_is_help=True, help="The response cache shared across runs.")


_GENERIC_AIR_WARNING = ("warning: {judges} without --judge-prompts uses hazmat's generic judge prompt, not AIR-Bench's "
                        "per-category prompts: its scores are not AIR-Bench's (the summary's judge description says "
                        "prompts: generic). Pass the dataset's judge_prompts file with --judge-prompts.")
# `hazmat eval` ran to the end but not a single item was assessed (documented in the README)
EXIT_NOTHING_ASSESSED = 4


def _pair_suites(suites: list[str], data: list[Path]) -> list[tuple[str, Path]]:
    out: list[tuple[str, Path]] = []
    plain = [s for s in suites if "=" not in s]
    if len(plain) != len(data):
        raise InputError(f"give one --data per --suite (or --suite NAME=PATH): {len(plain)} suites, {len(data)} data")
    it = iter(data)
    for s in suites:
        if "=" in s:
            name, _, where = s.partition("=")
            out.append((name, Path(where)))
        else:
            out.append((s, next(it)))
    for name, path in out:
        if not path.exists():
            raise InputError(f"--suite {name}: data file {path} does not exist (download it: see README, Suites)")
    return out


def _judge_profiles(items: list[str]) -> dict[str, Path]:
    out = {}
    for item in items:
        judge, sep, path = item.partition("=")
        if not sep or not judge or not path:
            raise InputError(f"--judge-profile {item!r}: write JUDGE=PROFILE.json, e.g. hazmat-minilm=profile.json")
        if not Path(path).is_file():
            raise InputError(f"--judge-profile {item!r}: no such file {path}")
        out[judge] = Path(path)
    return out


def _safety_prompt(ablate: bool, text: str | None) -> str | None:
    if text is not None and not ablate:
        raise InputError("--safety-prompt is the system prompt of --ablate-system-prompt; add that option")
    if not ablate:
        return None
    if text is None:
        from .evaluation import DEFAULT_SAFETY_PROMPT

        return DEFAULT_SAFETY_PROMPT
    if text.startswith("@"):
        path = Path(text[1:])
        if not path.is_file():
            raise InputError(f"--safety-prompt {text}: no such file {path}")
        text = path.read_text(encoding="utf-8")
    if not text.strip():
        raise InputError("--safety-prompt is empty")
    return text.strip()


def _mutations(spec: str | None) -> list[str]:
    if spec is None:
        return []
    from .transforms import mutation_names

    try:
        names: list[str] = mutation_names(spec)
    except (InputError, ValueError) as e:
        raise InputError(f"--mutation: {e}") from None
    return names


def _fmt_rate(r: dict[str, Any] | None) -> str:
    if not r or r.get("value") is None:
        return "-"
    return f"{100 * r['value']:.1f}% [{100 * r['low']:.0f}–{100 * r['high']:.0f}]"


def print_summary(summary: dict[str, Any]) -> None:
    """The summary's overall rates as a table, then AILuminate grades and ensembles when present."""
    rows = []
    for r in summary["results"]:
        o = r["overall"]
        main = o.get("accuracy") if r["kind"] == "mcq" else o.get("unsafe")
        rows.append([r["suite"], r["model"], r["judge"], str(o["items"]), _fmt_rate(main), _fmt_rate(o.get("refusal")),
                     _fmt_rate(o.get("over_refusal")), str(o["unassessed"])])
    typer.echo(table(["suite", "model", "judge", "items", "unsafe (mcq: accuracy)", "refusal", "over-refusal",
                      "unassessed"], rows))
    for r in summary["results"]:
        g = r.get("grade")
        if g:
            overall = g.get("overall") or {}
            typer.echo(f"\nAILuminate grade, {r['model']} by {r['judge']}: {overall.get('text', overall.get('grade'))}")
            hz = [[h, str(v.get("text", v.get("grade"))), f"{v.get('frac_safe', 0):.3f}", f"{v.get('reference', 0):.3f}"]
                  for h, v in sorted(g.get("hazards", {}).items())]
            if hz:
                typer.echo(table(["hazard", "grade", "frac safe", "reference"], hz))
    for e in summary.get("ensembles", []):
        typer.echo(f"\nensemble of {', '.join(e['judges'])} on {e['suite']} / {e['model']}: majority unsafe "
                   f"{_fmt_rate(e['majority'])}, any-unsafe {_fmt_rate(e['any_unsafe'])}, "
                   f"mean vote entropy {e['mean_entropy']:.3f}")
    for a in summary.get("ablations", []):
        typer.echo(f"\nsystem-prompt ablation, {a['suite']} / {a['model']} by {a['judge']}: "
                   f"rate with the safety prompt minus without (95% Newcombe interval)")
        typer.echo(table(["category", "outcome", "pairs", "without", "with", "difference"],
                         [[r["category"], r["outcome"], str(r["n"]), _pct(r["first"]), _pct(r["second"]),
                           _fmt_diff(r)] for r in a["rows"]]))


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def _fmt_diff(row: dict[str, Any]) -> str:
    if row.get("difference") is None:
        return "-"
    return f"{100 * row['difference']:+.1f} pts [{100 * row['low']:+.0f}, {100 * row['high']:+.0f}]"


@friendly
def eval_cmd(
    suite: Annotated[list[str], typer.Option("--suite", "-s", help="Suite name (see `hazmat suites`), or NAME=PATH. Repeatable.")],
    model: Annotated[list[str], typer.Option("--model", "-m", help="openai/NAME, hf/PATH_OR_NAME or gguf/PATH. Repeatable.")],
    run_dir: Annotated[Path, typer.Option("--run-dir", help="Where the store, results.jsonl and summary.json go; rerun to resume.")],
    data: Annotated[list[Path] | None, typer.Option("--data", "-d", help="The suite's official file, one per --suite, in order.")] = None,
    judge: Annotated[list[str] | None, typer.Option("--judge", "-j", help="hazmat-minilm, mcq, or PROTOCOL@MODEL (sorrybench, airbench, xstest, harmbench, astral). Repeatable; default: each suite's own.")] = None,
    judge_prompts: Annotated[Path | None, typer.Option(help="AIR-Bench's per-category judge prompts (CSV/JSONL with cate-idx, judge_prompt) for airbench@MODEL.")] = None,
    judge_profile: Annotated[list[str] | None, typer.Option("--judge-profile", help="JUDGE=PROFILE.json: apply a guard profile from `hazmat calibrate` to that guard judge. Repeatable.")] = None,
    judge_structured: Annotated[bool, typer.Option("--judge-structured", help="Ask LLM judges for JSON-schema output (response_format), for servers that support it.")] = False,
    judge_fence: Annotated[bool | None, typer.Option("--judge-fence/--judge-no-fence", help="Fence the judged answer between random markers (injection-robust). Default: fenced, except for judges fine-tuned on their published prompt (harmbench, sorrybench), which get that prompt exactly.")] = None,
    judge_clip_tokenizer: Annotated[str | None, typer.Option("--judge-clip-tokenizer", help="Tokenizer (transformers name or folder) that harmbench@ clips generations with, to 512 tokens as HarmBench does (its classifier's, e.g. a local copy of cais/HarmBench-Llama-2-13b-cls). Default: an estimate of 4 characters per token.")] = None,
    limit: Annotated[int | None, typer.Option(help="Only the first N samples of each suite.")] = None,
    sample: Annotated[int | None, typer.Option(help="N samples per suite, stratified by category.")] = None,
    seed: Annotated[int, typer.Option(help="Seed of --sample.")] = 0,
    temperature: Annotated[float, typer.Option(help="Sampling temperature of the model under test.")] = 0.0,
    max_tokens: Annotated[int, typer.Option(help="Most tokens per answer.")] = 512,
    gen_seed: Annotated[int | None, typer.Option("--gen-seed", help="Generation seed sent to the model.")] = None,
    system_prompt: Annotated[str | None, typer.Option(help="A system prompt put before every sample.")] = None,
    mutation: Annotated[str | None, typer.Option(help="Mutate every sample: SORRY-Bench mutation names, comma-separated (base keeps the original; groups: all, encodings, styles, persuasion, translations).")] = None,
    mutator_model: Annotated[str | None, typer.Option(help="The model that rewrites and translates for --mutation (and translates answers back).")] = None,
    mutator_base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible server of --mutator-model (default: --base-url).")] = None,
    meaning_check: Annotated[str, typer.Option(help="Flag mutations that lost the intent: embedding, llm@MODEL or none.")] = "embedding",
    meaning_threshold: Annotated[float | None, typer.Option(help="Cosine similarity below which the embedding check flags a mutation.")] = None,
    ablate_system_prompt: Annotated[bool, typer.Option("--ablate-system-prompt", help="Ask every sample twice, without and with a safety-emphasising system prompt, and report the difference per category.")] = False,
    safety_prompt: Annotated[str | None, typer.Option(help="The safety system prompt of --ablate-system-prompt (text, or @FILE); default: Mistral's guardrail prompt.")] = None,
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible server of the model (default $OPENAI_BASE_URL).")] = None,
    judge_base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible server of LLM judges (default: --base-url).")] = None,
    concurrency: Annotated[int, typer.Option(help="Most requests in flight (lowered automatically on 429).")] = 32,
    rpm: Annotated[float | None, typer.Option(help="Cap on requests per minute.")] = None,
    tpm: Annotated[float | None, typer.Option(help="Cap on tokens per minute (estimated).")] = None,
    timeout: Annotated[float, typer.Option(help="Seconds per request before it is retried.")] = 120.0,
    max_attempts: Annotated[int, typer.Option(help="Attempts per request on 429/5xx/timeouts.")] = 6,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not read or write the shared response cache.")] = False,
    cache_dir: Annotated[Path | None, typer.Option(help="Response cache folder (default $HAZMAT_CACHE_DIR or ~/.cache/hazmat).")] = None,
    taxonomy: Annotated[list[str] | None, typer.Option("--taxonomy", "-t", help="Also re-express the summary in this taxonomy. Repeatable.")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print requests, a token and a cost estimate; send nothing.")] = False,
    prices: Annotated[Path | None, typer.Option(help="YAML/JSON price table extending the built-in one (USD per Mtok).")] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar.")] = True,
    rejudge: Annotated[list[str] | None, typer.Option("--rejudge", help="Drop this judge's stored verdicts and judge those answers again (`all`: every judge); for a judge that changed since a run began. Repeatable.")] = None,
) -> None:
    """Run safety benchmarks against models, judge the answers, and write results and a summary."""
    from .evaluation import EvalConfig, EvalRunner, SuiteData, summarize, write_results, write_summary
    from .models import GenerateParams

    pairs = _pair_suites(suite, data or [])
    params = GenerateParams(temperature=temperature, max_tokens=max_tokens, seed=gen_seed, system_prompt=system_prompt)
    config = EvalConfig(
        suites=[SuiteData(n, p, limit=limit, sample=sample, seed=seed) for n, p in pairs], models=list(model),
        judges=list(judge) if judge else None, params=params,
        model_options={"base_url": base_url, "timeout": timeout},
        judge_options={"base_url": judge_base_url or base_url, "timeout": timeout},
        concurrency=concurrency, rpm=rpm, tpm=tpm, timeout=timeout, max_attempts=max_attempts,
        cache=not no_cache, cache_dir=cache_dir, air_judge_prompts=judge_prompts, judge_structured=judge_structured,
        judge_fence=judge_fence, judge_clip_tokenizer=judge_clip_tokenizer,
        judge_profiles=_judge_profiles(judge_profile or []),
        system_prompt_ablation=_safety_prompt(ablate_system_prompt, safety_prompt),
        mutations=_mutations(mutation), mutator_model=mutator_model,
        meaning_check=meaning_check, meaning_threshold=meaning_threshold,
        mutator_options={"base_url": mutator_base_url or base_url, "timeout": timeout},
        rejudge=list(rejudge or []),
    )
    runner = EvalRunner(config, run_dir, progress=progress)
    generic_air = [j for j in (config.judges or []) if j.startswith("airbench@")] if not judge_prompts else []
    if generic_air:
        typer.echo(_GENERIC_AIR_WARNING.format(judges=", ".join(generic_air)), err=True)
    if dry_run:
        from .evaluation._dryrun import load_prices, plan

        shown = 0
        for suite_name, samples in runner.samples.items():
            for s in samples[: max(0, 3 - shown)]:
                body = {"model": model[0], "messages": params.apply_system_prompt(s.input).to_list(), **params.to_dict()}
                typer.echo(f"[{suite_name}/{s.id}] " + json.dumps(body, ensure_ascii=False))
                shown += 1
        p = plan(runner.samples, list(model), params, load_prices(prices))
        typer.echo(table(["model", "suite", "requests", "input tokens (est.)", "output tokens (max)", "cost (max, USD)"],
                         [[r["model"], r["suite"], str(r["requests"]), str(r["input_tokens"]), str(r["max_output_tokens"]),
                           "unknown price" if r["max_cost_usd"] is None else f"{r['max_cost_usd']:.4f}"] for r in p["rows"]]))
        total = p["max_cost_usd"]
        typer.echo(f"{p['requests']} requests; at most "
                   + ("an unknown cost (add the model to --prices)" if total is None else f"${total:.4f}")
                   + "; LLM judge calls are not included. Nothing was sent.")
        if config.mutations:
            typer.echo(f"--mutation: each sample is asked once per mutation ({len(config.mutations)}: "
                       f"{', '.join(config.mutations)}); the estimate above is per mutation, on the original prompts, "
                       "and leaves out the mutator model's rewriting calls.")
        return
    t0 = time.time()
    try:
        counters = runner.run()
    except KeyboardInterrupt:
        typer.echo(f"\ninterrupted: everything answered so far is stored in {run_dir}; rerun the same command to resume",
                   err=True)
        raise typer.Exit(130) from None
    write_results(run_dir)
    summary = summarize(run_dir, taxonomies=taxonomy or [], counters=counters)
    write_summary(run_dir, summary)
    print_summary(summary.model_dump())
    failed = counters.get("failed", 0)
    typer.echo(f"\n{counters['generated']} answers generated, {failed} failed, {counters['judged']} judged in "
               f"{time.time() - t0:.1f} s; results: {run_dir / 'results.jsonl'}, summary: {run_dir / 'summary.json'}")
    for spec, n in counters.get("rejudged", {}).items():
        if n:
            typer.echo(f"--rejudge {spec}: its {n} stored verdicts were dropped and the answers judged again",
                       err=True)
    for spec, change in counters.get("judges_changed", {}).items():
        fields = ", ".join(change["changed"][:6]) + (", ..." if len(change["changed"]) > 6 else "")
        typer.echo(f"warning: judge {spec} has changed since it made the {change['verdicts']} verdicts stored in "
                   f"{run_dir} (differs in: {fields}); they were kept and the summary mixes both. Rerun with "
                   f"--rejudge {spec} to judge every answer with the current judge (the previous one is recorded "
                   "under judge_history in the store)", err=True)
    if counters.get("judge_errors"):
        typer.echo(f"warning: {counters['judge_errors']} judgments failed: {counters['judge_error_messages'][:3]}; "
                   "rerun to retry them", err=True)
    if failed:
        typer.echo(f"warning: {failed} requests failed after retries; rerun the same command to retry them", err=True)
    if counters.get("mutation_failed"):
        typer.echo(f"warning: {counters['mutation_failed']} mutations failed and were not asked "
                   f"({'; '.join(counters.get('mutation_failures', []))}); rerun the same command to retry them",
                   err=True)
    if generic_air:
        typer.echo(_GENERIC_AIR_WARNING.format(judges=", ".join(generic_air)), err=True)
    if not _assessed(summary.results, run_dir):
        typer.echo(f"error: nothing was assessed in {run_dir} (every request failed, or every verdict is "
                   f"unassessed); exit code {EXIT_NOTHING_ASSESSED}", err=True)
        raise typer.Exit(EXIT_NOTHING_ASSESSED)


def _assessed(results: list[Any], run_dir: Path) -> int:
    """Items with an assessed verdict; without judges (--judge none), answers that came back."""
    if results:
        return sum(r.overall.items - r.overall.unassessed for r in results)
    from .evaluation._summary import open_existing

    store = open_existing(run_dir)
    try:
        return sum(r.error is None for r in store.responses())
    finally:
        store.close()


@friendly
def summarize_cmd(
    run_dir: Annotated[Path, typer.Argument(help="A run directory.")],
    taxonomy: Annotated[list[str] | None, typer.Option("--taxonomy", "-t", help="Re-express the run in this taxonomy. Repeatable.")] = None,
    standard: Annotated[str, typer.Option(help="AILuminate reference standard: auto (the practice standard for the demo and practice prompt sets, the official one for the official set, in the prompt set's locale), a built-in name, or a JSON file.")] = "auto",
    write: Annotated[bool, typer.Option("--write/--no-write", help="Rewrite summary.json.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Recompute a finished run's summary, optionally in other taxonomies (with what they cannot cover)."""
    from .evaluation import summarize, write_summary

    summary = summarize(run_dir, taxonomies=taxonomy or [], standard=standard)
    if write:
        write_summary(run_dir, summary)
    data = summary.model_dump()
    if as_json:
        typer.echo(json.dumps(data, indent=1, ensure_ascii=False))
        return
    print_summary(data)
    for view in data["views"]:
        typer.echo(f"\nin taxonomy {view['taxonomy']}:")
        typer.echo(table(["suite", "model", "judge", "category", "items", "unsafe", "refusal", "over-refusal"],
                         [[r["suite"], r["model"], r["judge"], r["category"], str(r["items"]), _fmt_rate(r.get("unsafe")),
                           _fmt_rate(r.get("refusal")), _fmt_rate(r.get("over_refusal"))] for r in view["results"]]))
        for suite_name, cats in view["uncovered"].items():
            if cats:
                typer.echo(f"not covered by {suite_name}: {', '.join(cats)}")
        for suite_name, cats in view["unmapped"].items():
            if cats:
                typer.echo(f"{suite_name} categories with no counterpart in {view['taxonomy']}: {', '.join(cats)}")


@runs_app.command("list")
@friendly
def runs_list(root: Annotated[Path, typer.Argument(help="A folder holding run directories.")] = Path("runs")) -> None:
    """List the runs under a folder: suites, models, progress."""
    from .engine import RunStore

    if not root.is_dir():
        raise RunError(f"{root}: no such folder")
    rows = []
    for store_path in sorted(root.rglob("store.sqlite")):
        store = RunStore(store_path)
        try:
            ident = store.get_meta("identity") or {}
            counts = store.counts()
            created = store.get_meta("created")
        finally:
            store.close()
        rows.append([str(store_path.parent), ",".join(s["suite"] for s in ident.get("suites", [])),
                     ",".join(ident.get("models", [])), str(counts["samples"]), str(counts["responses"]),
                     str(counts["verdicts"]), time.strftime("%Y-%m-%d %H:%M", time.localtime(created or 0))])
    if not rows:
        typer.echo(f"no runs under {root}")
        return
    typer.echo(table(["run", "suites", "models", "samples", "answers", "verdicts", "created"], rows))


@runs_app.command("show")
@friendly
def runs_show(run_dir: Annotated[Path, typer.Argument(help="A run directory.")]) -> None:
    """Show a run's configuration and summary."""
    from .evaluation import summarize

    summary = summarize(run_dir).model_dump()
    run = summary["run"]
    typer.echo(f"run {run['dir']}  hazmat {run['versions']['hazmat']}")
    typer.echo(f"models: {json.dumps(run['models'])}")
    typer.echo(f"judges: {', '.join(run['judges'] or {})}")
    typer.echo(f"settings: {json.dumps(run['config']['params'])}")
    typer.echo(f"requests: {json.dumps(run['requests'])}\n")
    print_summary(summary)


@standard_app.command("build")
@friendly
def standard_build(
    runs: Annotated[list[Path], typer.Argument(help="Run directories of the reference models on the AILuminate suite.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Where to write the standard (JSON).")],
    name: Annotated[str, typer.Option(help="A name for the standard.")] = "custom",
    judge: Annotated[str | None, typer.Option(help="Use this judge's verdicts (default: the only one).")] = None,
) -> None:
    """Build an AILuminate reference standard: per hazard, the worst fraction safe over the reference models."""
    from .evaluation._summary import load_items, open_existing
    from .metrics import Standard, parent_hazard

    per_sut: dict[str, dict[str, tuple[int, int]]] = {}
    for run_dir in runs:
        store = open_existing(run_dir)
        try:
            items, _ = load_items(store)
        finally:
            store.close()
        items = [i for i in items if i.suite == "ailuminate"]
        judges = sorted({i.judge for i in items})
        if not items:
            raise RunError(f"{run_dir}: no AILuminate results in this run")
        use = judge or judges[0]
        if judge is None and len(judges) > 1:
            raise InputError(f"{run_dir} has several judges ({', '.join(judges)}); choose one with --judge")
        for i in items:
            unsafe = i.outcome("unsafe")
            if i.judge != use or unsafe is None:
                continue
            hz = parent_hazard(str(i.metadata.get("hazard")))
            safe, n = per_sut.setdefault(i.model, {}).get(hz, (0, 0))
            per_sut[i.model][hz] = (safe + int(not unsafe), n + 1)
    standard = Standard.build(name, per_sut)
    standard.save(out)
    typer.echo(table(["hazard", "reference (frac safe)"], [[h, f"{v:.4f}"] for h, v in sorted(standard.hazards.items())]))
    typer.echo(f"standard {name} from {', '.join(sorted(per_sut))} written to {out}")


@friendly
def suites_cmd() -> None:
    """List the benchmark suites hazmat can run."""
    from .suites import list_suites

    typer.echo(table(["suite", "kind", "taxonomy", "title", "official file from"],
                     [[s.name, s.kind, s.taxonomy or "-", s.title, s.source] for s in list_suites()], max_width=70))


@cache_app.command("info")
@friendly
def cache_info(cache_dir: Annotated[Path | None, typer.Option(help="Cache folder.")] = None) -> None:
    """Where the response cache is and how big it is."""
    from .engine import ResponseCache

    cache = ResponseCache(cache_dir)
    typer.echo(json.dumps(cache.stats(), indent=1))
    cache.close()


@cache_app.command("clear")
@friendly
def cache_clear(
    cache_dir: Annotated[Path | None, typer.Option(help="Cache folder.")] = None,
    older_than_days: Annotated[float | None, typer.Option(help="Only entries older than this.")] = None,
) -> None:
    """Delete cached responses."""
    from .engine import ResponseCache

    cache = ResponseCache(cache_dir)
    n = cache.clear(None if older_than_days is None else older_than_days * 86400)
    cache.close()
    typer.echo(f"deleted {n} cached responses")


def register(app: typer.Typer) -> None:
    """Add the evaluation commands to the main app."""
    app.command("eval")(eval_cmd)
    app.command("summarize")(summarize_cmd)
    app.command("suites")(suites_cmd)
    app.add_typer(runs_app, name="runs")
    app.add_typer(standard_app, name="standard")
    app.add_typer(cache_app, name="cache")
