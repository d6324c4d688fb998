"""Training hazmat's own models (needs the ``train`` extra: torch)."""

from ._data import DEV_SOURCES, Example, TrainingSet, load_training_set
from ._fit import FitConfig, fit_mlp, fit_platt
from ._guard import train_guard

__all__ = [
    "DEV_SOURCES",
    "Example",
    "FitConfig",
    "TrainingSet",
    "fit_mlp",
    "fit_platt",
    "load_training_set",
    "train_guard",
]
