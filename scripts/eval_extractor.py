#!/usr/bin/env python3
"""Score the agreement extractor on the hand-labelled dev set (../shared/eval-dev).

Builds a JSON Lines input from truth.json and the article files (id = file name, published
from truth) under var/, runs the extractor through the command's code path (cli.run),
writes var/eval/predictions.jsonl and prints the scorer's figures. The article texts are
read at run time only; nothing of them is stored in the repository.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = (ROOT / ".." / "shared" / "eval-dev").resolve()
OUT_DIR = ROOT / "var" / "eval"


def main() -> int:
    if not (EVAL_DIR / "truth.json").exists():
        print(f"no dev set at {EVAL_DIR}; nothing to score")
        return 0
    sys.path.insert(0, str(ROOT))
    from agreements.extraction.cli import run

    OUT_DIR.mkdir(parents=True, exist_ok=True)
    truth = json.loads((EVAL_DIR / "truth.json").read_text(encoding="utf-8"))
    inputs = OUT_DIR / "input.jsonl"
    with inputs.open("w", encoding="utf-8") as fh:
        for record in truth:
            article = EVAL_DIR / "articles" / record["file"]
            published = record.get("published")
            if published in (None, "", "unknown"):
                published = None
            text = article.read_text(encoding="utf-8")
            line = {
                "id": record["file"],
                "text": text,
                "published": published,
                "url": record.get("url"),
            }
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    predictions = OUT_DIR / "predictions.jsonl"
    with predictions.open("w", encoding="utf-8") as out:
        run(files=[], jsonl=str(inputs), published=None, stdout=out)
    provinces = ROOT / "agreements" / "data" / "provinces.csv"
    score = [
        sys.executable,
        str(EVAL_DIR / "score.py"),
        str(EVAL_DIR / "truth.json"),
        str(predictions),
        "--provinces",
        str(provinces),
        *sys.argv[1:],
    ]
    return subprocess.call(score)


if __name__ == "__main__":
    raise SystemExit(main())
