"""Evidence sentences of the extractor shown inside the article text they came from.

Article text is untrusted: every piece is escaped, and only our own <mark> wraps it.
"""

from __future__ import annotations

import re

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe


def highlight_evidence(text: str, evidence: dict[str, list[str]]) -> SafeString:
    """The article text, escaped, with every evidence sentence inside <mark>."""
    spans: list[tuple[int, int, str]] = []
    for field_name, sentences in (evidence or {}).items():
        for sentence in sentences or []:
            match = _find_sentence(text, sentence)
            if match is not None:
                spans.append((match[0], match[1], str(field_name)))
    spans.sort()
    pieces: list[SafeString] = []
    position = 0
    for start, end, field_name in spans:
        if start < position:  # overlapping evidence: the earlier mark covers it
            continue
        pieces.append(escape(text[position:start]))
        pieces.append(format_html('<mark title="{}">{}</mark>', field_name, text[start:end]))
        position = end
    pieces.append(escape(text[position:]))
    # Every piece is escaped or built by format_html; joining them keeps that.
    return mark_safe("".join(pieces))  # noqa: S308


def _find_sentence(text: str, sentence: str) -> tuple[int, int] | None:
    sentence = (sentence or "").strip()
    if len(sentence) < 8:
        return None
    index = text.find(sentence)
    if index >= 0:
        return index, index + len(sentence)
    words = sentence.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(word) for word in words[:60])
    found = re.search(pattern, text)
    return (found.start(), found.end()) if found else None
