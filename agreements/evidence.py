"""Evidence sentences of the extractor shown inside the article text they came from.

Article text is untrusted: every piece is escaped, and only our own <mark> wraps it.
"""

from __future__ import annotations

import re

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _lazy


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
        label = EVIDENCE_LABELS.get(field_name, field_name)
        pieces.append(format_html('<mark title="{}">{}</mark>', label, text[start:end]))
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


# What each evidence key proves, as the reader sees it.
EVIDENCE_LABELS = {
    "is_agreement": _lazy("kesepakatan"),
    "agreement_type": _lazy("jenis"),
    "parties": _lazy("pihak"),
    "opds": _lazy("OPD"),
    "sectors": _lazy("bidang"),
    "signed_on": _lazy("tanggal"),
    "place": _lazy("tempat"),
    "signatories": _lazy("penanda tangan"),
    "prior_cooperation_since": _lazy("kerja sama sebelumnya"),
}


def distinct_evidence(evidence: dict[str, list[str]]) -> list[tuple[str, list[str]]]:
    """Each evidence sentence once, with what it proves: one sentence often names the parties,
    the date and the place, and the extractor keeps it under each of those keys."""
    proves: dict[str, list[str]] = {}
    # jsonb keeps keys in its own order; read them in the order of the facts.
    order = list(EVIDENCE_LABELS)
    keys = sorted(evidence or {}, key=lambda k: order.index(k) if k in order else len(order))
    for field_name in keys:
        sentences = evidence[field_name]
        label = str(EVIDENCE_LABELS.get(field_name, field_name))
        for sentence in sentences or []:
            key = " ".join((sentence or "").split())
            if not key:
                continue
            labels = proves.setdefault(key, [])
            if label not in labels:
                labels.append(label)
    return list(proves.items())
