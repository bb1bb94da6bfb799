"""Staff dashboard pages. Views only pick inputs and templates; reads live in selectors."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.dateparse import parse_datetime
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.http import require_GET
from django_filters.views import FilterView
from django_tables2 import RequestConfig, SingleTableMixin

from agreements import audit, charts, exports
from agreements.accounts import PREVIOUS_LOGIN_KEY
from agreements.evidence import highlight_evidence
from agreements.filters import AgreementFilter, ArticleFilter
from agreements.map_modes import MapModeForm
from agreements.matrix import ORDERS as MATRIX_ORDERS
from agreements.matrix import partner_matrix
from agreements.models import Agreement, Document
from agreements.querystrings import canonical_address, canonical_query, with_query
from agreements.region_views import province_regency_context
from agreements.scoping import can_edit_agreement
from agreements.selectors import agreements as agreement_reads
from agreements.selectors import articles as article_reads
from agreements.selectors import pages
from agreements.selectors.chains import page_chains
from agreements.selectors.following import follow_state
from agreements.selectors.paging import CachedCountPaginator
from agreements.selectors.search import rank_text
from agreements.tables import AgreementTable, ArticleTable, RankedRows

PER_PAGE = 25
PAGINATION = {"per_page": PER_PAGE, "paginator_class": CachedCountPaginator}


def _filtered(request, keep: tuple[str, ...] | None = None) -> AgreementFilter:
    data = request.GET
    if keep is not None:
        data = data.copy()
        for key in list(data):
            if key not in keep:
                del data[key]
    return AgreementFilter(data, queryset=Agreement.objects.all(), request=request)


def _narrowed(request, queryset, *, keep: tuple[str, ...]) -> AgreementFilter:
    """The filters a drill-down link carried, over ``queryset``; ``.query`` for links on."""
    narrowed = _filtered(request, keep=keep)
    if queryset is not None:
        narrowed.queryset = queryset
    narrowed.query = canonical_query(request.GET, keep=keep)
    return narrowed


def _per_year_chart(per_year: list[dict]) -> dict:
    return charts.bar_chart([(str(r["year"]), r["count"]) for r in charts.every_year(per_year)])


def _follow(request, target: str, key) -> dict:
    """The follow button's state on an agreement, province or sector page."""
    return {
        "target": target,
        "key": key,
        "on": follow_state(user_id=request.user.pk, target=target, key=key),
    }


def _table(request, queryset) -> AgreementTable:
    table = AgreementTable(RankedRows(queryset, ""), prefix="a-")
    RequestConfig(request, paginate=PAGINATION).configure(table)
    return table


@require_GET
@permission_required("agreements.view_agreement", raise_exception=True)
def home(request):
    last_visit = parse_datetime(request.session.get(PREVIOUS_LOGIN_KEY) or "")
    page = pages.home_page(
        last_visit=last_visit, reviewer=request.user.has_perm("agreements.change_candidate")
    )
    context = {
        "last_visit": last_visit,
        "recently_changed": page.recently_changed,
        "pending_proposals": page.pending_proposals,
        "changed_since_last_visit": page.changed_since_last_visit,
        "figures": page.figures,
        "per_year": page.per_year,
        "per_year_chart": _per_year_chart(page.per_year),
        "sectors": page.sectors,
        "expiring": page.expiring,
        "latest": page.latest,
        "articles_this_month": page.articles_this_month,
        "latest_articles": page.latest_articles,
        "expiring_days": page.expiring_days,
        "implementation": page.implementation,
        "dormant": page.dormant,
        "dormant_months": page.dormant_months,
    }
    return render(request, "agreements/home.html", context)


MAP_FILTERS = ("sector", "status", "year_from", "year_to", "type", "cooperation_class")


