"""Data completeness: the important fields an agreement lacks, its score, the list filters
and the per-province table (the share of complete agreements)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from agreements.models import Agreement, AgreementOpd, CompletenessItem, Document, DocumentKind
from agreements.selectors.followup import completeness_by_province, missing_items
from tests.factories import AgreementFactory, OpdFactory, ScopeItemFactory, minimal_pdf

pytestmark = pytest.mark.django_db


def complete_agreement(provinces=("15", "32")):
    agreement = AgreementFactory(provinces=list(provinces))
    agreement.parties.update(signatory_name="Gubernur", document_number="1/KSD")
    AgreementOpd.objects.create(agreement=agreement, opd=OpdFactory(province_id=provinces[0]))
    ScopeItemFactory(agreement=agreement)
    Document.objects.create(
        agreement=agreement,
        title="Naskah",
        kind=DocumentKind.SIGNED_TEXT,
        file=SimpleUploadedFile("naskah.pdf", minimal_pdf()),
        content_type="application/pdf",
    )
    return agreement


def annotated(agreement):
    return Agreement.objects.with_completeness().get(pk=agreement.pk)


def test_a_bare_record_lacks_everything_but_its_expiry():
    bare = annotated(AgreementFactory())
    assert bare.completeness == 16  # 1 of 6, rounded down
    assert missing_items(bare) == [
        label for value, label in CompletenessItem.choices if value != CompletenessItem.EXPIRY
    ]


def test_filling_in_each_field_completes_the_record():
    agreement = complete_agreement()
    assert annotated(agreement).completeness == 100
    assert missing_items(annotated(agreement)) == []
    # One party without its signatory or number is enough to miss them.
    agreement.parties.filter(province_id="32").update(signatory_name="", document_number="")
    assert set(missing_items(annotated(agreement))) == {
        CompletenessItem.SIGNATORIES.label,
        CompletenessItem.NUMBERS.label,
    }


def test_list_filters_by_completeness_and_by_the_missing_field(client, make_user):
    complete, bare = complete_agreement(), AgreementFactory()
    client.force_login(make_user("Viewer"))

    def listed(query):
        return set(client.get(f"/agreements/?{query}").context["table"].data)

    assert listed("completeness=complete") == {complete}
    assert listed("completeness=incomplete") == {bare}
    assert listed("missing=scan") == {bare}
    assert listed("missing=expiry") == set()
    assert client.get("/agreements/?missing=nonsense").status_code == 200


def test_the_province_table_gives_each_province_its_share():
    complete_agreement(("15", "32"))
    AgreementFactory(provinces=["15", "11"])
    rows = {row.code: row for row in completeness_by_province()}
    assert (rows["15"].agreements, rows["15"].complete, rows["15"].share) == (2, 1, 0.5)
    assert (rows["32"].agreements, rows["32"].complete) == (1, 1)
    assert rows["11"].missing[CompletenessItem.SCAN] == 1
    assert rows["11"].missing[CompletenessItem.EXPIRY] == 0
    # Least complete first.
    assert next(iter(rows)) == "11"


def test_the_completeness_page_links_each_gap_to_its_list(client, make_user):
    AgreementFactory(provinces=["15", "11"])
    client.force_login(make_user("Viewer"))
    page = client.get("/completeness/").content.decode()
    assert "Aceh" in page
    assert "/agreements/?province=11&amp;missing=scan" in page
