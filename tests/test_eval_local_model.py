"""`hazmat eval` against a local transformers model built on the spot (random weights, trained tokenizer)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from conftest import HAZMAT
from evalfiles import write_sst

pytest.importorskip("transformers")
pytest.importorskip("torch")


def test_eval_runs_a_local_transformers_model_end_to_end(tmp_path: Path) -> None:
    from tinymodel import build_tiny_chat_model

    model_dir = build_tiny_chat_model(tmp_path / "tiny")
    data = tmp_path / "sst.csv"
    write_sst(data, 6)
    run_dir = tmp_path / "run"
    cmd = [HAZMAT, "eval", "--suite", "sst", "--data", str(data), "--model", f"hf/{model_dir}",
           "--run-dir", str(run_dir), "--max-tokens", "12", "--gen-seed", "3", "--temperature", "0.8",
           "--cache-dir", str(tmp_path / "cache"), "--no-progress", "--taxonomy", "ailuminate-v1.0"]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in (run_dir / "results.jsonl").read_text().splitlines()]
    assert len(rows) == 6 and all(r["error"] is None and r["response"] for r in rows)
    assert all(r["usage"]["completion_tokens"] <= 12 for r in rows)
    assert all("hazmat-minilm" in r["verdicts"] for r in rows)
    summary = json.loads((run_dir / "summary.json").read_text())
    model_info = summary["run"]["models"][f"hf/{model_dir}"]
    assert model_info["provider"] == "transformers"
    assert summary["run"]["config"]["params"]["seed"] == 3
    (view,) = summary["views"]
    assert view["taxonomy"] == "ailuminate-v1.0" and view["results"]
    assert "sxc_prn" in view["uncovered"]["sst"]  # SST has no sexual-content harm area
    # same settings, same seed, new run dir: the shared cache answers, and the answers are identical
    at = cmd.index("--run-dir") + 1
    again = subprocess.run([*cmd[:at], str(tmp_path / "run2"), *cmd[at + 1:]], capture_output=True, text=True,
                           timeout=300)
    assert again.returncode == 0, again.stderr
    rows2 = [json.loads(line) for line in (tmp_path / "run2" / "results.jsonl").read_text().splitlines()]
    assert [r["response"] for r in rows2] == [r["response"] for r in rows] and all(r["cached"] for r in rows2)
