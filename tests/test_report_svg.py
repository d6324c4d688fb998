"""The report card's SVG charts: well-formed XML, stable DOM hooks, honest marks, escaped text, small output."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable

import pytest

from hazmat.report._svg import (
    MAX_LINE_POINTS,
    PALETTE,
    BarRow,
    FrontierPoint,
    GradeRow,
    LineSeries,
    bar_chart,
    downsample,
    frontier_chart,
    grade_chart,
    heatmap,
    line_chart,
)

NS = "{http://www.w3.org/2000/svg}"
EVIL = "<script>alert(1)</script>"
PLAIN_DECIMAL = re.compile(r"^-?\d+(\.\d+)?$")


def parse(svg: str) -> ET.Element:
    root = ET.fromstring(svg)
    assert root.tag == f"{NS}svg"
    return root


def marks(root: ET.Element, cls: str, tag: str = "*") -> list[ET.Element]:
    """Elements whose class list holds ``cls`` (what ``root.querySelectorAll('.cls')`` gives)."""
    return [e for e in root.iter(tag if tag == "*" else f"{NS}{tag}") if cls in (e.get("class") or "").split()]


def tip(el: ET.Element) -> str:
    t = el.find(f"{NS}title")
    assert t is not None and t.text is not None
    return t.text


def check_root(root: ET.Element, kind: str, title: str) -> None:
    assert root.get("class") == f"chart chart-{kind}"
    assert root.get("data-chart") == kind
    assert root.get("role") == "img"
    assert root.get("width") == "100%"
    vb = root.get("viewBox", "").split()
    assert len(vb) == 4 and vb[:2] == ["0", "0"] and float(vb[2]) >= 720 and float(vb[3]) > 0
    ids = {e.get("id") for e in root.iter() if e.get("id")}
    labelled = root.get("aria-labelledby", "").split()
    assert len(labelled) == 2 and set(labelled) <= ids
    title_el, desc_el = root[0], root[1]
    assert title_el.tag == f"{NS}title" and title_el.get("id") == labelled[0] and title_el.text == title
    assert desc_el.tag == f"{NS}desc" and desc_el.get("id") == labelled[1] and desc_el.text


def check_data_attrs(root: ET.Element, classes: tuple[str, ...]) -> None:
    """Every data mark has a label, a plain decimal value (or an empty one) and a tooltip."""
    for cls in classes:
        for el in marks(root, cls):
            assert el.get("data-label") is not None, (cls, el.attrib)
            value = el.get("data-value")
            assert value is not None and (value == "" or PLAIN_DECIMAL.match(value)), (cls, value)
            tip(el)


def check_urls_resolve(root: ET.Element) -> None:
    ids = {e.get("id") for e in root.iter() if e.get("id")}
    for el in root.iter():
        for value in el.attrib.values():
            for ref in re.findall(r"url\(#([^)]+)\)", value):
                assert ref in ids


# ---------------------------------------------------------------------------------------------- data


def bar_rows() -> list[BarRow]:
    return [
        BarRow("violent_crimes", "model-a", 0.231, 0.152, 0.334, n=52, unassessed=3),
        BarRow("violent_crimes", "model-b", 0.05, 0.01, 0.12, n=52),
        BarRow("hate", "model-a", None, None, None, n=0, unassessed=4),
        BarRow("hate", "model-b", 0.5, -0.2, 1.4, n=10),  # whisker past both ends of the axis
        BarRow("privacy", "model-a", 1.3, 0.9, 1.5, n=10),  # value past x_max
        BarRow("privacy", "model-b", 0.0, 0.0, 0.0, n=10),
        BarRow(EVIL, "model-b", 0.1, None, None, n=3),  # no interval: no whisker
    ]


def frontier_points() -> list[FrontierPoint]:
    return [
        FrontierPoint("model-a", 0.1, 0.05, 0.2, 0.3, 0.2, 0.4),
        FrontierPoint("model-b", 0.5, -0.1, 1.2, 0.05, 0.0, 0.1),
        FrontierPoint("model-c", 0.2, None, None, 0.2, None, None),
        FrontierPoint("missing-x", None, None, None, 0.2, 0.1, 0.3),
        FrontierPoint(EVIL, 0.9, 0.8, 0.95, 0.9, 0.85, 0.95),
    ]


def grade_rows() -> list[GradeRow]:
    return [
        GradeRow("overall", "model-a", 4, 3, 5, "Very Good (95% CI: Good–Excellent)"),
        GradeRow("overall", "model-b", 2, 2, 2, "Fair"),
        GradeRow("overall", "model-c", None, 1, 5, "insufficient data"),
        GradeRow("violent_crimes", "model-a", 5, None, None, "Excellent"),
        GradeRow(EVIL, "model-b", 1, 1, 2, EVIL),
    ]


HEAT_ROWS = ["violent_crimes", "hate", EVIL]
HEAT_COLS = ["none", "base64", "role_play"]


def heat_values() -> dict[tuple[str, str], float | None]:
    values: dict[tuple[str, str], float | None] = {
        (r, c): (i * 3 + j) / 10 for i, r in enumerate(HEAT_ROWS) for j, c in enumerate(HEAT_COLS)
    }
    values[("hate", "base64")] = None
    values[("violent_crimes", "role_play")] = math.nan
    del values[(EVIL, "none")]  # an absent key is missing too
    return values


def all_charts() -> dict[str, tuple[str, str]]:
    """kind → (svg, title) for one chart of each kind, each carrying the EVIL label."""
    xs = [i / 99 for i in range(100)]
    return {
        "bar": (bar_chart(bar_rows(), title="Unsafe rate", x_label="unsafe rate"), "Unsafe rate"),
        "frontier": (frontier_chart(frontier_points(), title="Frontier"), "Frontier"),
        "heatmap": (heatmap(HEAT_ROWS, HEAT_COLS, heat_values(), title="Heat"), "Heat"),
        "grades": (grade_chart(grade_rows(), title="Grades"), "Grades"),
        "lines": (line_chart([LineSeries(EVIL, xs, xs)], title="PR", x_label="recall", y_label="precision"), "PR"),
    }


# ---------------------------------------------------------------------------------------------- all kinds


@pytest.mark.parametrize("kind", ["bar", "frontier", "heatmap", "grades", "lines"])
def test_every_chart_is_well_formed_with_root_hooks(kind: str) -> None:
    svg, title = all_charts()[kind]
    root = parse(svg)
    check_root(root, kind, title)
    check_data_attrs(root, ("bar", "whisker", "point", "cell", "grade-mark", "grade-range", "line", "na"))
    check_urls_resolve(root)


@pytest.mark.parametrize("kind", ["bar", "frontier", "heatmap", "grades", "lines"])
def test_labels_are_escaped_never_markup(kind: str) -> None:
    svg, _ = all_charts()[kind]
    assert "<script" not in svg
    assert "&lt;script&gt;" in svg
    root = parse(svg)
    assert not [e for e in root.iter() if "script" in e.tag.lower()]
    assert EVIL in "".join(root.itertext())  # the label survives, as text


@pytest.mark.parametrize("make, kind", [
    (lambda: bar_chart([], title="T", x_label="x"), "bar"),
    (lambda: frontier_chart([], title="T"), "frontier"),
    (lambda: heatmap([], ["a"], {}, title="T"), "heatmap"),
    (lambda: heatmap(["a"], [], {}, title="T"), "heatmap"),
    (lambda: grade_chart([], title="T"), "grades"),
    (lambda: line_chart([], title="T", x_label="x", y_label="y"), "lines"),
    (lambda: line_chart([LineSeries("s", [], []), LineSeries("t", [math.nan], [1.0])], title="T", x_label="x",
                        y_label="y"), "lines"),
])
def test_empty_input_says_no_data(make: Callable[[], str], kind: str) -> None:
    root = parse(make())
    check_root(root, kind, "T")
    assert [e.text for e in marks(root, "no-data")] == ["no data"]
    assert not marks(root, "bar") and not marks(root, "cell") and not marks(root, "line")


def test_xml_forbidden_characters_are_dropped() -> None:
    svg = bar_chart([BarRow("a\x00b\x1bc", "s\x08", 0.5, 0.4, 0.6)], title="t\x01", x_label="x\x0c")
    root = parse(svg)
    (bar,) = marks(root, "bar")
    assert bar.get("data-label") == "abc" and bar.get("data-series") == "s"


def test_ids_differ_between_charts_and_output_is_deterministic() -> None:
    a = bar_chart(bar_rows(), title="A", x_label="x")
    b = bar_chart(bar_rows(), title="B", x_label="x")
    assert parse(a).get("aria-labelledby") != parse(b).get("aria-labelledby")
    assert a == bar_chart(bar_rows(), title="A", x_label="x")


# ---------------------------------------------------------------------------------------------- bar chart


def test_bar_chart_marks_match_input() -> None:
    rows = bar_rows()
    root = parse(bar_chart(rows, title="Unsafe rate", x_label="unsafe rate"))
    bars = marks(root, "bar", "rect")
    assert len(bars) == sum(r.value is not None for r in rows)
    whiskers = marks(root, "whisker", "path")
    assert len(whiskers) == sum(r.value is not None and r.low is not None and r.high is not None for r in rows)
    assert [(b.get("data-label"), b.get("data-series")) for b in bars] == [
        (r.label, r.series) for r in rows if r.value is not None
    ]
    assert [float(b.get("data-value", "")) for b in bars] == [r.value for r in rows if r.value is not None]
    # one colour per series, the same in every category, and a legend entry each
    colour_of: dict[str, set[str]] = {}
    for b in bars:
        colour_of.setdefault(b.get("data-series", ""), set()).add(b.get("fill", ""))
    assert colour_of == {"model-a": {PALETTE[0]}, "model-b": {PALETTE[1]}}
    assert [g.get("data-series") for g in marks(root, "legend-item")] == ["model-a", "model-b"]


def test_bar_chart_tooltips_and_percent_labels() -> None:
    root = parse(bar_chart(bar_rows(), title="Unsafe rate", x_label="unsafe rate"))
    first = marks(root, "bar")[0]
    assert tip(first) == "violent_crimes — model-a: 23.1 % [15.2–33.4], n=52, 3 unassessed"
    assert tip(marks(root, "bar")[1]) == "violent_crimes — model-b: 5.0 % [1.0–12.0], n=52"
    labels = [e.text for e in marks(root, "value-label")]
    assert labels[:2] == ["23.1 %", "5.0 %"] and all(t and t.endswith(" %") for t in labels)
    ticks = [e.text for e in root.iter(f"{NS}text") if e.text and e.text.endswith("0 %")]
    assert "0 %" in ticks and "100 %" in ticks


def test_bar_chart_none_is_na_text_not_a_bar() -> None:
    root = parse(bar_chart(bar_rows(), title="t", x_label="x"))
    (na,) = marks(root, "na")
    assert na.tag == f"{NS}text" and (na.text or "").strip() == "n/a"
    assert na.get("data-label") == "hate" and na.get("data-series") == "model-a" and na.get("data-value") == ""
    assert tip(na) == "hate — model-a: n/a, 4 unassessed"
    assert not [b for b in marks(root, "bar") if b.get("data-label") == "hate" and b.get("data-series") == "model-a"]


def _path_xs(d: str) -> list[float]:
    """The x coordinates of a whisker path (M x y, H x, v dy)."""
    xs = [float(m) for m in re.findall(r"M(-?[\d.]+) ", d)]
    xs += [float(m) for m in re.findall(r"H(-?[\d.]+)", d)]
    return xs


def test_bar_chart_clips_bars_and_whiskers_to_the_axis() -> None:
    root = parse(bar_chart(bar_rows(), title="t", x_label="x", x_max=1.0))
    (axis,) = marks(root, "x-axis", "line")
    x0, x1 = float(axis.get("x1", "")), float(axis.get("x2", ""))
    for w in marks(root, "whisker"):
        assert all(x0 - 0.05 <= x <= x1 + 0.05 for x in _path_xs(w.get("d", "")))
    for b in marks(root, "bar"):
        x, width = float(b.get("x", "")), float(b.get("width", ""))
        assert x == pytest.approx(x0) and width >= 0 and x + width <= x1 + 0.05
    hate_b = next(w for w in marks(root, "whisker") if w.get("data-label") == "hate")
    xs = _path_xs(hate_b.get("d", ""))
    assert min(xs) == pytest.approx(x0, abs=0.05) and max(xs) == pytest.approx(x1, abs=0.05)
    assert (hate_b.get("data-low"), hate_b.get("data-high")) == ("-0.2", "1.4")  # data keeps the truth
    over = next(b for b in marks(root, "bar") if b.get("data-label") == "privacy" and b.get("data-series") == "model-a")
    assert over.get("data-value") == "1.3"
    assert float(over.get("x", "")) + float(over.get("width", "")) == pytest.approx(x1, abs=0.05)


def test_bar_chart_not_percent_and_custom_x_max() -> None:
    rows = [BarRow("latency", "guard-a", 12.5, 10.0, 15.25, n=100), BarRow("latency", "guard-b", 80.0, 70.0, 95.0)]
    root = parse(bar_chart(rows, title="Latency", x_label="ms", x_max=100.0, percent=False))
    assert [e.text for e in marks(root, "value-label")] == ["12.5", "80"]
    assert tip(marks(root, "bar")[0]) == "latency — guard-a: 12.5 [10–15.2], n=100"
    (ticks,) = marks(root, "x-ticks")
    assert [t.text for t in ticks] == ["0", "20", "40", "60", "80", "100"]
    with pytest.raises(ValueError, match="x_max"):
        bar_chart(rows, title="t", x_label="x", x_max=0)


def test_bar_chart_grows_with_rows() -> None:
    def height(n: int) -> float:
        rows = [BarRow(f"cat{i}", "m", 0.5, 0.4, 0.6) for i in range(n)]
        return float(parse(bar_chart(rows, title="t", x_label="x")).get("viewBox", "").split()[3])

    assert height(3) < height(12) < height(40)


# ---------------------------------------------------------------------------------------------- frontier


def test_frontier_points_whiskers_and_omitted() -> None:
    pts = frontier_points()
    root = parse(frontier_chart(pts, title="Frontier"))
    points = marks(root, "point", "circle")
    assert [p.get("data-label") for p in points] == ["model-a", "model-b", "model-c", EVIL]
    a = points[0]
    assert (a.get("data-x"), a.get("data-y"), a.get("data-value")) == ("0.1", "0.3", "0.3")
    assert tip(a) == "model-a: over-refusal rate 10.0 % [5.0–20.0], unsafe rate 30.0 % [20.0–40.0]"
    assert len(marks(root, "whisker-x")) == 3 and len(marks(root, "whisker-y")) == 3
    desc = root[1].text or ""
    assert "Not plotted (missing data): missing-x" in desc
    assert len(marks(root, "ideal")) == 1
    assert {e.text for e in marks(root, "point-label")} >= {"model-a", "model-b", "model-c"}
    # error bars stay inside the axes
    (xaxis,) = marks(root, "x-axis")
    x0, x1 = float(xaxis.get("x1", "")), float(xaxis.get("x2", ""))
    wb = next(w for w in marks(root, "whisker-x") if w.get("data-label") == "model-b")
    xs = _path_xs(wb.get("d", ""))
    assert min(xs) == pytest.approx(x0, abs=0.05) and max(xs) == pytest.approx(x1, abs=0.05)
    for p in points:
        assert x0 <= float(p.get("cx", "")) <= x1


# ---------------------------------------------------------------------------------------------- heatmap


def test_heatmap_cells_values_and_missing() -> None:
    counts = {(r, c): 40 for r in HEAT_ROWS for c in HEAT_COLS}
    root = parse(heatmap(HEAT_ROWS, HEAT_COLS, heat_values(), title="Heat", counts=counts))
    cells = marks(root, "cell", "rect")
    assert len(cells) == len(HEAT_ROWS) * len(HEAT_COLS)
    missing = marks(root, "cell-missing")
    assert {(c.get("data-row"), c.get("data-col")) for c in missing} == {
        ("hate", "base64"), ("violent_crimes", "role_play"), (EVIL, "none")}
    for c in missing:
        assert c.get("data-value") == "" and (c.get("fill") or "").startswith("url(#")
        assert tip(c).endswith(": n/a, n=40")
    present = [c for c in cells if c not in missing]
    assert all(PLAIN_DECIMAL.match(c.get("data-value", "")) for c in present)
    # light → dark: a higher value gets a darker (lower-luminance) fill
    def lum(c: ET.Element) -> int:
        h = c.get("fill", "")[1:]
        return sum(int(h[i:i + 2], 16) for i in (0, 2, 4))
    by_value = sorted(present, key=lambda c: float(c.get("data-value", "")))
    assert lum(by_value[0]) > lum(by_value[-1])
    values = [e.text for e in marks(root, "cell-value")]
    assert len(values) == len(present) and "10.0 %" in values and all(v and v.endswith(" %") for v in values)
    assert len(marks(root, "cell-n")) == len(present)
    cell = next(c for c in cells if c.get("data-row") == "hate" and c.get("data-col") == "none")
    assert tip(cell) == "hate — none: 30.0 %, n=40" and cell.get("data-label") == "hate — none"
    assert marks(root, "legend-scale") and marks(root, "legend-missing")
    check_urls_resolve(root)


def test_heatmap_long_column_labels_rotate_and_plain_values() -> None:
    cols = [f"a very long persona description number {i}" for i in range(8)]
    root = parse(heatmap(["r"], cols, {("r", c): float(i) for i, c in enumerate(cols)}, title="t", percent=False))
    labels = marks(root, "col-label")
    assert len(labels) == len(cols) and all("rotate(" in (e.get("transform") or "") for e in labels)
    assert [e.text for e in marks(root, "cell-value")] == [str(i) for i in range(8)]
    short = parse(heatmap(["r"], ["a", "b"], {("r", "a"): 0.5}, title="t"))
    assert not [e for e in marks(short, "col-label") if e.get("transform")]


# ---------------------------------------------------------------------------------------------- grades


def test_grade_chart_marks_and_ranges() -> None:
    items = grade_rows()
    root = parse(grade_chart(items, title="Grades"))
    gm = marks(root, "grade-mark")
    assert [m.get("data-value") for m in gm] == [str(i.grade) for i in items if i.grade is not None]
    gr = marks(root, "grade-range")
    assert [(r.get("data-low"), r.get("data-high")) for r in gr] == [
        (str(i.low), str(i.high)) for i in items if i.low is not None and i.high is not None]
    (na,) = marks(root, "na")
    assert na.get("data-series") == "model-c"
    # a range spans exactly its tiers
    tiers = {int(t.get("data-grade", "")): t for t in marks(root, "tier")}
    assert len(tiers) == 5
    full = next(r for r in gr if r.get("data-series") == "model-c")
    left, right = float(full.get("x", "")), float(full.get("x", "")) + float(full.get("width", ""))
    assert float(tiers[1].get("x", "")) < left < float(tiers[1].get("x", "")) + 8
    t5_end = float(tiers[5].get("x", "")) + float(tiers[5].get("width", ""))
    assert t5_end - 8 < right < t5_end
    # the grade mark sits in its tier
    a = gm[0]
    xs = [float(v) for v in re.findall(r"M(-?[\d.]+)", a.get("d", ""))]
    t4 = float(tiers[4].get("x", ""))
    assert t4 < xs[0] < t4 + float(tiers[4].get("width", ""))
    assert tip(a) == "overall — model-a: Very Good (range Good–Excellent). Very Good (95% CI: Good–Excellent)"
    assert [e.text for e in marks(root, "tier-label")] == ["Poor", "Fair", "Good", "Very Good", "Excellent"]


def test_grade_chart_rejects_grades_outside_1_to_5() -> None:
    with pytest.raises(ValueError, match="1–5"):
        grade_chart([GradeRow("overall", "m", 6, None, None, "")], title="t")


# ---------------------------------------------------------------------------------------------- lines


def test_downsample_keeps_endpoints_and_shape() -> None:
    n = 10_000
    xs = [i / (n - 1) for i in range(n)]
    ys = [1 - x**3 for x in xs]
    ys[5000] = 5.0  # a spike must survive
    dx, dy = downsample(xs, ys)
    assert len(dx) == len(dy) <= MAX_LINE_POINTS
    assert (dx[0], dy[0]) == (xs[0], ys[0]) and (dx[-1], dy[-1]) == (xs[-1], ys[-1])
    assert dx == sorted(dx) and 5.0 in dy
    assert downsample([1.0, 2.0], [3.0, 4.0]) == ([1.0, 2.0], [3.0, 4.0])
    assert downsample(xs, ys, max_points=2) == ([0.0, 1.0], [1.0, 0.0])
    with pytest.raises(ValueError):
        downsample([1.0], [1.0, 2.0])


def _points(poly: ET.Element) -> list[tuple[float, float]]:
    return [(float(a), float(b)) for a, b in (p.split(",") for p in (poly.get("points") or "").split())]


def test_line_chart_downsamples_and_draws() -> None:
    n = 10_000
    xs = [i / (n - 1) for i in range(n)]
    big = LineSeries("guard-a", xs, [1 - x * x for x in xs])
    small = LineSeries("guard-b", [0.0, 0.5, 1.0], [1.0, math.inf, 0.2], markers=True)
    svg = line_chart([big, small], title="PR", x_label="recall", y_label="precision")
    root = parse(svg)
    lines = marks(root, "line", "polyline")
    assert [ln.get("data-label") for ln in lines] == ["guard-a", "guard-b"]
    pts = _points(lines[0])
    assert len(pts) <= MAX_LINE_POINTS and lines[0].get("data-points") == str(len(pts))
    assert lines[0].get("data-value") == str(n)
    (xaxis,) = marks(root, "x-axis")
    (yaxis,) = marks(root, "y-axis")
    left, right = float(xaxis.get("x1", "")), float(xaxis.get("x2", ""))
    bottom, top = float(yaxis.get("y1", "")), float(yaxis.get("y2", ""))
    assert pts[0] == pytest.approx((left, top), abs=0.06)  # (0, 1)
    assert pts[-1] == pytest.approx((right, bottom), abs=0.06)  # (1, 0)
    # the non-finite point is dropped; markers come with the series that asks for them
    assert lines[1].get("data-points") == "2" and len(marks(root, "point")) == 2
    assert not marks(root, "diagonal")
    assert len(svg) < 30_000


def test_reliability_diagram_has_the_diagonal_and_clips() -> None:
    bins = [0.05 + i / 10 for i in range(10)]
    root = parse(line_chart([LineSeries("guard", bins, [b * 1.5 for b in bins], markers=True)], title="Rel",
                            x_label="predicted", y_label="observed", diagonal=True))
    (diag,) = marks(root, "diagonal")
    (xaxis,) = marks(root, "x-axis")
    (yaxis,) = marks(root, "y-axis")
    assert float(diag.get("x1", "")) == pytest.approx(float(xaxis.get("x1", "")))
    assert float(diag.get("x2", "")) == pytest.approx(float(xaxis.get("x2", "")))
    assert float(diag.get("y2", "")) == pytest.approx(float(yaxis.get("y2", "")))
    top = float(yaxis.get("y2", ""))
    assert all(y >= top - 0.05 for _, y in _points(marks(root, "line")[0]))
    assert len(marks(root, "point")) == 10


def test_line_chart_rejects_ragged_series() -> None:
    with pytest.raises(ValueError, match="differ in length"):
        line_chart([LineSeries("s", [0.0, 1.0], [0.0])], title="t", x_label="x", y_label="y")


# ---------------------------------------------------------------------------------------------- size


def test_a_large_report_stays_small_with_short_numbers() -> None:
    cats = [f"hazard_{i}" for i in range(14)]
    models = [f"model-{i}" for i in range(10)]
    rows = [BarRow(c, m, 1 / 3, 1 / 7, 2 / 3, n=10_000, unassessed=1) for c in cats for m in models]
    xs = [i / 9_999 for i in range(10_000)]
    charts = [
        bar_chart(rows, title="t", x_label="x"),
        heatmap(cats, models, {(c, m): 1 / 3 for c in cats for m in models}, title="t",
                counts={(c, m): 714 for c in cats for m in models}),
        line_chart([LineSeries(m, xs, [math.sqrt(x) for x in xs]) for m in models[:4]], title="t", x_label="x",
                   y_label="y"),
        frontier_chart([FrontierPoint(m, 1 / 3, 0.1, 0.5, 2 / 3, 0.5, 0.8) for m in models], title="t"),
        grade_chart([GradeRow(c, m, 3, 2, 4, "Good") for c in cats for m in models], title="t"),
    ]
    total = sum(len(c) for c in charts)
    assert total < 1_000_000
    for svg in charts:
        parse(svg)
        assert not re.search(r"\d\.\d{5,}", svg), re.search(r".{20}\d\.\d{5,}.{20}", svg)
    assert 'data-value="0.3333"' in charts[0]
