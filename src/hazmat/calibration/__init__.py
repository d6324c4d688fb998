"""Guard calibration on the user's labelled data (``hazmat calibrate``).

:func:`fit_profile` runs a guard over a labelled file (any format ``hazmat eval-guard`` reads), fits a
calibrator of the overall unsafe score (temperature scaling, isotonic regression, or none), the threshold
with the best recall at a target FPR, and per-category thresholds, into a ``hazmat.guard-profile/1``
document. :class:`CalibratedGuard` / :func:`apply_profile` wrap a guard so that its verdicts follow a profile.

Names load on first use (as in ``hazmat.guardeval``), so registering the command costs ``hazmat --help``
nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._fit import (
        METHODS,
        Calibrator,
        brier_score,
        expected_calibration_error,
        fit_calibrator,
        fit_temperature,
        operating_metrics,
        pav,
        threshold_at_fpr,
    )
    from ._profile import SCHEMA, CalibratedGuard, GuardProfile, apply_profile, fit_profile, load_profile

__all__ = [
    "METHODS",
    "SCHEMA",
    "CalibratedGuard",
    "Calibrator",
    "GuardProfile",
    "apply_profile",
    "brier_score",
    "expected_calibration_error",
    "fit_calibrator",
    "fit_profile",
    "fit_temperature",
    "load_profile",
    "operating_metrics",
    "pav",
    "threshold_at_fpr",
]

_WHERE = {
    **dict.fromkeys(("METHODS", "Calibrator", "brier_score", "expected_calibration_error", "fit_calibrator",
                     "fit_temperature", "operating_metrics", "pav", "threshold_at_fpr"), "_fit"),
    **dict.fromkeys(("SCHEMA", "CalibratedGuard", "GuardProfile", "apply_profile", "fit_profile", "load_profile"),
                    "_profile"),
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
