"""Pages of regions by Kemendagri code: /regions/32.73/ (a kabupaten/kota), /regions/32/
(a province: its page is /provinces/32/)."""

from __future__ import annotations

from django.contrib.auth.decorators import permission_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET
from django_tables2 import RequestConfig

from agreements import charts
from agreements.models import Province
from agreements.querystrings import canonical_address
from agreements.selectors import regions as region_reads
from agreements.selectors.paging import CachedCountPaginator
from agreements.tables import AgreementTable, RankedRows

# As the other list pages (agreements.views.PAGINATION).
PAGINATION = {"per_page": 25, "paginator_class": CachedCountPaginator}


@require_GET
@permission_required("agreements.view_agreement", raise_exception=True)
@canonical_address
def region_detail(request, code: str):
    if "." not in code:
        if not Province.objects.filter(code=code).exists():
            raise Http404
        return redirect("agreements:province", code=code, permanent=True)
    page = region_reads.regency_page(code)
    if page is None:
        raise Http404
    table = AgreementTable(RankedRows(page.agreements, ""), prefix="a-")
    RequestConfig(request, paginate=PAGINATION).configure(table)
    context = {
        "regency": page.regency,
        "table": table,
        "partners": page.partners,
        "per_year": page.per_year,
        "per_year_chart": charts.bar_chart(
            [(str(r["year"]), r["count"]) for r in charts.every_year(page.per_year)]
        ),
    }
    return render(request, "agreements/regency.html", context)


def province_regency_context(request, code: str) -> dict:
    """What the province page shows of its kabupaten/kota, apart from its own agreements."""
    # Rows by id, as on the other lists: a walk by signing day for the few that name one of
    # its kabupaten/kota is read once per change of the data, not on every request.
    rows = RankedRows(region_reads.regency_agreements_of_province(code), "")
    table = AgreementTable(rows, prefix="r-")
    # Ten per page: the province's own agreements above are the page's main list.
    RequestConfig(request, paginate={**PAGINATION, "per_page": 10}).configure(table)
    return {"regency_table": table, "regencies": region_reads.regencies_with_counts(code)}
