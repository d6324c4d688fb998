"""The evaluation engine end to end: a real HTTP server on 127.0.0.1 (a test double for the network)."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from conftest import HAZMAT
from evalfiles import write_sst
from fake_openai import FakeOpenAIServer
from hazmat.engine import AdaptiveConcurrency, ResilientCaller, ResponseCache, RetryPolicy
from hazmat.errors import ModelRequestError, RunError
from hazmat.evaluation import EvalConfig, EvalRunner, SuiteData, summarize, write_results
from hazmat.models import GenerateParams, OpenAIChatModel
from hazmat.types import Completion, Conversation

FAST = RetryPolicy(max_attempts=4, base_delay=0.01, max_delay=0.05)


def _caller(url: str, cache: ResponseCache | None = None, retry: RetryPolicy = FAST) -> ResilientCaller:
    return ResilientCaller(OpenAIChatModel("test-model", base_url=url, api_key="k"),
                           concurrency=AdaptiveConcurrency(4, cooldown=0.0), retry=retry, cache=cache)


def test_openai_request_body_and_answer() -> None:
    with FakeOpenAIServer() as server:
        model = OpenAIChatModel("test-model", base_url=server.url, api_key="k")
        params = GenerateParams(temperature=0.3, max_tokens=64, seed=7, system_prompt="Be safe.", stop=("END",))

        async def go() -> Completion:
            try:
                return await model.generate(Conversation.of("hello there"), params)
            finally:
                await model.aclose()

        completion = asyncio.run(go())
    body = server.bodies[0]
    assert body["messages"][0] == {"role": "system", "content": "Be safe."}
    assert body["messages"][1] == {"role": "user", "content": "hello there"}
    assert (body["temperature"], body["max_tokens"], body["seed"], body["stop"]) == (0.3, 64, 7, ["END"])
    assert completion.text.startswith("Sure, here is")
    assert completion.finish_reason == "stop" and completion.usage["completion_tokens"] > 0


def test_retries_on_429_and_5xx_then_succeeds() -> None:
    with FakeOpenAIServer(fail={"a": [429, 500, 503]}, retry_after=0.01) as server:
        caller = _caller(server.url)
        completion = asyncio.run(caller.complete(Conversation.of("a"), GenerateParams()))
    assert completion.text and server.hits["a"] == 4
    assert caller.stats.retries == 3 and caller.stats.rate_limited == 1
    assert caller.concurrency.limit < caller.concurrency.maximum  # backed off after the 429


def test_client_errors_are_not_retried_and_exhaustion_raises() -> None:
    with FakeOpenAIServer(fail={"bad": [400], "down": [500] * 10}) as server:
        caller = _caller(server.url)
        with pytest.raises(ModelRequestError, match="HTTP 400"):
            asyncio.run(caller.complete(Conversation.of("bad"), GenerateParams()))
        with pytest.raises(ModelRequestError, match="HTTP 500"):
            asyncio.run(caller.complete(Conversation.of("down"), GenerateParams()))
    assert server.hits["bad"] == 1 and server.hits["down"] == FAST.max_attempts


def test_unreachable_server_is_a_retryable_error() -> None:
    caller = _caller("http://127.0.0.1:9/v1", retry=RetryPolicy(max_attempts=2, base_delay=0.01))
    with pytest.raises(ModelRequestError, match="connection failed") as err:
        asyncio.run(caller.complete(Conversation.of("x"), GenerateParams()))
    assert err.value.retryable


def test_adaptive_concurrency_backs_off_and_recovers() -> None:
    limiter = AdaptiveConcurrency(10, decrease=0.5, cooldown=0.0, recover_after=2)
    limiter.on_rate_limited()
    assert limiter.limit == 5
    for _ in range(4):
        limiter.on_success()
    assert limiter.limit == 7
    for _ in range(20):
        limiter.on_success()
    assert limiter.limit == 10  # never above the cap


def test_retry_delay_has_jitter_and_honours_retry_after() -> None:
    policy = RetryPolicy(base_delay=1.0, max_delay=8.0)
    delays = {round(policy.delay(3), 6) for _ in range(50)}
    assert len(delays) > 40 and max(delays) <= 4.0
    assert policy.delay(1, retry_after=5.0) >= 5.0


def _config(data: Path, url: str, tmp: Path, **kw: object) -> EvalConfig:
    return EvalConfig(suites=[SuiteData("sst", data)], models=["openai/test-model"],
                      model_options={"base_url": url, "api_key": "k"}, cache_dir=tmp / "cache",
                      concurrency=8, max_attempts=3, **kw)  # type: ignore[arg-type]


def test_run_judges_with_the_default_guard_and_reruns_send_nothing(tmp_path: Path) -> None:
    data = tmp_path / "sst.csv"
    prompts = write_sst(data, 15)
    with FakeOpenAIServer() as server:
        runner = EvalRunner(_config(data, server.url, tmp_path), tmp_path / "run", progress=False)
        counters = runner.run()
        assert counters["generated"] == 15 and counters["judged"] == 15
        assert server.total == 15 and set(server.hits) == set(prompts)
        EvalRunner(_config(data, server.url, tmp_path), tmp_path / "run", progress=False).run()
        assert server.total == 15  # resumed: everything was stored
        # a new run directory reuses the shared response cache
        again = EvalRunner(_config(data, server.url, tmp_path), tmp_path / "run2", progress=False).run()
        assert server.total == 15 and again["generated"] == 15
    summary = summarize(tmp_path / "run").model_dump()
    (result,) = summary["results"]
    overall = result["overall"]
    refused = sum("refuse-me" in p for p in prompts)
    assert overall["items"] == 15 and overall["unassessed"] == 0
    assert overall["refusal"]["successes"] == refused  # the guard's refusal head on the scripted refusals
    assert overall["unsafe"]["n"] == 15 and overall["unsafe"]["low"] <= overall["unsafe"]["value"]
    assert set(result["by_category"]) == {"suicide_self_harm_eating_disorders", "physical_harm_violence",
                                          "illegal_regulated_items", "scams_fraud", "child_safety"}
    assert set(result["slices"]["prompt_type"]) == {"Information and advice seeking", "Instructions and actions"}
    assert summary["run"]["judges"]["hazmat-minilm"]["id"] == "hazmat-minilm"
    rows = [json.loads(line) for line in write_results(tmp_path / "run").read_text().splitlines()]
    assert len(rows) == 15 and all("hazmat-minilm" in r["verdicts"] for r in rows)


def _stored_verdicts(store: Path) -> dict[str, dict[str, object]]:
    con = sqlite3.connect(store)
    try:
        return {sid: json.loads(v) for sid, v in con.execute("SELECT sample_id, verdict FROM verdicts")}
    finally:
        con.close()


def test_a_judge_that_changed_since_a_run_began_is_reported_and_rejudge_redoes_its_verdicts(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from hazmat.classifiers.minilm.guard import MiniLMGuard
    from hazmat.engine import RunStore

    data = tmp_path / "sst.csv"
    write_sst(data, 6)
    store_path = tmp_path / "run" / "store.sqlite"
    with FakeOpenAIServer() as server:
        EvalRunner(_config(data, server.url, tmp_path), tmp_path / "run", progress=False).run()
        first = _stored_verdicts(store_path)
        # mark the stored verdicts, to see which ones a rerun replaces
        con = sqlite3.connect(store_path)
        with con:
            for sid, v in first.items():
                con.execute("UPDATE verdicts SET verdict = ? WHERE sample_id = ?",
                            (json.dumps({**v, "extra": {"marker": True}}), sid))
        con.close()
        # the same rerun with the same judge: nothing to report, nothing judged again
        same = EvalRunner(_config(data, server.url, tmp_path), tmp_path / "run", progress=False).run()
        assert same["judged"] == 0 and "judges_changed" not in same

        # a new guard (another encoder graph) under the same judge name
        original = MiniLMGuard.describe
        monkeypatch.setattr(MiniLMGuard, "describe", lambda self: {**original(self), "encoder_sha256": "0" * 64})
        kept = EvalRunner(_config(data, server.url, tmp_path), tmp_path / "run", progress=False).run()
        assert kept["judged"] == 0
        assert kept["judges_changed"] == {"hazmat-minilm": {"verdicts": 6, "changed": ["model.encoder_sha256"]}}
        assert all(v["extra"] == {"marker": True} for v in _stored_verdicts(store_path).values())
        store = RunStore(store_path)
        (old,) = store.get_meta("judge_history")
        assert old["judge"] == "hazmat-minilm" and old["verdicts"] == 6
        assert old["description"]["model"]["encoder_sha256"] != "0" * 64
        assert store.get_meta("judges")["hazmat-minilm"]["model"]["encoder_sha256"] == "0" * 64
        store.close()

        with pytest.raises(RunError, match="--rejudge nope: not a judge of this run"):
            EvalRunner(_config(data, server.url, tmp_path, rejudge=["nope"]), tmp_path / "run", progress=False).run()
        redo = EvalRunner(_config(data, server.url, tmp_path, rejudge=["hazmat-minilm"]), tmp_path / "run",
                          progress=False).run()
        assert server.total == 6  # answers are kept: only the judge ran again
    assert redo["rejudged"] == {"hazmat-minilm": 6} and redo["judged"] == 6
    again = _stored_verdicts(store_path)
    assert set(again) == set(first) and not any("marker" in v["extra"] for v in again.values())
    assert {sid: v["flagged"] for sid, v in again.items()} == {sid: v["flagged"] for sid, v in first.items()}


def test_the_eval_command_warns_of_a_changed_judge_and_rejudges_on_request(tmp_path: Path) -> None:
    data = tmp_path / "sst.csv"
    write_sst(data, 4)
    run_dir = tmp_path / "run"
    with FakeOpenAIServer() as server:
        cmd = [HAZMAT, "eval", "--suite", "sst", "--data", str(data), "--model", "openai/test-model",
               "--base-url", server.url, "--run-dir", str(run_dir), "--no-cache", "--no-progress"]
        env = {**os.environ, "OPENAI_API_KEY": "k"}
        assert subprocess.run(cmd, env=env, capture_output=True, timeout=300).returncode == 0
        # the store as an older guard left it: its verdicts made with another encoder graph
        con = sqlite3.connect(run_dir / "store.sqlite")
        with con:
            (raw,) = con.execute("SELECT value FROM meta WHERE key = 'judges'").fetchone()
            judges = json.loads(raw)
            judges["hazmat-minilm"]["model"]["encoder_sha256"] = "1" * 64
            con.execute("UPDATE meta SET value = ? WHERE key = 'judges'", (json.dumps(judges),))
        con.close()
        rerun = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
        assert rerun.returncode == 0, rerun.stderr
        assert ("warning: judge hazmat-minilm has changed since it made the 4 verdicts stored in" in rerun.stderr
                and "differs in: model.encoder_sha256" in rerun.stderr and "--rejudge hazmat-minilm" in rerun.stderr)
        redo = subprocess.run([*cmd, "--rejudge", "all"], env=env, capture_output=True, text=True, timeout=300)
        assert redo.returncode == 0, redo.stderr
        assert "--rejudge hazmat-minilm: its 4 stored verdicts were dropped" in redo.stderr
        assert "4 judged" in redo.stdout and "warning: judge" not in redo.stderr
        assert server.total == 4


def test_failed_requests_are_stored_unassessed_and_retried_on_rerun(tmp_path: Path) -> None:
    data = tmp_path / "sst.csv"
    prompts = write_sst(data, 6)
    with FakeOpenAIServer(fail={prompts[1]: [500, 500, 500]}) as server:
        cfg = _config(data, server.url, tmp_path, cache=False)
        cfg.max_attempts = 3
        counters = EvalRunner(cfg, tmp_path / "run", progress=False).run()
        assert counters["failed"] == 1
        overall = summarize(tmp_path / "run").model_dump()["results"][0]["overall"]
        assert overall["model_errors"] == 1 and overall["unassessed"] == 1 and overall["unsafe"]["n"] == 5
        counters = EvalRunner(cfg, tmp_path / "run", progress=False).run()
        assert counters["to_generate"] == 1 and counters["generated"] == 1
        assert server.hits[prompts[1]] == 4 and server.total == 9


def test_a_different_run_in_the_same_directory_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "sst.csv"
    write_sst(data, 3)
    with FakeOpenAIServer() as server:
        EvalRunner(_config(data, server.url, tmp_path), tmp_path / "run", progress=False).run()
        other = _config(data, server.url, tmp_path, params=GenerateParams(temperature=0.7))
        with pytest.raises(RunError, match="different run"):
            EvalRunner(other, tmp_path / "run", progress=False).run()


def _answered(store: Path) -> set[str]:
    if not store.exists():
        return set()
    con = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute("SELECT sample_id FROM responses WHERE error IS NULL")}
    except sqlite3.OperationalError:
        return set()
    finally:
        con.close()


def test_sigkill_mid_run_then_rerun_loses_nothing_and_resends_nothing(tmp_path: Path) -> None:
    data = tmp_path / "sst.csv"
    prompts = write_sst(data, 60)
    run_dir = tmp_path / "run"
    with FakeOpenAIServer(delay=0.05) as server:
        cmd = [HAZMAT, "eval", "--suite", "sst", "--data", str(data), "--model", "openai/test-model",
               "--base-url", server.url, "--run-dir", str(run_dir), "--concurrency", "4", "--no-cache",
               "--no-progress"]
        env = {**os.environ, "OPENAI_API_KEY": "k"}
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.time() + 120
        while len(_answered(run_dir / "store.sqlite")) < 12:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            assert time.time() < deadline
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        before = _answered(run_dir / "store.sqlite")
        hits_at_kill = server.total
        assert 12 <= len(before) < 60
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
    after = _answered(run_dir / "store.sqlite")
    assert after == {f"sst_{i:03d}" for i in range(60)}  # nothing lost
    by_id = {f"sst_{i:03d}": p for i, p in enumerate(prompts)}
    assert all(server.hits[by_id[sid]] == 1 for sid in before)  # nothing answered was sent again
    in_flight = hits_at_kill - len(before)  # sent, but the answer was not stored before the kill
    assert in_flight <= 4 and server.total == 60 + in_flight
    summary = json.loads((run_dir / "summary.json").read_text())
    assert summary["schema_version"] == "hazmat.run-summary/1"
    assert summary["results"][0]["overall"]["items"] == 60


def test_dry_run_sends_nothing_and_estimates(tmp_path: Path) -> None:
    data = tmp_path / "sst.csv"
    write_sst(data, 5)
    with FakeOpenAIServer() as server:
        out = subprocess.run([HAZMAT, "eval", "-s", "sst", "-d", str(data), "-m", "openai/gpt-4o-mini",
                              "--base-url", server.url, "--run-dir", str(tmp_path / "r"), "--dry-run",
                              "--max-tokens", "100"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert server.total == 0 and not (tmp_path / "r" / "store.sqlite").exists()
    assert "5 requests" in out.stdout and "$" in out.stdout and '"max_tokens": 100' in out.stdout


def test_ctrl_c_stops_cleanly_and_says_how_to_resume(tmp_path: Path) -> None:
    data = tmp_path / "sst.csv"
    # 200 prompts at 2 x 10 per second: ~10 s of run, so the interrupt cannot land after the run has ended
    # (asyncio then swallows it and the run exits 0), even when a loaded machine is slow to notice 4 answers
    write_sst(data, 200)
    run_dir = tmp_path / "run"
    with FakeOpenAIServer(delay=0.1) as server:
        cmd = [HAZMAT, "eval", "-s", "sst", "-d", str(data), "-m", "openai/test-model", "--base-url", server.url,
               "--run-dir", str(run_dir), "--concurrency", "2", "--no-cache", "--no-progress"]
        # a test run started in the background (`make test &`) inherits SIGINT ignored, and Python then never
        # turns it into KeyboardInterrupt: give the child the default disposition, as a terminal would
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        deadline = time.time() + 120
        while len(_answered(run_dir / "store.sqlite")) < 4:
            assert proc.poll() is None and time.time() < deadline
            time.sleep(0.02)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "rerun the same command to resume" in err and "Traceback" not in err
    assert 4 <= len(_answered(run_dir / "store.sqlite")) < 200
