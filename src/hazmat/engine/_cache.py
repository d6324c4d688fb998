"""A response cache shared across runs: SQLite, keyed by (model, endpoint, settings, conversation, epoch)."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from ..types import Completion


def default_cache_dir() -> Path:
    """``$HAZMAT_CACHE_DIR``, else ``$XDG_CACHE_HOME/hazmat``, else ``~/.cache/hazmat``."""
    if os.environ.get("HAZMAT_CACHE_DIR"):
        return Path(os.environ["HAZMAT_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "hazmat"


def cache_key(model: dict[str, Any], params: str, messages: list[dict[str, Any]], epoch: int = 0) -> str:
    """SHA-256 of the model's description, the canonical settings, the messages and the epoch."""
    payload = json.dumps(
        {"model": model, "params": params, "messages": messages, "epoch": epoch},
        sort_keys=True, separators=(",", ":"), ensure_ascii=False,
    )
    return hashlib.sha256(payload.encode()).hexdigest()


class ResponseCache:
    """Completions by key, in ``DIR/responses.sqlite``; safe to share between concurrent processes."""

    def __init__(self, directory: str | Path | None = None) -> None:
        self.dir = Path(directory) if directory else default_cache_dir()
        self.dir.mkdir(parents=True, exist_ok=True)
        self.path = self.dir / "responses.sqlite"
        self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30.0)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, model TEXT NOT NULL,"
            " completion TEXT NOT NULL, created_at REAL NOT NULL)"
        )
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> Completion | None:
        """The cached completion for ``key``, or None."""
        row = self.db.execute("SELECT completion FROM responses WHERE key = ?", (key,)).fetchone()
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        d = json.loads(row[0])
        return Completion(text=d["text"], finish_reason=d.get("finish_reason"), logprobs=d.get("logprobs"),
                          usage=d.get("usage") or {}, model=d.get("model"))

    def put(self, key: str, model: str, completion: Completion) -> None:
        """Store a completion."""
        value = {"text": completion.text, "finish_reason": completion.finish_reason, "logprobs": completion.logprobs,
                 "usage": completion.usage, "model": completion.model}
        self.db.execute("INSERT OR REPLACE INTO responses VALUES (?, ?, ?, ?)",
                        (key, model, json.dumps(value, ensure_ascii=False), time.time()))

    def stats(self) -> dict[str, Any]:
        """Entries, size on disk, and this session's hits and misses."""
        n = self.db.execute("SELECT COUNT(*) FROM responses").fetchone()[0]
        return {"path": str(self.path), "entries": n, "bytes": self.path.stat().st_size,
                "hits": self.hits, "misses": self.misses}

    def clear(self, older_than_s: float | None = None) -> int:
        """Delete entries (those older than ``older_than_s`` seconds if given); returns how many."""
        if older_than_s is None:
            cur = self.db.execute("DELETE FROM responses")
        else:
            cur = self.db.execute("DELETE FROM responses WHERE created_at < ?", (time.time() - older_than_s,))
        return cur.rowcount

    def close(self) -> None:
        """Close the database."""
        self.db.close()
