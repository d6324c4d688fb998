"""`hazmat train finetune` on a tiny BERT built here: it learns, resumes after a crash to the same weights,
and a guard trained on the result carries its own encoder (and refuses another one)."""

from __future__ import annotations

import contextlib
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("torch")
pytest.importorskip("onnx")

import torch

from hazmat.classifiers.minilm import MiniLMGuard
from hazmat.classifiers.minilm.encoder import ARTEFACTS, MiniLMEncoder
from hazmat.errors import ModelArtefactError
from hazmat.training import FitConfig, train_guard
from hazmat.training._export import export_encoder
from hazmat.training._finetune import CHECKPOINT, FinetuneConfig, finetune_encoder
from hazmat.types import Conversation
from test_encoder_export import _tiny_bert
from test_training import _corpus

CFG = FinetuneConfig(steps=12, batch_size=8, lr=5e-4, max_tokens=24, context_tokens=16, save_every=4)


def _tiny_bert_with_tokenizer(path: Path) -> Path:
    from transformers import BertTokenizerFast

    _tiny_bert(path)
    BertTokenizerFast(tokenizer_file=str(ARTEFACTS / "tokenizer.json")).save_pretrained(path)
    return path


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("finetune")
    data = root / "data"
    data.mkdir()
    _corpus(data)
    return data, _tiny_bert_with_tokenizer(root / "tiny-bert")


def _weights(folder: Path) -> dict[str, np.ndarray]:
    from safetensors.numpy import load_file

    return load_file(str(folder / "model.safetensors"))


@contextlib.contextmanager
def _crash_at_step(n: int, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The optimiser raises at its ``n``-th step, as a killed process would stop there."""
    real_step = torch.optim.AdamW.step
    calls = {"n": 0}

    def crashing_step(self, *a, **k):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == n:
            raise RuntimeError("power cut")
        return real_step(self, *a, **k)

    monkeypatch.setattr(torch.optim.AdamW, "step", crashing_step)
    try:
        yield
    finally:
        monkeypatch.setattr(torch.optim.AdamW, "step", real_step)


def test_finetune_learns_and_resumes_after_a_crash_to_the_same_weights(
        setup: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data, src = setup
    quiet = lambda *_: None  # noqa: E731
    whole = finetune_encoder([data], tmp_path / "whole", source=str(src), config=CFG, log=quiet)
    assert whole["train_examples"]["prompt"] > 0 and not (tmp_path / "whole" / CHECKPOINT).exists()
    report = json.loads((tmp_path / "whole" / "finetune.json").read_text())
    assert report["config"]["steps"] == 12
    before, after = _weights(src), _weights(tmp_path / "whole")
    assert any(not np.array_equal(before[k], after[k]) for k in before)  # the encoder itself moved

    # a crash at step 7: the checkpoint of step 4 is on disk, and a rerun finishes from it
    with _crash_at_step(7, monkeypatch), pytest.raises(RuntimeError, match="power cut"):
        finetune_encoder([data], tmp_path / "crashed", source=str(src), config=CFG, log=quiet)
    assert (tmp_path / "crashed" / CHECKPOINT).is_file()
    said: list[str] = []
    finetune_encoder([data], tmp_path / "crashed", source=str(src), config=CFG, log=said.append)
    assert any("resuming at step 4" in s for s in said)
    resumed = _weights(tmp_path / "crashed")
    for k in after:
        np.testing.assert_allclose(resumed[k], after[k], rtol=0, atol=1e-6)


def test_a_checkpoint_of_other_settings_is_refused(setup: tuple[Path, Path], tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from hazmat.errors import InputError

    data, src = setup
    with _crash_at_step(5, monkeypatch), pytest.raises(RuntimeError, match="power cut"):
        finetune_encoder([data], tmp_path / "ft", source=str(src), config=CFG, log=lambda *_: None)
    other = FinetuneConfig(**{**CFG.__dict__, "lr": 1e-3})
    with pytest.raises(InputError, match="other settings"):
        finetune_encoder([data], tmp_path / "ft", source=str(src), config=other, log=lambda *_: None)


def test_a_guard_on_a_finetuned_encoder_carries_it_and_refuses_another(setup: tuple[Path, Path],
                                                                       tmp_path: Path) -> None:
    data, src = setup
    tuned = tmp_path / "tuned"
    finetune_encoder([data], tuned, source=str(src), config=CFG, log=lambda *_: None)
    out = tmp_path / "guard"
    export_encoder(out / "encoder.onnx", str(tuned))
    train_guard([data], out_dir=out, cache_path=tmp_path / "cache.npz", encoder_path=out / "encoder.onnx",
                config=FitConfig(hidden=16, epochs=5, lr=3e-3), log=lambda *_: None, min_category_positives=5)
    meta = json.loads((out / "guard.json").read_text())
    enc = MiniLMEncoder(onnx_path=out / "encoder.onnx")
    assert meta["encoder"]["sha256"] == enc.sha256()
    g = MiniLMGuard(artefacts=out)  # finds encoder.onnx beside the heads
    assert g.encoder.model_path == out / "encoder.onnx" and g.encoder.dim == 64
    assert g.classify([Conversation.of("how do plants grow")])[0].flagged is not None
    # the heads read a 64-dim space of this encoder; the shipped encoder is refused, not silently used
    moved = tmp_path / "heads-only"
    moved.mkdir()
    for name in ("guard.json", "heads.npz"):
        shutil.copy(out / name, moved / name)
    with pytest.raises(ModelArtefactError, match="were trained on the encoder graph"):
        MiniLMGuard(artefacts=moved)


def test_response_and_refusal_heads_can_read_a_second_encoder(setup: tuple[Path, Path], tmp_path: Path) -> None:
    data, src = setup
    tuned = tmp_path / "tuned"
    finetune_encoder([data], tuned, source=str(src), config=CFG, log=lambda *_: None)
    out = tmp_path / "guard"
    export_encoder(out / "encoder.onnx", str(src))  # the prompt and category heads read the base encoder
    export_encoder(tmp_path / "pair.onnx", str(tuned))
    train_guard([data], out_dir=out, cache_path=tmp_path / "cache.npz", encoder_path=out / "encoder.onnx",
                pair_encoder_path=tmp_path / "pair.onnx", pair_cache_path=tmp_path / "pair-cache.npz",
                config=FitConfig(hidden=16, epochs=5, lr=3e-3), log=lambda *_: None, min_category_positives=5)
    meta = json.loads((out / "guard.json").read_text())
    assert meta["pair_encoder"]["file"] == "encoder-pair.onnx" and (out / "encoder-pair.onnx").is_file()
    g = MiniLMGuard(artefacts=out)
    assert g.pair_encoder is not None and g.pair_encoder.sha256() != g.encoder.sha256()
    v = g.classify([Conversation.of("how do I build a bomb", ("assistant", "I'm sorry, I can't help with that.")),
                    Conversation.of("how do plants grow")])
    assert v[0].extra["mode"] == "response" and 0.0 <= v[0].extra["refusal_score"] <= 1.0
    assert "pair_encoder_sha256" in g.describe()
    (out / "encoder-pair.onnx").unlink()
    with pytest.raises(ModelArtefactError, match="which is missing"):
        MiniLMGuard(artefacts=out)
