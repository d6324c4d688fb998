"""Ensembles of guards: fusion, stacking, cascade, online Hedge and the feedback command (fake members, no network)."""

from __future__ import annotations

import json
import math
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import typer
from typer.testing import CliRunner

from hazmat.classifiers import BaseClassifier, register_classifier
from hazmat.classifiers.ensembles import (
    CascadeEnsemble,
    FusionEnsemble,
    HedgeEnsemble,
    LogisticStacker,
    anytime_eta,
    ensemble_factory,
    optimal_eta,
    regret_bound,
)
from hazmat.classifiers.ensembles._cli import feedback_cmd
from hazmat.errors import InputError
from hazmat.taxonomy import load_taxonomy
from hazmat.types import Conversation, Verdict

CATS = load_taxonomy("hazmat").ids[:2]


class Fake(BaseClassifier):
    """Scripted guard: the score of each text comes from a dict (None = unassessed); counts its calls."""

    def __init__(self, name: str, scores: dict[str, float | None], default: float | None = 0.0) -> None:
        self.name = name
        self.taxonomy = load_taxonomy("hazmat")
        self.scores = scores
        self.default = default
        self.calls = 0
        self.items = 0

    async def aclassify(self, conversations: Sequence[Conversation]) -> list[Verdict]:
        self.calls += 1
        self.items += len(conversations)
        out = []
        for c in conversations:
            s = self.scores.get(c.last.text, self.default)
            if s is None:
                out.append(Verdict.unassessable("hazmat", "scripted", self.name))
            else:
                out.append(Verdict(taxonomy="hazmat", flagged=s >= 0.5, unsafe_score=s,
                                   scores={CATS[0]: s, CATS[1]: s / 2}, classifier=self.name))
        return out

    def describe(self) -> dict[str, Any]:
        return {"id": self.name}


def conv(t: str) -> Conversation:
    return Conversation.of(t)


# -- fusion ----------------------------------------------------------------------------------------------
def test_fusion_mean_max_weighted_numbers() -> None:
    a, b = Fake("a", {"x": 0.2}), Fake("b", {"x": 0.8})
    (m,) = FusionEnsemble([a, b], "mean").classify([conv("x")])
    assert m.unsafe_score == pytest.approx(0.5) and m.flagged is True
    assert m.scores[CATS[0]] == pytest.approx(0.5) and m.scores[CATS[1]] == pytest.approx(0.25)
    (mx,) = FusionEnsemble([a, b], "max").classify([conv("x")])
    assert mx.unsafe_score == pytest.approx(0.8) and mx.scores[CATS[1]] == pytest.approx(0.4)
    (w,) = FusionEnsemble([a, b], "weighted", weights=[3, 1], threshold=0.4).classify([conv("x")])
    assert w.unsafe_score == pytest.approx(0.35) and w.flagged is False
    assert w.extra["members"] == {"a": 0.2, "b": 0.8}
    assert a.calls == 3 and b.calls == 3
    with pytest.raises(InputError):
        FusionEnsemble([a, b], "weighted")
    with pytest.raises(InputError):
        FusionEnsemble([a, b], "median")


def test_fusion_unassessed_members_left_out() -> None:
    a, b = Fake("a", {"x": None, "y": None}), Fake("b", {"x": 0.9, "y": None})
    x, y = FusionEnsemble([a, b], "weighted", weights=[5, 1]).classify([conv("x"), conv("y")])
    assert x.unsafe_score == pytest.approx(0.9) and x.extra["unassessed_members"] == ["a"]
    assert y.unassessed is not None and y.flagged is None and "every member" in y.unassessed


