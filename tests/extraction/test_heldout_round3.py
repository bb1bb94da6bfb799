"""Field-by-field score of the extractor on the third held-out round (heldout_round3.py).

Same matching rules and thresholds as test_heldout.py. Run as a script for a report of
every miss: ``.venv/bin/python tests/extraction/test_heldout_round3.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]  # also when run as a script
from heldout_round3 import ARTICLES  # noqa: E402
from test_heldout import THRESHOLDS, score  # noqa: E402

# Round 3 as first measured, before the rule changes it prompted (for the record only).
BEFORE = {
    "relevance_accuracy": 0.967,
    "party_f1": 1.000,
    "opd_f1": 0.958,
    "sector_f1": 0.906,
    "signed_on_accuracy": 1.000,
    "signatory_f1": 1.000,
    "place_accuracy": 1.000,
}


@pytest.fixture(scope="module")
def round3_metrics() -> dict[str, float]:
    return score(ARTICLES)[0]


def test_round3_set_is_large_and_balanced():
    positives = sum(a["expected"]["is_agreement"] for a in ARTICLES)
    assert len(ARTICLES) >= 30
    assert positives >= 20 and len(ARTICLES) - positives >= 10
    assert len({a["id"] for a in ARTICLES}) == len(ARTICLES)


@pytest.mark.parametrize("metric", sorted(THRESHOLDS))
def test_round3_metric_reaches_threshold(round3_metrics, metric):
    assert round3_metrics[metric] >= THRESHOLDS[metric], round3_metrics


if __name__ == "__main__":
    figures, report = score(ARTICLES)
    print("\n".join(report))
    for key, value in figures.items():
        print(f"{key}: {value:.3f}")
