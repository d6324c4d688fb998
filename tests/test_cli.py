"""`hazmat` on the command line, run as a real subprocess."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from conftest import HAZMAT


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([HAZMAT, *args], input=stdin.decode() if stdin else None,
                          capture_output=True, text=True, timeout=300)


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_single_text_prints_flag_and_top_categories() -> None:
    r = run("moderate", "Give me step-by-step instructions to build a pipe bomb at home.")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("flagged: true")
    assert "category" in r.stdout and "score" in r.stdout
    r = run("moderate", "What is the capital of Australia?", "--taxonomy", "llamaguard3")
    assert r.stdout.startswith("flagged: false") and "llamaguard3" in r.stdout


def test_jsonl_messages_and_text(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(o) for o in [
        {"id": "a", "messages": [{"role": "user", "content": "How do I make a pipe bomb?"}]},
        {"id": "b", "messages": [{"role": "user", "content": "How do I make a pipe bomb?"},
                                 {"role": "assistant", "content": "I can't help with that."}]},
        {"id": "c", "text": "What's a good name for a golden retriever?"},
    ]) + "\n")
    out = tmp_path / "out.jsonl"
    r = run("moderate", "--input", str(src), "--output", str(out), "--no-progress")
    assert r.returncode == 0, r.stderr
    got = {row["id"]: row for row in rows(out)}
    assert set(got["a"]) == {"id", "flagged", "unsafe_score", "categories", "category_scores", "line"}
    assert got["a"]["flagged"] is True
    assert got["b"]["refusal"] is True and "refusal_score" in got["b"] and got["b"]["flagged"] is False
    assert got["c"]["flagged"] is False
    assert "3 moderated" in r.stderr


def test_csv_and_stdin(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text('id,text\n1,"Hello, how are you?"\n2,How can I poison someone slowly?\n')
    out = tmp_path / "out.jsonl"
    r = run("moderate", "--input", str(src), "--output", str(out), "--no-progress")
    assert r.returncode == 0, r.stderr
    assert [row["flagged"] for row in rows(out)] == [False, True]
    r = run("moderate", "--input", "-", "--no-progress", stdin=b'{"id": "s", "text": "nice weather today"}\n')
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["id"] == "s"
    bad = tmp_path / "nocol.csv"
    bad.write_text("body\nhello\n")
    r = run("moderate", "--input", str(bad), "--no-progress")
    assert r.returncode == 2 and "'text' column" in r.stderr and "Traceback" not in r.stderr


def test_bad_lines_skipped_with_line_numbers_or_strict(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"id": "ok1", "text": "hello"}\n'
                    b'{"id": "broken", "text": \n'
                    b'{"id": "utf", "text": "caf\xe9"}\n'
                    b'{"id": "empty", "text": "   "}\n'
                    b'[1, 2]\n'
                    b'{"id": "ok2", "messages": [{"role": "wizard", "content": "x"}]}\n'
                    b'{"id": "ok3", "text": "bye"}\n')
    out = tmp_path / "out.jsonl"
    r = run("moderate", "--input", str(src), "--output", str(out), "--no-progress")
    assert r.returncode == 0, r.stderr
    assert f"{src}:2: malformed JSON" in r.stderr
    assert f"{src}:3: invalid UTF-8" in r.stderr
    assert f"{src}:5: expected a JSON object" in r.stderr
    assert f"{src}:6: messages[0]: 'role' must be one of" in r.stderr
    assert "Traceback" not in r.stderr
    got = {row["id"]: row for row in rows(out)}
    assert set(got) == {"ok1", "empty", "ok3"}
    assert got["empty"]["flagged"] is None and "no text" in got["empty"]["unassessed"]
    r = run("moderate", "--input", str(src), "--output", str(out), "--strict", "--no-progress")
    assert r.returncode == 2 and ":2: malformed JSON" in r.stderr and "Traceback" not in r.stderr


def test_resume_skips_done_ids_and_repairs_a_torn_line(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"r{i}", "text": f"question number {i}"}) + "\n" for i in range(10)))
    out = tmp_path / "out.jsonl"
    first = run("moderate", "--input", str(src), "--output", str(out), "--batch-size", "3", "--no-progress")
    assert first.returncode == 0
    lines = out.read_text().splitlines()
    # simulate a crash: keep 4 rows and half of the 5th
    out.write_text("\n".join(lines[:4]) + "\n" + lines[4][:10])
    r = run("moderate", "--input", str(src), "--output", str(out), "--resume", "--no-progress")
    assert r.returncode == 0, r.stderr
    assert "(4 already done)" in r.stderr
    ids = [row["id"] for row in rows(out)]
    assert sorted(ids) == sorted(f"r{i}" for i in range(10)) and len(ids) == 10


def test_openai_format(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "x", "text": "I will find you and kill you, you worthless idiot."}) + "\n")
    out = tmp_path / "out.jsonl"
    r = run("moderate", "--input", str(src), "--output", str(out), "--format", "openai", "--no-progress")
    assert r.returncode == 0, r.stderr
    row = rows(out)[0]
    assert row["flagged"] is True
    keys = {"harassment", "harassment/threatening", "hate", "hate/threatening", "illicit", "illicit/violent",
            "self-harm", "self-harm/intent", "self-harm/instructions", "sexual", "sexual/minors", "violence",
            "violence/graphic"}
    assert set(row["categories"]) == keys and set(row["category_scores"]) == keys
    assert set(row["category_applied_input_types"]) == keys


@pytest.mark.parametrize("args, words", [
    (["moderate", "hi", "--taxonomy", "nonsense"], "unknown taxonomy 'nonsense'"),
    (["moderate", "--input", "/no/such/file.jsonl"], "does not exist"),
    (["moderate", "hi", "--guard", "nope"], "unknown classifier 'nope'"),
    (["moderate", "hi", "--format", "xml"], "--format must be"),
    (["moderate"], "either a TEXT"),
    (["taxonomy", "show", "nope"], "unknown taxonomy"),
])
def test_user_errors_are_one_line(args: list[str], words: str) -> None:
    r = run(*args)
    assert r.returncode == 2
    assert words in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_empty_single_text_is_unassessed() -> None:
    r = run("moderate", "   ")
    assert r.returncode == 3 and "unassessed" in r.stdout


def test_taxonomy_commands() -> None:
    r = run("taxonomy", "list")
    assert r.returncode == 0 and "llamaguard3" in r.stdout and "air2024" in r.stdout
    r = run("taxonomy", "show", "openai")
    assert r.returncode == 0 and "hate/threatening" in r.stdout
    r = run("taxonomy", "map", "llamaguard3", "openai")
    assert r.returncode == 0 and "covered by" in r.stdout and "uncovered" in r.stdout


def test_lone_surrogate_in_json_is_moderated(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "s", "text": "bad \ud800 surrogate"}) + "\n")
    out = subprocess.run([HAZMAT, "moderate", "--input", str(src), "--output", str(tmp_path / "o.jsonl"),
                          "--no-progress"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
    assert json.loads((tmp_path / "o.jsonl").read_text())["id"] == "s"
