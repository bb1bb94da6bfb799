import io
import json

from extraction_samples import PLANNED, SIGNED_ABBREVIATIONS

from agreements.extraction.cli import html_to_text, run


def lines(**kwargs):
    out = io.StringIO()
    assert run(stdout=out, **kwargs) == 0
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_one_line_per_file_with_the_path_as_id(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text(SIGNED_ABBREVIATIONS, encoding="utf-8")
    records = lines(files=[str(good), str(tmp_path / "missing.txt")], published="2020-03")
    assert [r["id"] for r in records] == [str(good), str(tmp_path / "missing.txt")]
    assert records[0]["is_agreement"] is True and records[0]["signed_on"] == "2020-03-12"
    assert "error" in records[1] and records[1]["parties"] == [] and records[1]["signed_on"] is None


def test_undecodable_file_gives_an_error_line(tmp_path):
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\xff\xfe\x00\x81 bukan utf-8")
    (record,) = lines(files=[str(bad)])
    assert record["id"] == str(bad) and "error" in record


def test_html_file_is_stripped_to_text(tmp_path):
    page = tmp_path / "c.html"
    body = "".join(f"<p>{line}</p>" for line in SIGNED_ABBREVIATIONS.splitlines())
    page.write_text(f"<html><head><script>var x=1;</script></head><body>{body}</body></html>")
    (record,) = lines(files=[str(page)], published="2020-03")
    assert record["is_agreement"] is True


def test_jsonl_input_echoes_ids_and_uses_each_publication_date(tmp_path):
    src = tmp_path / "in.jsonl"
    rows = [
        {"id": "one", "text": SIGNED_ABBREVIATIONS, "published": "2020-03"},
        {"id": "two", "html": f"<p>{PLANNED}</p>", "published": None},
        "not json",
        {"id": "four"},
    ]
    src.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows))
    records = lines(jsonl=str(src))
    assert [r["id"] for r in records] == ["one", "two", f"{src}:3", "four"]
    assert records[0]["signed_on"] == "2020-03-12"
    assert records[1]["is_agreement"] is False
    assert "error" in records[2] and "error" in records[3]


def test_html_to_text_keeps_blocks_on_lines():
    assert (
        html_to_text("<h1>Judul</h1><p>Satu &amp; dua</p><style>p{}</style>") == "Judul\nSatu & dua"
    )


def test_the_url_of_a_jsonl_record_reaches_the_extractor(tmp_path):
    import io
    import json

    from agreements.extraction.cli import run

    record = {
        "id": "a",
        "text": "Kabar Lombok - Pemprov NTB dan Pemprov Bali menandatangani kesepakatan bersama, "
        "Senin (10/6/2024).",
        "published": "2024-06-14",
        "url": "https://kabarlombok.example/berita/123",
    }
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(record), encoding="utf-8")
    out = io.StringIO()
    run(jsonl=str(path), stdout=out)
    assert json.loads(out.getvalue())["place"] is None
