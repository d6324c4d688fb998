import numpy as np
import pytest
from sklearn.metrics import average_precision_score, f1_score, precision_score, recall_score

from hazmat.metrics import average_precision, best_f1_threshold, binary_metrics


@pytest.mark.parametrize("seed", range(5))
def test_metrics_equal_scikit_learn(seed: int) -> None:
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 2, 300)
    s = np.round(np.clip(y * 0.3 + rng.random(300) * 0.8, 0, 1), 2)  # rounded: many ties
    m = binary_metrics(y, s, 0.5)
    pred = s >= 0.5
    assert m.precision == pytest.approx(precision_score(y, pred))
    assert m.recall == pytest.approx(recall_score(y, pred))
    assert m.f1 == pytest.approx(f1_score(y, pred))
    assert m.auprc == pytest.approx(average_precision_score(y, s))
    assert m.fpr == pytest.approx(((pred == 1) & (y == 0)).sum() / (y == 0).sum())


def test_best_threshold_maximises_f1() -> None:
    rng = np.random.default_rng(0)
    y = rng.integers(0, 2, 200)
    s = y * 0.4 + rng.random(200) * 0.7
    t = best_f1_threshold(y, s)
    best = max(f1_score(y, s >= c) for c in np.unique(s))
    assert f1_score(y, s >= t) == pytest.approx(best)


def test_no_positives_gives_nan_auprc() -> None:
    assert np.isnan(average_precision([0, 0, 0], [0.1, 0.2, 0.3]))
    with pytest.raises(ValueError, match="0 or 1"):
        binary_metrics([0, 2], [0.1, 0.2])
