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
from django.db import connection, transaction
from django.utils import timezone

from agreements.demo import bulk
from agreements.models import (
    ActionKind,
    Activity,
    ActivityState,
    Agreement,
    AgreementOpd,
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
    """Actions, activities and reports for the given (stored, synthetic) agreements, with
    their signatories and scans filled in (COPY, no model instances)."""
    today = today or timezone.localdate()
    rows = (
        Agreement.objects.filter(pk__in=agreement_ids)
        .order_by("pk")
        .values_list("pk", "signed_on", "ends_on", "terminated_on", "termination_reason")
    )
    opds: dict[int, list[int]] = {}
    for agreement_id, opd_id in (
        AgreementOpd.objects.filter(agreement_id__in=agreement_ids)
        .order_by("pk")
        .values_list("agreement_id", "opd_id")
    ):
        opds.setdefault(agreement_id, []).append(opd_id)
    planned = FollowUpRows()
    for row in rows:
        follow_up_plan(planned, row, opds.get(row[0], []), rng, today)
    filled, scanned = records_filled_in(agreement_ids, rng)
    with connection.cursor() as cursor:
        # The same texts as for a new synthetic agreement (``signatories_of``).
        cursor.execute(
            "UPDATE agreements_agreementparty AS party SET"
            " signatory_name = CASE WHEN party.signatory_name = '' THEN %s"
            " ELSE party.signatory_name END,"
            " signatory_title = COALESCE('Gubernur ' || (SELECT province.name FROM"
            " agreements_province AS province WHERE province.code = party.province_id), ''),"
            " document_number = party.agreement_id || '/KSD/' || (party.position + 1)"
            " WHERE party.agreement_id = ANY(%s)",
            [DEMO_SIGNATORY, sorted(filled)],
        )
        bulk.copy_follow_up(cursor, planned, scanned, demo_scan(scanned))


#: Who signed, in a synthetic record that has its signatories.
DEMO_SIGNATORY = "Penanda tangan (data demo)"


class FollowUpRows:
    """COPY rows of one batch: ``bulk.ACTION_COLUMNS``, ``ACTIVITY_COLUMNS``, ``REPORT_COLUMNS``."""

    __slots__ = ("actions", "activities", "reports")

    def __init__(self) -> None:
        self.actions: list[tuple] = []
        self.activities: list[tuple] = []
        self.reports: list[tuple] = []


def follow_up_plan(out: FollowUpRows, agreement, opd_ids, rng: random.Random, today) -> None:
    """Append the follow-up of one agreement, ``(pk, signed_on, ends_on, terminated_on,
    termination_reason)``, to ``out``."""
    pk, signed_on, ends_on, terminated_on, termination_reason = agreement
    if signed_on is None:
        return
    actions = out.actions
    actions.append((pk, ActionKind.SIGNED, signed_on, ""))
    actions += _dprd_steps(pk, signed_on, terminated_on, rng, today)
    if terminated_on:
        actions.append((pk, ActionKind.TERMINATED, terminated_on, termination_reason))
    elif ends_on and ends_on < today:
        actions.append((pk, ActionKind.ENDED, ends_on, ""))
    # Nothing happens under an agreement after it ended or was terminated; one in force
    # may have activities planned for the coming year.
    until = min(day for day in (terminated_on, ends_on, today) if day)
    horizon = until
    if until == today:
        horizon = min(day for day in (today + timedelta(days=365), ends_on) if day)
    roll = rng.random()
    if roll < 0.5:
        out.activities += _activities(pk, signed_on, horizon, opd_ids, rng, today)
    if roll < 0.3:
        filed = _reports(pk, signed_on, until, rng, today)
        out.reports += filed
        labels = _period_labels()
        actions += [(pk, ActionKind.MONEV_FILED, r[6], f"{labels[r[2]]} {r[1]}") for r in filed]


def _dprd_steps(pk, signed_on, terminated_on, rng: random.Random, today) -> list[tuple]:
    """About a third go to the DPRD after the signing: submitted, then approved. Those signed in
    the last four months and still in force are mostly still waiting for the answer, so the
    open deadline ("Persetujuan DPRD ditunggu sampai …") shows on their pages."""
    recent = signed_on >= today - timedelta(days=120) and not terminated_on
    if rng.random() >= (0.6 if recent else 0.3):
        return []
    if recent and rng.random() < 0.8:
        # Submitted in the last weeks: the answer is due within the coming month.
        submitted = max(signed_on, today - timedelta(days=rng.randint(0, 25)))
        return [(pk, ActionKind.DPRD_SUBMITTED, submitted, "")]
    submitted = min(signed_on + timedelta(days=rng.randint(3, 25)), today)
    approved = min(submitted + timedelta(days=rng.randint(10, 60)), today)
    return [
        (pk, ActionKind.DPRD_SUBMITTED, submitted, ""),
        (pk, ActionKind.DPRD_APPROVED, approved, ""),
    ]


def _period_labels() -> dict[str, str]:
    # As str(MonitoringReport): the period's label in the active language, then the year.
    return {value: str(label) for value, label in ReportPeriod.choices}


def records_filled_in(agreement_ids: list[int], rng: random.Random) -> tuple[set[int], list]:
    """Which records get their signatories and document numbers, and which of those a
    scanned text, so the completeness table ranges from poor to good."""
    filled = {pk for pk in agreement_ids if rng.random() < 0.6}
    scanned = [pk for pk in agreement_ids if pk in filled and rng.random() < 0.6]
    return filled, scanned


def demo_scan(scanned: list[int]) -> tuple[str, int] | None:
    """The demo scan's path and size when some agreement gets it."""
    return (DEMO_SCAN, demo_scan_ensure()) if scanned else None


def demo_scan_ensure() -> int:
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


def _activities(pk, signed_on, until, opd_ids, rng, today) -> list[tuple]:
    """Rows of ``bulk.ACTIVITY_COLUMNS``."""
    result = []
    span = max((until - signed_on).days, 1)
    for index in range(rng.randint(1, 3)):
        planned_start = signed_on + timedelta(days=rng.randint(min(30, span), min(540, span)))
        planned_end = planned_start + timedelta(days=rng.randint(1, 90))
        if planned_start > today:
            state, progress, actual_start, actual_end = ActivityState.PLANNED, 0, None, None
        else:
            state = rng.choice(_STATES)
            actual_start = planned_start + timedelta(days=rng.randint(0, 20))
            actual_start = min(actual_start, today)
            actual_end = None
            progress = {"done": 100, "cancelled": 0}.get(state, rng.randint(10, 80))
            if state == ActivityState.DONE:
                actual_end = min(actual_start + timedelta(days=rng.randint(1, 60)), today)
        result.append(
            (
                pk,
                ACTIVITY_TITLES[(pk + index) % len(ACTIVITY_TITLES)],
                rng.choice(opd_ids) if opd_ids else None,
                planned_start,
                planned_end,
                actual_start,
                actual_end,
                state,
                progress,
                "Notulen dan daftar hadir" if state == ActivityState.DONE else "",
                rng.choice(_BUDGETS),
            )
        )
    return result


_STATES = [ActivityState.DONE] * 4 + [
    ActivityState.IN_PROGRESS,
    ActivityState.STALLED,
    ActivityState.CANCELLED,
]
_BUDGETS = [None, 25_000_000, 50_000_000, 150_000_000]


def _reports(pk, signed_on, until, rng, today) -> list[tuple]:
    """Rows of ``bulk.REPORT_COLUMNS``: (pk, year, period, summary, problems, follow_up,
    filed_on)."""
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
        problems = REPORT_PROBLEMS if rng.random() < 0.5 else ""
        result.append((pk, year, period, REPORT_SUMMARY, problems, REPORT_FOLLOW_UP, filed_on))
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
