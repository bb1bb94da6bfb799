"""Article pages: list with filters, detail with escaped, highlighted evidence, links."""

import pytest
from django.urls import reverse
from django.utils import timezone

from agreements.demo.seed import seed_agreement_create
from agreements.models import Article, ArticleAgreement, ArticleLink

pytestmark = pytest.mark.django_db

TEXT = (
    "Bandung - Gubernur Jambi menandatangani kesepakatan bersama dengan Pemprov Jawa Barat. "
    "Penandatanganan berlangsung di Gedung Pakuan. <script>alert(1)</script> Acara ditutup."
)


@pytest.fixture
def viewer_client(client, make_user):
    client.force_login(make_user("Viewer"))
    return client


@pytest.fixture
def article():
    agreement = seed_agreement_create()
    article = Article.objects.create(
        title="Jambi dan Jabar teken kesepakatan <b>baru</b>",
        url="https://berita.example/jambi-jabar",
        canonical_url="https://berita.example/jambi-jabar",
        publisher="Berita Contoh",
        published_at=timezone.now(),
        text=TEXT,
        content_hash="x" * 64,
        is_relevant=True,
        extraction={
            "parties": [{"name": "Jambi", "level": "province", "province_code": "15"}],
            "signed_on": "2020-03-12",
            "place": "Gedung Pakuan",
            "sectors": ["kehutanan"],
            "evidence": {"place": ["Penandatanganan berlangsung di Gedung Pakuan."]},
        },
    )
    ArticleAgreement.objects.create(
        article=article,
        agreement=agreement,
        linked_by=ArticleLink.ACCEPTED,
        evidence={"place": ["Penandatanganan berlangsung di Gedung Pakuan."]},
    )
    return article


def test_article_detail_highlights_evidence_and_escapes_the_text(viewer_client, article):
    page = viewer_client.get(reverse("agreements:article", args=[article.pk])).content.decode()
    assert '<mark title="tempat">Penandatanganan berlangsung di Gedung Pakuan.</mark>' in page
    # Labels and local dates, never the extractor's codes.
    assert ">Kehutanan</a>" in page
    assert "12 Maret 2020" in page
    assert "2020-03-12" not in page
    assert ">kehutanan<" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page
    assert "&lt;b&gt;baru&lt;/b&gt;" in page
    assert "Kesepakatan Bersama Pemerintah Provinsi Jambi" in page  # linked agreement


def test_article_list_filters(viewer_client, article):
    Article.objects.create(
        title="Pasar murah", url="https://x.example/a", canonical_url="https://x.example/a",
        content_hash="y" * 64, is_relevant=False,
    )  # fmt: skip

    def titles(**params):
        response = viewer_client.get(reverse("agreements:articles"), params)
        return {row.record.title for row in response.context["table"].page.object_list}

    assert titles() == {article.title, "Pasar murah"}
    assert titles(relevant="true") == {article.title}
    assert titles(q="pasar") == {"Pasar murah"}


def test_agreement_detail_lists_its_source_articles_with_evidence(viewer_client, article):
    agreement = article.agreements.get()
    page = viewer_client.get(reverse("agreements:detail", args=[agreement.pk])).content.decode()
    assert reverse("agreements:article", args=[article.pk]) in page
    assert '<mark class="evidence">Penandatanganan berlangsung di Gedung Pakuan.</mark>' in page


def test_a_sentence_that_proves_several_facts_is_quoted_once(viewer_client, article):
    sentence = "Gubernur Jambi dan Gubernur Jawa Barat menandatangani kesepakatan di Gedung Pakuan."
    link = article.agreement_links.get()
    link.evidence = {
        key: [sentence] for key in ("parties", "signed_on", "place", "signatories", "is_agreement")
    }
    link.evidence["place"].append("  " + sentence.replace(" ", "  ") + " ")
    link.save()
    page = viewer_client.get(reverse("agreements:detail", args=[link.agreement_id])).content
    page = page.decode()
    assert page.count(sentence) == 1
    assert "(kesepakatan, pihak, tanggal, tempat, penanda tangan)" in page


def test_home_counts_articles_this_month_and_lists_the_latest(viewer_client, article):
    page = viewer_client.get(reverse("agreements:home")).content.decode()
    assert "artikel bulan ini" in page
    assert reverse("agreements:article", args=[article.pk]) in page


def test_unknown_article_is_404(viewer_client):
    assert viewer_client.get(reverse("agreements:article", args=[999999])).status_code == 404


def test_breadcrumbs_use_the_menu_words(viewer_client, article):
    import re

    for url in (reverse("agreements:articles"), reverse("agreements:article", args=[article.pk])):
        page = viewer_client.get(url).content.decode()
        crumbs = re.search(r'<nav class="breadcrumbs.*?</nav>', page, re.S).group(0)
        assert ">Berita<" in crumbs
        assert ">Artikel<" not in crumbs
