"""The default guard ``hazmat-minilm``: MiniLM (int8 ONNX) embeddings and trained heads."""

from typing import Any

from .encoder import ChunkedEmbeddings, MiniLMEncoder
from .guard import ARTEFACTS_FT, NAME, NAME_FT, MiniLMGuard
from .heads import MLPHead, pair_features


def load_minilm_guard(**options: Any) -> MiniLMGuard:
    """Entry-point factory for ``hazmat-minilm``."""
    return MiniLMGuard(**options)


def load_minilm_ft_guard(**options: Any) -> MiniLMGuard:
    """Entry-point factory for ``hazmat-minilm-ft``: the same prompt and category heads, with response and
    refusal heads on a fine-tuned encoder (a better judge of answers; 23 MB more, two encoder passes per
    answer; docs/models/hazmat-minilm.md)."""
    return MiniLMGuard(**{"artefacts": ARTEFACTS_FT, "name": NAME_FT, **options})


__all__ = ["NAME", "NAME_FT", "ChunkedEmbeddings", "MLPHead", "MiniLMEncoder", "MiniLMGuard", "load_minilm_ft_guard",
           "load_minilm_guard", "pair_features"]
