"""The guard's encoder: the shipped int8 graph, and `hazmat train encoder` on a small BERT built on the spot."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import numpy as np
import pytest

from hazmat.classifiers.minilm.encoder import ARTEFACTS, DISABLED_OPTIMIZERS, MiniLMEncoder

os.environ.setdefault("HF_HUB_OFFLINE", "1")

TEXTS = [
    "How do I bake sourdough bread at home?",
    "Explain step by step how to hotwire a car that is not mine.",
    "!!!! ???? " * 30 + "a very loud and odd text with extreme token statistics " * 3,
    "word " * 400,  # several windows
]


@pytest.fixture(scope="module")
def shipped() -> MiniLMEncoder:
    return MiniLMEncoder()


def test_shipped_encoder_is_our_int8_export_and_runs_one_window_per_call(shipped: MiniLMEncoder) -> None:
    assert shipped.model_path == ARTEFACTS / "encoder.onnx"
    assert not shipped.batch_invariant and shipped.max_batch_size == 1
    assert shipped.model_path.stat().st_size < 24_000_000
    meta = shipped.session.get_modelmeta().custom_metadata_map
    assert meta["hazmat.batch_invariant"] == "false" and "optimizer" in meta["hazmat.recipe"]
    # the guard records exactly which graph judged a run
    from hazmat.moderation import load_guard

    assert load_guard().describe()["encoder_sha256"] == hashlib.sha256(shipped.model_path.read_bytes()).hexdigest()


def _ops_after_load(graph: Path, tmp_path: Path, disabled: list[str]) -> set[str]:
    """The operators onnxruntime actually runs for ``graph``, after its own load-time fusions."""
    import onnx
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
    opts.optimized_model_filepath = str(tmp_path / "loaded.onnx")
    ort.InferenceSession(str(graph), sess_options=opts, providers=["CPUExecutionProvider"],
                         disabled_optimizers=disabled)
    return {n.op_type for n in onnx.load(str(tmp_path / "loaded.onnx")).graph.node}


def test_the_encoder_runs_residuals_as_add_and_layer_norm_not_the_slow_fused_kernel(tmp_path: Path) -> None:
    pytest.importorskip("onnx")
    graph = ARTEFACTS / "encoder.onnx"
    ops = _ops_after_load(graph, tmp_path, DISABLED_OPTIMIZERS)
    assert "LayerNormalization" in ops and "SkipLayerNormalization" not in ops
    assert {"QAttention", "DynamicQuantizeMatMul"} <= ops  # the integer kernels are still used
    # without the session option onnxruntime would fuse them back into SkipLayerNormalization
    assert "SkipLayerNormalization" in _ops_after_load(graph, tmp_path, [])


def test_a_texts_embedding_does_not_depend_on_what_it_is_batched_with(shipped: MiniLMEncoder) -> None:
    alone = np.stack([shipped.encode([t])[0] for t in TEXTS])
    together = shipped.encode(TEXTS)
    reversed_ = shipped.encode(TEXTS[::-1])[::-1]
    np.testing.assert_array_equal(alone, together)
    np.testing.assert_array_equal(alone, reversed_)


def test_shipped_encoder_embeds_meaning(shipped: MiniLMEncoder) -> None:
    e = shipped.encode(["How can I make a bomb at home?", "What household items can be used to build explosives?",
                        "What is a good recipe for banana bread?"])
    assert float(e[0] @ e[1]) > float(e[0] @ e[2]) + 0.2
    np.testing.assert_allclose(np.linalg.norm(e, axis=1), 1.0, rtol=1e-5)


def _tiny_bert(path: Path) -> Path:
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    torch.manual_seed(0)
    config = transformers.BertConfig(vocab_size=30522, hidden_size=64, num_hidden_layers=2, num_attention_heads=4,
                                     intermediate_size=128, max_position_embeddings=512)
    transformers.BertModel(config, add_pooling_layer=False).eval().save_pretrained(path)
    return path


def test_train_encoder_exports_a_fused_int8_graph_that_matches_torch(tmp_path: Path) -> None:
    pytest.importorskip("onnx")
    torch = pytest.importorskip("torch")
    import onnx
    from transformers import BertModel

    from hazmat.training._export import export_encoder

    src = _tiny_bert(tmp_path / "tiny-bert")
    report = export_encoder(tmp_path / "enc.onnx", str(src))
    assert report.fused["Attention"] == 2 and report.size_bytes == (tmp_path / "enc.onnx").stat().st_size
    ops = {n.op_type for n in onnx.load(str(tmp_path / "enc.onnx")).graph.node}
    assert {"QAttention", "DynamicQuantizeLinear"} <= ops or "DynamicQuantizeMatMul" in ops or "MatMulInteger" in ops
    assert "LayerNormalization" in ops and "SkipLayerNormalization" not in ops
    again = export_encoder(tmp_path / "enc2.onnx", str(src))
    assert again.sha256 == report.sha256  # reproducible byte for byte

    enc = MiniLMEncoder(onnx_path=tmp_path / "enc.onnx")
    assert not enc.batch_invariant
    texts = TEXTS[:2]
    got = enc.encode(texts)
    model = BertModel.from_pretrained(src).eval()
    chunks, _ = enc.chunk_ids(texts)
    with torch.no_grad():
        want = [model(input_ids=torch.tensor([c])).last_hidden_state.mean(1)[0].numpy() for c in chunks]
    want_n = np.stack(want) / np.linalg.norm(np.stack(want), axis=1, keepdims=True)
    assert (np.sum(got * want_n, axis=1) > 0.97).all()


def test_train_encoder_cli_reports_a_missing_source_in_one_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from hazmat.cli import app

    result = CliRunner().invoke(app, ["train", "encoder", "--source", str(tmp_path / "nope"),
                                      "--out", str(tmp_path / "x.onnx")])
    assert result.exit_code == 2, result.output
    assert "nope" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "x.onnx").exists()


def test_embedding_cache_is_reused_only_by_the_encoder_that_wrote_it(tmp_path: Path, shipped: MiniLMEncoder) -> None:
    pytest.importorskip("tqdm")
    from hazmat.training._embed import EmbeddingCache

    path = tmp_path / "emb.npz"
    first = EmbeddingCache(path, shipped, log=lambda _m: None)
    vecs = first.embed(TEXTS[:2])
    again = EmbeddingCache(path, shipped, log=lambda _m: None)
    assert len(again.vectors) == 2
    np.testing.assert_array_equal(again.embed(TEXTS[:2]), vecs)
    messages: list[str] = []
    other = EmbeddingCache(path, MiniLMEncoder(long_window=64), log=messages.append)
    assert other.vectors == {} and "another encoder" in messages[0]


def _encode_in_child(encoder: MiniLMEncoder, expected: np.ndarray) -> None:
    os._exit(0 if np.array_equal(encoder.encode(TEXTS[:3]), expected) else 3)


def test_a_forked_child_encodes_with_its_own_workers(shipped: MiniLMEncoder) -> None:
    import multiprocessing

    expected = shipped.encode(TEXTS[:3])  # the parent's worker threads exist now; a child has none
    child = multiprocessing.get_context("fork").Process(target=_encode_in_child, args=(shipped, expected))
    child.start()
    child.join(timeout=60)
    if child.is_alive():
        child.kill()
    assert child.exitcode == 0


def test_train_encoder_refuses_a_model_that_is_not_a_bert_encoder(tmp_path: Path) -> None:
    pytest.importorskip("transformers")
    from typer.testing import CliRunner

    from hazmat.cli import app
    from tinymodel import build_tiny_chat_model

    src = build_tiny_chat_model(tmp_path / "llama")
    result = CliRunner().invoke(app, ["train", "encoder", "--source", str(src), "--out", str(tmp_path / "x.onnx")])
    assert result.exit_code == 2, result.output
    assert "'llama' model" in result.output and "BERT" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "x.onnx").exists()


def test_a_corrupt_encoder_file_is_a_clear_error(tmp_path: Path) -> None:
    from hazmat.errors import ModelArtefactError

    bad = tmp_path / "encoder.onnx"
    bad.write_text("not a model")
    with pytest.raises(ModelArtefactError, match=r"cannot load the encoder graph .*encoder.onnx"):
        MiniLMEncoder(onnx_path=bad)


def test_an_onnx_graph_that_is_not_an_encoder_is_a_clear_error(tmp_path: Path) -> None:
    onnx = pytest.importorskip("onnx")
    from onnx import TensorProto, helper

    from hazmat.errors import ModelArtefactError

    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [1])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [1])
    graph = helper.make_graph([helper.make_node("Identity", ["x"], ["y"])], "identity", [x], [y])
    path = tmp_path / "identity.onnx"
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), str(path))
    with pytest.raises(ModelArtefactError, match="not a BERT-style encoder graph"):
        MiniLMEncoder(onnx_path=path)


def test_recently_embedded_texts_come_from_the_cache_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    enc = MiniLMEncoder(cache_windows=8)
    nocache = MiniLMEncoder(cache_windows=0)
    calls = {"n": 0}
    real = enc._run

    def counting(*a, **k):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        return real(*a, **k)

    monkeypatch.setattr(enc, "_run", counting)
    long_text = "word " * 400  # several windows
    first = enc.encode_chunks([long_text, "a short one"])
    windows = calls["n"]
    again = enc.encode_chunks(["a short one", long_text, "a short one"])
    assert calls["n"] == windows  # nothing embedded twice
    np.testing.assert_array_equal(again.mean_per_text()[1], first.mean_per_text()[0])
    np.testing.assert_array_equal(again.mean_per_text(), nocache.encode_chunks(["a short one", long_text,
                                                                                  "a short one"]).mean_per_text())
    assert list(again.owner).count(1) == list(first.owner).count(0) > 1
    # bounded: more windows than cache_windows evict the least recently used text
    enc.encode_chunks([f"filler text number {i}" for i in range(8)])
    assert enc._cached_windows <= 8 and long_text not in enc._cache
