"""The link to a story's next page, when a portal splits one story over several pages.

rel=next, or the pager's "Selanjutnya"/"Next" or next-number link, on the same host. No
network: the caller fetches (see ingest/stories.py).
"""

from __future__ import annotations

import re

from agreements.ingest import canonical_urls as urls

# Links that lead to a story's next page: rel=next, or the pager's "next"/"Halaman N+1".
_NEXT_WORDS = re.compile(
    r"^\W*(?:selanjutnya|berikutnya|halaman\s+(?:selanjutnya|berikutnya)|next(?:\s+page)?|"
    r"lanjut(?:kan)?(?:\s+baca)?)\W*$|^[\u00bb\u203a>]+$",
    re.I,
)
_PAGE_NUMBER = re.compile(r"^\W*(?:halaman|hal\.?|page)?\s*(\d{1,2})\W*$", re.I)
_PAGER = re.compile(r"pag(?:e|ing|ination|er)|halaman|nav-?links", re.I)


_PAGE_IN_URL = re.compile(
    r"(?:[?&](?:page|halaman|hal|p)=|/(?:page|halaman|hal)/)(\d{1,2})\b", re.I
)


def next_page_url(tree, url: str) -> str:
    """The URL of the story's next page, on the same host, or "" for a one-page story.

    Only links marked rel=next, or links inside a pager (an element whose class or id says
    so) that read "Selanjutnya"/"Next" or give the following page number. Related stories and
    category listings are links too, but never inside the story's own pager.
    """
    for node in tree.iter("link"):
        if "next" in (node.get("rel") or "").lower().split():
            found = _same_host_link(node.get("href"), url)
            if found:
                return found
    here = urls.canonicalize(url)
    numbered: dict[int, str] = {}
    # A portal page has hundreds of links: the label is read first (cheap), the pager test
    # (a walk up the tree) only for the few that read like a page link.
    for node in tree.iter("a"):
        href = node.get("href")
        if not href:
            continue
        if "next" in (node.get("rel") or "").lower().split():
            found = _same_host_link(href, url)
            if found:
                return found
        label = _label(node)
        if not label:
            continue
        next_word = _NEXT_WORDS.match(label)
        number = None if next_word else _PAGE_NUMBER.match(label)
        if not (next_word or number) or not _in_pager(node):
            continue
        if next_word:
            found = _same_host_link(href, url)
            if found:
                return found
        else:
            link = urls.absolute_link(href, base=url)
            if link:
                numbered.setdefault(int(number.group(1)), urls.canonicalize(link))
    # The page we are on: its number in the address, or the pager's link back to it.
    current = _page_number(url) or next((n for n, u in numbered.items() if u == here), 1)
    following = numbered.get(current + 1)
    return _same_host_link(following, url) if following else ""


def _label(node) -> str:
    """A link's short text ("2", "Selanjutnya »"), or "" for a longer one (a headline)."""
    if not len(node):
        text = (node.text or "").strip()
    elif len(node) <= 2:  # "<span>2</span>", "Selanjutnya <i class='icon'></i>"
        text = " ".join("".join(node.itertext()).split())
    else:
        return ""
    return text if len(text) < 40 else ""


def _page_number(url: str) -> int | None:
    found = _PAGE_IN_URL.search(url)
    return int(found.group(1)) if found else None


def _in_pager(node) -> bool:
    for ancestor in node.iterancestors():
        marks = f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}"
        if _PAGER.search(marks):
            return True
        if ancestor.tag in {"article", "main", "body"}:
            return False
    return False


def _same_host_link(href: str | None, url: str) -> str:
    link = urls.absolute_link(href, base=url)
    if not link or urls.host_key(link) != urls.host_key(url):
        return ""
    link = urls.canonicalize(link)
    return "" if link == urls.canonicalize(url) else link
