"""The Django command is a thin wrapper: JSON Lines out, exit code 0, no database."""

import io
import json

from django.core.management import call_command
from extraction_samples import SIGNED_ABBREVIATIONS


def test_command_prints_one_json_line_per_input(tmp_path):
    article = tmp_path / "artikel.txt"
    article.write_text(SIGNED_ABBREVIATIONS, encoding="utf-8")
    out = io.StringIO()
    call_command(
        "extract_agreement",
        str(article),
        str(tmp_path / "hilang.txt"),
        "--published",
        "2020-03",
        stdout=out,
    )
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in records] == [str(article), str(tmp_path / "hilang.txt")]
    assert records[0]["signed_on"] == "2020-03-12"
    assert records[1]["error"]


def test_command_reads_jsonl(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "x-1", "text": SIGNED_ABBREVIATIONS, "published": "2020"}))
    out = io.StringIO()
    call_command("extract_agreement", "--jsonl", str(src), stdout=out)
    (record,) = [json.loads(line) for line in out.getvalue().splitlines()]
    assert record["id"] == "x-1" and record["is_agreement"] is True
