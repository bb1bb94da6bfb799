"""The admin: the entry UI for bureau staff and the review queue.

- ``agreements``: reference data and agreements with their parts on one page
  (``agreement_forms``: the cross-row rules of that page; ``resources``: CSV/XLSX import and export)
- ``news``: news sources, their runs and the articles they found
- ``review``: the review queue of candidates (``review_forms``: accept, merge and reject)
- ``users``: users with their bureau's regions

Each module registers its model admins when Django's admin autodiscovery imports this package.
"""

from agreements.admin import agreements, news, review, users

__all__ = ["agreements", "news", "review", "users"]
