"""Field-by-field score of the extractor on the written scraped pages (written_scraped_pages.py):
genuine articles wrapped in scraping noise, and negatives where only the noise signs.

Same matching rules and thresholds as test_written_core_traps.py. Run as a script for a report of
every miss: ``.venv/bin/python tests/extraction/test_written_scraped_pages.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]  # also when run as a script
from test_written_core_traps import THRESHOLDS, score  # noqa: E402
from written_scraped_pages import ARTICLES  # noqa: E402

# This batch as first measured, before the rule changes it prompted (for the record only).
# OPD F1 0.667 is against the expected facts as first written; with r4_05 corrected to the
# dev naming convention it would have been 0.833.
BEFORE = {
    "relevance_accuracy": 0.800,
    "party_f1": 0.817,
    "opd_f1": 0.667,
    "sector_f1": 0.853,
    "signed_on_accuracy": 1.000,
    "signatory_f1": 0.988,
    "place_accuracy": 0.950,
}


@pytest.fixture(scope="module")
def scraped_page_metrics() -> dict[str, float]:
    return score(ARTICLES)[0]


def test_scraped_page_set_is_large_and_has_noise_only_negatives():
    positives = sum(a["expected"]["is_agreement"] for a in ARTICLES)
    assert len(ARTICLES) >= 25
    assert positives >= 20 and len(ARTICLES) - positives >= 5
    assert len({a["id"] for a in ARTICLES}) == len(ARTICLES)


@pytest.mark.parametrize("metric", sorted(THRESHOLDS))
def test_scraped_page_metric_reaches_threshold(scraped_page_metrics, metric):
    assert scraped_page_metrics[metric] >= THRESHOLDS[metric], scraped_page_metrics


if __name__ == "__main__":
    figures, report = score(ARTICLES)
    print("\n".join(report))
    for key, value in figures.items():
        print(f"{key}: {value:.3f}")
