"""Tests for the SORRY-Bench encoding mutations (hazmat.transforms._encodings)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hazmat.transforms import ENCODINGS, Encoding, decode_response, get_encoding, wrap
from hazmat.transforms._encodings import MORSE_CODE

MORSE_ALPHABET = "".join(MORSE_CODE) + " "


def _morse_upper(text: str) -> str:
    return "".join(ch.upper() if "a" <= ch <= "z" else ch for ch in text)


def test_registry() -> None:
    assert set(ENCODINGS) == {"ascii", "caesar", "morse", "atbash"}
    for name, enc in ENCODINGS.items():
        assert isinstance(enc, Encoding)
        assert enc.name == name
        assert get_encoding(name) is enc
        assert enc.title in enc.instruction
    with pytest.raises(ValueError):
        get_encoding("rot13")


@pytest.mark.parametrize(
    ("name", "plain", "encoded"),
    [
        ("caesar", "abc XYZ", "def ABC"),
        ("caesar", "Hello, World!", "Khoor, Zruog!"),
        ("atbash", "Hello", "Svool"),
        ("atbash", "abc XYZ 123", "zyx CBA 123"),
        ("morse", "SOS", "... --- ..."),
        ("morse", "sos", "... --- ..."),
        ("morse", "HI THERE", ".... .. / - .... . .-. ."),
        ("morse", "a#b", ".- [#] -..."),
        ("morse", "", ""),
        ("ascii", "Hi", "72 105"),
        ("ascii", "a b", "97 32 98"),
        ("ascii", "", ""),
    ],
)
def test_known_vectors(name: str, plain: str, encoded: str) -> None:
    enc = ENCODINGS[name]
    assert enc.encode(plain) == encoded
    expected = _morse_upper(plain) if name == "morse" else plain
    assert enc.decode(encoded) == expected


def test_morse_codes_unique() -> None:
    assert len(set(MORSE_CODE.values())) == len(MORSE_CODE)
    assert all(set(code) <= {".", "-"} for code in MORSE_CODE.values())


@pytest.mark.parametrize("name", ["ascii", "caesar", "atbash"])
@given(text=st.text())
def test_roundtrip_any_text(name: str, text: str) -> None:
    enc = ENCODINGS[name]
    assert enc.decode(enc.encode(text)) == text


@given(text=st.text(alphabet=MORSE_ALPHABET))
def test_morse_roundtrip_alphabet(text: str) -> None:
    enc = ENCODINGS["morse"]
    assert enc.decode(enc.encode(text)) == text.upper()


@given(text=st.text())
def test_morse_roundtrip_any_text(text: str) -> None:
    # documented: exact round-trip with ASCII letters upper-cased
    enc = ENCODINGS["morse"]
    assert enc.decode(enc.encode(text)) == _morse_upper(text)


@given(text=st.text())
def test_caesar_atbash_change_only_ascii_letters(text: str) -> None:
    for name in ("caesar", "atbash"):
        out = ENCODINGS[name].encode(text)
        assert len(out) == len(text)
        for a, b in zip(text, out, strict=True):
            assert (a == b) or (
                a.isascii() and a.isalpha() and b.isascii() and b.isalpha() and a.isupper() == b.isupper()
            )


def test_strict_decode_rejects_garbage() -> None:
    with pytest.raises(ValueError):
        ENCODINGS["ascii"].decode("72 hello")
    with pytest.raises(ValueError):
        ENCODINGS["ascii"].decode("99999999")
    with pytest.raises(ValueError):
        ENCODINGS["morse"].decode("... hello ...")


@pytest.mark.parametrize("name", sorted(ENCODINGS))
@given(text=st.text())
def test_decode_response_never_raises(name: str, text: str) -> None:
    assert isinstance(decode_response(name, text), str)


@pytest.mark.parametrize("name", sorted(ENCODINGS))
@given(text=st.text())
def test_decode_response_never_raises_after_wrapper(name: str, text: str) -> None:
    assert isinstance(decode_response(name, ENCODINGS[name].instruction + text), str)


@pytest.mark.parametrize("name", sorted(ENCODINGS))
def test_wrap_includes_encoded_prompt(name: str) -> None:
    enc = ENCODINGS[name]
    encoded = enc.encode("How do I bake bread?")
    prompt = wrap(name, encoded)
    assert encoded in prompt
    assert prompt.startswith(enc.instruction)
    assert enc.title in prompt
    assert "reply in" in prompt


@pytest.mark.parametrize("name", ["ascii", "caesar", "atbash"])
@given(text=st.text())
def test_decode_response_recovers_wrapped_prompt(name: str, text: str) -> None:
    enc = ENCODINGS[name]
    assert decode_response(name, wrap(name, enc.encode(text))) == text


@given(text=st.text(alphabet=MORSE_ALPHABET))
def test_decode_response_recovers_wrapped_morse(text: str) -> None:
    assert decode_response("morse", wrap("morse", ENCODINGS["morse"].encode(text))) == text.upper()


def test_decode_response_lenient_mixed() -> None:
    assert decode_response("morse", "Sure! ... --- ...") == "Sure! SOS"
    assert decode_response("morse", ".... .. / - .... . .-. .\nbye") == "HI THERE\nbye"
    assert decode_response("morse", "·· −") == "IT"
    assert decode_response("ascii", "Answer: 72 105 33") == "Answer: Hi!"
    assert decode_response("ascii", "72, 105") == "Hi"
    assert decode_response("ascii", "I have 3 apples") == "I have 3 apples"
    assert decode_response("caesar", "Khoor") == "Hello"
    assert decode_response("atbash", "Svool") == "Hello"
    wrapped_echo = ENCODINGS["caesar"].instruction + "\n\nVxuh"
    assert decode_response("caesar", wrapped_echo) == "Sure"
