"""Rules an agreement must satisfy, shared by the admin forms and the services.

Each function raises ``ValidationError`` with messages in the interface language, keyed by
field where a field is at fault, so the admin shows them next to the right input.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from agreements.choices import UMBRELLA_TYPES, AgreementType

if TYPE_CHECKING:
    from agreements.models import Agreement


def validate_agreement_dates(
    *,
    agreement_type: str,
    signed_on: date | None,
    effective_from: date | None,
    expires_on: date | None,
    terminated_on: date | None,
    parent: Agreement | None,
    predecessor: Agreement | None,
    pk: int | None = None,
) -> None:
    errors: dict[str, list[str]] = {}

    def add(field: str, message: str) -> None:
        errors.setdefault(field, []).append(message)

    # A signing date records what happened: an agreement still to be signed is a draft, with
    # no signing date yet (its planned date belongs in the notes), never "active" in advance.
    if signed_on and signed_on > timezone.localdate():
        add(
            "signed_on",
            _(
                "Tanggal penandatanganan tidak boleh di masa depan; kosongkan untuk "
                "kesepakatan yang belum ditandatangani (draf)."
            ),
        )
    if expires_on and signed_on and expires_on < signed_on:
        add("expires_on", _("Tanggal berakhir harus sesudah tanggal penandatanganan."))
    if expires_on and effective_from and expires_on < effective_from:
        add("expires_on", _("Tanggal berakhir harus sesudah tanggal mulai berlaku."))
    if terminated_on and signed_on and terminated_on < signed_on:
        add("terminated_on", _("Tanggal penghentian tidak boleh sebelum penandatanganan."))

    if parent is not None:
        if pk is not None and parent.pk == pk:
            add("parent", _("Kesepakatan tidak dapat menjadi induk dirinya sendiri."))
        elif parent.agreement_type not in UMBRELLA_TYPES:
            add("parent", _("Induk harus berupa Kesepakatan Bersama atau Nota Kesepakatan."))
        elif agreement_type in UMBRELLA_TYPES:
            add(
                "parent",
                _("Kesepakatan Bersama tidak memiliki induk; induk hanya untuk PKS atau adendum."),
            )
        else:
            if signed_on and parent.signed_on and signed_on < parent.signed_on:
                add(
                    "signed_on",
                    _(
                        "PKS tidak dapat ditandatangani sebelum Kesepakatan Bersama "
                        "induknya (%(date)s)."
                    )
                    % {"date": parent.signed_on},
                )
            parent_end = parent.ends_on
            own_end = expires_on
            if parent_end and own_end and own_end > parent_end:
                add(
                    "expires_on",
                    _(
                        "PKS tidak dapat berlaku melewati Kesepakatan Bersama "
                        "induknya (berakhir %(date)s)."
                    )
                    % {"date": parent_end},
                )
            if parent_end and signed_on and signed_on > parent_end:
                add(
                    "signed_on",
                    _("Kesepakatan Bersama induk sudah berakhir pada %(date)s.")
                    % {"date": parent_end},
                )
    elif agreement_type == AgreementType.ADENDUM and predecessor is None:
        add("predecessor", _("Adendum harus menunjuk naskah yang diubahnya."))

    if predecessor is not None and pk is not None and predecessor.pk == pk:
        add("predecessor", _("Kesepakatan tidak dapat menjadi pendahulu dirinya sendiri."))

    if errors:
        raise ValidationError(errors)


def validate_parties(
    parties: Iterable[tuple[str | None, str]], *, predecessor: Agreement | None
) -> None:
    """``parties`` are (region code or None, organisation name) pairs of the kept rows; a
    region code is a province's ("32") or a kabupaten/kota's ("32.73")."""
    parties = list(parties)
    keys = []
    for region_code, organisation_name in parties:
        key = ("r", region_code) if region_code else ("o", organisation_name.strip().lower())
        if key in keys:
            raise ValidationError(_("Pihak yang sama tercantum dua kali."))
        keys.append(key)
    if len(keys) < 2:
        raise ValidationError(_("Kerja sama memerlukan sekurang-kurangnya dua pihak yang berbeda."))
    if predecessor is not None:
        own = {code for code, _name in parties if code}
        previous = {
            province or regency
            for province, regency in predecessor.parties.values_list("province_id", "regency_id")
            if province or regency
        }
        if previous and not own & previous:
            raise ValidationError(
                _("Kerja sama sebelumnya (%(title)s) tidak memiliki pihak yang sama.")
                % {"title": predecessor.title}
            )


def validate_opd_provinces(
    opds: Iterable[tuple[str, str]], party_province_codes: Iterable[str]
) -> None:
    """``opds`` are (OPD label, province code); each must belong to a party province."""
    allowed = set(party_province_codes)
    strangers = [label for label, code in opds if code not in allowed]
    if strangers:
        raise ValidationError(
            _("OPD berikut bukan milik provinsi yang menjadi pihak: %(names)s.")
            % {"names": ", ".join(strangers)}
        )
