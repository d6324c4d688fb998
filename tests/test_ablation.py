"""System-prompt ablation: paired differences with Newcombe's interval, and `hazmat eval --ablate-system-prompt`."""

from __future__ import annotations

import json
import math
import random
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import HAZMAT
from evalfiles import write_sst
from fake_openai import REFUSAL, FakeOpenAIServer, default_reply
from hazmat.evaluation import DEFAULT_SAFETY_PROMPT, ablate_samples
from hazmat.metrics import paired_difference, wilson_interval
from hazmat.types import Conversation, Sample


def _newcombe_by_hand(a: int, b: int, c: int, d: int) -> tuple[float, float, float]:
    """Newcombe (1998) method 10 for p1 - p2, written out from the paper's formulas."""
    n = a + b + c + d
    p1, p2 = (a + b) / n, (a + c) / n
    l1, u1 = wilson_interval(a + b, n)
    l2, u2 = wilson_interval(a + c, n)
    cross = a * d - b * c
    phi = max(cross - n / 2, 0) / math.sqrt((a + b) * (c + d) * (a + c) * (b + d))  # cross > 0 here
    dl = math.sqrt((p1 - l1) ** 2 - 2 * phi * (p1 - l1) * (u2 - p2) + (u2 - p2) ** 2)
    du = math.sqrt((u1 - p1) ** 2 - 2 * phi * (u1 - p1) * (p2 - l2) + (p2 - l2) ** 2)
    return p1 - p2, p1 - p2 - dl, p1 - p2 + du


def _pairs(a: int, b: int, c: int, d: int) -> list[tuple[bool, bool]]:
    return [(True, True)] * a + [(True, False)] * b + [(False, True)] * c + [(False, False)] * d


def test_paired_difference_is_newcombes_method_10() -> None:
    a, b, c, d = 12, 9, 2, 17
    diff, low, high = _newcombe_by_hand(a, b, c, d)
    got = paired_difference(_pairs(a, b, c, d))
    assert (got.n, got.both, got.first_only, got.second_only, got.neither) == (40, 12, 9, 2, 17)
    # the result is second - first, the mirror image of p1 - p2
    assert got.difference == pytest.approx(-diff)
    assert got.low == pytest.approx(-high) and got.high == pytest.approx(-low)
    assert got.low < got.difference < got.high < 0.0  # 9 vs 2 discordant pairs: a clear drop


def test_paired_difference_edges() -> None:
    same = paired_difference(_pairs(5, 0, 0, 5))  # no discordant pair: still a real interval around 0
    assert same.difference == 0.0 and same.low < -0.1 and same.high > 0.1
    allflip = paired_difference(_pairs(0, 20, 0, 0))  # every yes becomes a no
    assert allflip.difference == -1.0 and allflip.low == -1.0 and allflip.high < -0.7
    empty = paired_difference([])
    assert empty.n == 0 and math.isnan(empty.difference) and (empty.low, empty.high) == (-1.0, 1.0)
    assert empty.to_dict()["difference"] is None


def test_paired_difference_covers_the_true_difference_about_95_percent_of_the_time() -> None:
    rng = random.Random(7)
    # correlated pairs: first ~ Bernoulli(0.4); second keeps first with prob 0.7, else Bernoulli(0.2)
    p_first = 0.4
    p_second = 0.7 * p_first + 0.3 * 0.2
    truth = p_second - p_first
    hits, trials = 0, 1500
    for _ in range(trials):
        pairs = []
        for _ in range(60):
            first = rng.random() < p_first
            second = first if rng.random() < 0.7 else rng.random() < 0.2
            pairs.append((first, second))
        r = paired_difference(pairs)
        hits += r.low <= truth <= r.high
    assert 0.93 <= hits / trials <= 0.985


def test_ablate_samples_pairs_every_sample() -> None:
    plain = Sample(id="a", input=Conversation.from_messages([{"role": "user", "content": "hi"}]),
                   metadata={"category": "x"})
    with_system = Sample(id="b", input=Conversation.from_messages(
        [{"role": "system", "content": "You are a pirate."}, {"role": "user", "content": "hi"}]))
    out = ablate_samples([plain, with_system], "Be safe.")
    assert [s.id for s in out] == ["a", "a~sysprompt", "b", "b~sysprompt"]
    assert [s.metadata["system_prompt"] for s in out] == ["none", "safety", "none", "safety"]
    assert {s.metadata["ablation_of"] for s in out[:2]} == {"a"} and out[1].metadata["category"] == "x"
    assert out[0].input == plain.input
    assert out[1].input.to_list()[0] == {"role": "system", "content": "Be safe."}
    # a sample's own system prompt stays in both; only the safety prompt is added
    assert out[2].input == with_system.input
    assert out[3].input.to_list()[0]["content"] == "Be safe.\n\nYou are a pirate."


