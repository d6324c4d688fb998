"""An on-disk cache of text embeddings, so retraining the heads does not re-encode the corpus."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from tqdm import tqdm

from ..classifiers.minilm.encoder import DIM, MiniLMEncoder


def text_key(text: str) -> str:
    """Stable key of a text."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


class EmbeddingCache:
    """Embeddings by text, stored in ``path`` (npz); saved after every ``save_every`` new texts."""

    def __init__(self, path: Path, encoder: MiniLMEncoder, save_every: int = 5000) -> None:
        self.path = path
        self.encoder = encoder
        self.save_every = save_every
        self.vectors: dict[str, NDArray[np.float32]] = {}
        if path.is_file():
            with np.load(path) as data:
                for k, v in zip(data["keys"], data["vectors"], strict=True):
                    self.vectors[str(k)] = v

    def save(self) -> None:
        """Write the cache atomically."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        keys = np.array(list(self.vectors), dtype="U40")
        vecs = np.stack(list(self.vectors.values())) if self.vectors else np.zeros((0, DIM), np.float32)
        tmp = self.path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=keys, vectors=vecs)
        tmp.replace(self.path)

    def embed(self, texts: list[str], batch: int = 512) -> NDArray[np.float32]:
        """Embeddings of ``texts`` (the empty string maps to zeros), encoding only what is missing."""
        missing = sorted({t for t in texts if t and text_key(t) not in self.vectors}, key=len)
        done = 0
        for i in tqdm(range(0, len(missing), batch), desc="embedding", unit="batch", disable=not missing):
            chunk = missing[i : i + batch]
            for t, v in zip(chunk, self.encoder.encode(chunk), strict=True):
                self.vectors[text_key(t)] = v
            done += len(chunk)
            if done >= self.save_every:
                self.save()
                done = 0
        if missing:
            self.save()
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for j, t in enumerate(texts):
            if t:
                out[j] = self.vectors[text_key(t)]
        return out
