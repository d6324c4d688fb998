"""Online Hedge over guard experts (Aegis 1.0's no-regret adaptation, Hedge-style per the paper's description).

Exponentially weighted average forecaster (Freund & Schapire's Hedge; Cesa-Bianchi & Lugosi 2006, §2):
experts i = 1..N with weights w_i (start 1/N). Prediction p̂ = Σ w_i p_i / Σ w_i (``predict="mean"``) or the
weighted vote of the experts' flags (``predict="vote"``). After feedback y ∈ {0, 1}:
``w_i ← w_i · exp(−η ℓ_i)``, renormalised, with ``ℓ_i = |p_i − y|`` (``loss="absolute"``) or the 0/1 loss of
the expert's flag (``loss="zero_one"``).

Regret bound: for losses in [0, 1] that are convex in the prediction (the absolute loss of the weighted
mean is), after T rounds with a fixed η, ``L_hedge − min_i L_i ≤ ln N / η + η T / 8``: no-regret only when
η is tuned to a known horizon (``η = sqrt(8 ln N / T)`` gives ``sqrt(T ln N / 2)``); a fixed η on an open-ended
stream has a bound that grows linearly in T. The default is therefore the anytime schedule
``η_t = sqrt(8 ln N / t)`` with weights ``w_i ∝ exp(−η_t L_i)`` recomputed from the cumulative losses
(Cesa-Bianchi & Lugosi 2006, Theorem 2.3): ``L_hedge − min_i L_i ≤ 2 sqrt(T ln N / 2) + sqrt(ln N / 8)`` for
every T, known or not. A fixed η is still available (``eta=0.5``). (With the 0/1 loss and a deterministic vote
the bound holds for the expected loss of sampling an expert with probability w_i, not for the vote itself.)

An expert that leaves an item unassessed is charged the weighted mean loss of the assessed ones, in its
weight update and in its cumulative loss alike, so weights and losses (and the regret) stay consistent.

State (weights, cumulative losses, rounds, the learning-rate schedule and a feedback log with timestamp, item
id, label and each expert's loss) persists in a SQLite file, loaded at start and written after every feedback;
a state keeps the schedule it was started with.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Mapping, Sequence
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ...errors import InputError
from ...taxonomy import load_taxonomy
from ...types import Conversation, Verdict
from .._protocol import BaseClassifier, Classifier, run_sync
from ._common import (
    Member,
    category_mean,
    describe_member,
    fused_verdict,
    gather_members,
    member_name,
    member_score,
    parse_label,
    resolve,
)

LOSSES = ("absolute", "zero_one")
PREDICTS = ("mean", "vote")


def optimal_eta(n_experts: int, horizon: int) -> float:
    """η = sqrt(8 ln N / T), the choice that minimises the Hedge bound for a known horizon T."""
    if n_experts < 2 or horizon < 1:
        return 0.5
    return math.sqrt(8 * math.log(n_experts) / horizon)


def regret_bound(n_experts: int, rounds: int, eta: float | None) -> float:
    """Hedge's regret bound after ``rounds``: ``ln N / η + η T / 8`` for a fixed η, or for the anytime schedule
    (``eta=None``) ``2 sqrt(T ln N / 2) + sqrt(ln N / 8)`` (losses in [0, 1], convex in the prediction)."""
    log_n = math.log(max(n_experts, 1))
    if eta is None:
        return 2 * math.sqrt(rounds * log_n / 2) + math.sqrt(log_n / 8)
    return log_n / eta + eta * rounds / 8


def anytime_eta(n_experts: int, round_: int) -> float:
    """η_t = sqrt(8 ln N / t) for round ``round_`` = t >= 1 (the no-regret schedule for an unknown horizon)."""
    return math.sqrt(8 * math.log(max(n_experts, 1)) / max(round_, 1))


class HedgeEnsemble(BaseClassifier):
    """Exponential weights over expert guards, updated online from feedback, persisted in SQLite."""

    def __init__(self, guards: Sequence[Member], eta: float | None = None, state_path: str | Path | None = None,
                 loss: str = "absolute", predict: str = "mean", threshold: float = 0.5,
                 taxonomy: str = "hazmat", name: str | None = None) -> None:
        if eta is not None and not (eta > 0 and math.isfinite(eta)):
            raise InputError(f"eta must be a positive number, got {eta}")
        if loss not in LOSSES:
            raise InputError(f"loss must be one of {', '.join(LOSSES)}, got {loss!r}")
        if predict not in PREDICTS:
            raise InputError(f"predict must be one of {', '.join(PREDICTS)}, got {predict!r}")
        self.guards: list[Classifier] = [resolve(g) for g in guards]
        if not self.guards:
            raise InputError("an ensemble needs at least one expert guard")
        self.experts = [member_name(g) for g in self.guards]
        if len(set(self.experts)) != len(self.experts):
            raise InputError(f"expert names must be distinct, got {self.experts}")
        # eta None: the anytime schedule η_t = sqrt(8 ln N / t); a number: that fixed η
        self.eta: float | None = None if eta is None else float(eta)
        self.loss, self.predict_mode, self.threshold = loss, predict, float(threshold)
        self.taxonomy = load_taxonomy(taxonomy)
        self.state_path = Path(state_path) if state_path is not None else None
        self.name = name or f"hedge:{self.state_path or 'memory'}:{'+'.join(self.experts)}"
        n = len(self.experts)
        self.weights: dict[str, float] = {e: 1.0 / n for e in self.experts}
        self.cum_loss: dict[str, float] = {e: 0.0 for e in self.experts}
        self.hedge_loss = 0.0
        self.rounds = 0
        if self.state_path is not None:
            self._load()

    # -- persistence ---------------------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        assert self.state_path is not None
        try:
            self.state_path.parent.mkdir(parents=True, exist_ok=True)
            con = sqlite3.connect(self.state_path)
            con.executescript(
                "CREATE TABLE IF NOT EXISTS weights (expert TEXT PRIMARY KEY, weight REAL NOT NULL,"
                " cum_loss REAL NOT NULL DEFAULT 0);"
                "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                "CREATE TABLE IF NOT EXISTS feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, ts TEXT NOT NULL,"
                " item_id TEXT NOT NULL, label INTEGER NOT NULL, hedge_score REAL, hedge_loss REAL,"
                " losses TEXT NOT NULL, weights_after TEXT NOT NULL);"
            )
            return con
        except sqlite3.Error as e:
            raise InputError(f"cannot open Hedge state {self.state_path}: {e}") from None

    def _load(self) -> None:
        with closing(self._connect()) as con:
            q = "SELECT expert, weight, cum_loss FROM weights"
            rows = {r[0]: (float(r[1]), float(r[2])) for r in con.execute(q)}
            meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        stored_eta = meta.get("eta")
        if stored_eta is not None:
            stored = None if stored_eta == "anytime" else float(stored_eta)
            if self.eta is not None and stored != self.eta:
                raise InputError(f"the Hedge state {self.state_path} was built with eta={stored_eta}; a state keeps "
                                 f"its learning rate (leave eta out to resume it), got eta={self.eta}")
            self.eta = stored
        known = [e for e in self.experts if e in rows]
        if not known:
            return
        n = len(self.experts)
        # experts new to the state start at the average stored weight, then everything is renormalised
        avg = sum(rows[e][0] for e in known) / len(known)
        raw = {e: rows[e][0] if e in rows else avg for e in self.experts}
        total = sum(raw.values()) or 1.0
        self.weights = {e: w / total if total > 0 else 1.0 / n for e, w in raw.items()}
        self.cum_loss = {e: rows[e][1] if e in rows else 0.0 for e in self.experts}
        self.hedge_loss = float(meta.get("hedge_loss", 0.0))
        self.rounds = int(meta.get("rounds", 0))

    def _save(self, item_id: str, label: int, score: float | None, loss: float | None,
              losses: Mapping[str, float | None]) -> None:
        if self.state_path is None:
            return
        with closing(self._connect()) as con, con:
            con.executemany("INSERT OR REPLACE INTO weights (expert, weight, cum_loss) VALUES (?, ?, ?)",
                            [(e, self.weights[e], self.cum_loss[e]) for e in self.experts])
            con.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                            [("rounds", str(self.rounds)), ("hedge_loss", repr(self.hedge_loss)),
                             ("eta", "anytime" if self.eta is None else repr(self.eta)), ("loss", self.loss)])
            con.execute("INSERT INTO feedback (ts, item_id, label, hedge_score, hedge_loss, losses, weights_after)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (datetime.now(UTC).isoformat(timespec="seconds"), item_id, label, score, loss,
                         json.dumps(dict(losses)), json.dumps(self.weights)))

    def feedback_log(self) -> list[dict[str, Any]]:
        """Every recorded feedback, oldest first."""
        if self.state_path is None:
            return []
        with closing(self._connect()) as con:
            q = "SELECT ts, item_id, label, hedge_score, hedge_loss, losses FROM feedback ORDER BY id"
            rows = con.execute(q).fetchall()
        return [{"ts": r[0], "item_id": r[1], "label": r[2], "hedge_score": r[3], "hedge_loss": r[4],
                 "losses": json.loads(r[5])} for r in rows]

    # -- the forecaster --------------------------------------------------------------------------------
    def _as_scores(self, scores: Mapping[str, float | None] | Sequence[float | None]) -> dict[str, float | None]:
        if isinstance(scores, Mapping):
            unknown = set(scores) - set(self.experts)
            if unknown:
                raise InputError(f"unknown experts {sorted(unknown)}; experts are {self.experts}")
            return {e: scores.get(e) for e in self.experts}
        if len(scores) != len(self.experts):
            raise InputError(f"need {len(self.experts)} expert scores, got {len(scores)}")
        return dict(zip(self.experts, scores, strict=True))

    def _expert_pred(self, s: float) -> float:
        return (1.0 if s >= self.threshold else 0.0) if self.predict_mode == "vote" else s

    def predict(self, scores: Mapping[str, float | None] | Sequence[float | None]) -> float | None:
        """Hedge's prediction from the experts' scores (``None`` = unassessed, left out); ``None`` if all are."""
        sc = {e: s for e, s in self._as_scores(scores).items() if s is not None}
        if not sc:
            return None
        total = sum(self.weights[e] for e in sc)
        if total <= 0:
            return sum(self._expert_pred(s) for s in sc.values()) / len(sc)
        return sum(self.weights[e] * self._expert_pred(s) for e, s in sc.items()) / total

    def _loss(self, s: float, y: int) -> float:
        if self.loss == "zero_one":
            return float((s >= self.threshold) != bool(y))
        return abs(s - y)

    def update(self, scores: Mapping[str, float | None] | Sequence[float | None], label: Any,
               item_id: str = "") -> dict[str, Any]:
        """One Hedge round: predict, observe ``label``, reweight. Returns old/new weights and the losses.

        An expert that left the item unassessed gets the weighted mean loss of the others (a neutral step).
        """
        y = parse_label(label)
        sc = self._as_scores(scores)
        p = self.predict(sc)
        losses: dict[str, float | None] = {e: (self._loss(s, y) if s is not None else None) for e, s in sc.items()}
        known = {e: lo for e, lo in losses.items() if lo is not None}
        old = dict(self.weights)
        if known:
            wsum = sum(self.weights[e] for e in known) or 1.0
            neutral = sum(self.weights[e] * lo for e, lo in known.items()) / wsum
            charged = {e: lo if lo is not None else neutral for e, lo in losses.items()}
            for e, lo in charged.items():
                self.cum_loss[e] += lo
            if self.eta is None:  # anytime: the weights of round t+1 from the cumulative losses and η_{t+1}
                eta = anytime_eta(len(self.experts), self.rounds + 2)
                best = min(self.cum_loss.values())
                raw = {e: math.exp(-eta * (self.cum_loss[e] - best)) for e in self.experts}
            else:
                raw = {e: self.weights[e] * math.exp(-self.eta * lo) for e, lo in charged.items()}
            total = sum(raw.values())
            if total > 0 and math.isfinite(total):
                self.weights = {e: w / total for e, w in raw.items()}
            hedge_loss = abs(p - y) if p is not None and self.loss == "absolute" else (
                float((p >= 0.5) != bool(y)) if p is not None else None)
            if hedge_loss is not None:
                self.hedge_loss += hedge_loss
            self.rounds += 1
        else:
            hedge_loss = None
        self._save(item_id, y, p, hedge_loss, losses)
        return {"item_id": item_id, "label": y, "prediction": p, "hedge_loss": hedge_loss, "losses": losses,
                "old_weights": old, "new_weights": dict(self.weights)}

    def record_feedback(self, item_id: str, item: Conversation | Mapping[str, float | None] | Sequence[float | None],
                        label: Any) -> dict[str, Any]:
        """Record a correction: ``item`` is the conversation (re-classified by the experts) or their scores."""
        if isinstance(item, Conversation):
            per = run_sync(gather_members(self.guards, [item], self.taxonomy))
            return self.update([member_score(p[0]) for p in per], label, item_id)
        return self.update(item, label, item_id)

    def regret(self) -> dict[str, float]:
        """Cumulative losses so far, regret against the best expert and the bound (:func:`regret_bound`)."""
        best = min(self.cum_loss.values()) if self.cum_loss else 0.0
        return {"rounds": float(self.rounds), "hedge_loss": self.hedge_loss, "best_expert_loss": best,
                "regret": self.hedge_loss - best, "bound": regret_bound(len(self.experts), self.rounds, self.eta)}

    # -- the classifier --------------------------------------------------------------------------------
    async def aclassify(self, conversations: Sequence[Conversation]) -> list[Verdict]:
        """Every expert concurrently; unsafe and category scores are the weighted means of the assessed ones."""
        per = await gather_members(self.guards, conversations, self.taxonomy)
        out: list[Verdict] = []
        for i in range(len(conversations)):
            vs = [per[m][i] for m in range(len(self.guards))]
            sc = [member_score(v) for v in vs]
            p = self.predict(sc)
            if p is None:
                reasons = "; ".join(f"{e}: {v.unassessed}" for e, v in zip(self.experts, vs, strict=True))
                out.append(Verdict.unassessable(self.taxonomy.id, f"every expert unassessed ({reasons})", self.name))
                continue
            ok = [m for m, s in enumerate(sc) if s is not None]
            cats = category_mean([vs[m] for m in ok], [self.weights[self.experts[m]] for m in ok])
            extra = {"hedge_weights": dict(self.weights), "members": dict(zip(self.experts, sc, strict=True))}
            out.append(fused_verdict(self.taxonomy.id, p, cats, self.threshold, self.name, extra))
        return out

    def describe(self) -> dict[str, Any]:
        """Settings, current weights, regret so far and each expert's description."""
        return {"id": self.name, "kind": "hedge", "eta": "anytime" if self.eta is None else self.eta,
                "loss": self.loss, "predict": self.predict_mode,
                "threshold": self.threshold, "taxonomy": self.taxonomy.id,
                "state_path": str(self.state_path) if self.state_path else None, "weights": dict(self.weights),
                "regret": self.regret(), "experts": [describe_member(g) for g in self.guards]}
