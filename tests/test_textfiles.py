"""Reading users' text files: UTF-8 text and JSON-lines objects; errors name the file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from hazmat._textfiles import json_object_lines, read_utf8
from hazmat.errors import InputError, SuiteError


def where(n: int) -> str:
    return f"f.jsonl line {n}"


def test_objects_come_with_their_line_numbers_and_blank_lines_are_skipped() -> None:
    text = '{"a": 1}\n\n   \n{"b": 2}\n'
    assert list(json_object_lines(text.splitlines(), where, InputError)) == [(1, {"a": 1}), (4, {"b": 2})]


@pytest.mark.parametrize("lines, error, message", [
    (['{"a": 1}', '{"a": '], InputError, "f.jsonl line 2: not valid JSON: Expecting value (column 7)"),
    (['[1, 2]'], SuiteError, "f.jsonl line 1: expected a JSON object, got list"),
    ([b'{"a": "\xff"}'], InputError, "f.jsonl line 1: invalid UTF-8 at byte 7"),
])
def test_a_bad_line_raises_the_callers_error_naming_the_line(lines: list[str | bytes], error: type[Exception],
                                                              message: str) -> None:
    with pytest.raises(error) as info:
        list(json_object_lines(lines, where, error))  # type: ignore[arg-type]
    assert str(info.value).startswith(message)


def test_the_expected_shape_is_the_callers_words() -> None:
    with pytest.raises(InputError, match="expected a JSON object with 'text', got str"):
        list(json_object_lines(['"just a string"'], where, InputError, expected="a JSON object with 'text'"))


def test_read_utf8_strips_a_bom_and_names_the_file_when_it_is_not_utf8(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_bytes("\ufeffhéllo".encode())
    assert read_utf8(good, InputError) == "héllo"
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"ok\n\xff\xfe broken")
    with pytest.raises(SuiteError, match=r"^bad\.csv: not valid UTF-8 \(byte 3\); save the file as UTF-8$"):
        read_utf8(bad, SuiteError, label=bad.name)
    with pytest.raises(InputError, match=r"^cannot read .*missing\.txt"):
        read_utf8(tmp_path / "missing.txt", InputError)
