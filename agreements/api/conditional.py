"""ETag and 304 for every API answer: clients polling for changes pay one small response.

The tag is a hash of the rendered body, so it changes exactly when the answer does (a new
publication, a withdrawn one, a changed field), whoever asks; ``Vary`` keeps a token's
answer apart from the anonymous one in shared caches.
"""

from __future__ import annotations

import hashlib

from django.utils.cache import patch_vary_headers
from django.utils.http import parse_etags
from rest_framework.response import Response


class ETagMixin:
    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        response.render()
        etag = '"' + hashlib.sha256(response.content).hexdigest()[:40] + '"'
        patch_vary_headers(response, ["Authorization", "Accept"])
        wanted = parse_etags(request.META.get("HTTP_IF_NONE_MATCH", ""))
        if etag in wanted or "*" in wanted:
            not_modified = Response(status=304)
            not_modified["ETag"] = etag
            patch_vary_headers(not_modified, ["Authorization", "Accept"])
            not_modified.accepted_renderer = response.accepted_renderer
            not_modified.accepted_media_type = response.accepted_media_type
            not_modified.renderer_context = response.renderer_context
            return not_modified
        response["ETag"] = etag
        return response
