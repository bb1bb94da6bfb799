"""Behaviour of ``manage.py extract_agreement``: inputs to JSON Lines, never raising.

Kept free of Django so that scripts and tests can call ``run`` directly.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import TextIO

from agreements.extraction.pipeline import error_dict, extract

_BLOCK_TAGS = {
    "p",
    "br",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "title",
    "section",
    "article",
    "blockquote",
    "figcaption",
    "header",
    "footer",
    "td",
}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head"}
_LOOKS_HTML = re.compile(r"<\s*(?:html|body|p|div|article|br|h1|span|!doctype)\b", re.I)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._title: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one block element per line."""
    parser = _TextCollector()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def _line(record_id: str, text: str, published: str | None, url: str | None = None) -> dict:
    try:
        return extract(text, published=published, url=url).to_contract_dict(record_id)
    except Exception as exc:
        return error_dict(record_id, f"extraction failed: {type(exc).__name__}: {exc}")


def _from_file(path: str, published: str | None) -> dict:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        return error_dict(path, f"cannot read file: {exc.strerror or exc}")
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return error_dict(path, f"not UTF-8 text: {exc.reason} at byte {exc.start}")
    if "\x00" in content:
        return error_dict(path, "binary file, not text")
    if path.lower().endswith((".html", ".htm")) or _LOOKS_HTML.search(content[:2000]):
        content = html_to_text(content)
    return _line(path, content, published)


def _from_jsonl(path: str, published: str | None) -> Iterator[dict]:
    try:
        raw = Path(path).read_bytes().decode("utf-8-sig")
    except OSError as exc:
        yield error_dict(path, f"cannot read file: {exc.strerror or exc}")
        return
    except UnicodeDecodeError as exc:
        yield error_dict(path, f"not UTF-8 text: {exc.reason} at byte {exc.start}")
        return
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        fallback_id = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield error_dict(fallback_id, f"invalid JSON: {exc.msg}")
            continue
        if not isinstance(record, dict):
            yield error_dict(fallback_id, "a JSON object was expected")
            continue
        record_id = str(record.get("id") if record.get("id") is not None else fallback_id)
        text, html = record.get("text"), record.get("html")
        if isinstance(text, str):
            content = text
        elif isinstance(html, str):
            content = html_to_text(html)
        else:
            yield error_dict(record_id, "no text or html")
            continue
        pub = record.get("published", published)
        pub = pub if isinstance(pub, str) else None
        url = record.get("url") if isinstance(record.get("url"), str) else None
        yield _line(record_id, content, pub, url)


def run(
    *,
    files: list[str] | None = None,
    jsonl: str | None = None,
    published: str | None = None,
    stdout: TextIO | None = None,
) -> int:
    """Write one JSON line per input to ``stdout``; always returns exit code 0."""
    stdout = stdout or sys.stdout

    def records() -> Iterator[dict]:
        for path in files or []:
            yield _from_file(path, published)
        if jsonl:
            yield from _from_jsonl(jsonl, published)

    # Written as they come so that a long batch shows progress and keeps memory flat.
    for record in records():
        stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    stdout.flush()
    return 0
