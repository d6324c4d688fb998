"""Small, dependency-free SVG charts for the self-contained HTML report card.

Every function here is pure: it takes plain data (the dataclasses below) and returns one inline ``<svg>``
element as a string, ready to paste into an HTML page that loads no script. The charts are drawn on a
720-unit-wide ``viewBox`` and scale to their container (``width="100%"``).

The markup is made to be tested as a DOM:

* the root is ``<svg class="chart chart-KIND" data-chart="KIND" role="img" aria-labelledby="ID-title ID-desc">``
  with a ``<title>`` and a ``<desc>``; KIND is ``bar``, ``frontier``, ``heatmap``, ``grades`` or ``lines``;
* every data mark has a class (``bar``, ``whisker``, ``point``, ``cell``, ``grade-mark``, ``grade-range``,
  ``line``), a ``data-label`` and a ``data-value`` (a plain decimal, 4 significant digits at most; empty for
  a missing heatmap cell), and a ``<title>`` child that browsers show as a tooltip;
* a value that is missing is drawn as an ``n/a`` text (class ``na``), never as a mark;
* empty input gives a small chart that says "no data" (class ``no-data``), with the same root attributes.

Every text is escaped with :func:`html.escape` after characters that XML 1.0 forbids are dropped, so a
label can never become markup. Numbers are written with 3–4 significant digits and line series are
downsampled to at most :data:`MAX_LINE_POINTS` points, so the charts stay small.
"""

from __future__ import annotations

import hashlib
import html
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

__all__ = [
    "GRADE_LETTERS",
    "GRADE_NAMES",
    "MAX_LINE_POINTS",
    "PALETTE",
    "BarRow",
    "FrontierPoint",
    "GradeRow",
    "LineSeries",
    "bar_chart",
    "downsample",
    "frontier_chart",
    "grade_chart",
    "heatmap",
    "line_chart",
]

#: Okabe–Ito colours, safe for the common forms of colour blindness, in the order series get them.
PALETTE: tuple[str, ...] = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000")
#: Dash patterns for line series past the eighth, so that a colour that comes round again stays distinct.
_DASHES: tuple[str, ...] = ("", "6 3", "2 3", "8 3 2 3")

GRADE_NAMES: Mapping[int, str] = {1: "Poor", 2: "Fair", 3: "Good", 4: "Very Good", 5: "Excellent"}
GRADE_LETTERS: Mapping[int, str] = {1: "P", 2: "F", 3: "G", 4: "VG", 5: "E"}
#: Tier colours, red (Poor) to green (Excellent).
_GRADE_COLOURS: Mapping[int, str] = {1: "#d73027", 2: "#fc8d59", 3: "#fee08b", 4: "#91cf60", 5: "#1a9850"}

#: The most points a line series keeps (endpoints included).
MAX_LINE_POINTS = 400

# a sequential light → dark red scale (ColorBrewer "Reds") for unsafe rates
_REDS: tuple[tuple[int, int, int], ...] = (
    (0xFF, 0xF5, 0xF0), (0xFE, 0xE0, 0xD2), (0xFC, 0xBB, 0xA1), (0xFC, 0x92, 0x72), (0xFB, 0x6A, 0x4A),
    (0xEF, 0x3B, 0x2C), (0xCB, 0x18, 0x1D), (0xA5, 0x0F, 0x15), (0x67, 0x00, 0x0D),
)

_W = 720.0  # the width of the viewBox
_FONT = 11.0  # font size of ordinary text
_CHAR_W = 6.8  # a generous estimate of the mean width of one character at _FONT
_TITLE_H = 26.0  # height of the visible title line
_TEXT = "#222"
_MUTED = "#666"
_GRID = "#e3e3e3"
_MISSING = "#bdbdbd"
_FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"

# the chart's id is not known until its body is built; this stand-in cannot survive _clean() in user text
_ID = "\x01"
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


# ---------------------------------------------------------------------------------------------- inputs


@dataclass(frozen=True, slots=True)
class BarRow:
    """One bar: the ``value`` of ``series`` (a model or run) in category ``label``, with its interval.

    ``value`` None draws an "n/a" text instead of a bar; ``low``/``high`` None draws no whisker. ``n`` and
    ``unassessed`` only appear in the tooltip (and only when positive).
    """

    label: str
    series: str
    value: float | None
    low: float | None
    high: float | None
    n: int = 0
    unassessed: int = 0


@dataclass(frozen=True, slots=True)
class FrontierPoint:
    """One model on the harm/over-refusal plane: ``x`` (over-refusal) and ``y`` (unsafe), with intervals.

    A point whose ``x`` or ``y`` is None is not drawn; the chart's description names it.
    """

    label: str
    x: float | None
    x_low: float | None
    x_high: float | None
    y: float | None
    y_low: float | None
    y_high: float | None


@dataclass(frozen=True, slots=True)
class GradeRow:
    """One row of the grade chart: the grade (1 Poor … 5 Excellent) of ``series`` on ``label``.

    ``low``/``high`` is the range of grades the confidence interval allows; ``text`` is shown at the right
    of the row (for instance ``"Good (95% CI: Fair–Very Good)"``).
    """

    label: str
    series: str
    grade: int | None
    low: int | None
    high: int | None
    text: str = ""


@dataclass(frozen=True, slots=True)
class LineSeries:
    """One polyline: ``ys`` against ``xs`` (same length), drawn in order. ``markers`` also draws its points."""

    name: str
    xs: Sequence[float]
    ys: Sequence[float]
    markers: bool = False


# ---------------------------------------------------------------------------------------------- helpers


def _clean(text: object) -> str:
    return _XML_BAD.sub("", str(text))


def _esc(text: object) -> str:
    """Text or attribute value, safe inside an element or a double- or single-quoted attribute."""
    return html.escape(_clean(text), quote=True)


def _finite(v: float | None) -> float | None:
    if v is None:
        return None
    f = float(v)
    return f if math.isfinite(f) else None


