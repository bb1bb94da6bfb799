"""The year an earlier cooperation between the parties began ("sejak tahun 2017")."""

from __future__ import annotations

import re

_PRIOR = re.compile(
    r"\b(?:sejak|dijajaki\s+(?:pada|sejak)|dimulai\s+(?:pada|sejak)|dirintis\s+(?:pada|sejak)|"
    r"pertama\s+kali\s+(?:\w+\s+){0,3}?(?:pada|tahun)|"
    # "memperbarui MoU tahun 2019", "memperpanjang kerja sama periode 2017-2019"
    r"(?:memperbarui|memperpanjang|melanjutkan|perpanjangan|pembaruan|pembaharuan)\s+"
    r"(?:\S+\s+){0,4}?(?:tahun|periode|pada)|"
    # "kerja sama sister province yang pernah dilakukan tahun 2010-2015"
    r"(?:pernah|sempat)\s+(?:dilakukan|dijalin|terjalin|dilaksanakan)\s+(?:pada\s+)?tahun|"
    # "berdasarkan kesepakatan tahun 1992 antara ...": an earlier agreement the new one rests on
    r"(?:berdasarkan|mengacu\s+pada|merujuk\s+pada|sesuai)\s+(?:kesepakatan|perjanjian|MoU|"
    r"nota\s+kesepahaman)(?:\s+bersama)?\s+(?:yang\s+dibuat\s+)?(?:pada\s+)?tahun)"
    r"\s+(?:tahun\s+)?((?:19|20)\d{2})\b",
    re.I,
)
# "MoU yang ditandatangani pada 2018 itu kini diperpanjang", "Sebelumnya, kedua provinsi
# telah meneken MoU pada 2017": an earlier signing by its year, said to be earlier.
_EARLIER_SIGNING = re.compile(
    r"\b(?:ditandatangani|diteken|meneken|menandatangani|disepakati)\b(?:\s+\S+){0,6}?\s+"
    r"(?:pada|tahun)\s+(?:tahun\s+)?((?:19|20)\d{2})\b(?!\s*[/-])",
    re.I,
)
_EARLIER_CUE = re.compile(
    r"\b(?:sebelumnya|pernah|sempat|diperpanjang|diperbarui|diperbaharui|kini|dulu)\b", re.I
)
_COOP = re.compile(
    r"\b(?:kerja\s*sama|kerjasama|bekerja\s*sama|bermitra|MoU\w*|kesepakatan|PKS|perjanjian|"
    r"kemitraan|hubungan)\b",
    re.I,
)


def find_prior_year(sentences: list[str], before_year: int | None) -> tuple[int | None, list[str]]:
    best: int | None = None
    evidence: list[str] = []
    for text in sentences:
        if not _COOP.search(text):
            continue
        matches = list(_PRIOR.finditer(text))
        if _EARLIER_CUE.search(text):
            matches += _EARLIER_SIGNING.finditer(text)
        for m in matches:
            year = int(m.group(1))
            if before_year and year >= before_year:
                continue
            if best is None or year < best:
                best, evidence = year, [text]
    return best, evidence
