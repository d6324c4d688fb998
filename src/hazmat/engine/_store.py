"""The run store: one SQLite file (WAL) with every sample, request, response and verdict, written as they arrive.

Each write is its own transaction, so a crash (even SIGKILL) loses at most the answer that was on the
wire. ``requests`` holds one row per model call with its status: ``sent`` when it left, ``done`` when its
answer was stored, ``failed`` when retries ran out. On resume, ``done`` responses are reused and nothing
else is, so a request is sent again only if the previous process died before its answer was stored.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import RunError

SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS samples (
  suite TEXT NOT NULL, sample_id TEXT NOT NULL, input TEXT NOT NULL, reference TEXT,
  labels TEXT NOT NULL, metadata TEXT NOT NULL, PRIMARY KEY (suite, sample_id));
CREATE TABLE IF NOT EXISTS requests (
  key TEXT PRIMARY KEY, suite TEXT NOT NULL, sample_id TEXT NOT NULL, model TEXT NOT NULL, role TEXT NOT NULL,
  body TEXT NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, sent_at REAL, done_at REAL,
  error TEXT);
CREATE TABLE IF NOT EXISTS responses (
  suite TEXT NOT NULL, sample_id TEXT NOT NULL, model TEXT NOT NULL, text TEXT, finish_reason TEXT,
  usage TEXT NOT NULL DEFAULT '{}', latency_s REAL, cached INTEGER NOT NULL DEFAULT 0, error TEXT,
  created_at REAL NOT NULL, PRIMARY KEY (suite, sample_id, model));
CREATE TABLE IF NOT EXISTS verdicts (
  suite TEXT NOT NULL, sample_id TEXT NOT NULL, model TEXT NOT NULL, judge TEXT NOT NULL, verdict TEXT NOT NULL,
  created_at REAL NOT NULL, PRIMARY KEY (suite, sample_id, model, judge));
"""


