"""Ensembles of guards: score fusion (mean/max/weighted/stacking), cascades, and online Hedge weighting."""

from ._factory import PREFIXES, ensemble_factory
from .cascade import CascadeEnsemble
from .fusion import METHODS, FusionEnsemble, LogisticStacker
from .hedge import HedgeEnsemble, anytime_eta, optimal_eta, regret_bound

__all__ = [
    "METHODS",
    "PREFIXES",
    "CascadeEnsemble",
    "FusionEnsemble",
    "HedgeEnsemble",
    "LogisticStacker",
    "anytime_eta",
    "ensemble_factory",
    "optimal_eta",
    "regret_bound",
]
