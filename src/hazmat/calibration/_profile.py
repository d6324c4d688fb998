"""Guard profiles: a guard calibrated and given operating points on the user's own labelled data.

:func:`fit_profile` runs the guard over a labelled file once (``hazmat.guardeval``'s classification pass),
fits a calibrator of the overall unsafe score, the overall threshold meeting a target FPR, and per-category
thresholds, and returns a :class:`GuardProfile` (a ``hazmat.guard-profile/1`` document).
:class:`CalibratedGuard` wraps the guard and applies a profile to every verdict.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from .._version import __version__
from ..classifiers import Classifier
from ..errors import InputError
from ..taxonomy import Crosswalk, Taxonomy
from ..types import Conversation, Verdict
from ._fit import Calibrator, fit_calibrator, operating_metrics, threshold_at_fpr

SCHEMA = "hazmat.guard-profile/1"
DEFAULT_MIN_POSITIVES = 5


@dataclass
class GuardProfile:
    """A ``hazmat.guard-profile/1`` document.

    ``threshold`` applies to the calibrated unsafe score. ``category_thresholds`` apply to the guard's own
    (uncalibrated) category scores, keyed by category ids of ``taxonomy``; categories not in it (too few
    labelled positives; listed in ``categories_defaulted``) keep the guard's own decision."""

    guard: str
    task: str
    taxonomy: str
    calibrator: Calibrator
    threshold: float
    target_fpr: float
    category_thresholds: dict[str, float] = field(default_factory=dict)
    categories_defaulted: list[str] = field(default_factory=list)
    min_positives: int = DEFAULT_MIN_POSITIVES
    data: dict[str, Any] = field(default_factory=dict)
    metrics: dict[str, Any] = field(default_factory=dict)
    category_metrics: dict[str, Any] = field(default_factory=dict)
    guard_describe: dict[str, Any] = field(default_factory=dict)
    created: str = ""
    hazmat: str = __version__
    path: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON document."""
        return {"schema": SCHEMA, "guard": self.guard, "task": self.task, "taxonomy": self.taxonomy,
                "calibrator": self.calibrator.to_dict(), "threshold": self.threshold, "target_fpr": self.target_fpr,
                "category_thresholds": self.category_thresholds, "categories_defaulted": self.categories_defaulted,
                "min_positives": self.min_positives, "data": self.data, "metrics": self.metrics,
                "category_metrics": self.category_metrics, "guard_describe": self.guard_describe,
                "created": self.created, "hazmat": self.hazmat}

    def save(self, path: str | Path) -> Path:
        """Write the document atomically."""
        out = Path(path)
        if out.parent and not out.parent.is_dir():
            raise InputError(f"--out: directory {out.parent} does not exist")
        fd, tmp = tempfile.mkstemp(dir=out.parent or Path("."), prefix=".guard-profile-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(self.to_dict(), f, ensure_ascii=False, indent=1, allow_nan=False)
            f.write("\n")
        os.replace(tmp, out)
        self.path = str(out)
        return out

    @classmethod
    def from_dict(cls, doc: Any, where: str = "profile") -> GuardProfile:
        """Validate and read a document."""
        if not isinstance(doc, dict):
            raise InputError(f"{where}: expected a JSON object")
        if doc.get("schema") != SCHEMA:
            raise InputError(f"{where}: not a {SCHEMA} document (schema {doc.get('schema')!r})")
        for key, kind in (("guard", str), ("task", str), ("taxonomy", str), ("calibrator", dict),
                          ("threshold", int | float), ("target_fpr", int | float)):
            if not isinstance(doc.get(key), kind) or isinstance(doc.get(key), bool):
                raise InputError(f"{where}: missing or invalid {key!r}")
        cal = doc["calibrator"]
        if not isinstance(cal.get("method"), str) or not isinstance(cal.get("params", {}), dict):
            raise InputError(f"{where}: calibrator needs 'method' and 'params'")
        cats = doc.get("category_thresholds", {})
        if not isinstance(cats, dict) or not all(isinstance(k, str) and isinstance(v, int | float)
                                                 and not isinstance(v, bool) for k, v in cats.items()):
            raise InputError(f"{where}: 'category_thresholds' must map category ids to numbers")
        try:
            calibrator = Calibrator(cal["method"], dict(cal.get("params", {})))
        except InputError as e:
            raise InputError(f"{where}: {e}") from None
        return cls(doc["guard"], doc["task"], doc["taxonomy"], calibrator, float(doc["threshold"]),
                   float(doc["target_fpr"]), {k: float(v) for k, v in cats.items()},
                   list(doc.get("categories_defaulted", [])), int(doc.get("min_positives", DEFAULT_MIN_POSITIVES)),
                   dict(doc.get("data", {})), dict(doc.get("metrics", {})), dict(doc.get("category_metrics", {})),
                   dict(doc.get("guard_describe", {})), str(doc.get("created", "")), str(doc.get("hazmat", "")))

    def label(self) -> str:
        """A short reference for verdicts: the file name when loaded from one, else the guard and method."""
        return Path(self.path).name if self.path else f"{self.guard}/{self.calibrator.method}"


def load_profile(path: str | Path) -> GuardProfile:
    """Read and validate a ``hazmat.guard-profile/1`` file."""
    p = Path(path)
    try:
        doc = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"guard profile {p} does not exist") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(f"guard profile {p}: cannot read it as JSON ({e})") from None
    prof = GuardProfile.from_dict(doc, str(p))
    prof.path = str(p)
    return prof


class CalibratedGuard:
    """A classifier that applies a :class:`GuardProfile` to a base guard's verdicts.

    * ``unsafe_score`` becomes the calibrated probability (the raw one is kept in ``extra["raw_unsafe_score"]``);
    * ``flagged`` is re-decided: calibrated score at or above ``profile.threshold``;
    * ``categories`` are re-decided for categories with a profile threshold (guard's own category score at
      or above it), kept as the guard decided for the others; a verdict that is not flagged asserts none.
      Category scores are *not* calibrated (only the overall score is; per-category thresholds were fitted on
      the raw category scores);
    * unassessed verdicts pass through untouched; ``extra["profile"]`` names the profile.

    ``thresholds`` (``{task: threshold}``) lets ``hazmat.guardeval`` find the profile's operating point.
    """

    def __init__(self, base: Classifier, profile: GuardProfile | str | Path, name: str | None = None) -> None:
        prof = profile if isinstance(profile, GuardProfile) else load_profile(profile)
        if prof.guard != base.name:
            raise InputError(f"guard profile {prof.label()} was fitted for guard {prof.guard!r}, not {base.name!r}")
        if prof.taxonomy != base.taxonomy.id:
            raise InputError(f"guard profile {prof.label()} speaks taxonomy {prof.taxonomy!r}; load guard "
                             f"{base.name} with taxonomy={prof.taxonomy!r} (it speaks {base.taxonomy.id!r})")
        self.base = base
        self.profile = prof
        self.name = name or f"{base.name}+calibrated"
        self.taxonomy: Taxonomy = base.taxonomy
        self.thresholds: dict[str, float] = {prof.task: prof.threshold}
        self.threshold = prof.threshold

    def describe(self) -> dict[str, Any]:
        """The base guard's description with the profile's operating point."""
        describe = getattr(self.base, "describe", None)
        info = describe() if callable(describe) else {"name": self.base.name}
        return {**(info if isinstance(info, dict) else {}), "name": self.name, "base": self.base.name,
                "profile": {"path": self.profile.path, "calibrator": self.profile.calibrator.to_dict(),
                            "threshold": self.profile.threshold, "target_fpr": self.profile.target_fpr,
                            "category_thresholds": self.profile.category_thresholds,
                            "data_sha256": self.profile.data.get("sha256")}}

    def apply(self, v: Verdict) -> Verdict:
        """One verdict with the profile applied."""
        if v.unassessed is not None:
            return v
        raw = v.unsafe_score if v.unsafe_score is not None and v.unsafe_score == v.unsafe_score else (
            None if v.flagged is None else float(v.flagged))
        if raw is None:
            return v
        prof = self.profile
        score = prof.calibrator.apply_one(float(raw))
        flagged = score >= prof.threshold
        cats: list[str] = []
        if flagged:
            own = set(v.categories)
            for c in self.taxonomy.ids:
                thr = prof.category_thresholds.get(c)
                if (thr is None and c in own) or (thr is not None and v.scores.get(c, 0.0) >= thr):
                    cats.append(c)
        extra = {**v.extra, "raw_unsafe_score": raw, "raw_flagged": v.flagged, "profile": prof.label()}
        return replace(v, flagged=flagged, unsafe_score=score, categories=cats, extra=extra, classifier=self.name)

    def classify(self, conversations: Sequence[Conversation]) -> list[Verdict]:
        """Classify with the base guard and apply the profile."""
        return [self.apply(v) for v in self.base.classify(conversations)]

    async def aclassify(self, conversations: Sequence[Conversation]) -> list[Verdict]:
        """Asynchronously: the base guard's ``aclassify``, then the profile."""
        return [self.apply(v) for v in await self.base.aclassify(conversations)]