@dataclass(frozen=True)
class StoredResponse:
    """A model's stored answer to one sample (``error`` set when it failed for good)."""

    suite: str
    sample_id: str
    model: str
    text: str | None
    finish_reason: str | None
    usage: dict[str, int]
    latency_s: float | None
    cached: bool
    error: str | None


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class RunStore:
    """The SQLite store of one run directory (``DIR/store.sqlite``)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, timeout=30.0)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")  # durable across process crashes, not power loss
            self.db.executescript(_SCHEMA)
        except sqlite3.DatabaseError as e:
            raise RunError(f"{self.path}: not a hazmat run store ({e})") from e
        version = self.get_meta("schema_version")
        if version is None:
            self.set_meta("schema_version", SCHEMA_VERSION)
        elif version != SCHEMA_VERSION:
            raise RunError(f"{self.path}: store schema {version}, this hazmat reads {SCHEMA_VERSION}")

    def close(self) -> None:
        """Checkpoint the WAL and close."""
        try:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            self.db.close()

    # -- metadata ---------------------------------------------------------------------------------
    def get_meta(self, key: str) -> Any:
        """A metadata value (JSON-decoded), or None."""
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def set_meta(self, key: str, value: Any) -> None:
        """Store a JSON-encodable metadata value."""
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, _dumps(value)))

    # -- samples ----------------------------------------------------------------------------------
    def add_samples(self, suite: str, rows: list[tuple[str, Any, str | None, Any, Any]]) -> None:
        """Insert (sample_id, input messages, reference, labels, metadata) rows; existing ones are kept."""
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany(
                "INSERT OR IGNORE INTO samples VALUES (?, ?, ?, ?, ?, ?)",
                [(suite, sid, _dumps(inp), ref, _dumps(lab), _dumps(meta)) for sid, inp, ref, lab, meta in rows],
            )

    def samples(self, suite: str | None = None) -> Iterator[tuple[str, str, Any, str | None, Any, Any]]:
        """(suite, sample_id, input, reference, labels, metadata) rows in insertion order."""
        sql = "SELECT suite, sample_id, input, reference, labels, metadata FROM samples"
        args: tuple[Any, ...] = ()
        if suite is not None:
            sql += " WHERE suite = ?"
            args = (suite,)
        for s, sid, inp, ref, lab, meta in self.db.execute(sql + " ORDER BY rowid", args):
            yield s, sid, json.loads(inp), ref, json.loads(lab), json.loads(meta)

    # -- requests and responses ---------------------------------------------------------------------
    def request_sent(self, key: str, suite: str, sample_id: str, model: str, role: str, body: Any) -> None:
        """Record that a request is about to leave (one more attempt)."""
        self.db.execute(
            "INSERT INTO requests (key, suite, sample_id, model, role, body, status, attempts, sent_at)"
            " VALUES (?, ?, ?, ?, ?, ?, 'sent', 1, ?)"
            " ON CONFLICT(key) DO UPDATE SET status='sent', attempts=attempts+1, sent_at=excluded.sent_at, error=NULL",
            (key, suite, sample_id, model, role, _dumps(body), time.time()),
        )

    def request_failed(self, key: str, error: str, final: bool) -> None:
        """Record a failed attempt; ``final`` when no retry follows."""
        self.db.execute(
            "UPDATE requests SET status = ?, error = ?, done_at = ? WHERE key = ?",
            ("failed" if final else "retrying", error, time.time(), key),
        )

    def save_response(self, key: str | None, response: StoredResponse) -> None:
        """Store a model's answer (and mark its request done) in one transaction."""
        with self.db:
            self.db.execute("BEGIN")
            self.db.execute(
                "INSERT OR REPLACE INTO responses VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (response.suite, response.sample_id, response.model, response.text, response.finish_reason,
                 _dumps(response.usage), response.latency_s, int(response.cached), response.error, time.time()),
            )
            if key is not None:
                self.db.execute(
                    "UPDATE requests SET status = ?, done_at = ?, error = ? WHERE key = ?",
                    ("done" if response.error is None else "failed", time.time(), response.error, key),
                )

    def responses(self, suite: str | None = None, model: str | None = None) -> Iterator[StoredResponse]:
        """Stored responses, optionally of one suite and model."""
        sql = "SELECT suite, sample_id, model, text, finish_reason, usage, latency_s, cached, error FROM responses"
        cond, args = [], []
        if suite is not None:
            cond.append("suite = ?")
            args.append(suite)
        if model is not None:
            cond.append("model = ?")
            args.append(model)
        if cond:
            sql += " WHERE " + " AND ".join(cond)
        for s, sid, m, text, fr, usage, lat, cached, err in self.db.execute(sql + " ORDER BY rowid", args):
            yield StoredResponse(s, sid, m, text, fr, json.loads(usage), lat, bool(cached), err)

    def answered(self, model: str) -> set[tuple[str, str]]:
        """(suite, sample_id) pairs this model already answered successfully."""
        rows = self.db.execute("SELECT suite, sample_id FROM responses WHERE model = ? AND error IS NULL", (model,))
        return {(s, sid) for s, sid in rows}

    def request_stats(self) -> dict[str, int]:
        """Number of requests per status, and attempts in total."""
        out = {s: n for s, n in self.db.execute("SELECT status, COUNT(*) FROM requests GROUP BY status")}
        out["attempts"] = self.db.execute("SELECT COALESCE(SUM(attempts), 0) FROM requests").fetchone()[0]
        return out

    # -- verdicts ---------------------------------------------------------------------------------
    def save_verdicts(self, rows: list[tuple[str, str, str, str, dict[str, Any]]]) -> None:
        """Store (suite, sample_id, model, judge, verdict dict) rows in one transaction."""
        now = time.time()
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany(
                "INSERT OR REPLACE INTO verdicts VALUES (?, ?, ?, ?, ?, ?)",
                [(s, sid, m, j, _dumps(v), now) for s, sid, m, j, v in rows],
            )

    def delete_verdicts(self, judge: str) -> int:
        """Delete every stored verdict of ``judge`` (so a rerun judges those answers again); returns how many."""
        with self.db:
            return self.db.execute("DELETE FROM verdicts WHERE judge = ?", (judge,)).rowcount

    def judged(self, judge: str) -> set[tuple[str, str, str]]:
        """(suite, sample_id, model) triples this judge already judged (unassessed ones included)."""
        rows = self.db.execute("SELECT suite, sample_id, model FROM verdicts WHERE judge = ?", (judge,))
        return {(s, sid, m) for s, sid, m in rows}

    def verdicts(self) -> Iterator[tuple[str, str, str, str, dict[str, Any]]]:
        """(suite, sample_id, model, judge, verdict dict) rows."""
        for s, sid, m, j, v in self.db.execute("SELECT suite, sample_id, model, judge, verdict FROM verdicts"):
            yield s, sid, m, j, json.loads(v)

    def counts(self) -> dict[str, int]:
        """Rows per table, for listings."""
        return {t: self.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("samples", "responses", "verdicts", "requests")}