def _safety_sensitive(body: dict[str, Any]) -> str | None:
    """A model that refuses whenever the safety prompt is there, and otherwise answers (or refuses 'refuse-me')."""
    system = [m["content"] for m in body["messages"] if m["role"] == "system"]
    if system and "Always assist with care" in system[0]:
        return REFUSAL
    return default_reply(body["messages"][-1]["content"])


def test_eval_ablation_end_to_end(tmp_path: Path) -> None:
    data = tmp_path / "sst.csv"
    write_sst(data, 20, refuse_every=10)
    run = tmp_path / "run"
    cmd = [HAZMAT, "eval", "--suite", "sst", "--data", str(data), "--model", "openai/m", "--ablate-system-prompt",
           "--run-dir", str(run), "--no-progress", "--no-cache"]
    with FakeOpenAIServer(reply_body=_safety_sensitive) as server:
        out = subprocess.run([*cmd, "--base-url", server.url], capture_output=True, text=True, timeout=300)
        assert out.returncode == 0, out.stderr
        assert server.total == 40  # every prompt twice
        with_system = [b for b in server.bodies if b["messages"][0]["role"] == "system"]
        assert len(with_system) == 20 and {b["messages"][0]["content"] for b in with_system} == {DEFAULT_SAFETY_PROMPT}
        assert "system-prompt ablation" in out.stdout and "difference" in out.stdout
        again = subprocess.run([*cmd, "--base-url", server.url], capture_output=True, text=True, timeout=300)
        assert again.returncode == 0 and server.total == 40  # resumed
    summary = json.loads((run / "summary.json").read_text())
    (ablation,) = summary["ablations"]
    assert (ablation["suite"], ablation["model"], ablation["first"], ablation["second"]) == ("sst", "openai/m",
                                                                                           "none", "safety")
    rows = {(r["category"], r["outcome"]): r for r in ablation["rows"]}
    refusal = rows[("(all)", "refusal")]
    assert refusal["n"] == 20 and refusal["first"] == pytest.approx(2 / 20) and refusal["second"] == 1.0
    assert refusal["difference"] == pytest.approx(0.9) and refusal["low"] > 0.5
    assert rows[("(all)", "unsafe")]["difference"] <= 0.0
    cats = {c for c, _ in rows if c != "(all)"}
    assert cats == {"suicide_self_harm_eating_disorders", "physical_harm_violence", "illegal_regulated_items",
                    "scams_fraud", "child_safety"}
    assert all(rows[(c, "refusal")]["n"] == 4 for c in cats)
    (result,) = summary["results"]
    assert set(result["slices"]["system_prompt"]) == {"none", "safety"}
    html_path = tmp_path / "report.html"
    report = subprocess.run([HAZMAT, "report", str(run), "--out", str(html_path)], capture_output=True, text=True)
    assert report.returncode == 0, report.stderr
    html = html_path.read_text()
    section = html[html.index('<section id="ablation">'):]
    section = section[: section.index("</section>")]
    assert section.count('data-chart="bar"') == 2  # unsafe and refusal (SST prompts are all harmful)
    assert 'class="ablation"' in section and "+90.0 pts" in section


def test_ablation_option_errors(tmp_path: Path) -> None:
    data = tmp_path / "sst.csv"
    write_sst(data, 2)
    base = [HAZMAT, "eval", "--suite", "sst", "--data", str(data), "--model", "openai/m", "--run-dir",
            str(tmp_path / "r"), "--base-url", "http://127.0.0.1:9/v1"]
    both = subprocess.run([*base, "--ablate-system-prompt", "--system-prompt", "x"], capture_output=True, text=True)
    assert both.returncode == 2 and "drop --system-prompt" in both.stderr and "Traceback" not in both.stderr
    alone = subprocess.run([*base, "--safety-prompt", "x"], capture_output=True, text=True)
    assert alone.returncode == 2 and "--ablate-system-prompt" in alone.stderr
    missing = subprocess.run([*base, "--ablate-system-prompt", "--safety-prompt", "@nope.txt"], capture_output=True,
                             text=True)
    assert missing.returncode == 2 and "nope.txt" in missing.stderr
