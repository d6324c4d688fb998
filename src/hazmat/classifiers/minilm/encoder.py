"""The all-MiniLM-L6-v2 sentence encoder on onnxruntime (int8), with overlapping chunks for long texts.

Inference needs only onnxruntime, tokenizers and numpy. The ONNX graph ships with hazmat
(``artefacts/encoder.onnx``: sentence-transformers/all-MiniLM-L6-v2 fused and quantised to int8 by
``hazmat train encoder``), and so does its tokenizer. Long texts are split into overlapping windows of at
most ``max_length`` tokens so that nothing past the model's window is dropped; callers pool per-chunk
results. Any other ONNX export of a BERT encoder with a ``last_hidden_state`` output can be passed instead.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import onnxruntime as ort
from numpy.typing import NDArray
from tokenizers import Tokenizer

from ...errors import ModelArtefactError

ARTEFACTS = Path(__file__).parent / "artefacts"
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
CLS_ID, SEP_ID, PAD_ID = 101, 102, 0
DIM = 384
# graph metadata: "false" when a window's embedding depends on what it is batched with (dynamic int8)
BATCH_INVARIANT_KEY = "hazmat.batch_invariant"
# onnxruntime's CPU SkipLayerNormalization is ~4x slower than the Add + LayerNormalization it replaces, so
# the exported graph keeps them apart and the session must not fuse them back (hazmat.training._export)
DISABLED_OPTIMIZERS = ["SkipLayerNormFusion"]


def default_onnx_path() -> Path:
    """Path of the int8 ONNX encoder shipped with hazmat."""
    return ARTEFACTS / "encoder.onnx"


@dataclass(frozen=True)
class ChunkedEmbeddings:
    """Embeddings of every window, and for each the index of the text it came from (windows in order)."""

    vectors: NDArray[np.float32]
    owner: NDArray[np.int64]
    n_texts: int

    def mean_per_text(self) -> NDArray[np.float32]:
        """One L2-normalised embedding per text: the mean of its windows' embeddings."""
        out = np.zeros((self.n_texts, self.vectors.shape[1]), dtype=np.float32)
        np.add.at(out, self.owner, self.vectors)
        return _l2(out)


def _l2(x: NDArray[np.float32]) -> NDArray[np.float32]:
    norm = np.linalg.norm(x, axis=1, keepdims=True)
    out: NDArray[np.float32] = (x / np.clip(norm, 1e-12, None)).astype(np.float32)
    return out


