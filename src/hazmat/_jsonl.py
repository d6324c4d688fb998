"""JSON-lines files that runs append to as they go: repairing the last line a crash left half-written."""

from __future__ import annotations

import json
import logging
from pathlib import Path

log = logging.getLogger("hazmat")


def repair_torn_tail(path: Path) -> None:
    """A run killed mid-write can leave a last line without its newline: drop it when it is not whole JSON,
    or end it with the newline it lacks when it is, so that appending goes on from a clean line."""
    data = path.read_bytes()
    if not data or data.endswith(b"\n"):
        return
    head, _, last = data.rpartition(b"\n")
    try:
        json.loads(last)
    except (ValueError, RecursionError):
        log.warning("%s: dropping an incomplete last line (an interrupted write)", path)
        with path.open("r+b") as f:
            f.truncate(len(head) + 1 if head else 0)
        return
    with path.open("ab") as f:
        f.write(b"\n")
