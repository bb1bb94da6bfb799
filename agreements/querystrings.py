"""Shareable addresses: the filter state in the query string, and only the part that says
something. A form submitted with empty fields (``?partner=&sector=&q=kehutanan``) is
redirected to its canonical address (``?q=kehutanan``) on the server, so links people copy are
short and two links to the same view are the same link; no JavaScript is involved."""

from __future__ import annotations

from functools import wraps
from urllib.parse import urlencode

from django.http import HttpResponseRedirect


def canonical_query(data, keep: tuple[str, ...] | None = None) -> str:
    """The non-empty parameters of ``data`` (a QueryDict), in their order; only ``keep``."""
    pairs = [
        (key, value)
        for key in data
        if keep is None or key in keep
        for value in data.getlist(key)
        if value.strip()
    ]
    return urlencode(pairs)


def with_query(url: str, query: str) -> str:
    return f"{url}?{query}" if query else url


def canonical_address(view):
    """Redirect a GET whose query string carries empty parameters to the one without them."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "GET" and any(
            not value.strip() for key in request.GET for value in request.GET.getlist(key)
        ):
            return HttpResponseRedirect(with_query(request.path, canonical_query(request.GET)))
        return view(request, *args, **kwargs)

    return wrapper


def pair_url_builder(query: str = ""):
    """``build(code, partner)``: the pair page's address with ``query``, from one ``reverse``
    (the network and its matrix link up to 1,400 pairs; a reverse each was most of the page)."""
    from django.urls import reverse

    template = with_query(reverse("agreements:pair", args=["_code_", "_partner_"]), query)
    head, rest = template.split("_code_", 1)
    middle, tail = rest.split("_partner_", 1)

    def build(code: str, partner: str) -> str:
        return f"{head}{code}{middle}{partner}{tail}"

    return build