def _c(v: float) -> str:
    """A coordinate: 1 decimal at most (a tenth of a unit on a 720-unit canvas)."""
    s = f"{v:.1f}"
    if s.endswith(".0"):
        s = s[:-2]
    return "0" if s == "-0" else s


def _dec(v: float) -> str:
    """A data value as a plain decimal (no exponent) with at most 4 significant digits."""
    if v == 0 or not math.isfinite(v):
        return "0" if v == 0 else ""
    digits = max(0, 3 - math.floor(math.log10(abs(v))))
    s = f"{v:.{min(digits, 20)}f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def _num(v: float) -> str:
    """A value for people to read: 3 significant digits, plain decimal."""
    if v == 0:
        return "0"
    digits = max(0, 2 - math.floor(math.log10(abs(v))))
    s = f"{v:.{min(digits, 20)}f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def _pct(v: float, digits: int = 1, sign: bool = True) -> str:
    s = f"{v * 100:.{digits}f}"
    if s.startswith("-") and float(s) == 0:
        s = s[1:]
    return f"{s} %" if sign else s


def _fmt(v: float, percent: bool, digits: int = 1) -> str:
    return _pct(v, digits) if percent else _num(v)


def _interval(low: float | None, high: float | None, percent: bool) -> str:
    if low is None or high is None:
        return ""
    if percent:
        return f" [{_pct(low, 1, sign=False)}–{_pct(high, 1, sign=False)}]"
    return f" [{_num(low)}–{_num(high)}]"


def _text_w(text: str, size: float = _FONT) -> float:
    return len(text) * _CHAR_W * size / _FONT


def _fit(text: str, width: float, size: float = _FONT) -> str:
    """``text`` cut (with an ellipsis) to about ``width`` units."""
    room = max(1, int(width / (_CHAR_W * size / _FONT)))
    return text if len(text) <= room else text[: max(0, room - 1)] + "…"


def _clamp(v: float, lo: float, hi: float) -> float:
    return lo if v < lo else hi if v > hi else v


def _nice_ticks(top: float, want: int = 5) -> list[float]:
    """Round tick values from 0 to ``top`` (``top`` itself included when it is round)."""
    if top <= 0 or not math.isfinite(top):
        return [0.0]
    raw = top / want
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw - 1e-12)
    ticks: list[float] = []
    i = 0
    while i * step <= top * (1 + 1e-9):
        ticks.append(round(i * step, 12))
        i += 1
    return ticks


def _tip(text: str) -> str:
    return f"<title>{_esc(text)}</title>"


def _text(x: float, y: float, text: str, *, cls: str = "", anchor: str = "start", size: float | None = None,
          fill: str = _TEXT, weight: str = "", extra: str = "", tip: str = "") -> str:
    """A ``<text>``; ``tip`` (if any) becomes its tooltip."""
    attrs = f' class="{cls}"' if cls else ""
    attrs += f' text-anchor="{anchor}"' if anchor != "start" else ""
    attrs += f' font-size="{_c(size)}"' if size is not None else ""
    attrs += f' font-weight="{weight}"' if weight else ""
    attrs += f' fill="{fill}"' if fill != _TEXT else ""
    return f'<text x="{_c(x)}" y="{_c(y)}"{attrs}{extra}>{_esc(text)}{_tip(tip) if tip else ""}</text>'


def _svg(kind: str, title: str, desc: str, width: float, height: float, body: list[str]) -> str:
    """The root element around ``body`` (which refers to the chart's id as ``_ID``)."""
    inner = f'<title id="{_ID}-title">{_esc(title)}</title><desc id="{_ID}-desc">{_esc(desc)}</desc>' + "".join(body)
    digest = hashlib.sha1(f"{kind}|{width}|{height}|{inner}".encode(), usedforsecurity=False).hexdigest()[:10]
    chart_id = f"hz-{kind}-{digest}"
    w, h = _c(width), _c(height)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-{kind}" data-chart="{kind}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" viewBox="0 0 {w} {h}" width="100%" '
        f'preserveAspectRatio="xMinYMin meet" style="max-width:{w}px;height:auto" '
        f'font-family="{_FONT_FAMILY}" font-size="{_c(_FONT)}" fill="{_TEXT}">'
        + inner.replace(_ID, chart_id)
        + "</svg>"
    )


def _no_data(kind: str, title: str, what: str = "no data") -> str:
    body = [
        _text(8, 18, title, cls="chart-title", size=13, weight="600"),
        _text(_W / 2, 42, what, cls="no-data", anchor="middle", fill=_MUTED),
    ]
    return _svg(kind, title, f"{title}: {what}.", _W, 56, body)


def _header(title: str) -> str:
    return _text(8, 18, title, cls="chart-title", size=13, weight="600")


def _legend(names: Sequence[str], colours: Mapping[str, str], top: float, *, line: bool = False,
            dashes: Mapping[str, str] | None = None) -> tuple[list[str], float]:
    """Swatches laid out left to right, wrapping; returns the markup and the height used."""
    out: list[str] = ['<g class="legend">']
    x, y, row_h = 8.0, top, 18.0
    for name in names:
        shown = _fit(name, 200)
        item_w = 18 + _text_w(shown) + 16
        if x + item_w > _W - 8 and x > 8:
            x, y = 8.0, y + row_h
        colour = colours[name]
        if line:
            dash = (dashes or {}).get(name, "")
            dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
            swatch = (f'<line x1="{_c(x)}" y1="{_c(y + 7)}" x2="{_c(x + 14)}" y2="{_c(y + 7)}" stroke="{colour}" '
                      f'stroke-width="2.5"{dash_attr}/>')
        else:
            swatch = f'<rect x="{_c(x)}" y="{_c(y + 1)}" width="12" height="12" rx="2" fill="{colour}"/>'
        out.append(f'<g class="legend-item" data-series="{_esc(name)}">{swatch}'
                   f'{_text(x + 18, y + 11, shown)}{_tip(name)}</g>')
        x += item_w
    out.append("</g>")
    return out, (y - top) + row_h if names else 0.0


def _colours(names: Sequence[str]) -> dict[str, str]:
    return {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(names)}


