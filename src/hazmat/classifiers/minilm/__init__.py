"""The default guard ``hazmat-minilm``: MiniLM (int8 ONNX) embeddings and trained heads."""

from typing import Any

from .encoder import ChunkedEmbeddings, MiniLMEncoder
from .guard import NAME, MiniLMGuard
from .heads import MLPHead, pair_features


def load_minilm_guard(**options: Any) -> MiniLMGuard:
    """Entry-point factory for ``hazmat-minilm``."""
    return MiniLMGuard(**options)


__all__ = ["NAME", "ChunkedEmbeddings", "MLPHead", "MiniLMEncoder", "MiniLMGuard", "load_minilm_guard", "pair_features"]
