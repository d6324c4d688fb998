"""Classifiers: the one protocol (conversations in, verdicts out) and the registry of named guards/judges."""

from ._protocol import BaseClassifier, Classifier, run_sync
from ._registry import ENTRY_POINT_GROUP, list_classifiers, load_classifier, register_classifier

__all__ = [
    "ENTRY_POINT_GROUP",
    "BaseClassifier",
    "Classifier",
    "list_classifiers",
    "load_classifier",
    "register_classifier",
    "run_sync",
]
