"""Staff dashboard pages. Views only pick inputs and templates; reads live in selectors."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.http import require_GET
from django_filters.views import FilterView
from django_tables2 import RequestConfig, SingleTableMixin

from agreements import audit, charts, exports, read_cache, selectors
from agreements.evidence import highlight_evidence
from agreements.filters import AgreementFilter, ArticleFilter
from agreements.models import Agreement, Article, Document, Province, Sector
from agreements.tables import AgreementTable, ArticleTable

PER_PAGE = 25
PAGINATION = {"per_page": PER_PAGE, "paginator_class": read_cache.CachedCountPaginator}


def _aggregate(request, name: str, parts: tuple, compute):
    """A page's aggregate from the read cache; one fingerprint query per request."""
    if not hasattr(request, "_data_fingerprint"):
        request._data_fingerprint = read_cache.data_fingerprint()
    return read_cache.cached(name, parts, compute, fingerprint=request._data_fingerprint)


def _filter_key(agreement_filter: AgreementFilter) -> tuple:
    return tuple(sorted((key, tuple(values)) for key, values in agreement_filter.data.lists()))


def _names() -> dict[str, str]:
    return dict(Province.objects.values_list("code", "name"))


def _filtered(request, keep: tuple[str, ...] | None = None) -> AgreementFilter:
    data = request.GET
    if keep is not None:
        data = data.copy()
        for key in list(data):
            if key not in keep:
                del data[key]
    return AgreementFilter(data, queryset=Agreement.objects.all(), request=request)


@require_GET
@permission_required("agreements.view_agreement", raise_exception=True)
def home(request):
    figures = _aggregate(request, "key_figures", (), selectors.key_figures)
    per_year = _aggregate(request, "signings_per_year", (), selectors.signings_per_year)
    context = {
        "figures": figures,
        "per_year": per_year,
        "per_year_chart": charts.bar_chart([(str(row["year"]), row["count"]) for row in per_year]),
        "sectors": _aggregate(
            request, "top_sectors", (10,), lambda: selectors.top_sectors(limit=10)
        ),
        "expiring": selectors.expiring_soon(limit=10),
        "latest": selectors.latest_agreements(limit=10),
        "articles_this_month": selectors.articles_this_month(),
        "latest_articles": selectors.latest_articles(limit=8),
        "expiring_days": settings.EXPIRING_WITHIN_DAYS,
    }
    return render(request, "agreements/home.html", context)


MAP_FILTERS = ("sector", "status", "year_from", "year_to", "type", "cooperation_class")


@require_GET
@permission_required("agreements.view_agreement", raise_exception=True)
def map_view(request):
    agreement_filter = _filtered(request, keep=MAP_FILTERS)
    counts = _aggregate(
        request,
        "per_province",
        _filter_key(agreement_filter),
        lambda: selectors.agreements_per_province(agreement_filter.qs),
    )
    names = _names()
    rows = sorted(
        (
            {"code": code, "name": name, "count": counts.get(code, 0)}
            for code, name in names.items()
        ),
        key=lambda row: (-row["count"], row["code"]),
    )
    context = {
        "filter": agreement_filter,
        "map": charts.choropleth(counts, names),
        "rows": rows,
        "query": agreement_filter.form.data.urlencode() if agreement_filter.is_bound else "",
    }
    return render(request, "agreements/map.html", context)


@require_GET
@permission_required("agreements.view_agreement", raise_exception=True)
def province_detail(request, code: str):
    province = get_object_or_404(Province, code=code)
    agreements = selectors.agreement_list_queryset().involving(code)
    table = AgreementTable(agreements, prefix="a-")
    RequestConfig(request, paginate=PAGINATION).configure(table)
    partners = _aggregate(request, "partners", (code,), lambda: selectors.partner_ranking(code))
    partner_counts = {row["province"]: row["count"] for row in partners}
    involving = Agreement.objects.involving(code)
    signings = {
        row["year"]: row["count"]
        for row in _aggregate(
            request, "province_signings", (code,), lambda: selectors.signings_per_year(involving)
        )
    }
    expiries = {
        row["year"]: row["count"]
        for row in _aggregate(
            request, "province_expiries", (code,), lambda: selectors.expiries_per_year(involving)
        )
    }
    years = sorted(set(signings) | set(expiries))
    context = {
        "province": province,
        "table": table,
        "partners": partners,
        "partner_map": charts.choropleth(partner_counts, _names(), highlight=code),
        "sectors": _aggregate(
            request, "province_sectors", (code,), lambda: selectors.sectors_of_province(code)
        ),
        "opds": _aggregate(
            request, "province_opds", (code,), lambda: selectors.opds_involved(code)
        ),
        "timeline": [
            {"year": year, "signed": signings.get(year, 0), "ending": expiries.get(year, 0)}
            for year in years
        ],
        "articles": selectors.latest_articles(limit=10, province=code),
        "timeline_series": [_("ditandatangani"), pgettext("tanggal berakhir", "berakhir")],
        "timeline_chart": charts.bar_chart(
            [(str(year), (signings.get(year, 0), expiries.get(year, 0))) for year in years]
        ),
    }
    return render(request, "agreements/province.html", context)


@require_GET
@permission_required("agreements.view_agreement", raise_exception=True)
def province_pair(request, code: str, partner: str):
    provinces = Province.objects.in_bulk([code, partner])
    if code not in provinces or partner not in provinces or code == partner:
        raise Http404
    agreements = list(selectors.pair_agreements(code, partner))
    context = {
        "province": provinces[code],
        "partner": provinces[partner],
        "agreements": agreements,
        "chains": _chains(agreements),
    }
    return render(request, "agreements/pair.html", context)


