"""News ingestion building blocks: fetching, parsing and URL hygiene, with no ORM.

Layers, each a plain function callable from a shell with a string or bytes:

- ``http.fetch``: one hardened HTTP client (SSRF checks on every hop, caps, deadlines,
  politeness, conditional GET, robots.txt); ``policy``: its limits and result type;
- ``feeds.discover``: article links from a feed, news sitemap or link-list page;
- ``pages.parse_article``: clean text and metadata of one article page;
- ``canonical_urls``: URL normalisation (canonical URLs, tracking parameters, schemes).

Errors are typed (``errors.TransientError`` retries, ``errors.PermanentError`` does not) so the
tasks in ``agreements.tasks`` know what to retry and what to record.
"""
