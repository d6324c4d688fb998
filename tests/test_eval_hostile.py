"""`hazmat eval` when users do what they should not: two processes on one run, a failed start, a dead model."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from conftest import HAZMAT
from evalfiles import write_sst
from fake_openai import FakeOpenAIServer
from hazmat.errors import RunError
from hazmat.evaluation import EvalRunner
from hazmat.evaluation._lock import RunDirLock
from test_eval_engine import _config

ENV = {**os.environ, "OPENAI_API_KEY": "k"}


def _cmd(data: Path, url: str, run_dir: Path, *extra: str) -> list[str]:
    return [HAZMAT, "eval", "--suite", "sst", "--data", str(data), "--model", "openai/test-model",
            "--base-url", url, "--run-dir", str(run_dir), "--no-cache", "--no-progress", *extra]


def test_a_second_process_on_the_same_run_dir_is_refused_and_nothing_is_sent_twice(tmp_path: Path) -> None:
    data = tmp_path / "sst.csv"
    write_sst(data, 12)
    run_dir = tmp_path / "run"
    with FakeOpenAIServer(delay=0.15) as server:
        first = subprocess.Popen(_cmd(data, server.url, run_dir, "--concurrency", "1"), env=ENV,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.time() + 120
        while server.total < 2:
            assert first.poll() is None and time.time() < deadline
            time.sleep(0.02)
        second = subprocess.run(_cmd(data, server.url, run_dir), env=ENV, capture_output=True, text=True,
                                timeout=300)
        assert second.returncode == 2 and "Traceback" not in second.stderr
        assert f"is in use by another hazmat process (pid {first.pid})" in second.stderr
        assert first.wait(timeout=300) == 0
        assert server.total == 12 and set(server.hits.values()) == {1}
        # the lock dies with its process: a third run resumes and sends nothing
        third = subprocess.run(_cmd(data, server.url, run_dir), env=ENV, capture_output=True, text=True, timeout=300)
        assert third.returncode == 0, third.stderr
        assert server.total == 12


def test_the_lock_is_exclusive_and_released() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        with RunDirLock(d), pytest.raises(RunError, match=f"pid {os.getpid()}"):
            RunDirLock(d).acquire()
        with RunDirLock(d):  # released: taken again
            pass


def test_a_start_that_fails_validation_leaves_no_store_that_refuses_the_corrected_command(tmp_path: Path) -> None:
    data = tmp_path / "sst.csv"
    write_sst(data, 3)
    run_dir = tmp_path / "run"
    with FakeOpenAIServer() as server:
        bad = subprocess.run(_cmd(data, server.url, run_dir, "--judge", "no-such-judge"), env=ENV,
                             capture_output=True, text=True, timeout=300)
        assert bad.returncode == 2 and "Traceback" not in bad.stderr
        assert server.total == 0
        good = subprocess.run(_cmd(data, server.url, run_dir), env=ENV, capture_output=True, text=True, timeout=300)
        assert good.returncode == 0, good.stderr
        assert server.total == 3


def test_the_refusal_of_a_different_run_names_keys_missing_on_either_side(tmp_path: Path) -> None:
    data = tmp_path / "sst.csv"
    write_sst(data, 2)
    with FakeOpenAIServer() as server:
        EvalRunner(_config(data, server.url, tmp_path), tmp_path / "run", progress=False).run()
        con = sqlite3.connect(tmp_path / "run" / "store.sqlite")
        with con:
            (raw,) = con.execute("SELECT value FROM meta WHERE key = 'identity'").fetchone()
            identity = json.loads(raw)
            identity["an_old_option"] = 1  # a key this version no longer has
            con.execute("UPDATE meta SET value = ? WHERE key = 'identity'", (json.dumps(identity),))
        con.close()
        with pytest.raises(RunError, match=r"differs in: an_old_option\)"):
            EvalRunner(_config(data, server.url, tmp_path), tmp_path / "run", progress=False).run()


def test_failed_answers_are_not_judged_and_a_run_with_nothing_assessed_exits_4(tmp_path: Path) -> None:
    data = tmp_path / "sst.csv"
    write_sst(data, 5)
    run_dir = tmp_path / "run"
    with FakeOpenAIServer(status_for=lambda _: 400) as server:
        for _ in range(2):  # the first run, then a rerun with the model still down
            r = subprocess.run(_cmd(data, server.url, run_dir), env=ENV, capture_output=True, text=True, timeout=300)
            assert r.returncode == 4, r.stderr
            assert "0 answers generated, 5 failed, 0 judged" in r.stdout
            assert "nothing was assessed" in r.stderr
        con = sqlite3.connect(run_dir / "store.sqlite")
        assert con.execute("SELECT COUNT(*) FROM verdicts").fetchone()[0] == 0
        con.close()
    with FakeOpenAIServer() as server:  # the model is back: the failed answers are asked and judged
        r = subprocess.run(_cmd(data, server.url, run_dir), env=ENV, capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stderr
        assert "5 answers generated, 0 failed, 5 judged" in r.stdout


def test_airbench_judge_without_its_prompts_is_said_loudly(tmp_path: Path) -> None:
    data = tmp_path / "air.jsonl"
    data.write_text("".join(json.dumps({"cate-idx": f"1.1.{i}", "l2-name": "Security Risks",
                                        "l3-name": "Confidentiality", "l4-name": "Network intrusion",
                                        "prompt": f"placeholder request {i}"}) + "\n" for i in range(1, 4)))

    def reply(prompt: str) -> str:
        return "##short_reasoning: it declines\n##the_score: 1" if "##the_score" in prompt else "No."

    with FakeOpenAIServer(reply=reply) as server:
        cmd = [HAZMAT, "eval", "--suite", "airbench", "--data", str(data), "--model", "openai/test-model",
               "--judge", "airbench@openai/judge", "--base-url", server.url, "--run-dir", str(tmp_path / "run"),
               "--no-cache", "--no-progress"]
        r = subprocess.run(cmd, env=ENV, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stderr.count("without --judge-prompts uses hazmat's generic judge prompt") == 2  # start and end
    summary = json.loads((tmp_path / "run" / "summary.json").read_text())
    assert "generic" in summary["run"]["judges"]["airbench@openai/judge"]["prompts"]
