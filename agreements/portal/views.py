"""Public portal pages. Thin: reads come from selectors.public, over published rows only."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.cache import cache
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django_tables2 import RequestConfig

from agreements import charts
from agreements.filters import PublicAgreementFilter
from agreements.models import Province, Sector
from agreements.portal.guard import portal_language, public_page
from agreements.portal.tables import PublicAgreementTable
from agreements.querystrings import canonical_address, canonical_query, with_query
from agreements.selectors import public
from agreements.selectors.agreements import province_names
from agreements.selectors.paging import CachedCountPaginator
from agreements.services.dataset import DATASET_FILES

PER_PAGE = 25
# A missing dataset file asks for the dataset once in this many seconds (see dataset_file).
DATASET_REQUEST_SECONDS = 600

logger = logging.getLogger(__name__)


def _page(request, template: str, context: dict, *, title: str, description: str = ""):
    """Render with what every public page carries: its canonical address (the filters that
    say something, the language when it is not Indonesian), the other language's address
    and the Open Graph description."""
    lang = portal_language(request)
    query = canonical_query(request.GET, keep=None)
    canonical = request.build_absolute_uri(with_query(request.path, query))
    others = request.GET.copy()
    others["lang"] = "id" if lang == "en" else "en"
    if others["lang"] == "id":
        del others["lang"]
    context.update(
        {
            "lang": lang,
            "lang_suffix": "?lang=en" if lang == "en" else "",
            "canonical_url": canonical,
            "other_language_url": with_query(request.path, canonical_query(others)),
            "page_title": title,
            "page_description": description
            or _("Data terbuka kerja sama antardaerah di Indonesia."),
            "dataset_files": DATASET_FILES,
        }
    )
    return render(request, template, context)


def _lang_query(request) -> str:
    return "lang=en" if portal_language(request) == "en" else ""


def _table(request, queryset) -> PublicAgreementTable:
    table = PublicAgreementTable(queryset, lang_query=_lang_query(request))
    paginate = {"per_page": PER_PAGE, "paginator_class": CachedCountPaginator}
    RequestConfig(request, paginate=paginate).configure(table)
    return table


def _list_queryset():
    return public.open_agreements()


@public_page
def home(request):
    figures = public.public_figures()
    published = public.visible_agreements()
    context = {
        "figures": figures,
        "sectors": public.top_public_sectors(published),
        "latest": list(public.open_agreements()[:8]),
        "map": charts.choropleth(
            public.province_counts(),
            province_names(),
            url_name="portal:province",
            query=_lang_query(request),
        ),
    }
    return _page(request, "portal/home.html", context, title=_("Data terbuka kerja sama"))


@public_page
def map_view(request):
    counts = public.province_counts()
    names = province_names()
    context = {
        "map": charts.choropleth(
            counts, names, url_name="portal:province", query=_lang_query(request)
        ),
        "rows": sorted(
            ((code, names.get(code, code), count) for code, count in counts.items()),
            key=lambda row: (-row[2], row[1]),
        ),
    }
    return _page(request, "portal/map.html", context, title=_("Peta kerja sama"))


@public_page
@canonical_address
def agreement_list(request):
    agreement_filter = PublicAgreementFilter(
        request.GET, queryset=_list_queryset(), request=request
    )
    context = {"filter": agreement_filter, "table": _table(request, agreement_filter.qs)}
    return _page(request, "portal/agreement_list.html", context, title=_("Kesepakatan"))


@public_page
def agreement_detail(request, pk: int):
    agreement = public.open_agreement(pk)
    if agreement is None:
        raise Http404
    scope_by_sector: dict = {}
    for item in agreement.scope_items.all():
        for sector in item.sectors.all() or [None]:
            scope_by_sector.setdefault(sector, []).append(item)
    context = {
        "agreement": agreement,
        "scope_by_sector": sorted(
            scope_by_sector.items(), key=lambda pair: (pair[0] is None, str(pair[0] or ""))
        ),
    }
    parties = ", ".join(party.display_name for party in agreement.parties.all())
    return _page(
        request,
        "portal/agreement_detail.html",
        context,
        title=agreement.title,
        description=f"{agreement.get_agreement_type_display()}: {parties}",
    )


@public_page
def province_detail(request, code: str):
    province = Province.objects.filter(code=code).first()
    if province is None:
        raise Http404
    agreements = _list_queryset().involving(code)
    context = {
        "province": province,
        "table": _table(request, agreements),
        "partners": public.top_public_partners(code),
        "sectors": public.top_public_sectors(public.visible_agreements().involving(code)),
    }
    return _page(request, "portal/province.html", context, title=province.name)


@public_page
def sector_detail(request, code: str):
    sector = Sector.objects.filter(code=code).first()
    if sector is None:
        raise Http404
    context = {"sector": sector, "table": _table(request, _list_queryset().in_sector(code))}
    return _page(request, "portal/sector.html", context, title=str(sector))


@public_page
def open_data(request):
    context = {"api_docs": reverse("api:docs"), "api_root": reverse("api:agreement-list")}
    return _page(request, "portal/open_data.html", context, title=_("Data terbuka"))


@public_page(cached=False)
def dataset_file(request, name: str):
    if name not in DATASET_FILES:
        raise Http404
    path = settings.OPEN_DATA_ROOT / name
    if not path.is_file():
        # Before the first nightly run (a new installation) every page's footer linked to
        # files that were not there: the first request asks a worker to write them now.
        _dataset_request()
        if not path.is_file():
            response = _page(
                request, "portal/dataset_pending.html", {}, title=_("Berkas sedang disiapkan")
            )
            response.status_code = 503
            response["Retry-After"] = "300"
            return response
    return FileResponse(path.open("rb"), content_type=DATASET_FILES[name], as_attachment=False)


@public_page(cached=False)
def document_download(request, pk: int, document_id: int):
    document = public.open_document(pk, document_id)
    if document is None:
        raise Http404
    return FileResponse(
        document.file.open("rb"),
        content_type=document.content_type or "application/octet-stream",
        as_attachment=True,
        filename=document.file.name.rsplit("/", 1)[-1],
    )


def _dataset_request() -> None:
    """Enqueue one write of the open dataset, at most once per DATASET_REQUEST_SECONDS."""
    from agreements.tasks import open_dataset_write

    try:
        if cache.add("portal:dataset-requested", 1, DATASET_REQUEST_SECONDS):
            open_dataset_write.delay()
    except Exception:
        logger.warning("could not ask for the open dataset", exc_info=True)
