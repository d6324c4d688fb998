"""``hazmat feedback``: record a human correction for a Hedge ensemble and update its expert weights."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..._cli_common import friendly


@friendly
def feedback_cmd(
    state: Annotated[Path, typer.Argument(help="The Hedge state file (SQLite; created if missing).")],
    item_id: Annotated[str, typer.Argument(help="Id of the item being corrected.")],
    label: Annotated[str, typer.Argument(help="The true label: safe or unsafe.")],
    text: Annotated[str | None, typer.Option("--text", help="The item as a single user text.")] = None,
    messages_file: Annotated[Path | None, typer.Option(
        "--messages-file", help="The item as a JSON list of OpenAI-format messages (or {\"messages\": [...]}).",
    )] = None,
    guards: Annotated[str, typer.Option(
        "--guards", "-g", help="Expert guards joined by + (e.g. hazmat-minilm+openai-moderation).",
    )] = "hazmat-minilm",
    eta: Annotated[float | None, typer.Option(
        "--eta", help="A fixed Hedge learning rate (sqrt(8 ln N / T) for a known horizon T); default: the anytime "
                      "no-regret schedule sqrt(8 ln N / t), or whatever the state was started with.",
    )] = None,
) -> None:
    """Record a correction (the item's true label) and update the Hedge weights, printing old -> new."""
    import json

    from ...errors import InputError
    from ...types import Conversation
    from .._registry import load_classifier
    from ._common import parse_label
    from .hedge import HedgeEnsemble

    if label.strip().lower() not in ("safe", "unsafe"):
        raise InputError(f"LABEL must be safe or unsafe, got {label!r}")
    if (text is None) == (messages_file is None):
        raise InputError("give either --text or --messages-file (not both)")
    if messages_file is not None:
        try:
            data = json.loads(messages_file.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as e:
            raise InputError(f"cannot read {messages_file}: {e}") from None
        if isinstance(data, dict):
            data = data.get("messages")
        conv = Conversation.from_messages(data, where=str(messages_file))
    else:
        assert text is not None
        conv = Conversation.of(text)
    names = [n.strip() for n in guards.split("+") if n.strip()]
    if not names:
        raise InputError("--guards names no guard")
    hedge = HedgeEnsemble([load_classifier(n) for n in names], eta=eta, state_path=state)
    res = hedge.record_feedback(item_id, conv, parse_label(label))
    pred = res["prediction"]
    typer.echo(f"item {item_id}: label {label.strip().lower()}, ensemble score "
               f"{'unassessed' if pred is None else f'{pred:.3f}'}")
    for expert in hedge.experts:
        lo = res["losses"][expert]
        typer.echo(f"  {expert}: {res['old_weights'][expert]:.4f} -> {res['new_weights'][expert]:.4f}"
                   f"  (loss {'unassessed' if lo is None else f'{lo:.3f}'})")
    r = hedge.regret()
    typer.echo(f"{int(r['rounds'])} rounds; regret {r['regret']:.3f} (bound {r['bound']:.3f})")
