"""Writes, one module per concern; each function keyword-only and atomic.

- ``agreements``: agreements with their parts, OPDs, and the after-write hook
- ``sources``: news sources, their schedules and runs
- ``fetchers``: the Redis client and the per-process fetchers ingestion shares
- ``articles``: storing articles, extracting facts, matching, proposing candidates
- ``review``: a reviewer's decisions on candidates
"""
