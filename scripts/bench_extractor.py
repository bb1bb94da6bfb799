#!/usr/bin/env python3
"""Benchmark the agreement extractor: articles per second on one core, start-up excluded.

Uses the dev-set articles (../shared/eval-dev, read at run time) when present, and always
the synthetic test articles of tests/extraction; each pass runs them all.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = (ROOT / ".." / "shared" / "eval-dev" / "articles").resolve()


def load_articles() -> list[str]:
    sys.path.insert(0, str(ROOT / "tests" / "extraction"))
    import extraction_samples

    texts = [v for k, v in vars(extraction_samples).items() if k.isupper() and isinstance(v, str)]
    if EVAL_DIR.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(EVAL_DIR.glob("*.txt"))]
    return texts


def main() -> int:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    sys.path.insert(0, str(ROOT))
    from agreements.extraction import extract

    texts = load_articles()
    extract(texts[0], published="2022-01-01")  # start-up: gazetteer and regexes
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 3.0
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for text in texts:
            extract(text, published="2022-01-01")
        done += len(texts)
    elapsed = time.perf_counter() - start
    print(f"{done} articles in {elapsed:.2f}s: {done / elapsed:.1f} articles/second (one core)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