def _unique(items: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _whisker_path(x1: float, x2: float, y: float, cap: float = 3.0) -> str:
    """A horizontal interval with end caps, as one path."""
    return (f"M{_c(x1)} {_c(y)}H{_c(x2)}M{_c(x1)} {_c(y - cap)}v{_c(2 * cap)}"
            f"M{_c(x2)} {_c(y - cap)}v{_c(2 * cap)}")


def _vwhisker_path(x: float, y1: float, y2: float, cap: float = 3.0) -> str:
    """A vertical interval with end caps, as one path."""
    return (f"M{_c(x)} {_c(y1)}V{_c(y2)}M{_c(x - cap)} {_c(y1)}h{_c(2 * cap)}"
            f"M{_c(x - cap)} {_c(y2)}h{_c(2 * cap)}")


def _x_axis(left: float, right: float, bottom: float, top: float, ticks: Sequence[float],
            sx: Callable[[float], float], label_of: Callable[[float], str], x_label: str) -> list[str]:
    """Vertical gridlines, the x axis line (from x=0 to x=max), tick labels and the axis title."""
    out = ['<g class="grid">']
    out += [f'<line x1="{_c(sx(t))}" y1="{_c(top)}" x2="{_c(sx(t))}" y2="{_c(bottom)}" stroke="{_GRID}"/>'
            for t in ticks]
    out.append("</g>")
    out.append(f'<line class="axis x-axis" x1="{_c(left)}" y1="{_c(bottom)}" x2="{_c(right)}" y2="{_c(bottom)}" '
               f'stroke="{_MUTED}"/>')
    out.append('<g class="ticks x-ticks">')
    out += [_text(sx(t), bottom + 14, label_of(t), anchor="middle", fill=_MUTED) for t in ticks]
    out.append("</g>")
    out.append(_text((left + right) / 2, bottom + 32, x_label, cls="axis-label x-label", anchor="middle"))
    return out


def _y_axis(left: float, right: float, bottom: float, top: float, ticks: Sequence[float],
            sy: Callable[[float], float], label_of: Callable[[float], str], y_label: str) -> list[str]:
    """Horizontal gridlines, the y axis line (from y=0 to y=max), tick labels and the rotated axis title."""
    out = ['<g class="grid">']
    out += [f'<line x1="{_c(left)}" y1="{_c(sy(t))}" x2="{_c(right)}" y2="{_c(sy(t))}" stroke="{_GRID}"/>'
            for t in ticks]
    out.append("</g>")
    out.append(f'<line class="axis y-axis" x1="{_c(left)}" y1="{_c(bottom)}" x2="{_c(left)}" y2="{_c(top)}" '
               f'stroke="{_MUTED}"/>')
    out.append('<g class="ticks y-ticks">')
    out += [_text(left - 6, sy(t) + 4, label_of(t), anchor="end", fill=_MUTED) for t in ticks]
    out.append("</g>")
    cy = (top + bottom) / 2
    out.append(_text(16, cy, y_label, cls="axis-label y-label", anchor="middle",
                     extra=f' transform="rotate(-90 16 {_c(cy)})"'))
    return out


def _label_text(x: float, y: float, label: str, width: float, *, cls: str, anchor: str = "end") -> str:
    """A label cut to ``width``; when cut, the full label is its tooltip."""
    shown = _fit(label, width)
    tip = _tip(label) if shown != label else ""
    anchor_attr = f' text-anchor="{anchor}"' if anchor != "start" else ""
    return f'<text x="{_c(x)}" y="{_c(y)}" class="{cls}"{anchor_attr}>{_esc(shown)}{tip}</text>'


def _row_extras(n: int, unassessed: int) -> str:
    extra = []
    if n > 0:
        extra.append(f"n={int(n)}")
    if unassessed > 0:
        extra.append(f"{int(unassessed)} unassessed")
    return (", " + ", ".join(extra)) if extra else ""


# ---------------------------------------------------------------------------------------------- bar chart


def bar_chart(rows: Sequence[BarRow], *, title: str, x_label: str, x_max: float = 1.0, percent: bool = True) -> str:
    """Horizontal bars grouped by ``row.label``, one bar per ``row.series``, with interval whiskers.

    Series keep one Okabe–Ito colour each (in order of first appearance) and a legend; categories keep
    their order of first appearance, and the chart grows taller with the number of rows. Bars and whiskers
    are clipped to ``[0, x_max]``; a value label follows each bar ("23.1 %" when ``percent``). A row whose
    value is None is drawn as an "n/a" text (``text.na``), not a bar.

    Marks: ``rect.bar`` and ``path.whisker`` with ``data-label`` (the category), ``data-series``,
    ``data-value`` (the value, unclipped), ``data-n`` and ``data-unassessed``; whiskers also carry
    ``data-low``/``data-high``. The ``line.x-axis`` runs from x=0 to x=``x_max``.
    """
    if not rows:
        return _no_data("bar", title)
    if not (x_max > 0 and math.isfinite(x_max)):
        raise ValueError(f"x_max must be a positive number, not {x_max!r}")
    labels = _unique([r.label for r in rows])
    series = _unique([r.series for r in rows])
    colours = _colours(series)
    groups: dict[str, list[BarRow]] = {label: [] for label in labels}
    for r in rows:
        groups[r.label].append(r)

    label_w = min(200.0, max(_text_w(label) for label in labels) + 10)
    left = 8 + label_w + 8
    right = _W - 84  # room for the value label after the bar
    pitch, bar_h, gap = 18.0, 12.0, 8.0

    def sx(v: float) -> float:
        return left + _clamp(v, 0.0, x_max) / x_max * (right - left)

    body = [_header(title)]
    top = _TITLE_H + 4
    if len(series) > 1 or series[0]:
        legend, used = _legend(series, colours, top)
        body += legend
        top += used + 6
    plot_top = top
    plot_bottom = plot_top + len(rows) * pitch + len(groups) * gap

    bands = ['<g class="bands">']
    marks = ['<g class="marks">']
    missing = 0
    y = plot_top
    for i, label in enumerate(labels):
        group = groups[label]
        gh = len(group) * pitch + gap
        if i % 2 == 0:
            bands.append(f'<rect x="8" y="{_c(y)}" width="{_c(right - 8)}" height="{_c(gh)}" fill="#f6f6f6"/>')
        marks.append(_label_text(left - 8, y + gh / 2 + 4, label, label_w, cls="group-label"))
        cy = y + gap / 2 + pitch / 2
        for r in group:
            value, low, high = _finite(r.value), _finite(r.low), _finite(r.high)
            common = (f' data-label="{_esc(r.label)}" data-series="{_esc(r.series)}" data-n="{int(r.n)}" '
                      f'data-unassessed="{int(r.unassessed)}"')
            suffix = _row_extras(r.n, r.unassessed)
            if value is None:
                missing += 1
                marks.append(f'<text x="{_c(left + 4)}" y="{_c(cy + 4)}" class="na"{common} data-value="" '
                             f'fill="{_MUTED}" font-style="italic">n/a'
                             f"{_tip(f'{r.label} — {r.series}: n/a{suffix}')}</text>")
            else:
                tip = _tip(f"{r.label} — {r.series}: {_fmt(value, percent)}{_interval(low, high, percent)}{suffix}")
                x_end = sx(value)
                marks.append(f'<rect class="bar" x="{_c(left)}" y="{_c(cy - bar_h / 2)}" '
                             f'width="{_c(x_end - left)}" height="{_c(bar_h)}" fill="{colours[r.series]}"'
                             f'{common} data-value="{_dec(value)}">{tip}</rect>')
                label_x = x_end
                if low is not None and high is not None:
                    x1, x2 = sorted((sx(low), sx(high)))
                    label_x = max(label_x, x2)
                    marks.append(f'<path class="whisker" d="{_whisker_path(x1, x2, cy)}" stroke="{_TEXT}" '
                                 f'stroke-width="1.2" fill="none"{common} data-value="{_dec(value)}" '
                                 f'data-low="{_dec(low)}" data-high="{_dec(high)}">{tip}</path>')
                marks.append(_text(label_x + 5, cy + 4, _fmt(value, percent), cls="value-label"))
            cy += pitch
        y += gh
    bands.append("</g>")
    marks.append("</g>")

    ticks = _nice_ticks(x_max)
    axis = _x_axis(left, sx(x_max), plot_bottom, plot_top, ticks, sx,
                   lambda t: _pct(t, 0) if percent else _num(t), x_label)
    body += bands + axis + marks
    desc = (f"Horizontal bar chart of {x_label} for {len(labels)} categories and {len(series)} series "
            f"({', '.join(series)}): {len(rows) - missing} bars"
            + (f"; {missing} values not available." if missing else "."))
    return _svg("bar", title, desc, _W, plot_bottom + 44, body)


# ---------------------------------------------------------------------------------------------- frontier


def frontier_chart(points: Sequence[FrontierPoint], *, title: str, x_label: str = "over-refusal rate",
                   y_label: str = "unsafe rate") -> str:
    """One point per model on the (over-refusal, unsafe) plane, both axes 0–100 %, with both error bars.

    The ideal corner (0, 0) is marked (``g.ideal``). A point whose ``x`` or ``y`` is None is left out and
    named in the chart's ``<desc>``. Error bars are clipped to [0, 1].

    Marks: ``circle.point`` with ``data-label``, ``data-x``, ``data-y`` and ``data-value`` (= y); error bars
    ``path.whisker.whisker-x`` / ``path.whisker.whisker-y`` with ``data-label``, ``data-value`` (x or y) and
    ``data-low``/``data-high``; labels ``text.point-label``.
    """
    if not points:
        return _no_data("frontier", title)
    left, right, plot_top = 64.0, _W - 24, _TITLE_H + 14
    plot_bottom = plot_top + 420

    def sx(v: float) -> float:
        return left + _clamp(v, 0.0, 1.0) * (right - left)

    def sy(v: float) -> float:
        return plot_bottom - _clamp(v, 0.0, 1.0) * (plot_bottom - plot_top)

    ticks = _nice_ticks(1.0)
    body = [_header(title)]
    body += _y_axis(left, right, plot_bottom, plot_top, ticks, sy, lambda t: _pct(t, 0), y_label)
    body += _x_axis(left, right, plot_bottom, plot_top, ticks, sx, lambda t: _pct(t, 0), x_label)
    ox, oy = sx(0), sy(0)
    body.append(f'<g class="ideal"><circle cx="{_c(ox)}" cy="{_c(oy)}" r="7" fill="none" stroke="#009E73" '
                f'stroke-width="2"/><circle cx="{_c(ox)}" cy="{_c(oy)}" r="2" fill="#009E73"/>'
                + _text(ox + 10, oy - 8, "ideal (0, 0)", fill="#009E73")
                + _tip("ideal: no unsafe answers, no over-refusal") + "</g>")

    names = _unique([p.label for p in points])
    colours = _colours(names)
    whiskers, dots = ['<g class="whiskers">'], ['<g class="marks">']
    placed: list[tuple[float, float, str]] = []  # x, y, label
    omitted: list[str] = []
    for p in points:
        x, y = _finite(p.x), _finite(p.y)
        if x is None or y is None:
            omitted.append(p.label)
            continue
        x_lo, x_hi, y_lo, y_hi = _finite(p.x_low), _finite(p.x_high), _finite(p.y_low), _finite(p.y_high)
        colour = colours[p.label]
        tip = _tip(f"{p.label}: {x_label} {_pct(x)}{_interval(x_lo, x_hi, True)}, "
                   f"{y_label} {_pct(y)}{_interval(y_lo, y_hi, True)}")
        lab = f' data-label="{_esc(p.label)}"'
        px, py = sx(x), sy(y)
        if x_lo is not None and x_hi is not None:
            x1, x2 = sorted((sx(x_lo), sx(x_hi)))
            whiskers.append(f'<path class="whisker whisker-x" d="{_whisker_path(x1, x2, py)}" stroke="{colour}" '
                            f'stroke-width="1.3" stroke-opacity="0.8" fill="none"{lab} data-value="{_dec(x)}" '
                            f'data-low="{_dec(x_lo)}" data-high="{_dec(x_hi)}">{tip}</path>')
        if y_lo is not None and y_hi is not None:
            y1, y2 = sorted((sy(y_lo), sy(y_hi)))
            whiskers.append(f'<path class="whisker whisker-y" d="{_vwhisker_path(px, y1, y2)}" stroke="{colour}" '
                            f'stroke-width="1.3" stroke-opacity="0.8" fill="none"{lab} data-value="{_dec(y)}" '
                            f'data-low="{_dec(y_lo)}" data-high="{_dec(y_hi)}">{tip}</path>')
        dots.append(f'<circle class="point" cx="{_c(px)}" cy="{_c(py)}" r="5.5" fill="{colour}" stroke="#fff" '
                    f'stroke-width="1.5"{lab} data-value="{_dec(y)}" data-x="{_dec(x)}" data-y="{_dec(y)}">'
                    f"{tip}</circle>")
        placed.append((px, py, p.label))
    whiskers.append("</g>")
    dots += _place_labels(placed, left, right, plot_top, plot_bottom)
    dots.append("</g>")
    body += whiskers + dots

    plotted = len(points) - len(omitted)
    desc = f"Scatter of {y_label} against {x_label} for {plotted} models; lower left is better."
    if omitted:
        desc += f" Not plotted (missing data): {', '.join(omitted)}."
    return _svg("frontier", title, desc, _W, plot_bottom + 44, body)


def _place_labels(points: Sequence[tuple[float, float, str]], left: float, right: float, top: float,
                  bottom: float) -> list[str]:
    """Point labels, each where it overlaps neither a point nor a label placed before it (when it can)."""
    boxes: list[tuple[float, float, float, float]] = [(x - 6, y - 6, x + 6, y + 6) for x, y, _ in points]
    out: list[str] = []

    def free(box: tuple[float, float, float, float]) -> bool:
        x0, y0, x1, y1 = box
        inside = x0 >= left + 2 and x1 <= _W - 2 and y0 >= top - 12 and y1 <= bottom + 2
        return inside and not any(x0 < b2 and b0 < x1 and y0 < b3 and b1 < y1 for b0, b1, b2, b3 in boxes)

    for x, y, label in sorted(points, key=lambda item: (item[1], item[0])):
        w = _text_w(_fit(label, 160))
        # (text x, baseline y, anchor): right, left, above, below, then further out
        candidates = [(x + 9, y + 4, "start"), (x - 9, y + 4, "end"), (x, y - 10, "middle"), (x, y + 17, "middle")]
        candidates += [(x + 9, y + 4 + k * dy, "start") for k in range(1, 6) for dy in (13, -13)]
        chosen = candidates[0]
        for cand in candidates:
            tx, ty, anchor = cand
            x0 = tx if anchor == "start" else tx - w if anchor == "end" else tx - w / 2
            if free((x0, ty - 10, x0 + w, ty + 2)):
                chosen = cand
                break
        tx, ty, anchor = chosen
        x0 = tx if anchor == "start" else tx - w if anchor == "end" else tx - w / 2
        boxes.append((x0, ty - 10, x0 + w, ty + 2))
        out.append(_label_text(tx, ty, label, 160, cls="point-label", anchor=anchor)
                   .replace('class="point-label"', 'class="point-label" paint-order="stroke" stroke="#fff" '
                            'stroke-width="3" stroke-linejoin="round"', 1))
    return out


# ---------------------------------------------------------------------------------------------- heatmap


def _red(t: float) -> str:
    """The colour of ``t`` in [0, 1] on the light → dark red scale."""
    t = _clamp(t, 0.0, 1.0) * (len(_REDS) - 1)
    i = min(int(t), len(_REDS) - 2)
    f = t - i
    a, b = _REDS[i], _REDS[i + 1]
    r, g, bl = (round(a[k] + (b[k] - a[k]) * f) for k in range(3))
    return f"#{r:02x}{g:02x}{bl:02x}"


def _wrap(label: str, width: float, max_lines: int = 2) -> list[str] | None:
    """``label`` broken after ``_``, ``-``, ``/`` or spaces into lines of ``width``, or None if it won't go."""
    words = [w for w in re.split(r"(?<=[_\-/ ])", label) if w]
    lines: list[str] = []
    for word in words:
        if lines and _text_w(lines[-1] + word) <= width:
            lines[-1] += word
        else:
            lines.append(word)
    lines = [line.strip() for line in lines]
    if len(lines) > max_lines or any(_text_w(line) > width for line in lines):
        return None
    return lines


def heatmap(rows: Sequence[str], cols: Sequence[str], values: Mapping[tuple[str, str], float | None], *,
            title: str, percent: bool = True, counts: Mapping[tuple[str, str], int] | None = None) -> str:
    """A ``rows`` × ``cols`` grid of ``values[(row, col)]`` on a light → dark red scale, value in each cell.

    With ``percent`` the scale runs from 0 to 100 %; otherwise from min(0, smallest) to the largest value.
    A missing value (None, NaN or an absent key) is a grey hatched cell. ``counts`` adds "n=…" to cells
    and tooltips. Long column labels are wrapped, or rotated when they cannot be wrapped onto two lines.

    Marks: one ``rect.cell`` per (row, col) with ``data-label`` ("row — col"), ``data-row``, ``data-col``
    and ``data-value`` (empty for a missing one, which also has the class ``cell-missing``); values printed
    in ``text.cell-value``.
    """
    rows, cols = _unique(list(rows)), _unique(list(cols))
    if not rows or not cols:
        return _no_data("heatmap", title)
    grid = {(r, c): _finite(values.get((r, c))) for r in rows for c in cols}
    present = [v for v in grid.values() if v is not None]
    if percent:
        lo, hi = 0.0, 1.0
    else:
        lo = min([0.0, *present])
        hi = max(present, default=1.0)
        if hi <= lo:
            hi = lo + 1.0

    label_w = min(220.0, max(_text_w(r) for r in rows) + 10)
    left = 8 + label_w + 8
    cell_w = _clamp((_W - left - 16) / len(cols), 46.0, 140.0)
    cell_h = 34.0 if counts is not None else 26.0
    col_max = max(_text_w(c) for c in cols)
    wrapped: dict[str, list[str]] = {}
    rotate = False
    if col_max > cell_w - 6:
        for c in cols:
            lines = _wrap(c, cell_w - 6)
            if lines is None:
                rotate = True
                break
            wrapped[c] = lines
    if rotate:
        shown_max = min(col_max, _text_w("x" * 28))
        header_h = shown_max * 0.71 + 16
        extra_right = max(0.0, shown_max * 0.71 - cell_w / 2)
    else:
        header_h = 14.0 * max((len(v) for v in wrapped.values()), default=1) + 8
        extra_right = 0.0
    width = max(_W, left + len(cols) * cell_w + 16 + extra_right)

    body = [_header(title)]
    grid_top = _TITLE_H + 6 + header_h
    body.append('<g class="col-labels">')
    for j, c in enumerate(cols):
        cx = left + (j + 0.5) * cell_w
        if rotate:
            bx, by = cx - 2, grid_top - 6
            shown = _fit(c, _text_w("x" * 28))
            tip = _tip(c) if shown != c else ""
            body.append(f'<text x="{_c(bx)}" y="{_c(by)}" class="col-label" '
                        f'transform="rotate(-45 {_c(bx)} {_c(by)})">{_esc(shown)}{tip}</text>')
        else:
            lines = wrapped.get(c, [c])
            y0 = grid_top - 6 - 14 * (len(lines) - 1)
            spans = "".join(f'<tspan x="{_c(cx)}" y="{_c(y0 + 14 * k)}">{_esc(line)}</tspan>'
                            for k, line in enumerate(lines))
            body.append(f'<text class="col-label" text-anchor="middle">{spans}'
                        f"{_tip(c) if len(lines) > 1 else ''}</text>")
    body.append("</g>")

    digits = 1 if cell_w >= 52 else 0
    cells = ['<g class="cells">']
    missing = 0
    for i, r in enumerate(rows):
        y = grid_top + i * cell_h
        cells.append(_label_text(left - 8, y + cell_h / 2 + 4, r, label_w, cls="row-label"))
        for j, c in enumerate(cols):
            x = left + j * cell_w
            v = grid[(r, c)]
            n = counts.get((r, c)) if counts is not None else None
            n_text = f", n={int(n)}" if n is not None else ""
            attrs = (f'x="{_c(x)}" y="{_c(y)}" width="{_c(cell_w)}" height="{_c(cell_h)}" '
                     f'data-label="{_esc(f"{r} — {c}")}" data-row="{_esc(r)}" data-col="{_esc(c)}"')
            if n is not None:
                attrs += f' data-n="{int(n)}"'
            if v is None:
                missing += 1
                cells.append(f'<rect class="cell cell-missing" {attrs} data-value="" fill="url(#{_ID}-hatch)" '
                             f'stroke="#fff">{_tip(f"{r} — {c}: n/a{n_text}")}</rect>')
                continue
            t = (v - lo) / (hi - lo)
            cells.append(f'<rect class="cell" {attrs} data-value="{_dec(v)}" fill="{_red(t)}" stroke="#fff">'
                         f"{_tip(f'{r} — {c}: {_fmt(v, percent)}{n_text}')}</rect>")
            ink = "#fff" if t > 0.55 else _TEXT
            cx = x + cell_w / 2
            label = _pct(v, digits) if percent else _num(v)
            if n is not None:
                cells.append(_text(cx, y + cell_h / 2, label, cls="cell-value", anchor="middle", fill=ink))
                cells.append(_text(cx, y + cell_h / 2 + 12, f"n={int(n)}", cls="cell-n", anchor="middle",
                                   fill=ink, size=9))
            else:
                cells.append(_text(cx, y + cell_h / 2 + 4, label, cls="cell-value", anchor="middle", fill=ink))
    cells.append("</g>")

    defs = (f'<defs><pattern id="{_ID}-hatch" patternUnits="userSpaceOnUse" width="6" height="6" '
            f'patternTransform="rotate(45)"><rect width="6" height="6" fill="#eeeeee"/>'
            f'<line x1="0" y1="0" x2="0" y2="6" stroke="{_MISSING}" stroke-width="2"/></pattern>'
            f'<linearGradient id="{_ID}-scale">'
            + "".join(f'<stop offset="{_dec(k / (len(_REDS) - 1))}" stop-color="{_red(k / (len(_REDS) - 1))}"/>'
                      for k in range(len(_REDS)))
            + "</linearGradient></defs>")
    legend_y = grid_top + len(rows) * cell_h + 14
    lo_text, hi_text = (_pct(lo, 0), _pct(hi, 0)) if percent else (_num(lo), _num(hi))
    legend = [
        '<g class="legend">',
        _text(left, legend_y + 10, lo_text, anchor="end", fill=_MUTED, extra=' dx="-4"'),
        f'<rect class="legend-scale" x="{_c(left)}" y="{_c(legend_y)}" width="160" height="12" '
        f'fill="url(#{_ID}-scale)" stroke="#ccc"/>',
        _text(left + 164, legend_y + 10, hi_text, fill=_MUTED),
        f'<rect class="legend-missing" x="{_c(left + 220)}" y="{_c(legend_y)}" width="18" height="12" '
        f'fill="url(#{_ID}-hatch)" stroke="#ccc"/>',
        _text(left + 244, legend_y + 10, "no data", fill=_MUTED),
        "</g>",
    ]
    body = [defs, *body, *cells, *legend]
    desc = (f"Heatmap of {len(rows)} rows by {len(cols)} columns, darker red is higher"
            + (f"; {missing} cells have no data." if missing else "."))
    return _svg("heatmap", title, desc, width, legend_y + 24, body)


# ---------------------------------------------------------------------------------------------- grades


def grade_chart(items: Sequence[GradeRow], *, title: str) -> str:
    """One row per (hazard or overall, model) on a 5-tier scale, Poor (red) to Excellent (green).

    The grade is a diamond (``path.grade-mark``) in its tier; the range of grades the interval allows is a
    bracket over those tiers (``rect.grade-range``). A None grade is an "n/a" text; a None range draws none.
    Rows are grouped by ``label`` (order of first appearance); ``text`` is printed at the right.

    Marks carry ``data-label``, ``data-series`` and ``data-value`` (the grade, 1–5); ranges also carry
    ``data-low``/``data-high``. Grades outside 1–5 raise :class:`ValueError`.
    """
    if not items:
        return _no_data("grades", title)
    for it in items:
        for name, g in (("grade", it.grade), ("low", it.low), ("high", it.high)):
            if g is not None and g not in GRADE_NAMES:
                raise ValueError(f"{it.label} — {it.series}: {name} must be 1–5 or None, not {g!r}")
    labels = _unique([it.label for it in items])
    series = _unique([it.series for it in items])
    colours = _colours(series)
    groups: dict[str, list[GradeRow]] = {label: [] for label in labels}
    for it in items:
        groups[it.label].append(it)

    series_w = min(170.0, max(_text_w(s) for s in series) + 36)
    scale_left = 8 + series_w
    tier_w = 56.0
    scale_right = scale_left + 5 * tier_w
    text_left = scale_right + 10
    text_w = _W - 8 - text_left
    pitch, head = 22.0, 20.0  # a row, a group's heading
    top = _TITLE_H + 22  # below the header row of tier names

    def tx(grade: int) -> float:
        return scale_left + (grade - 1) * tier_w

    height_rows = len(items) * pitch + len(groups) * head + 4
    body = [_header(title), '<g class="tiers">']
    for g, name in GRADE_NAMES.items():
        body.append(f'<rect class="tier" data-grade="{g}" x="{_c(tx(g))}" y="{_c(top)}" width="{_c(tier_w)}" '
                    f'height="{_c(height_rows)}" fill="{_GRADE_COLOURS[g]}" fill-opacity="0.22"/>')
        body.append(f'<rect x="{_c(tx(g))}" y="{_c(top - 16)}" width="{_c(tier_w)}" height="14" '
                    f'fill="{_GRADE_COLOURS[g]}"/>')
        ink = "#fff" if g in (1, 5) else _TEXT
        body.append(_text(tx(g) + tier_w / 2, top - 5, name, cls="tier-label", anchor="middle", fill=ink,
                          size=10, tip=f"{g} {name}"))
    body.append("</g>")

    marks = ['<g class="marks">']
    y = top
    for i, label in enumerate(labels):
        if i:
            marks.append(f'<line x1="8" y1="{_c(y)}" x2="{_c(_W - 8)}" y2="{_c(y)}" stroke="#ccc"/>')
        marks.append(_label_text(8, y + 14, label, _W - 16, cls="group-label", anchor="start")
                     .replace('class="group-label"', 'class="group-label" font-weight="600"', 1))
        cy = y + head + pitch / 2 - 2
        for it in groups[label]:
            marks.append(f'<rect x="18" y="{_c(cy - 5)}" width="10" height="10" rx="2" '
                         f'fill="{colours[it.series]}"/>')
            marks.append(_label_text(32, cy + 4, it.series, series_w - 36, cls="series-label", anchor="start"))
            common = f' data-label="{_esc(it.label)}" data-series="{_esc(it.series)}"'
            grade_text = GRADE_NAMES[it.grade] if it.grade is not None else "n/a"
            value_attr = f' data-value="{it.grade}"' if it.grade is not None else ' data-value=""'
            rng: tuple[int, int] | None = None
            range_text = ""
            if it.low is not None and it.high is not None:
                rng = (min(it.low, it.high), max(it.low, it.high))
                if rng[0] != rng[1]:
                    range_text = f" (range {GRADE_NAMES[rng[0]]}–{GRADE_NAMES[rng[1]]})"
            tip = _tip(f"{it.label} — {it.series}: {grade_text}{range_text}" + (f". {it.text}" if it.text else ""))
            if rng is not None:
                lo_g, hi_g = rng
                marks.append(f'<rect class="grade-range" x="{_c(tx(lo_g) + 3)}" y="{_c(cy - 7)}" '
                             f'width="{_c((hi_g - lo_g + 1) * tier_w - 6)}" height="14" rx="7" fill="#000" '
                             f'fill-opacity="0.06" stroke="{_TEXT}" stroke-width="1.3"{common}{value_attr} '
                             f'data-low="{lo_g}" data-high="{hi_g}">{tip}</rect>')
            if it.grade is None:
                marks.append(f'<text x="{_c((scale_left + scale_right) / 2)}" y="{_c(cy + 4)}" class="na" '
                             f'text-anchor="middle" fill="{_MUTED}" font-style="italic"{common} data-value="">'
                             f"n/a{tip}</text>")
            else:
                gx = tx(it.grade) + tier_w / 2
                marks.append(f'<path class="grade-mark" d="M{_c(gx)} {_c(cy - 7)}l7 7l-7 7l-7 -7z" '
                             f'fill="{_GRADE_COLOURS[it.grade]}" stroke="{_TEXT}" stroke-width="1.3"{common}'
                             f'{value_attr}>{tip}</path>')
            if it.text:
                marks.append(_label_text(text_left, cy + 4, it.text, text_w, cls="grade-text", anchor="start"))
            cy += pitch
        y += head + len(groups[label]) * pitch
    marks.append("</g>")
    body += marks
    graded = sum(1 for it in items if it.grade is not None)
    desc = (f"AILuminate grades (Poor, Fair, Good, Very Good, Excellent) of {len(series)} series on "
            f"{len(labels)} rows; {graded} of {len(items)} graded, brackets show the range of grades "
            f"the 95 % interval allows.")
    return _svg("grades", title, desc, _W, top + height_rows + 10, body)


# ---------------------------------------------------------------------------------------------- lines


def downsample(xs: Sequence[float], ys: Sequence[float], max_points: int = MAX_LINE_POINTS,
               ) -> tuple[list[float], list[float]]:
    """At most ``max_points`` points of a curve, endpoints kept, shape kept (largest-triangle-three-buckets).

    Points are taken in the order given; a curve that already fits is returned as it is.
    """
    if len(xs) != len(ys):
        raise ValueError(f"xs and ys differ in length ({len(xs)} and {len(ys)})")
    if max_points < 2:
        raise ValueError(f"max_points must be at least 2, not {max_points}")
    n = len(xs)
    if n <= max_points:
        return [float(x) for x in xs], [float(y) for y in ys]
    if max_points == 2:
        return [float(xs[0]), float(xs[-1])], [float(ys[0]), float(ys[-1])]
    every = (n - 2) / (max_points - 2)
    keep = [0]
    a = 0
    for i in range(max_points - 2):
        avg_start = math.floor((i + 1) * every) + 1
        avg_end = min(math.floor((i + 2) * every) + 1, n)
        span = avg_end - avg_start
        avg_x = sum(xs[avg_start:avg_end]) / span
        avg_y = sum(ys[avg_start:avg_end]) / span
        lo, hi = math.floor(i * every) + 1, math.floor((i + 1) * every) + 1
        ax, ay = xs[a], ys[a]
        best, best_area = lo, -1.0
        for j in range(lo, hi):
            area = abs((ax - avg_x) * (ys[j] - ay) - (ax - xs[j]) * (avg_y - ay))
            if area > best_area:
                best, best_area = j, area
        keep.append(best)
        a = best
    keep.append(n - 1)
    return [float(xs[k]) for k in keep], [float(ys[k]) for k in keep]


def line_chart(series: Sequence[LineSeries], *, title: str, x_label: str, y_label: str, diagonal: bool = False,
               x_max: float = 1.0, y_max: float = 1.0) -> str:
    """Polylines of ``ys`` against ``xs`` on [0, x_max] × [0, y_max] (PR curves, reliability diagrams…).

    ``diagonal`` adds the y = x reference line (``line.diagonal``, "perfect calibration"). Each series is
    downsampled to at most :data:`MAX_LINE_POINTS` points (endpoints kept); points that are not finite are
    dropped; coordinates outside the axes are clipped to them.

    Marks: one ``polyline.line`` per series with points, with ``data-label`` (the name), ``data-value`` (the
    number of input points) and ``data-points`` (the number drawn); with ``markers``, ``circle.point`` per
    drawn point with ``data-label``, ``data-x`` and ``data-value`` (= y).
    """
    if not (x_max > 0 and math.isfinite(x_max) and y_max > 0 and math.isfinite(y_max)):
        raise ValueError(f"x_max and y_max must be positive numbers, not {x_max!r} and {y_max!r}")
    cleaned: list[tuple[LineSeries, list[float], list[float], int]] = []
    for s in series:
        if len(s.xs) != len(s.ys):
            raise ValueError(f"series {s.name!r}: xs and ys differ in length ({len(s.xs)} and {len(s.ys)})")
        pairs = [(float(x), float(y)) for x, y in zip(s.xs, s.ys, strict=True)
                 if math.isfinite(x) and math.isfinite(y)]
        if pairs:
            xs, ys = downsample([p[0] for p in pairs], [p[1] for p in pairs])
            cleaned.append((s, xs, ys, len(s.xs)))
    if not cleaned:
        return _no_data("lines", title)

    names = _unique([s.name for s, *_ in cleaned])
    colours = _colours(names)
    dashes = {name: _DASHES[(i // len(PALETTE)) % len(_DASHES)] for i, name in enumerate(names)}
    body = [_header(title)]
    legend, used = _legend(names, colours, _TITLE_H + 4, line=True, dashes=dashes)
    body += legend
    left, right = 64.0, _W - 24
    plot_top = _TITLE_H + 4 + used + 10
    plot_bottom = plot_top + 360

    def sx(v: float) -> float:
        return left + _clamp(v, 0.0, x_max) / x_max * (right - left)

    def sy(v: float) -> float:
        return plot_bottom - _clamp(v, 0.0, y_max) / y_max * (plot_bottom - plot_top)

    body += _y_axis(left, right, plot_bottom, plot_top, _nice_ticks(y_max), sy, _num, y_label)
    body += _x_axis(left, right, plot_bottom, plot_top, _nice_ticks(x_max), sx, _num, x_label)
    if diagonal:
        m = min(x_max, y_max)
        body.append(f'<line class="diagonal" x1="{_c(sx(0))}" y1="{_c(sy(0))}" x2="{_c(sx(m))}" y2="{_c(sy(m))}" '
                    f'stroke="#999" stroke-dasharray="4 4">{_tip("perfect calibration (y = x)")}</line>')
    marks = ['<g class="marks">']
    for s, xs, ys, n_in in cleaned:
        colour = colours[s.name]
        dash = dashes[s.name]
        pts = " ".join(f"{_c(sx(x))},{_c(sy(y))}" for x, y in zip(xs, ys, strict=True))
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        marks.append(f'<polyline class="line" points="{pts}" fill="none" stroke="{colour}" stroke-width="2" '
                     f'stroke-linejoin="round" stroke-linecap="round"{dash_attr} data-label="{_esc(s.name)}" '
                     f'data-value="{n_in}" data-points="{len(xs)}">{_tip(f"{s.name}: {n_in} points")}</polyline>')
        if s.markers:
            marks += [f'<circle class="point" cx="{_c(sx(x))}" cy="{_c(sy(y))}" r="3" fill="{colour}" '
                      f'data-label="{_esc(s.name)}" data-x="{_dec(x)}" data-value="{_dec(y)}">'
                      f"{_tip(f'{s.name}: {x_label} {_num(x)}, {y_label} {_num(y)}')}</circle>"
                      for x, y in zip(xs, ys, strict=True)]
    marks.append("</g>")
    body += marks
    desc = f"Line chart of {y_label} against {x_label} for {len(cleaned)} series ({', '.join(names)})."
    if diagonal:
        desc += " The dashed diagonal is y = x."
    return _svg("lines", title, desc, _W, plot_bottom + 44, body)
