"""Undo cheap evasions before the guard judges a text.

A guard that reads only the surface of a text is fooled by look-alike letters (Cyrillic ``о`` for Latin
``o``), invisible characters inside words, leetspeak (``m4k3``), letter-spacing (``h o w  t o``) and
encoded payloads (base64, hex, rot13 and other shift ciphers, atbash, Morse, decimal character codes,
reversed text, Unicode tag characters). :func:`judged_texts` gives the texts the guard should judge for one
input: its normalised form (the input itself when normalising changes none of its words), then the
payloads decoded from it, so that the guard can take the worst verdict over them. The obfuscated surface is
not judged on its own: a garbled but harmless text would read as an attack.

Everything here is a heuristic tuned against false positives: ordinary prose, code, URLs, numbers, dates,
digests and text in non-Latin scripts are left as they are (``judged_texts(x) == [x]``). Ordinary ASCII
prose leaves on a fast path of a few precompiled regular expressions and one word count.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from collections.abc import Callable, Iterable

__all__ = ["MAX_VARIANTS", "decoded_payloads", "judged_texts", "normalise"]

MAX_VARIANTS = 4
"""At most this many texts are judged per input (the input included)."""

_MAX_CIPHER_CHARS = 2_000  # a segment longer than this is tried for ciphers on its first 2,000 characters
_MAX_SEGMENTS = 12
_MAX_CIPHER_WORDS = 60  # words of a segment scored for ciphers
_MAX_CANDIDATES = 8  # base64 / hex / number runs tried per text
_MAX_DEPTH = 2  # a decoded payload is searched once more (base64 of rot13, ...)

# ---------------------------------------------------------------------------
# English words: ~300 common words and some words of harmful requests. A text whose words are mostly not
# in this list is "gibberish"; a decoding whose words mostly are is English.

_COMMON = """
a about above after again against all also always am an and any are around as ask at away back bad be
because been before being below best better between big both but buy by call can cannot car care
child children city come could day did do does doing done down during each early easy end enough even
ever every eye face fact family far feel few find first five for four friend from full game gave get
give go going good got great group had hand happen happened has have having he head hear help her here
high him his home hot house how i if important in into is it its just keep kill kind know last late
leave left less let life like line little live long look lot love made make man many may me mean men
might mind money more most mother much must my name need never new next night no not nothing now
number of off often old on once one only open or order other our out over own part people person place
play point power problem public put question quite read real really right room run said same say see
seem should show side since small so some someone something start state still stop story such sure take
talk tell than thank thanks that the their them then there these they thing things think this those
though three through time to today together too tried try turn two under until up us use used very
want was water way we week well went were what when where which while who whole why will with without
woman word work world would write wrong year yes yet you young your yours
able already another anyone anything became become body book case change country different door else
every everyone example form government information learn money month never office paper program
school service several system team week without
please step steps instructions tell explain write guide detailed best easiest cheapest quickly
"""
_HARM = """
bomb bombs explosive explosives weapon weapons gun guns rifle ammo ammunition kill killing murder
poison drug drugs meth cocaine heroin fentanyl hack hacking password steal stealing attack virus
malware ransomware build make making cook synthesize nerve gas toxin knife shoot suicide harm hurt
child abuse illegal launder money fake counterfeit ricin anthrax nuclear bioweapon untraceable
"""
_LEXICON = frozenset((_COMMON + _HARM).split())
_LEX_CONTAINS = _LEXICON.__contains__
# Words that count as evidence of English: two letters or more (a cipher easily makes "a" or "i").
_HITS_BYTES = frozenset(w.encode() for w in _LEXICON if len(w) > 1).__contains__

# ---------------------------------------------------------------------------
# invisible characters and look-alikes

_INVISIBLE: dict[int, None] = dict.fromkeys(
    [
        *range(0x200B, 0x2010),  # zero-width space/non-joiner/joiner, LRM, RLM
        *range(0x2060, 0x2065),  # word joiner, invisible operators
        *range(0x202A, 0x202F),  # bidi embeddings and overrides
        *range(0x2066, 0x206A),  # bidi isolates
        *range(0xFE00, 0xFE10),  # variation selectors
        *range(0xE0100, 0xE01F0),  # variation selectors supplement
        *range(0xE0000, 0xE0080),  # tag characters
        0xFEFF, 0x00AD, 0x034F, 0x061C, 0x180E, 0x115F, 0x1160, 0x3164, 0xFFA0,
    ]
)  # fmt: skip
# ZWNJ and ZWJ belong to Persian, Indic scripts and emoji sequences: kept there, dropped next to ASCII.
_JOINERS = "\u200c\u200d"
_JOINER_NEAR_ASCII = re.compile(r"(?<=[\x00-\x7f])[\u200c\u200d]+|[\u200c\u200d]+(?=[\x00-\x7f])")
_INVISIBLE_NO_JOINERS = {k: v for k, v in _INVISIBLE.items() if chr(k) not in _JOINERS}
_INVISIBLE_RE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164"
    "\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e007f\U000e0100-\U000e01ef]"
)

_CONFUSABLES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "к": "k",
    "м": "m", "н": "h", "т": "t", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    "һ": "h", "ӏ": "l", "ь": "b", "г": "r", "п": "n", "ɡ": "g",
    "А": "A", "В": "B", "Е": "E", "Ё": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ї": "I", "Ј": "J", "Ѕ": "S", "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W",
    "Һ": "H", "Ӏ": "I", "З": "3",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "ω": "w", "ϲ": "c", "ϳ": "j",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "Ϲ": "C",
    # Armenian and Latin-extended look-alikes
    "օ": "o", "ս": "u", "ց": "g", "հ": "h", "ո": "n", "ք": "q", "ı": "i", "ȷ": "j", "ɑ": "a", "ɩ": "i",
    "ʏ": "y", "ɴ": "n", "ʀ": "r", "ᴀ": "a", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ᴋ": "k", "ᴍ": "m", "ᴏ": "o",
    "ᴘ": "p", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ᴢ": "z",
}  # fmt: skip
_CONFUSABLE_TABLE = str.maketrans(_CONFUSABLES)
_CONFUSABLE_RE = re.compile("[" + "".join(_CONFUSABLES) + "]")
_WORD_RE = re.compile(r"[^\W_]+")
_LATIN_RE = re.compile(r"[A-Za-z\u00C0-\u024F]")
_NON_LATIN_LETTER_RE = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F]")

# ---------------------------------------------------------------------------
# leetspeak

_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g", "@": "a", "$": "s",
         "!": "i", "|": "l"}  # fmt: skip
_LEET_TABLE = str.maketrans(_LEET)
_LEET_TABLE_L = str.maketrans({**_LEET, "1": "l", "!": "l"})
_LEET_SYMBOLS = "@$!|"
_LEET_HINT = re.compile(r"[A-Za-z][0-9@$!|]|[0-9@$!|][A-Za-z]")
_CHUNK_RE = re.compile(r"\S+")
_CHUNK_PARTS = re.compile(r"([\"'(\[{<*]*)([A-Za-z0-9@$!|]+?)([.,;:!?\"')\]}>*]*)")
_UNIT_RE = re.compile(
    r"[0-9]+(?:st|nd|rd|th|s|k|m|g|kg|mg|km|cm|mm|ml|l|gb|mb|kb|tb|ghz|mhz|hz|px|pt|em|am|pm|h|"
    r"hr|hrs|min|ms|ns|us|x|d|v|w|kw|mp|fps|p|i|yo|yr|yrs|lb|lbs|oz|ft|in|b|t|c|f|xx|vh|vw|rem|dpi|ppi|bit|gbps|mbps)",
    re.I,
)
_TRAILING_DIGITS_RE = re.compile(r"[A-Za-z]+[0-9]+")
_DIGIT_RE = re.compile(r"[0-9]")
_CAMEL_RE = re.compile(r"^[0-9]{2,}|[a-z].*[A-Z]")  # 100vh, 1080p; Log4Shell, W3Schools, iPhone15
_HEXISH_RE = re.compile(r"(?:0x)?[0-9a-fA-F]{4,}")  # 3f1a, deadbeef42
_NUMERONYM_RE = re.compile(r"[A-Za-z][0-9]{2,}[A-Za-z]")
_LEET_KNOWN_WORDS = (
    "gpt4 gpt4o gpt3 mp3 mp4 mp3s h264 h265 x264 x265 ipv4 ipv6 utf8 utf16 utf32 base64 base32 md5 sha1 sha256 "
    "sha512 win32 win64 x86 x64 arm64 amd64 i386 i686 k8s k3s p2p b2b b2c w3c html5 css3 es5 es6 py3 s3 ec2 "
    "3d 4k 8k 5g 4g 3g 2fa h2o co2 l33t 1080p 720p 4chan 9gag w3schools ps4 ps5 xbox360 r2d2 c3po"
)
_LEET_KNOWN = frozenset(_LEET_KNOWN_WORDS.split())

# ---------------------------------------------------------------------------
# letter-spacing

_SPACED_RE = re.compile(
    r"(?<![^\W_])[^\W\d_](?:(?: {1,3})[^\W\d_](?![^\W_])){2,}"  # h o w  t o
    r"|(?<![^\W_.])[^\W\d_](?:\.[^\W\d_](?![^\W_])){2,}\.?"  # h.o.w
    r"|(?<![^\W_-])[^\W\d_](?:-[^\W\d_](?![^\W_])){2,}"  # h-o-w
)
_GAP_RE = re.compile(r" +")
_SPACES_RE = re.compile(r"(?<=\S)[ \t]{2,}")

# ---------------------------------------------------------------------------
# payload detection (ASCII text)

_B64_RE = re.compile(r"(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{16,}={0,2}")
_HEX_RE = re.compile(r"(?<![0-9A-Fa-f])(?:(?:\\x|0x)?[0-9A-Fa-f]{2}[\s:,]?){8,}")
_HEX_NOISE = re.compile(r"\\x|0x|[\s:,]")
_MORSE_RE = re.compile(r"(?<![\w.-])[.\-]{1,7}(?:(?:[ \t]+/[ \t]+|[ \t]+\|[ \t]+|[ \t]{1,3})[.\-]{1,7}){3,}(?![\w])")
_CODES_RE = re.compile(r"(?<![\d.])\d{1,3}(?:[ \t,;]+\d{1,3}){3,}(?![\d.])")
_CODES_SPLIT = re.compile(r"[ \t,;]+")
_TAGS_RE = re.compile("[\U000e0020-\U000e007e]{3,}")
_ALPHA_RE = re.compile(r"[a-z]+")
_SEGMENT_SPLIT = re.compile(r"[\n:\"“”«»|]|(?<=[.?!])\s+")

# What sends ASCII text off the fast path (besides gibberish): cheap gates first, then the exact check.
_SYMBOL_GATE = re.compile(r"[0-9@$!|\\]")
_SUSPECT_SYMBOLS = re.compile(
    r"[A-Za-z][0-9@$!|]|[0-9@$|][A-Za-z]"  # leetspeak, model names, base64, hex
    r"|(?:[0-9A-Fa-f]{2}[\s:,]){7}"  # spaced hex
    r"|\\x[0-9A-Fa-f]"
    r"|\d[ \t,;]+\d{1,3}[ \t,;]+\d{1,3}[ \t,;]+\d"  # decimal codes
)
_LONG_RUN = re.compile(r"[A-Za-z0-9+/_-]{16}")  # base64
_MORSE_GATE = re.compile(r"[.\-][ \t]{1,3}[.\-]{1,7}[ \t]{1,3}[.\-]")
_SPACED_GATE = re.compile(r"(?<![A-Za-z])[A-Za-z][ .-](?:[ .-]{0,2})[A-Za-z][ .-]{1,3}[A-Za-z](?![A-Za-z])")
_SEGMENT_GATE = re.compile(r"[\n:\"|]")
# ASCII bytes -> lower-case letters, everything else a space: words of ASCII text without a regex.
_WORD_BYTES = bytes(c | 0x20 if chr(c).isalpha() and c < 128 else 32 for c in range(256))

# ---------------------------------------------------------------------------
# public API


def judged_texts(text: str) -> list[str]:
    """The texts the guard should judge for ``text``: the input, or instead its normalised form.

    The normalised form (:func:`normalise`) replaces the input when its words differ from the input's (a
    change of case, spacing or punctuation alone, such as NFKC's ``…`` -> ``...``, does not count): the
    obfuscated surface itself is not judged, since a garbled but harmless text ("W h a t  i s ...") would
    otherwise read as an attack. Then each payload decoded
    from the input (:func:`decoded_payloads`) followed by its normalised form. Deduplicated the same way, at
    most :data:`MAX_VARIANTS` texts; decoded payloads are at most as long as ``text``. Ordinary ASCII text
    returns ``[text]`` on a fast path (about 10 µs for 25 words).
    """
    if text.isascii() and not _suspect_ascii(text):
        return [text]
    clean = normalise(text)
    out = [clean if _words_key(clean) and _words_key(clean) != _words_key(text) else text]
    seen = {_words_key(text), _words_key(out[0])}

    def add(candidate: str) -> None:
        key = _words_key(candidate)
        if key and key not in seen and len(out) < MAX_VARIANTS:
            seen.add(key)
            out.append(candidate)

    for payload in decoded_payloads(text):  # each at most len(text) long
        add(payload)
        add(normalise(payload)[: len(text)])
        if len(out) >= MAX_VARIANTS:
            break
    return out


def normalise(text: str) -> str:
    """``text`` with the cheap evasions undone; ordinary text (prose, code, URLs, non-Latin scripts) unchanged.

    In order: invisible and bidi-control characters dropped (zero-width joiners only next to ASCII), NFKC,
    Cyrillic/Greek/Armenian look-alikes mapped to Latin in words that are Latin or mix scripts (and in
    all-look-alike words of a mostly Latin text), letter-spaced runs joined (``h o w  t o`` -> ``how to``,
    ``h.o.w`` -> ``how``), leetspeak undone in words that mix letters with digits or symbols
    (``m4k3`` -> ``make``; not ``mp3``, ``COVID-19``, ``5pm``, ``B2B``). Runs of spaces are collapsed only
    where invisible characters were dropped, so code keeps its layout.
    """
    if not text.isascii():
        stripped = _strip_invisible(text)
        if stripped != text:  # "a \u200b b" leaves two spaces
            stripped = _SPACES_RE.sub(" ", stripped)
        text = stripped
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
        if _CONFUSABLE_RE.search(text):
            text = _map_confusables(text)
    if _SPACED_GATE.search(text):
        text = _SPACED_RE.sub(_join_spaced, text)
    if _LEET_HINT.search(text):
        text = _CHUNK_RE.sub(_unleet_chunk, text)
    return text


def decoded_payloads(text: str) -> list[str]:
    """The plain texts encoded in ``text``; ``[]`` for ordinary prose, code, digests, UUIDs, numbers, JSON.

    Found: Unicode tag characters (ASCII smuggling), base64 (standard or URL-safe, padded or not, runs of at
    least 16 characters), hex (``68 6f 77``, ``686f77``, ``\\x68``, ``0x68``; at least 8 bytes), decimal
    character codes and Morse (as ``hazmat mutate`` writes them), and, for text that is not English,
    shift ciphers (rot13, caesar, any shift), atbash and reversed text whose decoding is English. A decoding
    counts only when it is printable text with letters. Deduplicated, in that order, each at most as long
    as ``text``.
    """
    out: list[str] = []
    _collect(text, out, 0)
    return [p[: len(text)] for p in out]


# ---------------------------------------------------------------------------
# normalisation helpers


def _words_key(text: str) -> str:
    # Variants that differ only in case, spacing or punctuation ("…" vs "...") are not worth a second look.
    return " ".join(_WORD_RE.findall(text.casefold()))


def _strip_invisible(text: str) -> str:
    if not _INVISIBLE_RE.search(text):
        return text
    if "\u200c" in text or "\u200d" in text:
        text = _JOINER_NEAR_ASCII.sub("", text)
        return text.translate(_INVISIBLE_NO_JOINERS)
    return text.translate(_INVISIBLE)


def _map_confusables(text: str) -> str:
    words = _WORD_RE.findall(text)
    latin = foreign = 0
    for word in words:
        if _LATIN_RE.search(word):
            latin += 1
        elif _NON_LATIN_LETTER_RE.search(word):
            foreign += 1
    # Every non-Latin letter is a look-alike: a disguised Latin text, not Russian or Greek prose.
    disguised = not _NON_LATIN_LETTER_RE.search(text.translate(_CONFUSABLE_TABLE))
    latin_context = latin > foreign or disguised

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        if not _CONFUSABLE_RE.search(word):
            return word
        mapped = word.translate(_CONFUSABLE_TABLE)
        if _LATIN_RE.search(word) or (latin_context and not _NON_LATIN_LETTER_RE.search(mapped)):
            return mapped
        return word

    return _WORD_RE.sub(fix, text)


def _join_spaced(match: re.Match[str]) -> str:
    run = match.group(0)
    if " " not in run:
        return run.replace(".", "").replace("-", "")
    gaps = _GAP_RE.findall(run)
    narrow = min(len(g) for g in gaps)
    if any(len(g) > narrow for g in gaps):  # wider gaps separate words
        return " ".join(part.replace(" ", "") for part in re.split(" " * (narrow + 1) + "+", run))
    letters = run.replace(" ", "")
    return _segment(letters) or letters


def _segment(letters: str) -> str | None:
    """Split a run of letters into lexicon words (fewest words), or None when it does not split."""
    lower = letters.lower()
    n = len(lower)
    if n > 200:
        return None
    words: list[int] = [0] + [n + 1] * n  # fewest lexicon words covering lower[:end]
    starts = [0] * (n + 1)
    for end in range(1, n + 1):
        for start in range(max(0, end - 15), end):
            if words[start] + 1 < words[end] and lower[start:end] in _LEXICON:
                words[end], starts[end] = words[start] + 1, start
    if words[n] > n:
        return None
    cuts: list[str] = []
    end = n
    while end > 0:
        cuts.append(letters[starts[end] : end])
        end = starts[end]
    return " ".join(reversed(cuts))


def _unleet_chunk(match: re.Match[str]) -> str:
    chunk = match.group(0)
    parts = _CHUNK_PARTS.fullmatch(chunk)
    if parts is None:
        return chunk
    lead, core, trail = parts.groups()
    word = _unleet(core)
    return chunk if word is None else lead + word + trail


def _unleet(core: str) -> str | None:
    letters = sum(ch.isalpha() for ch in core)
    if letters == 0 or letters == len(core) or not core.translate(_LEET_TABLE).isalpha():
        return None
    if core[0] in _LEET_SYMBOLS or core[-1] in _LEET_SYMBOLS:
        return None  # @mention, US$, ...
    if (
        core.lower() in _LEET_KNOWN
        or _UNIT_RE.fullmatch(core)
        or _NUMERONYM_RE.fullmatch(core)
        or _CAMEL_RE.search(core)
        or (_HEXISH_RE.fullmatch(core) and not core.isalpha())
    ):
        return None
    word = core.translate(_LEET_TABLE)
    if "1" in core or "!" in core or "|" in core:
        with_l = core.translate(_LEET_TABLE_L)
        if with_l.lower() in _LEXICON and word.lower() not in _LEXICON:
            word = with_l
    if (letters == 1 or _TRAILING_DIGITS_RE.fullmatch(core) or not _DIGIT_RE.search(core)) and (
        word.lower() not in _LEXICON
    ):
        return None  # t0, m3, 1t and k!ll are words; mp3, win10, A1, name!r and a|b are not
    if all(ch.isupper() for ch in core if ch.isalpha()):
        word = word.upper()
    return word


# ---------------------------------------------------------------------------
# payload helpers


def _collect(text: str, out: list[str], depth: int) -> None:
    if len(out) >= MAX_VARIANTS or depth >= _MAX_DEPTH:
        return
    if not text.isascii():
        for tags in _TAGS_RE.findall(text):
            _add_payload("".join(chr(ord(ch) - 0xE0000) for ch in tags), out, depth)
        text = _strip_invisible(text)
    found: list[str] = []
    for gate, finder in _FINDERS:
        if gate is None or gate.search(text):
            found.extend(finder(text))
    for payload in found:
        _add_payload(payload, out, depth)


def _add_payload(payload: str, out: list[str], depth: int) -> None:
    payload = payload.strip()
    if payload and payload not in out and len(out) < MAX_VARIANTS:
        out.append(payload)
        _collect(payload, out, depth + 1)


def _is_text(decoded: str) -> bool:
    """Printable text with letters: at least 3 letters, and letters at least half of the non-space chars."""
    if not decoded or not (decoded.isprintable() or all(ch.isprintable() or ch in "\t\n\r" for ch in decoded)):
        return False
    visible = sum(not ch.isspace() for ch in decoded)
    letters = sum(ch.isalpha() for ch in decoded)
    return letters >= 3 and letters * 2 >= visible


def _from_base64(text: str) -> Iterable[str]:
    for run in _B64_RE.findall(text)[:_MAX_CANDIDATES]:
        body = run.rstrip("=")
        if body.isalpha() and (body.islower() or body.isupper()):
            continue  # a long word
        if len(body) % 4 == 1:
            body = body[:-1]
        padded = body + "=" * (-len(body) % 4)
        try:
            if "-" in padded or "_" in padded:
                raw = base64.urlsafe_b64decode(padded)
            else:
                raw = base64.b64decode(padded, validate=True)
            decoded = raw.decode("utf-8")
        except (binascii.Error, ValueError):
            continue
        if _is_text(decoded):
            yield decoded


def _from_hex(text: str) -> Iterable[str]:
    for match in list(_HEX_RE.finditer(text))[:_MAX_CANDIDATES]:
        digits = _HEX_NOISE.sub("", match.group(0))
        if len(digits) % 2:
            digits = digits[:-1]
        try:
            decoded = bytes.fromhex(digits).decode("utf-8")
        except ValueError:
            continue
        if _is_text(decoded):
            yield decoded


def _from_codes(text: str) -> Iterable[str]:
    for run in _CODES_RE.findall(text)[:_MAX_CANDIDATES]:
        codes = [int(tok) for tok in _CODES_SPLIT.split(run) if tok]
        if not all(32 <= code <= 126 or code in (9, 10, 13) for code in codes):
            continue
        decoded = "".join(map(chr, codes))
        if _is_text(decoded) and (
            " " in decoded.strip() or any(map(_LEX_CONTAINS, _ALPHA_RE.findall(decoded.lower())))
        ):
            yield decoded


def _from_morse(text: str) -> Iterable[str]:
    matches = _MORSE_RE.findall(text)
    if not matches:
        return
    from ...transforms._encodings import decode_response  # lazily: transforms is a room above classifiers

    for run in matches[:_MAX_CANDIDATES]:
        decoded = decode_response("morse", run).lower()
        if _is_text(decoded) and "[" not in decoded:
            yield decoded


def _suspect_ascii(text: str) -> bool:
    """Whether ASCII ``text`` may hold an evasion (the fast path's test)."""
    return bool(
        (_SYMBOL_GATE.search(text) and _SUSPECT_SYMBOLS.search(text))
        or _LONG_RUN.search(text)
        or _MORSE_GATE.search(text)
        or _SPACED_GATE.search(text)
        or _has_gibberish(text)
    )


def _english(text: str) -> tuple[int, int]:
    """(words of two or more ASCII letters in the lexicon, words of ASCII letters) of ``text``."""
    words = text.encode("utf-8", "ignore").translate(_WORD_BYTES).split()
    return sum(map(_HITS_BYTES, words)), len(words)


def _is_gibberish(segment: str) -> bool:
    hits, words = _english(segment)
    return words >= 3 and hits * 10 < words * 3


def _has_gibberish(text: str) -> bool:
    hits, words = _english(text)
    if words >= 3 and hits * 10 < words * 3:
        return True
    if hits * 10 >= words * 6 and not _SEGMENT_GATE.search(text):
        return False  # plainly English, one part: a short payload inside would be missed anyway
    return any(_is_gibberish(seg) for seg in _segments(text)[1:])


def _segments(text: str) -> list[str]:
    segments = [text]
    for seg in _SEGMENT_SPLIT.split(text):
        seg = seg.strip()
        if seg and seg != text and seg.count(" ") >= 2 and len(segments) < _MAX_SEGMENTS:
            segments.append(seg)
    return segments


def _shift(k: int) -> tuple[bytes, dict[int, int]]:
    lower = "abcdefghijklmnopqrstuvwxyz"
    shifted = lower[k:] + lower[:k]
    return bytes.maketrans(lower.encode(), shifted.encode()), str.maketrans(
        lower + lower.upper(), shifted + shifted.upper()
    )


_ATBASH_STR = "zyxwvutsrqponmlkjihgfedcba"
# (bytes table for scoring lower-case words, str table for decoding); rot13 first, then the other shifts.
_SUBSTITUTIONS = (
    [_shift(13)]
    + [_shift(k) for k in range(1, 26) if k != 13]
    + [
        (
            bytes.maketrans(_ATBASH_STR[::-1].encode(), _ATBASH_STR.encode()),
            str.maketrans(_ATBASH_STR[::-1] + _ATBASH_STR[::-1].upper(), _ATBASH_STR + _ATBASH_STR.upper()),
        )
    ]
)


_DECODING = dict(_SUBSTITUTIONS)


def _best_decoding(segment: str) -> tuple[str, float]:
    """The most English substitution or reversal of a non-English ``segment``, and its share of lexicon words.

    A decoding counts when at least three different words of it are in the lexicon.
    """
    words = segment.encode("utf-8", "ignore").translate(_WORD_BYTES).split()[:_MAX_CIPHER_WORDS]
    count = len(words)
    hits = sum(map(_HITS_BYTES, words))
    if count < 3 or hits * 10 >= count * 3:
        return "", 0.0
    joined = b" ".join(words)
    best: bytes | None = None
    best_hits = hits
    for scoring, _ in _SUBSTITUTIONS:
        c_hits = sum(map(_HITS_BYTES, joined.translate(scoring).split()))
        if c_hits > best_hits:
            best, best_hits = scoring, c_hits
    # Reversal: the words of the reversed text are the reversed words, in the other order.
    reversed_words = joined[::-1].split()
    if sum(map(_HITS_BYTES, reversed_words)) > best_hits:
        if len(set(filter(_HITS_BYTES, reversed_words))) < 3:
            return "", 0.0
        return segment[::-1], sum(map(_HITS_BYTES, reversed_words)) / count
    # "No, I won't" reversed has "now" and "on"; "CLS_ID, SEP_ID, PAD_ID" shifted has "to" three times.
    if best is None or len(set(filter(_HITS_BYTES, joined.translate(best).split()))) < 3:
        return "", 0.0
    return segment.translate(_DECODING[best]), best_hits / count


def _from_ciphers(text: str) -> Iterable[str]:
    # The segment (whole text, line, sentence, quote) whose best decoding is most English wins.
    winner, winner_share = "", 0.0
    for segment in _segments(text):
        decoded, share = _best_decoding(segment[:_MAX_CIPHER_CHARS])
        if share >= 0.5 and share > winner_share:
            winner, winner_share = decoded, share
            if share >= 0.8:
                break
    if winner:
        yield winner


_HEX_GATE = re.compile(
    r"[0-9A-Fa-f]{2}[\s:,]?[0-9A-Fa-f]{2}[\s:,]?[0-9A-Fa-f]{2}[\s:,]?[0-9A-Fa-f]{2}|[\\0]x[0-9A-Fa-f]{2}"
)
_CODES_GATE = re.compile(r"\d[ \t,;]+\d")
# (a cheap regex that must match first, or None; the finder), in the order payloads are reported.
_FINDERS: tuple[tuple[re.Pattern[str] | None, Callable[[str], Iterable[str]]], ...] = (
    (_LONG_RUN, _from_base64),
    (_HEX_GATE, _from_hex),
    (_CODES_GATE, _from_codes),
    (_MORSE_GATE, _from_morse),
    (None, _from_ciphers),
)
