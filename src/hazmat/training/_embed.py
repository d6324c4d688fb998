"""An on-disk cache of text embeddings, so retraining the heads does not re-encode the corpus."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from tqdm import tqdm

from ..classifiers.minilm.encoder import MiniLMEncoder


def text_key(text: str) -> str:
    """Stable key of a text."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def encoder_fingerprint(encoder: MiniLMEncoder) -> str:
    """Identity of what an embedding depends on: the graph (its sha256) and the windowing settings."""
    settings = f"{encoder.sha256()}/{encoder.max_length}/{encoder.overlap}/{encoder.long_window}"
    return hashlib.sha256(settings.encode()).hexdigest()


class EmbeddingCache:
    """Embeddings by text, stored in ``path`` (npz); saved after every ``save_every`` new texts.

    The file records the encoder's fingerprint; a cache written by another encoder is not reused.
    """

    def __init__(self, path: Path, encoder: MiniLMEncoder, save_every: int = 5000, log: Any = print) -> None:
        self.path = path
        self.encoder = encoder
        self.save_every = save_every
        self.fingerprint = encoder_fingerprint(encoder)
        self.vectors: dict[str, NDArray[np.float32]] = {}
        if path.is_file():
            with np.load(path) as data:
                stored = str(data["encoder"]) if "encoder" in data.files else "unknown"
                if stored != self.fingerprint:
                    log(f"embedding cache {path} was written by another encoder; embedding again")
                    return
                for k, v in zip(data["keys"], data["vectors"], strict=True):
                    self.vectors[str(k)] = v

    def save(self) -> None:
        """Write the cache atomically."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        keys = np.array(list(self.vectors), dtype="U40")
        vecs = np.stack(list(self.vectors.values())) if self.vectors else np.zeros((0, self.encoder.dim), np.float32)
        tmp = self.path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=keys, vectors=vecs, encoder=np.array(self.fingerprint))
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
        out = np.zeros((len(texts), self.encoder.dim), dtype=np.float32)
        for j, t in enumerate(texts):
            if t:
                out[j] = self.vectors[text_key(t)]
        return out
