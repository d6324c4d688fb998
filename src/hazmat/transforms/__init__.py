"""Prompt transforms (mutations) applied to benchmark prompts.

For now this holds the four deterministic encodings of SORRY-Bench's linguistic
mutations (``ascii``, ``caesar``, ``morse``, ``atbash``); see :mod:`._encodings`.
"""

from hazmat.transforms._encodings import ENCODINGS, Encoding, decode_response, get_encoding, wrap

__all__ = ["ENCODINGS", "Encoding", "decode_response", "get_encoding", "wrap"]
