"""The read-only JSON API (/api/v1/), built on Django REST framework and drf-spectacular."""