def apply_profile(guard: str | Classifier, profile: GuardProfile | str | Path, **options: Any) -> CalibratedGuard:
    """``guard`` (a registered name, loaded in the profile's taxonomy, or a classifier) wrapped with ``profile``
    (a path or a loaded profile). A profile fitted for another guard is an :class:`InputError`."""
    prof = profile if isinstance(profile, GuardProfile) else load_profile(profile)
    if isinstance(guard, str):
        if guard != prof.guard:
            raise InputError(f"guard profile {prof.label()} was fitted for guard {prof.guard!r}, not {guard!r}")
        from ..moderation import load_guard

        guard = load_guard(guard, taxonomy=prof.taxonomy, **options)
    return CalibratedGuard(guard, prof)


def file_digest(path: str | Path) -> dict[str, Any]:
    """``{"path", "sha256", "size"}`` of a file (sha256 and size None when it cannot be read)."""
    p = Path(path)
    try:
        h = hashlib.sha256()
        with p.open("rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        return {"path": str(p), "sha256": h.hexdigest(), "size": p.stat().st_size}
    except OSError:
        return {"path": str(p), "sha256": None, "size": None}


def fit_profile(
    data: Any,
    guard: str | Classifier = "hazmat-minilm",
    *,
    target_fpr: float = 0.01,
    method: str = "temperature",
    format: str = "auto",
    task: str | None = None,
    taxonomy: str | Taxonomy = "hazmat",
    min_positives: int = DEFAULT_MIN_POSITIVES,
    batch_size: int = 64,
    progress: bool = False,
    **load_options: Any,
) -> GuardProfile:
    """Fit a guard profile on a labelled file (any format ``hazmat eval-guard`` reads) or ``LabelledData``.

    ``guard``: a registered name (loaded speaking ``taxonomy``) or a classifier. ``task``: prompt or
    response (needed when the file holds both). ``method``: temperature, isotonic or none, for the overall
    unsafe score. The overall threshold is the one with the best recall whose FPR on the data is at most
    ``target_fpr``; each category of the guard's taxonomy with at least ``min_positives`` labelled items
    (labels are translated through the crosswalk) gets its own threshold at ``target_fpr`` among the items
    not labelled with it; the others keep the guard's decision and are listed in ``categories_defaulted``.
    """
    from ..guardeval._evaluate import _labels_in, run_guard, stored_threshold, verdict_score
    from ..guardeval._formats import load_labelled
    from ..guardeval._items import LabelledData, check_task
    from ..moderation import load_guard

    if not 0 <= target_fpr < 1:
        raise InputError(f"--target-fpr must lie in [0, 1), got {target_fpr}")
    if min_positives < 1:
        raise InputError(f"--min-positives must be at least 1, got {min_positives}")
    if batch_size < 1:
        raise InputError(f"--batch-size must be at least 1, got {batch_size}")
    wanted = check_task(task)
    if wanted == "refusal":
        raise InputError("calibration covers the harm tasks (prompt, response), not refusal")
    if isinstance(data, LabelledData):
        ld = data
    else:
        ld = load_labelled(data, format, task=wanted, taxonomy=taxonomy, **load_options)
    items = [it for it in ld.items if it.task != "refusal" and (wanted is None or it.task == wanted)]
    tasks = sorted({it.task for it in items})
    if not items:
        raise InputError(f"{ld.path}: no prompt or response items to calibrate on")
    if len(tasks) > 1:
        raise InputError(f"{ld.path} holds {' and '.join(tasks)} items: choose one with --task")
    the_task = tasks[0]
    g = load_guard(guard, taxonomy=taxonomy) if isinstance(guard, str) else guard
    if isinstance(g, CalibratedGuard):
        raise InputError("fit a profile on the base guard, not on a calibrated one")

    index: dict[Conversation, int] = {}
    conv_of = [index.setdefault(it.conversation, len(index)) for it in items]
    run = run_guard(g, list(index), batch_size, progress)
    kept: list[int] = []
    raw: list[float] = []
    unassessed = 0
    for i in range(len(items)):
        sc = verdict_score(run.verdicts[conv_of[i]], the_task)
        if sc is None:
            unassessed += 1
        else:
            kept.append(i)
            raw.append(sc)
    y = np.asarray([items[i].label for i in kept], dtype=np.int64)
    s = np.asarray(raw, dtype=np.float64)
    if y.size == 0 or y.all() or not y.any():
        raise InputError(f"{ld.path}: calibration needs assessed items of both labels "
                         f"({int(y.sum())} unsafe, {int(y.size - y.sum())} safe)")

    calibrator = fit_calibrator(s, y, method)
    cal = calibrator.apply(s)
    thr, _, _ = threshold_at_fpr(y, cal, target_fpr)
    base_thr, base_src = stored_threshold(g, the_task)
    metrics = {"before": {**operating_metrics(y, s, base_thr), "threshold_source": base_src},
               "after": operating_metrics(y, cal, thr)}

    # per category, in the guard's taxonomy
    tax = g.taxonomy
    cache: dict[str, Crosswalk] = {}
    item_cats = [_labels_in(tax, items[i], cache) for i in kept]
    verdicts = [run.verdicts[conv_of[i]] for i in kept]
    cat_thr: dict[str, float] = {}
    cat_metrics: dict[str, Any] = {}
    defaulted: list[str] = []
    for c in tax.ids:
        yc = np.fromiter((c in cats for cats in item_cats), dtype=bool, count=len(kept))
        support = int(yc.sum())
        if support < min_positives or yc.all():
            defaulted.append(c)
            if support:
                cat_metrics[c] = {"support": support, "fitted": False}
            continue
        sc_c = np.fromiter((v.scores.get(c, 0.0) for v in verdicts), dtype=np.float64, count=len(kept))
        t_c, fpr_c, rec_c = threshold_at_fpr(yc, sc_c, target_fpr)
        cat_thr[c] = t_c
        cat_metrics[c] = {"support": support, "fitted": True, "threshold": t_c, "fpr": fpr_c, "recall": rec_c}

    return GuardProfile(
        guard=g.name, task=the_task, taxonomy=tax.id, calibrator=calibrator, threshold=thr, target_fpr=target_fpr,
        category_thresholds=cat_thr, categories_defaulted=defaulted, min_positives=min_positives,
        data={**file_digest(ld.path), "format": ld.format, "items": len(items), "assessed": len(kept),
              "unassessed": unassessed, "positives": int(y.sum()), "negatives": int(y.size - y.sum()),
              "labels_taxonomy": ld.taxonomy.id if ld.taxonomy is not None else None},
        metrics=metrics, category_metrics=cat_metrics, guard_describe=run.describe,
        created=datetime.now(UTC).isoformat(timespec="seconds"), hazmat=__version__)