@require_GET
@permission_required("agreements.view_agreement", raise_exception=True)
@canonical_address
def map_view(request):
    agreement_filter = _filtered(request, keep=MAP_FILTERS)
    names = agreement_reads.province_names()
    mode = MapModeForm(request.GET, names=names)
    partners_of = mode.province
    # The visible toggle: kabupaten/kota agreements counted for their province.
    with_regencies = request.GET.get("regencies") == "1" and not partners_of
    page = pages.map_page(
        agreements=agreement_filter.qs,
        filters=agreement_filter.data,
        partners_of=partners_of,
        names=names,
        with_regencies=with_regencies,
    )
    query = canonical_query(request.GET, keep=MAP_FILTERS)
    list_query = query
    if partners_of:
        list_query = canonical_query(
            _with_province(request.GET, partners_of), keep=(*MAP_FILTERS, "province")
        )
    context = {
        "filter": agreement_filter,
        "mode": mode,
        "partners_of": partners_of,
        "partners_of_name": page.names.get(partners_of or ""),
        "map": charts.choropleth(page.counts, page.names, query=query, pairs_of=partners_of),
        "rows": [row for row in page.rows if row["code"] != partners_of],
        "query": query,
        "list_query": list_query,
        "with_regencies": with_regencies,
        "toggle_query": canonical_query(request.GET, keep=MAP_FILTERS)
        + ("" if with_regencies else ("&" if query else "") + "regencies=1"),
    }
    return render(request, "agreements/map.html", context)


def _with_province(data, code: str):
    data = data.copy()
    data["province"] = code
    return data


@require_GET
@permission_required("agreements.view_agreement", raise_exception=True)
@canonical_address
def province_detail(request, code: str):
    page = pages.province_page(code)
    if page is None:
        raise Http404
    timeline = page.timeline
    # Filters carried from the map narrow the province's list of agreements.
    narrowed = _narrowed(request, page.agreements, keep=MAP_FILTERS)
    context = {
        "follow": _follow(request, "province", page.province.pk),
        "province": page.province,
        "table": _table(request, narrowed.qs),
        "narrowed": narrowed,
        "partners": page.partners,
        "partner_map": charts.choropleth(
            {row["province"]: row["count"] for row in page.partners}, page.names, highlight=code
        ),
        "sectors": page.sectors,
        "opds": page.opds,
        "timeline": timeline,
        "articles": page.articles,
        "implementation": page.implementation,
        "timeline_series": [_("ditandatangani"), pgettext("tanggal berakhir", "berakhir")],
        "timeline_chart": charts.bar_chart(
            [(str(row["year"]), (row["signed"], row["ending"])) for row in timeline]
        ),
        **province_regency_context(request, code),
    }
    return render(request, "agreements/province.html", context)


@require_GET
@permission_required("agreements.view_agreement", raise_exception=True)
@canonical_address
def province_pair(request, code: str, partner: str):
    # Filters carried from the network narrow the pair's agreements.
    narrowed = _narrowed(request, None, keep=NETWORK_FILTERS)

    def narrow(agreements):
        return narrowed.filter_queryset(agreements) if narrowed.is_valid() else agreements

    page = pages.pair_page(code, partner, narrow=narrow)
    if page is None:
        raise Http404
    # One page of the pair's agreements (the dashboard's table), and the renewal chains
    # of those rows.
    table = _table(request, page.agreements)
    rows = [row.record for row in table.page.object_list]
    context = {
        "province": page.province,
        "partner": page.partner,
        "narrowed": narrowed,
        "table": table,
        "agreements": rows,
        "chains": page_chains(rows),
    }
    return render(request, "agreements/pair.html", context)


@require_GET
@permission_required("agreements.view_agreement", raise_exception=True)
@canonical_address
def sector_detail(request, code: str):
    page = pages.sector_page(code)
    if page is None:
        raise Http404
    context = {
        "follow": _follow(request, "sector", page.sector.pk),
        "sector": page.sector,
        "table": _table(request, page.agreements),
        "provinces": page.provinces,
        "per_year": page.per_year,
        "per_year_chart": _per_year_chart(page.per_year),
    }
    return render(request, "agreements/sector.html", context)