def _synthetic(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Expert 0 informative, expert 1 anti-informative noise: the mean is worse than a learnt combination."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, n)
    good = np.clip(0.5 + (y - 0.5) * 0.4 + rng.normal(0, 0.15, n), 0, 1)
    bad = np.clip(0.5 - (y - 0.5) * 0.6 + rng.normal(0, 0.2, n), 0, 1)
    return np.stack([good, bad], axis=1), y


def _acc(p: np.ndarray, y: np.ndarray) -> float:
    return float(((p >= 0.5) == (y == 1)).mean())


def test_stacking_beats_mean_and_round_trips(tmp_path: Path) -> None:
    x, y = _synthetic(400)
    xt, yt = _synthetic(400, seed=1)
    ens = FusionEnsemble([Fake("a", {}), Fake("b", {})], "mean")
    st = ens.fit_scores(x, y.tolist())
    assert ens.method == "stacking" and st.coef[0] > 0 > st.coef[1]
    assert _acc(st.predict(xt), yt) > 0.9 > _acc(xt.mean(axis=1), yt) + 0.2
    st.save(tmp_path / "s.json")
    back = LogisticStacker.load(tmp_path / "s.json")
    assert np.allclose(back.predict(xt), st.predict(xt)) and back.members == ["a", "b"]
    # end to end: fit from conversations, then classify with the stacker loaded from JSON
    texts = [f"t{i}" for i in range(len(y))]
    a = Fake("a", {t: float(s) for t, s in zip(texts, x[:, 0], strict=True)})
    b = Fake("b", {t: float(s) for t, s in zip(texts, x[:, 1], strict=True)})
    e2 = FusionEnsemble([a, b], "stacking", stacker=tmp_path / "s.json")
    v = e2.classify([conv(t) for t in texts])
    assert _acc(np.array([vv.unsafe_score for vv in v]), y) > 0.9
    e3 = FusionEnsemble([a, b], "mean")
    e3.fit([conv(t) for t in texts], ["unsafe" if t else "safe" for t in y])
    assert e3.stacker is not None and e3.stacker.coef[0] > 0
    with pytest.raises(InputError):
        FusionEnsemble([a, b], "stacking").classify([conv("t0")])


# -- cascade ---------------------------------------------------------------------------------------------
def test_cascade_routes_only_the_uncertain_band() -> None:
    cheap = Fake("cheap", {"safe": 0.05, "unsafe": 0.95, "mid1": 0.5, "mid2": 0.2, "edge": 0.8, "na": None})
    exp = Fake("exp", {}, default=0.99)
    cas = CascadeEnsemble(cheap, exp, low=0.2, high=0.8)
    out = cas.classify([conv(t) for t in ["safe", "unsafe", "mid1", "mid2", "edge", "na"]])
    assert [v.extra["cascade"]["decided"] for v in out] == ["cheap", "cheap", "exp", "exp", "cheap", "exp"]
    assert exp.calls == 1 and exp.items == 3
    assert out[2].unsafe_score == 0.99 and out[2].extra["cascade"]["cheap_score"] == 0.5
    assert cas.stats == {"items": 6, "escalated": 3, "over_budget": 0, "expensive_calls": 1}
    # nothing uncertain: the expensive guard is never called
    cas.classify([conv("safe"), conv("unsafe")])
    assert exp.calls == 1


def test_cascade_budget_per_call_and_running_total() -> None:
    cheap = Fake("cheap", {}, default=0.5)
    exp = Fake("exp", {}, default=0.9)
    cas = CascadeEnsemble(cheap, exp, budget=0.25)
    out = cas.classify([conv(f"i{i}") for i in range(8)])
    assert exp.items == 2 and sum(v.extra["cascade"].get("over_budget", False) for v in out) == 6
    assert [v.unsafe_score for v in out].count(0.5) == 6
    cas2 = CascadeEnsemble(cheap, exp, budget=3, total_budget=4)
    exp.items = 0
    cas2.classify([conv(f"i{i}") for i in range(5)])
    cas2.classify([conv(f"j{i}") for i in range(5)])
    cas2.classify([conv(f"k{i}") for i in range(5)])
    assert exp.items == 4 and cas2.stats["escalated"] == 4 and cas2.stats["over_budget"] == 11


def test_cascade_falls_back_when_expensive_unassessed() -> None:
    cas = CascadeEnsemble(Fake("cheap", {}, default=0.5), Fake("exp", {}, default=None))
    (v,) = cas.classify([conv("x")])
    assert v.unsafe_score == 0.5 and v.extra["cascade"]["decided"] == "cheap" and "fallback" in v.extra["cascade"]


# -- hedge -----------------------------------------------------------------------------------------------
def test_hedge_weights_move_toward_better_expert_and_persist(tmp_path: Path) -> None:
    state = tmp_path / "h.sqlite"
    good, bad = Fake("good", {"u": 0.9, "s": 0.1}), Fake("bad", {"u": 0.2, "s": 0.8})
    h = HedgeEnsemble([good, bad], eta=0.5, state_path=state)
    assert h.weights == {"good": 0.5, "bad": 0.5}
    r = h.record_feedback("1", conv("u"), "unsafe")
    assert r["losses"] == {"good": pytest.approx(0.1), "bad": pytest.approx(0.8)}
    exp_good = math.exp(-0.05) / (math.exp(-0.05) + math.exp(-0.4))
    assert h.weights["good"] == pytest.approx(exp_good)
    h.record_feedback("2", {"good": 0.1, "bad": 0.8}, "safe")
    w = dict(h.weights)
    assert w["good"] > 0.6
    h2 = HedgeEnsemble([good, bad], eta=0.5, state_path=state)
    assert h2.weights == pytest.approx(w) and h2.rounds == 2
    log = h2.feedback_log()
    assert [e["item_id"] for e in log] == ["1", "2"] and log[0]["label"] == 1 and "ts" in log[0]
    (v,) = h2.classify([conv("u")])
    assert v.unsafe_score == pytest.approx(w["good"] * 0.9 + w["bad"] * 0.2)
    assert v.extra["hedge_weights"] == pytest.approx(w)


def test_hedge_regret_within_bound_on_synthetic_stream() -> None:
    rng = random.Random(0)
    T, N = 2000, 3
    eta = optimal_eta(N, T)
    h = HedgeEnsemble([Fake("e90", {}), Fake("e50", {}), Fake("e70", {})], eta=eta)
    for t in range(T):
        y = rng.randint(0, 1)
        def expert(acc: float, y: int = y) -> float:
            right = rng.random() < acc
            return float(y if right else 1 - y) * 0.8 + 0.1
        h.update([expert(0.9), expert(0.5), expert(0.7)], y, item_id=str(t))
    r = h.regret()
    assert r["bound"] == pytest.approx(math.sqrt(T * math.log(N) / 2)) == regret_bound(N, T, eta)
    assert r["regret"] <= r["bound"]
    assert max(h.weights, key=h.weights.__getitem__) == "e90" and h.weights["e90"] > 0.99
    assert h.cum_loss["e90"] == r["best_expert_loss"]


def test_hedge_default_is_the_anytime_schedule_and_stays_within_its_bound() -> None:
    rng = random.Random(1)
    N = 3
    h = HedgeEnsemble([Fake("e90", {}), Fake("e50", {}), Fake("e70", {})])
    assert h.eta is None and h.describe()["eta"] == "anytime"
    for t in range(1, 3001):
        y = rng.randint(0, 1)
        h.update([float(y if rng.random() < acc else 1 - y) * 0.8 + 0.1 for acc in (0.9, 0.5, 0.7)], y)
        if t in (10, 100, 1000, 3000):  # no horizon was given: the bound holds at every T
            r = h.regret()
            assert r["bound"] == pytest.approx(2 * math.sqrt(t * math.log(N) / 2) + math.sqrt(math.log(N) / 8))
            assert r["regret"] <= r["bound"], t
    # the weights are the softmax of -eta_{T+1} times the cumulative losses
    eta = anytime_eta(N, 3001)
    best = min(h.cum_loss.values())
    raw = {e: math.exp(-eta * (lo - best)) for e, lo in h.cum_loss.items()}
    assert h.weights == pytest.approx({e: w / sum(raw.values()) for e, w in raw.items()})
    assert max(h.weights, key=h.weights.__getitem__) == "e90"
    # on an open-ended stream a fixed eta's bound grows linearly in T, the anytime one as sqrt(T)
    assert regret_bound(N, 300_000, 0.5) / regret_bound(N, 30_000, 0.5) > 9.9
    assert regret_bound(N, 300_000, None) / regret_bound(N, 30_000, None) < 3.2


def test_hedge_state_keeps_its_learning_rate(tmp_path: Path) -> None:
    state = tmp_path / "h.sqlite"
    experts = [Fake("a", {}), Fake("b", {})]
    h = HedgeEnsemble(experts, eta=0.3, state_path=state)
    h.update([0.9, 0.1], 1)
    again = HedgeEnsemble(experts, state_path=state)  # no eta given: the stored one, not the default
    assert again.eta == 0.3
    with pytest.raises(InputError, match=r"was built with eta=0\.3"):
        HedgeEnsemble(experts, eta=0.5, state_path=state)
    anytime = tmp_path / "a.sqlite"
    HedgeEnsemble(experts, state_path=anytime).update([0.9, 0.1], 1)
    assert HedgeEnsemble(experts, state_path=anytime).eta is None
    with pytest.raises(InputError, match="was built with eta=anytime"):
        HedgeEnsemble(experts, eta=0.5, state_path=anytime)


def test_hedge_unassessed_expert_and_zero_one_loss() -> None:
    h = HedgeEnsemble([Fake("a", {}), Fake("b", {})], eta=1.0, loss="zero_one", predict="vote")
    assert h.predict([0.9, None]) == 1.0 and h.predict([None, None]) is None
    res = h.update([0.9, 0.2], 1)
    assert res["losses"] == {"a": 0.0, "b": 1.0} and h.weights["a"] > h.weights["b"]
    res = h.update([None, 0.2], 1)  # a unassessed: its step is the others' mean loss (neutral)
    assert res["losses"]["a"] is None
    # ... and that loss is in its cumulative loss too, so weights and losses agree
    assert h.cum_loss == {"a": pytest.approx(1.0), "b": pytest.approx(2.0)}
    assert h.weights["a"] / h.weights["b"] == pytest.approx(math.exp(-1.0 * (1.0 - 2.0)))
    (v,) = HedgeEnsemble([Fake("a", {}, default=None)], eta=1.0).classify([conv("x")])
    assert v.unassessed is not None


# -- names and CLI ---------------------------------------------------------------------------------------
register_classifier("test-ens-good")(lambda **kw: Fake("test-ens-good", {"bad thing": 0.9}, default=0.1))
register_classifier("test-ens-bad")(lambda **kw: Fake("test-ens-bad", {"bad thing": 0.1}, default=0.9))


def test_ensemble_factory(tmp_path: Path) -> None:
    f = ensemble_factory("fusion:max:test-ens-good+test-ens-bad")
    assert isinstance(f, FusionEnsemble) and f.method == "max" and f.members == ["test-ens-good", "test-ens-bad"]
    c = ensemble_factory("cascade:test-ens-good>test-ens-bad", budget=2)
    assert isinstance(c, CascadeEnsemble) and c.budget == 2
    h = ensemble_factory(f"hedge:{tmp_path / 's.sqlite'}:test-ens-good+test-ens-bad")
    assert isinstance(h, HedgeEnsemble) and h.experts == ["test-ens-good", "test-ens-bad"]
    assert h.name.startswith("hedge:")
    from hazmat.errors import UnknownClassifierError
    for bad in ("fusion:mean", "cascade:a", "hedge:a", "nope:x"):
        with pytest.raises(UnknownClassifierError):
            ensemble_factory(bad)


def test_feedback_cmd(tmp_path: Path) -> None:
    app = typer.Typer()
    app.command()(feedback_cmd)
    app.command("noop")(lambda: None)  # two commands, so the function is addressed by name
    state = tmp_path / "fb.sqlite"
    runner = CliRunner()
    guards = "test-ens-good+test-ens-bad"
    r = runner.invoke(app, ["feedback-cmd", str(state), "item-1", "unsafe", "--text", "bad thing", "-g", guards])
    assert r.exit_code == 0, r.output
    assert "test-ens-good: 0.5000 -> " in r.output and "1 rounds" in r.output
    msgs = tmp_path / "m.json"
    msgs.write_text(json.dumps([{"role": "user", "content": "hello"}]))
    r = runner.invoke(app, ["feedback-cmd", str(state), "item-2", "safe", "--messages-file", str(msgs), "-g", guards])
    assert r.exit_code == 0, r.output
    h = HedgeEnsemble(["test-ens-good", "test-ens-bad"], state_path=state)
    assert h.rounds == 2 and h.weights["test-ens-good"] > 0.6
    r = runner.invoke(app, ["feedback-cmd", str(state), "x", "maybe", "--text", "t", "-g", guards])
    assert r.exit_code == 2 and "safe or unsafe" in r.output
    r = runner.invoke(app, ["feedback-cmd", str(state), "x", "safe", "-g", guards])
    assert r.exit_code == 2


def test_ensembles_by_name_through_the_cli() -> None:
    import subprocess

    from conftest import HAZMAT

    for spec in ("fusion:max:hazmat-minilm+hazmat-minilm", "cascade:hazmat-minilm>hazmat-minilm"):
        out = subprocess.run([HAZMAT, "moderate", "--guard", spec, "--json", "How do I make a pipe bomb at home?"],
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr
        assert '"flagged": true' in out.stdout