def _chains(agreements: list[Agreement]) -> list[list[Agreement]]:
    """Group a pair's agreements into renewal chains (oldest first), from loaded rows only."""
    by_id = {agreement.pk: agreement for agreement in agreements}
    successor_of = {a.predecessor_id: a for a in agreements if a.predecessor_id in by_id}
    starts = [a for a in agreements if a.predecessor_id not in by_id]
    chains = []
    for start in starts:
        chain, current = [start], start
        while current.pk in successor_of and len(chain) < len(agreements):
            current = successor_of[current.pk]
            chain.append(current)
        chains.append(chain)
    return chains


@require_GET
@permission_required("agreements.view_agreement", raise_exception=True)
def sector_detail(request, code: str):
    sector = get_object_or_404(Sector, code=code)
    in_sector = Agreement.objects.in_sector(sector.code)
    table = AgreementTable(selectors.agreement_list_queryset().in_sector(sector.code), prefix="a-")
    RequestConfig(request, paginate=PAGINATION).configure(table)
    per_year = _aggregate(
        request,
        "sector_per_year",
        (code,),
        lambda: selectors.signings_per_year(in_sector),
    )
    context = {
        "sector": sector,
        "table": table,
        "provinces": _aggregate(
            request, "sector_provinces", (code,), lambda: selectors.most_active_provinces(in_sector)
        ),
        "per_year": per_year,
        "per_year_chart": charts.bar_chart([(str(row["year"]), row["count"]) for row in per_year]),
    }
    return render(request, "agreements/sector.html", context)


class AgreementListView(PermissionRequiredMixin, SingleTableMixin, FilterView):
    permission_required = "agreements.view_agreement"
    raise_exception = True
    filterset_class = AgreementFilter
    table_class = AgreementTable
    template_name = "agreements/agreement_list.html"
    # The table paginates (with a cached count); ListView must not count the rows again.
    table_pagination = PAGINATION

    def get_queryset(self):
        return selectors.agreement_list_queryset()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["export_query"] = self.request.GET.urlencode()
        return context


@require_GET
@permission_required("agreements.export_agreement", raise_exception=True)
def agreement_export(request):
    agreement_filter = _filtered(request)
    if not agreement_filter.is_valid():
        raise Http404
    export_format = request.GET.get("format", "csv")
    if export_format not in exports.FORMATS:
        raise Http404
    return exports.export_response(agreement_filter.qs, export_format=export_format)


@require_GET
@permission_required("agreements.view_agreement", raise_exception=True)
def agreement_detail(request, pk: int):
    try:
        agreement = selectors.agreement_detail(pk)
    except Agreement.DoesNotExist:
        raise Http404 from None
    scope_by_sector: dict = {}
    for item in agreement.scope_items.all():
        for sector in item.sectors.all() or [None]:
            scope_by_sector.setdefault(sector, []).append(item)
    context = {
        "agreement": agreement,
        "lineage": selectors.lineage(agreement),
        "scope_by_sector": sorted(
            scope_by_sector.items(), key=lambda pair: (pair[0] is None, str(pair[0] or ""))
        ),
        "can_edit": request.user.has_perm("agreements.change_agreement"),
        "source_articles": selectors.source_articles(agreement),
    }
    return render(request, "agreements/agreement_detail.html", context)


@require_GET
@permission_required("agreements.change_agreement", raise_exception=True)
def agreement_history(request, pk: int):
    agreement = get_object_or_404(Agreement, pk=pk)
    context = {"agreement": agreement, "entries": audit.agreement_audit_trail(agreement)}
    return render(request, "agreements/agreement_history.html", context)


@require_GET
@permission_required("agreements.view_document", raise_exception=True)
def document_download(request, pk: int, document_id: int):
    document = get_object_or_404(Document, pk=document_id, agreement_id=pk)
    return FileResponse(
        document.file.open("rb"),
        as_attachment=True,
        filename=document.file.name.rsplit("/", 1)[-1],
        content_type=document.content_type,
    )


NETWORK_FILTERS = ("sector", "year_from", "year_to", "status", "type", "cooperation_class")


@require_GET
@permission_required("agreements.view_agreement", raise_exception=True)
def network_view(request):
    agreement_filter = _filtered(request, keep=NETWORK_FILTERS)
    key = _filter_key(agreement_filter)
    pairs = _aggregate(request, "pairs", key, lambda: selectors.province_pairs(agreement_filter.qs))
    counts = _aggregate(
        request, "per_province", key, lambda: selectors.agreements_per_province(agreement_filter.qs)
    )
    names = _names()
    context = {
        "filter": agreement_filter,
        "network": charts.network(pairs, counts, names),
        "pairs": [{**pair, "province_name": names[pair["province"]],
                   "partner_name": names[pair["partner"]]} for pair in pairs[:50]],
    }  # fmt: skip
    return render(request, "agreements/network.html", context)


class ArticleListView(PermissionRequiredMixin, SingleTableMixin, FilterView):
    permission_required = "agreements.view_article"
    raise_exception = True
    filterset_class = ArticleFilter
    table_class = ArticleTable
    template_name = "agreements/article_list.html"
    # The table paginates (with a cached count); ListView must not count the rows again.
    table_pagination = PAGINATION

    def get_queryset(self):
        return selectors.article_list_queryset()


@require_GET
@permission_required("agreements.view_article", raise_exception=True)
def article_detail(request, pk: int):
    try:
        article = selectors.article_detail(pk)
    except Article.DoesNotExist:
        raise Http404 from None
    facts = article.extraction or {}
    context = {
        "article": article,
        "facts": facts,
        "highlighted": highlight_evidence(article.text, facts.get("evidence") or {}),
    }
    return render(request, "agreements/article_detail.html", context)
