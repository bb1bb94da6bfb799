"""Follow-up demo data: dated actions, activities and monitoring reports.

Synthetic agreements get a believable mix, bulk-inserted per batch like the agreements
themselves: a "signed" action for every signed agreement, DPRD submissions and approvals (the
recent ones often still waiting: open deadlines), terminations as
actions (matching the agreement's termination date, as ``services.actions`` keeps them),
"ended" for expired agreements; activities for about half of them and semester reports for
about a third. The rest of those signed over a year ago, in force and without news, are
dormant, so the badge, the filter and the home page card have something to show. The seed
agreement gets its own, entered through the services.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from agreements.models import (
    ActionKind,
    Activity,
    ActivityState,
    Agreement,
    AgreementAction,
    AgreementOpd,
    AgreementParty,
    Document,
    DocumentKind,
    MonitoringReport,
    ReportPeriod,
)

#: One scanned text every synthetic "naskah" row points at: 100,000 demo agreements, one file.
DEMO_SCAN = "documents/demo/naskah-demo.pdf"

ACTIVITY_TITLES = [
    "Rapat koordinasi tindak lanjut",
    "Penyusunan rencana aksi bersama",
    "Studi tiru dan kunjungan kerja",
    "Pelatihan bersama aparatur",
    "Pameran dan temu usaha",
    "Pertukaran data dan informasi",
    "Penyusunan Perjanjian Kerja Sama (PKS) teknis",
]
REPORT_SUMMARY = "Kegiatan berjalan sesuai rencana aksi; koordinasi antar-OPD rutin (data demo)."
REPORT_PROBLEMS = "Anggaran kegiatan lanjutan belum tersedia di DPA tahun berjalan."
REPORT_FOLLOW_UP = "Diusulkan dalam perubahan APBD; rapat koordinasi berikutnya dijadwalkan."


def follow_up_generate(agreement_ids: list[int], *, rng: random.Random, today=None) -> None:
    """Actions, activities and reports for the given (synthetic) agreements, in bulk."""
    today = today or timezone.localdate()
    rows = list(
        Agreement.objects.filter(pk__in=agreement_ids)
        .with_status()
        .values("pk", "signed_on", "ends_on", "terminated_on", "termination_reason", "status")
    )
    opds: dict[int, list[int]] = {}
    for agreement_id, opd_id in AgreementOpd.objects.filter(
        agreement_id__in=agreement_ids
    ).values_list("agreement_id", "opd_id"):
        opds.setdefault(agreement_id, []).append(opd_id)
    actions, activities, reports = [], [], []
    for row in rows:
        signed_on = row["signed_on"]
        if signed_on is None:
            continue
        pk = row["pk"]
        actions.append(AgreementAction(agreement_id=pk, kind=ActionKind.SIGNED, date=signed_on))
        actions += _dprd_steps(pk, signed_on, row, rng, today)
        if row["terminated_on"]:
            actions.append(
                AgreementAction(
                    agreement_id=pk,
                    kind=ActionKind.TERMINATED,
                    date=row["terminated_on"],
                    note=row["termination_reason"],
                )
            )
        elif row["ends_on"] and row["ends_on"] < today:
            actions.append(
                AgreementAction(agreement_id=pk, kind=ActionKind.ENDED, date=row["ends_on"])
            )
        # Nothing happens under an agreement after it ended or was terminated; one in force
        # may have activities planned for the coming year.
        until = min(day for day in (row["terminated_on"], row["ends_on"], today) if day)
        horizon = until
        if until == today:
            horizon = min(day for day in (today + timedelta(days=365), row["ends_on"]) if day)
        roll = rng.random()
        if roll < 0.5:
            activities += _activities(pk, signed_on, horizon, opds.get(pk, []), rng, today)
        if roll < 0.3:
            filed = _reports(pk, signed_on, until, rng, today)
            reports += filed
            actions += [
                AgreementAction(
                    agreement_id=pk, kind=ActionKind.MONEV_FILED, date=r.filed_on, note=str(r)
                )
                for r in filed
            ]
    _records_filled_in(agreement_ids, rng)
    AgreementAction.objects.bulk_create(actions, batch_size=2000)
    Activity.objects.bulk_create(activities, batch_size=2000)
    MonitoringReport.objects.bulk_create(reports, batch_size=2000, ignore_conflicts=True)


def _dprd_steps(pk, signed_on, row, rng, today) -> list[AgreementAction]:
    """About a third go to the DPRD after the signing: submitted, then approved. Those signed in
    the last four months and still in force are mostly still waiting for the answer, so the
    open deadline ("Persetujuan DPRD ditunggu sampai …") shows on their pages."""
    recent = signed_on >= today - timedelta(days=120) and not row["terminated_on"]
    if rng.random() >= (0.6 if recent else 0.3):
        return []
    if recent and rng.random() < 0.8:
        # Submitted in the last weeks: the answer is due within the coming month.
        submitted = max(signed_on, today - timedelta(days=rng.randint(0, 25)))
        return [AgreementAction(agreement_id=pk, kind=ActionKind.DPRD_SUBMITTED, date=submitted)]
    submitted = min(signed_on + timedelta(days=rng.randint(3, 25)), today)
    steps = [AgreementAction(agreement_id=pk, kind=ActionKind.DPRD_SUBMITTED, date=submitted)]
    approved = min(submitted + timedelta(days=rng.randint(10, 60)), today)
    steps.append(AgreementAction(agreement_id=pk, kind=ActionKind.DPRD_APPROVED, date=approved))
    return steps


def _records_filled_in(agreement_ids: list[int], rng: random.Random) -> None:
    """Most records get their signatories and document numbers, many a scanned text, so the
    completeness table ranges from poor to good (call before the search vector is built)."""
    filled = {pk for pk in agreement_ids if rng.random() < 0.6}
    scanned = [pk for pk in agreement_ids if pk in filled and rng.random() < 0.6]
    parties = list(
        AgreementParty.objects.filter(agreement_id__in=filled).select_related("province")
    )
    for party in parties:
        party.signatory_title = f"Gubernur {party.province.name}" if party.province_id else ""
        party.signatory_name = party.signatory_name or "Penanda tangan (data demo)"
        party.document_number = f"{party.agreement_id}/KSD/{party.position + 1}"
    AgreementParty.objects.bulk_update(
        parties, ["signatory_name", "signatory_title", "document_number"], batch_size=2000
    )
    if scanned:
        size = _demo_scan_ensure()
        Document.objects.bulk_create(
            [
                Document(
                    agreement_id=pk,
                    title="Naskah yang ditandatangani (data demo)",
                    kind=DocumentKind.SIGNED_TEXT,
                    file=DEMO_SCAN,
                    content_type="application/pdf",
                    size=size,
                )
                for pk in scanned
            ],
            batch_size=2000,
        )


def _demo_scan_ensure() -> int:
    """The shared demo scan, written once; its size."""
    if default_storage.exists(DEMO_SCAN):
        return default_storage.size(DEMO_SCAN)
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    default_storage.save(DEMO_SCAN, ContentFile(buffer.getvalue()))
    return len(buffer.getvalue())


def _activities(pk, signed_on, until, opd_ids, rng, today) -> list[Activity]:
    result = []
    span = max((until - signed_on).days, 1)
    for index in range(rng.randint(1, 3)):
        planned_start = signed_on + timedelta(days=rng.randint(min(30, span), min(540, span)))
        planned_end = planned_start + timedelta(days=rng.randint(1, 90))
        if planned_start > today:
            state, progress, actual_start, actual_end = ActivityState.PLANNED, 0, None, None
        else:
            state = rng.choice(
                [ActivityState.DONE] * 4
                + [ActivityState.IN_PROGRESS, ActivityState.STALLED, ActivityState.CANCELLED]
            )
            actual_start = planned_start + timedelta(days=rng.randint(0, 20))
            actual_start = min(actual_start, today)
            actual_end = None
            progress = {"done": 100, "cancelled": 0}.get(state, rng.randint(10, 80))
            if state == ActivityState.DONE:
                actual_end = min(actual_start + timedelta(days=rng.randint(1, 60)), today)
        result.append(
            Activity(
                agreement_id=pk,
                title=ACTIVITY_TITLES[(pk + index) % len(ACTIVITY_TITLES)],
                opd_id=rng.choice(opd_ids) if opd_ids else None,
                planned_start=planned_start,
                planned_end=planned_end,
                actual_start=actual_start,
                actual_end=actual_end,
                state=state,
                progress=progress,
                outputs="Notulen dan daftar hadir" if state == ActivityState.DONE else "",
                budget=rng.choice([None, 25_000_000, 50_000_000, 150_000_000]),
            )
        )
    return result


def _reports(pk, signed_on, until, rng, today) -> list[MonitoringReport]:
    result = []
    year, period = (
        signed_on.year,
        (ReportPeriod.FIRST_SEMESTER if signed_on.month <= 6 else ReportPeriod.SECOND_SEMESTER),
    )
    for _ in range(rng.randint(1, 4)):
        end = date(year, 6, 30) if period == ReportPeriod.FIRST_SEMESTER else date(year, 12, 31)
        filed_on = end + timedelta(days=rng.randint(10, 45))
        if filed_on > today or end > until:
            break
        result.append(
            MonitoringReport(
                agreement_id=pk,
                year=year,
                period=period,
                summary=REPORT_SUMMARY,
                problems=REPORT_PROBLEMS if rng.random() < 0.5 else "",
                follow_up=REPORT_FOLLOW_UP,
                filed_on=filed_on,
            )
        )
        if period == ReportPeriod.FIRST_SEMESTER:
            period = ReportPeriod.SECOND_SEMESTER
        else:
            year, period = year + 1, ReportPeriod.FIRST_SEMESTER
    return result


@transaction.atomic
def demo_follow_up_ensure(agreements, *, seed: int = 1) -> int:
    """Follow-up for demo agreements that have no action yet (a demo loaded before the
    follow-up existed); return how many agreements got some. Safe to run again."""
    ids = list(
        agreements.exclude(actions__isnull=False).order_by("pk").values_list("pk", flat=True)
    )
    from agreements.services.agreements import agreement_after_write

    rng = random.Random(seed)
    for start in range(0, len(ids), 2000):
        batch = ids[start : start + 2000]
        follow_up_generate(batch, rng=rng)
        agreement_after_write(agreement_ids=batch)
    return len(ids)


@transaction.atomic
def seed_follow_up_ensure(agreement: Agreement, *, user=None) -> None:
    """The seed agreement's timeline, two activities and its first-semester 2020 report,
    through the services like any editor's entry; nothing when it has actions already."""
    from agreements.services.actions import action_record
    from agreements.services.implementation import activity_save, report_file

    if agreement.actions.exists():
        return
    for party in agreement.parties.all():
        action_record(
            agreement=agreement,
            kind=ActionKind.SIGNED,
            date=agreement.signed_on,
            party=party,
            user=user,
        )
    opds = {link.opd.name: link.opd for link in agreement.agreement_opds.select_related("opd")}
    activity_save(
        activity=Activity(
            agreement=agreement,
            title="Pelatihan Kepemimpinan Nasional Tingkat II bagi pejabat Provinsi Jambi",
            opd=opds.get("Badan Pengembangan Sumber Daya Manusia"),
            planned_start=date(2020, 6, 1),
            planned_end=date(2020, 9, 30),
            actual_start=date(2020, 8, 3),
            actual_end=date(2020, 11, 27),
            state=ActivityState.DONE,
            progress=100,
            outputs="30 peserta lulus; laporan penyelenggaraan",
            budget=450_000_000,
        ),
        user=user,
    )
    activity_save(
        activity=Activity(
            agreement=agreement,
            title="Replikasi aplikasi perjalanan dinas luar negeri",
            opd=opds.get("Biro Pembangunan dan Kerjasama"),
            planned_start=date(2020, 7, 1),
            planned_end=date(2020, 12, 31),
            actual_start=date(2020, 9, 14),
            state=ActivityState.STALLED,
            progress=40,
            outputs="Kode sumber diterima; penyesuaian server tertunda",
        ),
        user=user,
    )
    report_file(
        report=MonitoringReport(
            agreement=agreement,
            year=2020,
            period=ReportPeriod.FIRST_SEMESTER,
            summary=(
                "Rapat koordinasi kedua provinsi pada April 2020 menetapkan rencana aksi; "
                "pelatihan kepemimpinan dijadwalkan pada semester II."
            ),
            problems="Pembatasan perjalanan karena pandemi COVID-19 menunda kunjungan kerja.",
            follow_up="Kegiatan tatap muka dialihkan ke pertemuan daring bila memungkinkan.",
            filed_on=date(2020, 7, 20),
        ),
        user=user,
    )