class MiniLMEncoder:
    """Mean-pooled, L2-normalised MiniLM embeddings of texts, chunked with overlap.

    ``max_length`` is the window in tokens (special tokens included); consecutive windows share
    ``overlap`` tokens. Chunks are sorted by length and batched under ``max_batch_tokens`` padded
    tokens, which bounds memory on long inputs.

    A graph whose metadata says it is not batch-invariant (``hazmat.batch_invariant = false``: dynamic int8
    quantisation scales activations by the range of the whole call, like the shipped graph) runs one window
    per call, so a text's embedding never depends on what it is batched with. Those windows then run side by
    side on ``threads`` workers, one core each (a second, single-threaded session made on first use), which
    is faster on small CPUs than splitting one small window across cores; a lone window runs on the main
    session with all its threads. ``threads`` defaults to ``HAZMAT_THREADS`` or the number of CPUs.

    The windows of recently embedded texts are kept (``cache_windows`` windows in all, least recently used
    dropped first; 0 turns it off), so a text seen again (a system prompt re-checked with every streamed chunk
    of an answer) is not embedded again; the result is the same, since a window's embedding never depends on
    what it is batched with.
    """

    def __init__(
        self,
        onnx_path: str | Path | None = None,
        tokenizer_path: str | Path | None = None,
        max_length: int = 256,
        overlap: int = 32,
        max_batch_tokens: int = 2048,
        max_batch_size: int = 32,
        threads: int | None = None,
        long_window: int = 128,
        cache_windows: int = 4096,
    ) -> None:
        if not 16 <= long_window <= max_length or not 0 <= overlap < long_window - 2:
            raise ValueError("need 16 <= long_window <= max_length and 0 <= overlap < long_window - 2")
        self.max_length = max_length
        self.overlap = overlap
        self.max_batch_tokens = max_batch_tokens
        self.max_batch_size = max_batch_size
        self.long_window = long_window
        tok_path = Path(tokenizer_path) if tokenizer_path else ARTEFACTS / "tokenizer.json"
        model_path = Path(onnx_path) if onnx_path else default_onnx_path()
        for p in (tok_path, model_path):
            if not p.is_file():
                raise ModelArtefactError(f"encoder file missing: {p}")
        self.tokenizer = Tokenizer.from_file(str(tok_path))
        self.tokenizer.no_truncation()
        self.tokenizer.no_padding()
        self.threads = threads or int(os.environ.get("HAZMAT_THREADS", "0")) or (os.cpu_count() or 1)
        self.model_path = model_path
        try:
            self.session = self._session(self.threads)
        except Exception as e:  # onnxruntime raises its own exception types (InvalidProtobuf, Fail, ...)
            first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
            raise ModelArtefactError(f"cannot load the encoder graph {model_path}: {first}") from None
        self._inputs = {i.name for i in self.session.get_inputs()}
        outputs = self.session.get_outputs()
        if not outputs or not {"input_ids", "attention_mask"} <= self._inputs:
            raise ModelArtefactError(f"{model_path} is not a BERT-style encoder graph (needs inputs input_ids and "
                                     f"attention_mask and a last_hidden_state output)")
        self._single_threaded: ort.InferenceSession | None = None
        self._workers: ThreadPoolExecutor | None = None
        self._pool_pid = 0
        self._sha256: str | None = None
        self._lock = threading.Lock()
        # recently embedded texts -> their windows' vectors (exact: a window's embedding does not depend on its
        # batch), so a long system prompt re-checked on every streamed chunk is embedded once
        self.cache_windows = max(0, cache_windows)
        self._cache: OrderedDict[str, NDArray[np.float32]] = OrderedDict()
        self._cached_windows = 0
        self._cache_lock = threading.Lock()
        width = outputs[0].shape[-1]
        self.dim = width if isinstance(width, int) else DIM
        meta = self.session.get_modelmeta().custom_metadata_map
        self.batch_invariant = meta.get(BATCH_INVARIANT_KEY, "true").lower() != "false"
        if not self.batch_invariant:
            self.max_batch_size = 1

    def _session(self, threads: int) -> ort.InferenceSession:
        opts = ort.SessionOptions()
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # The arena keeps the largest batch's buffers for reuse (faster, and bounded by max_batch_tokens);
        # memory patterns are cached per input shape, and our shapes vary, so they only grow memory.
        opts.enable_mem_pattern = False
        opts.intra_op_num_threads = threads
        return ort.InferenceSession(str(self.model_path), sess_options=opts, providers=["CPUExecutionProvider"],
                                    disabled_optimizers=DISABLED_OPTIMIZERS)

    def sha256(self) -> str:
        """SHA-256 of the graph file (computed once), so a run records exactly which encoder judged it."""
        if self._sha256 is None:
            self._sha256 = hashlib.sha256(self.model_path.read_bytes()).hexdigest()
        return self._sha256

    def chunk_ids(self, texts: list[str]) -> tuple[list[list[int]], list[int]]:
        """Token ids of every chunk (with [CLS]/[SEP]) and the text index each chunk belongs to."""
        chunks: list[list[int]] = []
        owner: list[int] = []
        texts = [_LONE_SURROGATE.sub("\ufffd", t) for t in texts]  # valid JSON, but the tokenizer rejects them
        for i, enc in enumerate(self.tokenizer.encode_batch(texts, add_special_tokens=False)):
            ids = enc.ids
            window = self.max_length - 2 if len(ids) <= self.max_length - 2 else self.long_window - 2
            step = window - self.overlap
            starts = [0] if len(ids) <= window else [*range(0, len(ids) - window, step), len(ids) - window]
            for s in starts:
                chunks.append([CLS_ID, *ids[s : s + window], SEP_ID])
                owner.append(i)
        return chunks, owner

    def encode_chunks(self, texts: list[str]) -> ChunkedEmbeddings:
        """Embed every window of every text; texts embedded recently come from the cache (``cache_windows``
        windows at most, least recently used dropped first)."""
        if not self.cache_windows:
            return self._encode_chunks(texts)
        with self._cache_lock:
            known: dict[str, NDArray[np.float32]] = {}
            for t in texts:
                if t in self._cache and t not in known:
                    self._cache.move_to_end(t)
                    known[t] = self._cache[t]
        missing = list(dict.fromkeys(t for t in texts if t not in known))
        if missing:
            fresh = self._encode_chunks(missing)
            # a text's windows are consecutive (chunk_ids emits them text by text)
            counts = np.bincount(fresh.owner, minlength=len(missing))
            for t, windows in zip(missing, np.split(fresh.vectors, np.cumsum(counts)[:-1]), strict=True):
                known[t] = windows
            with self._cache_lock:
                for t in missing:
                    if t not in self._cache and len(known[t]) <= self.cache_windows:
                        self._cache[t] = known[t]
                        self._cached_windows += len(known[t])
                while self._cached_windows > self.cache_windows:
                    _, dropped = self._cache.popitem(last=False)
                    self._cached_windows -= len(dropped)
        parts = [known[t] for t in texts]
        vectors = np.concatenate(parts) if parts else np.zeros((0, self.dim), dtype=np.float32)
        owner = np.repeat(np.arange(len(texts), dtype=np.int64), [len(p) for p in parts])
        return ChunkedEmbeddings(vectors=vectors.astype(np.float32, copy=False), owner=owner, n_texts=len(texts))

    def _encode_chunks(self, texts: list[str]) -> ChunkedEmbeddings:
        chunks, owner = self.chunk_ids(texts)
        vectors = np.zeros((len(chunks), self.dim), dtype=np.float32)
        order = sorted(range(len(chunks)), key=lambda j: len(chunks[j]))
        batches: list[tuple[list[int], int]] = []
        start = 0
        while start < len(order):
            end = start
            longest = 0
            while end < len(order) and end - start < self.max_batch_size:
                longest_next = max(longest, len(chunks[order[end]]))
                if end > start and longest_next * (end - start + 1) > self.max_batch_tokens:
                    break
                longest = longest_next
                end += 1
            batches.append((order[start:end], longest))
            start = end
        if len(batches) > 1 and self.threads > 1 and not self.batch_invariant:
            session, workers = self._parallel()
            results = workers.map(lambda b: self._run(session, [chunks[j] for j in b[0]], b[1]), batches)
        else:
            results = (self._run(self.session, [chunks[j] for j in idx], width) for idx, width in batches)
        for (idx, _), vecs in zip(batches, results, strict=True):
            vectors[idx] = vecs
        return ChunkedEmbeddings(vectors=vectors, owner=np.asarray(owner, dtype=np.int64), n_texts=len(texts))

    def encode(self, texts: list[str]) -> NDArray[np.float32]:
        """One embedding per text (the normalised mean over its windows)."""
        return self.encode_chunks(texts).mean_per_text()

    def _parallel(self) -> tuple[ort.InferenceSession, ThreadPoolExecutor]:
        with self._lock:
            # threads do not survive fork(): a child process makes its own pool (and session)
            if self._single_threaded is None or self._workers is None or self._pool_pid != os.getpid():
                self._single_threaded = self._session(1)
                self._workers = ThreadPoolExecutor(self.threads, thread_name_prefix="hazmat-encoder")
                self._pool_pid = os.getpid()
            return self._single_threaded, self._workers

    def _run(self, session: ort.InferenceSession, batch: list[list[int]], width: int) -> NDArray[np.float32]:
        if len(batch) == 1:  # no padding: the plain mean over the tokens
            ids = np.asarray(batch, dtype=np.int64)
            feeds = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
            if "token_type_ids" in self._inputs:
                feeds["token_type_ids"] = np.zeros_like(ids)
            return _l2(session.run(None, feeds)[0].mean(axis=1, dtype=np.float32))
        ids = np.full((len(batch), width), PAD_ID, dtype=np.int64)
        mask = np.zeros((len(batch), width), dtype=np.int64)
        for r, row in enumerate(batch):
            ids[r, : len(row)] = row
            mask[r, : len(row)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = session.run(None, feeds)[0]
        w = mask[..., None].astype(np.float32)
        pooled = (hidden * w).sum(axis=1) / np.clip(w.sum(axis=1), 1e-9, None)
        return _l2(pooled.astype(np.float32))
