"""Reads, each a fixed, small number of queries whatever the row count.

- ``agreements``: agreement lists, counts, rankings, detail, lineage and the text search
- ``articles``: news article lists and detail
- ``pages``: what each dashboard page shows, in one call per page, with its cache keys
- ``cache``: the read cache of aggregates, keyed by a fingerprint of the data
"""
