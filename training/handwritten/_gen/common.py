"""Shared helpers for the hand-written hazmat training data.

Every prompt and response in these generator scripts was written by the hazmat authors for this
project. The scripts only split the hand-written blocks into rows, apply a few light, class-neutral
surface variations (case, trailing punctuation) and write JSONL.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT_DIR = HERE.parent
REPO = OUT_DIR.parent.parent
TAXONOMY = REPO / "src" / "hazmat" / "taxonomy" / "data" / "hazmat.yaml"

LICENCE = "Apache-2.0 (hazmat authors)"
NL = " || "  # marker for a line break inside a one-line hand-written item


def lines(block: str) -> list[str]:
    """Split a hand-written block into items: one per non-empty line; ' || ' becomes a newline."""
    out = []
    for raw in block.strip("\n").split("\n"):
        s = raw.strip()
        if not s or s.startswith("#"):
            continue
        out.append(s.replace(NL, "\n").replace("||", "\n"))
    return out


def hub_ids() -> set[str]:
    ids = set()
    for ln in TAXONOMY.read_text().splitlines():
        ln = ln.strip()
        if ln.startswith("- {id:"):
            ids.add(ln.split("id:", 1)[1].split(",", 1)[0].strip())
    return ids


def row(file: str, n: int, messages, prompt_harmful, response_harmful=None, refusal=None,
        categories=(), kind: str | None = None) -> dict:
    r = {
        "id": f"hw:{file}:{n}",
        "messages": messages,
        "labels": {"prompt_harmful": prompt_harmful, "response_harmful": response_harmful, "refusal": refusal},
        "categories": sorted(set(categories)),
        "taxonomy": "hazmat",
        "source": "handwritten",
        "licence": LICENCE,
        "commercial_ok": True,
    }
    if kind:
        r["kind"] = kind
    return r


def user(text: str) -> list[dict]:
    return [{"role": "user", "content": text}]


def pair(u: str, a: str) -> list[dict]:
    return [{"role": "user", "content": u}, {"role": "assistant", "content": a}]


def write(name: str, rows: list[dict]) -> Path:
    p = OUT_DIR / f"{name}.jsonl"
    with p.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return p


def casual(text: str, rng: random.Random) -> str:
    """Class-neutral register variation used on a minority of prompts in every file alike."""
    if "\n" in text:
        return text
    roll = rng.random()
    if roll < 0.10:
        return text.lower().rstrip("?.!")
    if roll < 0.14:
        return text.rstrip("?.!")
    return text


def dedupe(items):
    seen, out = set(), []
    for it in items:
        key = (it if isinstance(it, str) else it[0]).strip().lower()
        if key in seen:
            continue
        seen.add(key)
        out.append(it)
    return out


def pairs(block: str) -> list[tuple[str, str, list[str]]]:
    """Parse a hand-written dialogue block.

    '@ cat1 cat2' sets the categories for the items after it ('@' alone clears them);
    'U: ...' starts a user turn (one line, ' || ' = newline); 'A: ...' starts the assistant turn, which
    runs over following lines (blank lines are paragraph breaks) until the next 'U:' or '@'.
    """
    out, cats, u, a = [], [], None, None

    def flush():
        nonlocal u, a
        if u is not None and a is not None:
            out.append((u, "\n".join(a).strip().replace(NL, "\n"), list(cats)))
        elif u is not None or a is not None:
            raise ValueError(f"unpaired turn near: {u or a}")
        u, a = None, None

    for raw in block.strip("\n").split("\n"):
        s = raw.rstrip()
        if s.startswith("@ ") or s == "@":
            flush()
            cats = s[1:].split()
        elif s.startswith("U: "):
            flush()
            u = s[3:].strip().replace(NL, "\n")
        elif s.startswith("A: "):
            if u is None:
                raise ValueError(f"answer without prompt: {s[:60]}")
            a = [s[3:].strip()]
        elif a is not None:
            a.append(s.strip())
        elif s.strip():
            raise ValueError(f"stray line: {s[:60]}")
    flush()
    return out
