"""Three outlets report one signing: one group, one decision; a replay reopens nothing."""

import datetime as dt

import pytest
from django.utils import timezone

from agreements.models import Agreement, Article, Candidate, CandidateStatus
from agreements.services import review
from agreements.services.articles import article_ingest_document
from agreements.services.events import event_lead_find

pytestmark = pytest.mark.django_db

OUTLETS = {
    "https://antara.example.id/sumbar-riau": (
        "Sumbar dan Riau Sepakati Kerja Sama Ketahanan Pangan\n\n"
        "PEKANBARU - Pemerintah Provinsi Sumatera Barat dan Pemerintah Provinsi Riau "
        "menandatangani kesepakatan bersama di bidang ketahanan pangan dan pertanian, Senin "
        "(3/6/2024), di Gedung Daerah Riau, Pekanbaru. Gubernur Sumatera Barat Mahyeldi dan "
        "Gubernur Riau Edy Natar Nasution menandatangani naskah kesepakatan itu. Ruang lingkup "
        "kerja sama mencakup pasokan beras dan cabai, pengembangan benih unggul, serta "
        "pertukaran data harga pangan."
    ),
    "https://riaupos.example.id/pangan": (
        "Riau-Sumbar Teken Kesepakatan Ketahanan Pangan\n\n"
        "Pemerintah Provinsi Riau dan Pemerintah Provinsi Sumatera Barat menandatangani "
        "kesepakatan bersama tentang ketahanan pangan pada Selasa (4/6/2024) di Balai Serindit, "
        "Pekanbaru. Kerja sama meliputi pasokan beras dan cabai serta pengembangan benih "
        "unggul, kata Gubernur Riau Edy Natar Nasution."
    ),
    "https://padek.example.id/sumbar-riau-pangan": (
        "Sumbar Gandeng Riau Jaga Pasokan Pangan\n\n"
        "Gubernur Sumatera Barat Mahyeldi dan Gubernur Riau Edy Natar Nasution menandatangani "
        "kesepakatan bersama ketahanan pangan antara Pemerintah Provinsi Sumatera Barat dan "
        "Pemerintah Provinsi Riau, Senin (3/6/2024), di Gedung Daerah Riau, Pekanbaru. "
        "Kerja sama mencakup pasokan beras, cabai dan benih unggul."
    ),
}


def _ingest(url: str, text: str):
    when = timezone.make_aware(dt.datetime(2024, 6, 4, 12))
    return article_ingest_document(
        body=text.encode(), url=url, published=when, content_type="text/plain"
    ).article


def _ingest_all():
    return [_ingest(url, text) for url, text in OUTLETS.items()]


def test_three_outlets_make_one_group_and_one_decision(superuser):
    articles = _ingest_all()
    candidates = list(Candidate.objects.filter(article__in=articles).order_by("id"))
    assert len(candidates) == 3
    lead = candidates[0]
    assert lead.event_of is None
    assert [c.event_of_id for c in candidates[1:]] == [lead.pk, lead.pk]

    review.candidate_reject(candidate_id=candidates[2].pk, user=superuser, reason="Bukan KSDD")
    statuses = set(Candidate.objects.values_list("status", "rejection_reason"))
    assert statuses == {(CandidateStatus.REJECTED, "Bukan KSDD")}

    # The feed again, and a late fourth report: nothing reopens.
    _ingest_all()
    late = _ingest(
        "https://late.example.id/pangan",
        OUTLETS["https://antara.example.id/sumbar-riau"].replace("PEKANBARU - ", "Kemarin "),
    )
    assert Candidate.objects.count() == 4
    joined = Candidate.objects.get(article=late)
    assert joined.event_of == lead and joined.status == CandidateStatus.REJECTED
    assert not Candidate.objects.filter(status=CandidateStatus.PENDING).exists()


def test_accepting_the_group_links_every_article(admin_client, superuser):
    from tests.admin.accept_post import rendered_post

    articles = _ingest_all()
    lead = Candidate.objects.get(article=articles[0])
    queue = admin_client.get("/admin/agreements/candidate/")
    assert [c.pk for c in queue.context["cl"].result_list] == [lead.pk]
    url = f"/admin/agreements/candidate/{lead.pk}/accept/"
    page = admin_client.get(url)
    html = page.content.decode()
    assert "3 laporan dari peristiwa yang sama" in html and "Balai Serindit" in html
    response = admin_client.post(url, rendered_post(page.context))
    assert response.status_code == 302
    agreement = Agreement.objects.get()
    assert set(agreement.articles.all()) == set(articles)
    assert set(Candidate.objects.values_list("status", flat=True)) == {CandidateStatus.ACCEPTED}


def test_another_event_of_the_same_provinces_is_not_grouped():
    first = _ingest(*next(iter(OUTLETS.items())))
    other = Article.objects.create(
        title="Sumbar dan Riau kerja sama pariwisata",
        url="https://x.example.id/wisata",
        canonical_url="https://x.example.id/wisata",
        content_hash="w",
        text="Pemerintah Provinsi Sumatera Barat dan Riau menandatangani kerja sama pariwisata.",
        extraction={
            **first.extraction,
            "signed_on": "2024-09-20",
        },
    )
    assert event_lead_find(article=other, facts=other.extracted_facts) is None
