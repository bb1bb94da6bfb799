#!/usr/bin/env python3
"""Score the agreement extractor on the hand-labelled dev set (../shared/eval-dev).

Builds a JSON Lines input from truth.json and the article files (id = file name, published
from truth) under var/, runs the extractor through the command's code path (cli.run),
writes var/eval/predictions.jsonl and prints:

1. the scorer's own figures (the same scorer runs on the held-out set elsewhere);
2. for each article, the fields it got wrong: expected vs found;
3. a reliability table per field: how often a fact is right at each confidence level.

The article texts are read at run time only; nothing of them is stored in the repository.
Options: --errors-only FIELD[,FIELD] limits part 2 to some fields; --no-articles skips it;
--set DIR scores another set laid out like eval-dev (articles/ and truth.json), with
eval-dev's scorer.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL_DIR = (ROOT / ".." / "shared" / "eval-dev").resolve()
OUT_DIR = ROOT / "var" / "eval"
FIELDS = ("is_agreement", "parties", "opds", "sectors", "signed_on", "signatories", "place")
PRIOR = "prior_cooperation_since"
# The review queue pre-fills a fact at or above this confidence.
PREFILL_THRESHOLD = 0.8
BANDS = ((0.0, 0.5), (0.5, 0.8), (0.8, 1.01))


def _load_scorer():
    """The dev set's own scorer as a module, so that "right" means what it means there."""
    spec = importlib.util.spec_from_file_location("eval_score", EVAL_DIR / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _inputs(truth: list[dict], path: Path, articles: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for record in truth:
            published = record.get("published")
            if published in (None, "", "unknown"):
                published = None
            text = (articles / record["file"]).read_text(encoding="utf-8")
            line = {"id": record["file"], "text": text, "published": published}
            line["url"] = record.get("url")
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")


def _field_results(sc, gold: dict, pred: dict, provinces: dict, sector_map: dict) -> dict:
    """{field: (right, expected, found)} for one article, judged as score.py judges."""
    gold_pos = gold["category"] in sc.POSITIVE
    pred_pos = bool(pred.get("is_agreement"))
    out = {"is_agreement": (gold_pos == pred_pos, gold["category"], pred_pos)}
    if not gold_pos:
        return out

    def code(name):
        return provinces.get(" ".join(sc.norm(name)))

    gold_codes = {
        code(p["name"]) for p in gold["parties"] if p["level"] == "province" and code(p["name"])
    }
    pred_codes = {
        str(p.get("province_code") or code(p.get("name", "")))
        for p in pred.get("parties") or []
        if (p.get("level") or "province") == "province"
        and (p.get("province_code") or code(p.get("name", "")))
    }
    out["parties"] = (
        gold_codes == pred_codes,
        sorted(gold_codes - pred_codes),
        sorted(pred_codes - gold_codes),
    )

    gold_opds = [(o, sc.opd_forms(o)) for o in gold["opds"]]
    pred_opds = [
        (o.get("name", ""), sc.opd_forms(o.get("name", ""), o.get("acronym")))
        for o in pred.get("opds") or []
    ]
    missed = [g for g, gf in gold_opds if not any(sc.opd_match(pf, gf) for _, pf in pred_opds)]
    extra = [p for p, pf in pred_opds if not any(sc.opd_match(pf, gf) for _, gf in gold_opds)]
    out["opds"] = (not missed and not extra, missed, extra)

    labels = [(lbl, set(sector_map.get(lbl, []))) for lbl in gold["sectors"]]
    labels = [(lbl, codes) for lbl, codes in labels if codes]
    allowed = set().union(*(c for _, c in labels)) if labels else set()
    pred_sectors = set(pred.get("sectors") or [])
    missed_s = [lbl for lbl, codes in labels if not codes & pred_sectors]
    extra_s = sorted(pred_sectors - allowed)
    out["sectors"] = (not missed_s and not extra_s, missed_s, extra_s)

    p_date = pred.get("signed_on")
    if gold["signed_on"]:
        date_ok = p_date == gold["signed_on"]
    else:
        partial = gold.get("signed_on_partial")
        date_ok = p_date is None or bool(partial and str(p_date)[4:].startswith(partial[1:]))
    out["signed_on"] = (date_ok, gold["signed_on"], p_date)

    gold_sig = [s["name"] for s in gold["signatories"] if s.get("name")]
    present = gold_sig + [s["name"] for s in gold.get("other_officials", []) if s.get("name")]
    pred_sig = [s.get("name") or "" for s in pred.get("signatories") or [] if s.get("name")]
    missed_p = [g for g in gold_sig if not any(sc.same_person(g, p) for p in pred_sig)]
    extra_p = [p for p in pred_sig if not any(sc.same_person(p, g) for g in present)]
    out["signatories"] = (not missed_p and not extra_p, missed_p, extra_p)

    gp, pp = gold.get("place"), pred.get("place")
    if not gp:
        place_ok = not pp
    else:
        place_ok = bool(
            pp and {t for t in sc.norm(gp) if len(t) > 3} & {t for t in sc.norm(pp) if len(t) > 3}
        )
    out["place"] = (place_ok, gp, pp)
    gold_prior = gold.get(PRIOR) or None
    pred_prior = pred.get(PRIOR) or None
    out[PRIOR] = (gold_prior == pred_prior, gold_prior, pred_prior)
    return out


def _print_errors(results: dict[str, dict], only: set[str] | None) -> None:
    print("\n== fields wrong per article (expected vs found; for lists: missed vs extra)")
    for key, fields in results.items():
        wrong = [
            (name, exp, got)
            for name, (ok, exp, got) in fields.items()
            if not ok and (not only or name in only)
        ]
        if not wrong:
            continue
        print(key)
        for name, exp, got in wrong:
            print(f"  {name}: expected {json.dumps(exp, ensure_ascii=False)}")
            print(f"  {' ' * len(name)}  found    {json.dumps(got, ensure_ascii=False)}")


def _print_reliability(results: dict[str, dict], preds: dict[str, dict]) -> bool:
    """Per field and confidence band: facts and how many were right. True if the bar holds."""
    print(
        "\n== reliability: facts right per confidence band "
        f"(bar: >= 0.90 at >= {PREFILL_THRESHOLD})"
    )
    heads = [f"[{lo:.1f},{min(hi, 1.0):.1f}{')' if hi < 1 else ']'}" for lo, hi in BANDS]
    print(f"{'field':<24}" + "".join(f"{h:>16}" for h in heads))
    holds = True
    for name in (*FIELDS, PRIOR):
        cells = []
        for lo, hi in BANDS:
            right = total = 0
            for key, fields in results.items():
                if name not in fields:
                    continue
                conf = (preds.get(key, {}).get("confidence") or {}).get(name)
                if conf is None or not lo <= conf < hi:
                    continue
                total += 1
                right += fields[name][0]
            cells.append(f"{right}/{total} {right / total:.2f}" if total else "-")
            if lo >= PREFILL_THRESHOLD and total and right / total < 0.9:
                holds = False
        print(f"{name:<24}" + "".join(f"{c:>16}" for c in cells))
    print("reliability bar: " + ("holds" if holds else "NOT MET"))
    return holds


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors-only", default="", help="comma-separated fields to list errors for")
    ap.add_argument("--no-articles", action="store_true", help="skip the per-article errors")
    ap.add_argument("--set", type=Path, default=EVAL_DIR, help="a set laid out like eval-dev")
    args = ap.parse_args()
    set_dir = args.set.resolve()
    if not (set_dir / "truth.json").exists():
        print(f"no dev set at {set_dir}; nothing to score")
        return 0
    sys.path.insert(0, str(ROOT))
    from agreements.extraction.cli import run

    OUT_DIR.mkdir(parents=True, exist_ok=True)
    truth = json.loads((set_dir / "truth.json").read_text(encoding="utf-8"))
    inputs = OUT_DIR / "input.jsonl"
    _inputs(truth, inputs, set_dir / "articles")
    predictions = OUT_DIR / "predictions.jsonl"
    with predictions.open("w", encoding="utf-8") as out:
        run(files=[], jsonl=str(inputs), published=None, stdout=out)
    provinces_csv = ROOT / "agreements" / "data" / "provinces.csv"
    score = [
        sys.executable,
        str(EVAL_DIR / "score.py"),
        str(set_dir / "truth.json"),
        str(predictions),
        "--provinces",
        str(provinces_csv),
    ]
    status = subprocess.call(score)

    sc = _load_scorer()
    provinces = sc.load_provinces(str(provinces_csv))
    sector_map = {
        k: v
        for k, v in json.loads((EVAL_DIR / "sector_labels.json").read_text()).items()
        if not k.startswith("_")
    }
    preds = {}
    for line in predictions.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        preds[Path(str(record["id"])).name] = record
    results = {
        gold["file"]: _field_results(sc, gold, preds.get(gold["file"], {}), provinces, sector_map)
        for gold in truth
    }
    if not args.no_articles:
        only = {f.strip() for f in args.errors_only.split(",") if f.strip()} or None
        _print_errors(results, only)
    _print_reliability(results, preds)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