@method_decorator(canonical_address, name="get")
class StaffTableListView(PermissionRequiredMixin, SingleTableMixin, FilterView):
    """A filtered, sortable, paginated list page (the agreement and article lists)."""

    raise_exception = True
    # The table paginates (with a cached count); ListView must not count the rows again.
    table_pagination = PAGINATION


class AgreementListView(StaffTableListView):
    permission_required = "agreements.view_agreement"
    filterset_class = AgreementFilter
    table_class = AgreementTable
    template_name = "agreements/agreement_list.html"

    def get_queryset(self):
        return agreement_reads.agreement_list_queryset()

    def get_table_data(self):
        rows = super().get_table_data()
        words = "" if self.request.GET.get("sort") else rank_text(self.request.GET.get("q", ""))
        # Without an explicit sort, the best text matches come first.
        return RankedRows(rows, words)

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
    try:
        return exports.export_response(agreement_filter.qs, export_format=export_format)
    except exports.ExportTooLarge as error:
        # Too large for one request: offered as a background export of the same filters.
        messages.warning(request, str(error))
        return redirect(with_query(reverse("agreements:export_prepare"), request.GET.urlencode()))


@require_GET
@permission_required("agreements.view_agreement", raise_exception=True)
def agreement_detail(request, pk: int):
    page = pages.agreement_page(pk)
    if page is None:
        raise Http404
    user = request.user
    writes = user.has_perm("agreements.change_agreement") or user.has_perm(
        "agreements.add_agreementaction"
    )
    # Edit and follow-up links only where they would open: the bureau's own agreements.
    in_scope = writes and can_edit_agreement(user, page.agreement)
    context = {
        "follow": _follow(request, "agreement", page.agreement.pk),
        "agreement": page.agreement,
        "lineage": page.lineage,
        "scope_by_sector": page.scope_by_sector,
        "can_edit": in_scope and user.has_perm("agreements.change_agreement"),
        "can_follow_up": in_scope,
        "source_articles": page.source_articles,
        "missing": page.missing,
        "deadlines": page.deadlines,
        "dormant_months": settings.DORMANT_AFTER_MONTHS,
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
@canonical_address
def network_view(request):
    agreement_filter = _filtered(request, keep=NETWORK_FILTERS)
    # The visible toggle, as on the map: kabupaten/kota parties counted for their province.
    with_regencies = request.GET.get("regencies") == "1"
    page = pages.network_page(
        agreements=agreement_filter.qs,
        filters=agreement_filter.data,
        with_regencies=with_regencies,
    )
    names = page.names
    query = canonical_query(request.GET, keep=NETWORK_FILTERS)
    matrix_order = request.GET.get("matrix_order", "total")
    matrix_order = matrix_order if matrix_order in MATRIX_ORDERS else "total"
    context = {
        "filter": agreement_filter,
        "query": query,
        "network": charts.network(page.pairs, page.counts, names, query=query),
        "matrix": partner_matrix(page.pairs, names, query=query, order=matrix_order),
        "matrix_order": matrix_order,
        "with_regencies": with_regencies,
        "toggle_query": query + ("" if with_regencies else ("&" if query else "") + "regencies=1"),
        "pairs": [{**pair, "province_name": names[pair["province"]],
                   "partner_name": names[pair["partner"]]} for pair in page.pairs[:50]],
    }  # fmt: skip
    return render(request, "agreements/network.html", context)


class ArticleListView(StaffTableListView):
    permission_required = "agreements.view_article"
    filterset_class = ArticleFilter
    table_class = ArticleTable
    template_name = "agreements/article_list.html"

    def get_queryset(self):
        return article_reads.article_list_queryset()


@require_GET
@permission_required("agreements.view_article", raise_exception=True)
def article_detail(request, pk: int):
    page = pages.article_page(pk)
    if page is None:
        raise Http404
    context = {
        "article": page.article,
        "facts": page.facts,
        "sectors": page.sectors,
        "agreement_type_label": page.agreement_type_label,
        "highlighted": highlight_evidence(page.article.text, page.facts.evidence_dict()),
    }
    return render(request, "agreements/article_detail.html", context)
