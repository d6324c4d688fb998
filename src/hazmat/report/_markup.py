"""HTML pieces shared by the report's sections: escaping, tables, and rates as text."""

from __future__ import annotations

from html import escape
from typing import Any


def esc(text: Any) -> str:
    """``text`` as HTML-escaped text (None as empty)."""
    return escape("" if text is None else str(text))


class Cell(str):
    """A table cell already rendered as HTML (``<td ...>...</td>``); :func:`table` inserts it as it is."""


def num(text: str) -> Cell:
    """A right-aligned numeric cell."""
    return Cell(f'<td class="num">{esc(text)}</td>')


def table(headers: list[str], rows: list[list[str]], cls: str = "") -> str:
    """A table; plain cells are escaped, :class:`Cell` s are inserted as they are."""
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(c if isinstance(c, Cell) else f"<td>{esc(c)}</td>" for c in r) + "</tr>"
                   for r in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def fmt_rate(r: dict[str, Any] | None, with_n: bool = True) -> str:
    """``23.1 % [15.2–33.4] (n=52)`` (without the ``n`` when ``with_n`` is False), or ``–``."""
    if not r or r.get("value") is None:
        return "–"
    text = f"{100 * r['value']:.1f} % [{100 * r['low']:.1f}–{100 * r['high']:.1f}]"
    return f"{text} (n={r['n']})" if with_n else text
