"""Metrics: classifier quality (P/R/F1/AUPRC/FPR) and, later, rates with intervals and grades."""

from ._classification import BinaryMetrics, average_precision, best_f1_threshold, binary_metrics, confusion

__all__ = ["BinaryMetrics", "average_precision", "best_f1_threshold", "binary_metrics", "confusion"]
