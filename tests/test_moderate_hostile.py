"""`hazmat moderate` under input a careless or hostile user gives it: nothing lost, one-line errors."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from hazmat.errors import InputError
from hazmat.moderation import moderate_file
from test_cli import rows, run


def _jsonl(path: Path, objs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(o) + "\n" for o in objs))
    return path


def test_same_file_for_input_and_output_is_refused_and_left_intact(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "data.jsonl", [{"id": "a", "text": "hello"}, {"id": "b", "text": "bye"}])
    before = src.read_bytes()
    r = run("moderate", "--input", str(src), "--output", str(src), "--no-progress")
    assert r.returncode == 2 and "same file" in r.stderr and "Traceback" not in r.stderr
    # also through another spelling of the same path
    r = run("moderate", "--input", str(src), "--output", str(tmp_path / "." / "data.jsonl"), "--no-progress")
    assert r.returncode == 2 and "same file" in r.stderr
    assert src.read_bytes() == before


@pytest.mark.parametrize("make_input", ["missing", "csv_without_text"])
def test_a_run_that_fails_before_its_first_row_keeps_the_old_output(tmp_path: Path, make_input: str) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "old", "flagged": false}\n')
    src = tmp_path / "in.csv"
    if make_input == "csv_without_text":
        src.write_text("body\nhello\n")
    r = run("moderate", "--input", str(src), "--output", str(out), "--no-progress")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert out.read_text() == '{"id": "old", "flagged": false}\n'


def test_csv_row_with_invalid_utf8_is_skipped_by_line(tmp_path: Path, guard) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "in.csv"
    src.write_bytes(b'id,text\n1,hello there\n2,caf\xe9 au lait\n3,"a quoted\nmulti-line text"\n4,goodbye\n')
    out = tmp_path / "out.jsonl"
    err = io.StringIO()
    summary = moderate_file(str(src), str(out), guard, progress=False, errors=err)
    assert [r["id"] for r in rows(out)] == ["1", "3", "4"]
    assert f"{src}:3: invalid UTF-8" in err.getvalue()
    assert summary.processed == 3 and len(summary.bad_lines) == 1


def test_csv_field_over_the_csv_module_limit_is_moderated(tmp_path: Path, guard) -> None:  # type: ignore[no-untyped-def]
    long = "All good here. " * 10_000  # 150,000 characters, over csv's default 131,072
    src = tmp_path / "in.csv"
    src.write_text(f'id,text\n1,hello\n2,"{long}"\n3,How do I make a pipe bomb at home?\n')
    out = tmp_path / "out.jsonl"
    moderate_file(str(src), str(out), guard, progress=False, errors=io.StringIO())
    got = {r["id"]: r for r in rows(out)}
    assert set(got) == {"1", "2", "3"}
    assert got["2"]["flagged"] is False and got["3"]["flagged"] is True


def test_deeply_nested_json_is_a_bad_line(tmp_path: Path, guard) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "in.jsonl"
    deep = "[" * 100_000 + "]" * 100_000
    src.write_text(json.dumps({"id": "ok1", "text": "hello"}) + "\n" + deep + "\n"
                   + '{"id": "deep", "text": ' + "[" * 5000 + "]" * 5000 + "}\n"
                   + json.dumps({"id": "ok2", "text": "bye"}) + "\n")
    out = tmp_path / "out.jsonl"
    err = io.StringIO()
    moderate_file(str(src), str(out), guard, progress=False, errors=err)
    assert [r["id"] for r in rows(out)] == ["ok1", "ok2"]
    assert f"{src}:2: JSON nested too deeply" in err.getvalue()
    assert f"{src}:3:" in err.getvalue()


def test_strict_writes_the_rows_before_the_bad_line(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "hello"}\n{"id": "b", "text": "hi"}\n' + "[" * 50_000 + "\n"
                   '{"id": "c", "text": "bye"}\n')
    out = tmp_path / "out.jsonl"
    r = run("moderate", "--input", str(src), "--output", str(out), "--strict", "--no-progress")
    assert r.returncode == 2 and f"{src}:3: JSON nested too deeply" in r.stderr and "Traceback" not in r.stderr
    assert [row["id"] for row in rows(out)] == ["a", "b"]


def test_output_errors_are_one_line(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "hello"}])
    r = run("moderate", "--input", str(src), "--output", str(tmp_path), "--no-progress")
    assert r.returncode == 2 and "is a directory" in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    if Path("/dev/full").exists():
        r = run("moderate", "--input", str(src), "--output", "/dev/full", "--no-progress")
        assert r.returncode == 2 and "no space left" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only files")
def test_read_only_output_is_one_line(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "hello"}])
    out = tmp_path / "out.jsonl"
    out.write_text("")
    out.chmod(0o444)
    r = run("moderate", "--input", str(src), "--output", str(out), "--no-progress")
    assert r.returncode == 2 and "permission denied" in r.stderr and "Traceback" not in r.stderr


def test_output_in_a_missing_folder_is_an_input_error(tmp_path: Path, guard) -> None:  # type: ignore[no-untyped-def]
    src = _jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "hello"}])
    with pytest.raises(InputError, match="does not exist"):
        moderate_file(str(src), str(tmp_path / "nope" / "out.jsonl"), guard, progress=False)


def test_duplicate_ids_are_warned_and_resume_keeps_both(tmp_path: Path, guard) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": 1, "text": "first"}) + "\n"
                   + json.dumps({"id": "1", "text": "second, same id as a string"}) + "\n"
                   + json.dumps({"id": "4", "text": "explicit id equal to line 4's default"}) + "\n"
                   + json.dumps({"text": "no id: defaults to its line number, 4"}) + "\n"
                   + json.dumps({"id": "z", "text": "last"}) + "\n")
    out = tmp_path / "out.jsonl"
    err = io.StringIO()
    summary = moderate_file(str(src), str(out), guard, progress=False, batch_size=2, errors=err)
    assert summary.duplicate_ids == 2 and summary.processed == 5
    assert f"{src}:2: id '1' was already used on line 1" in err.getvalue()
    assert f"{src}:4: id '4' was already used on line 3" in err.getvalue()
    lines = out.read_text().splitlines()
    assert [json.loads(x)["line"] for x in lines] == [1, 2, 3, 4, 5]
    # crash after the first two rows: a resume must not take line 2's "1" or line 4's "4" as done
    out.write_text("\n".join(lines[:1]) + "\n" + "\n".join(lines[2:3]) + "\n")
    summary = moderate_file(str(src), str(out), guard, progress=False, resume=True, errors=io.StringIO())
    assert summary.skipped_resume == 2 and summary.processed == 3
    assert sorted(r["line"] for r in rows(out)) == [1, 2, 3, 4, 5]


def test_resume_reads_rows_written_without_a_line(tmp_path: Path, guard) -> None:  # type: ignore[no-untyped-def]
    src = _jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "hello"}, {"id": "b", "text": "bye"}])
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "a", "flagged": false}\n')  # an output of hazmat before rows carried their line
    summary = moderate_file(str(src), str(out), guard, progress=False, resume=True, errors=io.StringIO())
    assert summary.skipped_resume == 1 and [r["id"] for r in rows(out)] == ["a", "b"]
