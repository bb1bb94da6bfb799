"""Who signed: officials in the subject or agent position of a signing, not witnesses.

"Gubernur X dan Gubernur Y menandatangani ..." (subject), "ditandatangani oleh Gubernur X"
(agent), "penandatanganan ... antara Kepala Dinas X, A, dengan Kepala Dinas Y, B" (object);
"Sekda X yang diwakili Asisten Y" -> Y signs; "Mewakili Gubernur X, Kepala Dinas Y ..." -> Y.
"""

from __future__ import annotations

import re

from agreements.extraction.gazetteer import get_gazetteer
from agreements.extraction.lexicon import ACTIVE_SIGN, PASSIVE_AGENT, SIGN_WORD, TITLE, WEEKDAY
from agreements.extraction.name_as_office import name_office_pairs, represented_and_body_pairs
from agreements.extraction.named_subjects import names_after_passive, names_before_verb
from agreements.extraction.persons import parse_person, unquote_names
from agreements.extraction.signatory_merge import Signatory, _add, _same_office, with_party_roles

__all__ = ["Signatory", "find_signatories", "people_index", "with_party_roles"]

_CUT = re.compile(
    # a semicolon ends the phrase unless the next signer follows it ("...; Pj Gubernur Aceh, X")
    r'"|;(?!\s*(?:dan\s+)?' + TITLE.pattern[2:] + r")|"
    r"\s(?:yang|untuk|tentang|terkait|di|dari|pada|dalam|bertempat|pukul|disaksikan|menyaksikan|"
    r"dihadiri|didampingi|hadir|turut|selaku|sebagai|saat|usai|setelah|guna|agar|mengatakan|"
    r"menyampaikan|kata|ujar|menandatangani|meneken|melakukan|telah|sudah|resmi|secara|"
    r"langsung|bersama-sama|masing-masing|tentang|atas|menjalin|sepakat|menyepakati|"
    r"mengadakan|adakan|melangsungkan)\b|,\s*" + WEEKDAY + r"\b|\s" + WEEKDAY + r"\b|\(\d|"
    r"\s[-\u2013\u2014]\s",
    re.I,
)
# Cuts at a place or time ("... dari ruang kerjanya di Ambon, dan Gubernur Y dari ...")
# may be followed by the next signatory; cuts at witnesses or speech may not.
_LOCATIVE_CUT = re.compile(
    r"^\s*(?:(?:di|dari|pada|bertempat|pukul)\b|\(\d|,?\s*" + WEEKDAY + r")", re.I
)  # "di" the preposition, not the "di-" of "didampingi"
_NEXT_SIGNER = re.compile(r"(?:,\s*|\s)(?:dan|serta)\s+(?=" + TITLE.pattern[2:] + r")", re.I)
_NOT_SIGNER = re.compile(
    r"\b(?:disaksikan|menyaksikan|dihadiri|didampingi|hadir|turut|kata|ujar|mengatakan)\b", re.I
)
# "Bupati X laksanakan penandatanganan": the clipped verb of press releases, like "lakukan";
# "Bupati X bersama Wali Kota Y tanda tangani MoU": the verb written apart
_SUBJECT_SIGNS = re.compile(
    ACTIVE_SIGN.pattern + r"|\b(?:laksanakan|lakukan)\s+penandatangan\w*|\btanda\s+tangani\b",
    re.I,
)
_WITNESSED_SIGNING = re.compile(r"\b(?:menyaksikan|disaksikan|saksikan)\s+(?:\S+\s+)?$", re.I)
_ACCOMPANIES = re.compile(r"\b(?:mendampingi|menemani|mengantar)\s+", re.I)
_MANDATE_BEFORE = re.compile(
    r"\b(?:arahan|instruksi|amanat|perintah|petunjuk|imbauan|himbauan)\s+(?:langsung\s+)?"
    r"(?:dari\s+)?(?:Bapak\s+)?$",
    re.I,
)
# "ditandatangani Rizal dan Gubernur Y": a signatory already introduced, by name only.
_BARE_NAME_FIRST = re.compile(
    r"(?P<name>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2})(?:,\s*|\s+)(?:dan|serta|bersama|dengan)"
    r"\s+(?=" + TITLE.pattern[2:] + r")"
)
# "Penandatanganan berlangsung di X, oleh Sekda Y": the agent after any event wording,
# unless a passive verb other than signing ("dibuka oleh", "disaksikan oleh") governs it.
_OLEH = re.compile(r"\boleh\s+(?=" + TITLE.pattern[2:] + r")", re.I)
# "penandatanganan ... oleh tiga gubernur, yakni Gubernur NTT A, Gubernur Bali B, dan ...",
# "dilakukan antara dua kepala daerah yakni Bupati X A dan Wali Kota Y B"
_OLEH_HEADS = re.compile(
    r"\b(?:oleh|antara)\s+(?:\S+\s+){0,2}?(?:gubernur|bupati|wali\s?kota|kepala\s+daerah)\s*,?\s*"
    r"(?:yakni|yaitu|masing-masing|antara\s+lain)\s*:?\s+(?=" + TITLE.pattern[2:] + r")",
    re.I,
)
_OTHER_PASSIVE = re.compile(r"\bdi(?!tandatangan|teken|lakukan|laksanakan|gelar)[a-z]{3,}\b")
# "Turut menyaksikan ... Gubernur X yang diwakili Staf Ahli Y": a sentence opening on its
# witnesses names a witness's deputy, not a signer
_WITNESS_OPENING = re.compile(r"^\W*(?:turut\s+|ikut\s+)?(?:menyaksikan|hadir|disaksikan)\b", re.I)
# "PT X diwakili Direktur Utamanya, Hari": the representative signs for his side.
_REPRESENTED_BY = re.compile(
    r"\bdi\s?wakili(?:\s+langsung)?(?:\s+oleh)?\s+(?=" + TITLE.pattern[2:] + r")", re.I
)
# "Pihak yang menandatangani LoI itu yakni Wakil Gubernur Papua X dan Gubernur Morobe Y".
_SIGNERS_ARE = re.compile(
    r"\byang\s+menandatangani\b[^.]{0,60}?\b(?:yakni|yaitu|adalah|ialah)\s*:?\s+(?="
    + TITLE.pattern[2:]
    + r")",
    re.I,
)
_REPRESENTED = re.compile(r"\byang\s+di\s?wakili(?:\s+oleh)?\b|\bdi\s?wakili(?:\s+oleh)?\b", re.I)
_REP_MARK = " \u27c2 "
_AND_BEFORE_MARK = re.compile(r"\s(?:dan|serta|dengan)\s[^\u27c2]*\u27c2")
_ON_BEHALF = re.compile(r"\b(?:mewakili|atas\s+nama|a\.\s?n\.?)\s*$", re.I)
# "... MoU dengan para pihak, Gubernur Sulbar X dan Wakil Gubernur Kalsel Y".
_OBJECT = re.compile(
    r"\b(?:antara|antar|dengan|bersama)\s+(?:para\s+pihak\s*,?\s*(?:(?:yakni|yaitu)\s+)?)?"
    r"(?=" + TITLE.pattern[2:] + r")",
    re.I,
)


# '"...," kata Bupati Mempawah Erlina usai penandatanganan MoU bersama Bupati Kubu Raya X':
# the speaker signed together with those named after "bersama".
_SPEAKER_SIGNED = re.compile(
    r"\b(?:kata|ujar|ungkap|ucap|tutur|jelas)(?:nya)?\s+(?P<who>(?="
    + TITLE.pattern[2:]
    + r")[^,.;\"]{3,80}?)\s+(?:usai|seusai|setelah|sesudah)\s+(?:melakukan\s+)?"
    r"penandatanganan\b[^.;]{0,60}?\bbersama\s+(?=" + TITLE.pattern[2:] + r")",
    re.I,
)


def _parse_phrase(
    phrase: str, base: str = "", local_names: frozenset[str] = frozenset()
) -> list[tuple[str | None, str]]:
    phrase = _REPRESENTED.sub(_REP_MARK, phrase)
    cut = _CUT.search(phrase)
    tail = ""
    if cut:
        nxt = _NEXT_SIGNER.search(phrase, cut.end())
        if (
            _LOCATIVE_CUT.match(cut.group())
            and nxt
            and not _NOT_SIGNER.search(phrase, cut.end(), nxt.start())
        ):
            tail = phrase[nxt.end() :]
        phrase = phrase[: cut.start()]
    starts = [
        m.start()
        for m in TITLE.finditer(phrase)
        if phrase[: m.start()].count("(") <= phrase[: m.start()].count(")")
    ]
    people = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(phrase)
        segment = phrase[start:end]
        if _REP_MARK.strip() in segment:
            # "Sekda X A dan Pemprov Y yang diwakili oleh ...": Pemprov Y was represented, A signs
            other = _AND_BEFORE_MARK.search(segment)
            if not other:
                continue  # this official was represented by the next one
            segment = segment[: other.start()]
        if _ON_BEHALF.search((base + phrase[:start])[-30:]):
            continue  # "mewakili Gubernur X": X did not sign himself
        parsed = parse_person(segment, local_names)
        if parsed:
            people.append(parsed)
    if tail:
        people += _parse_phrase(tail, "", local_names)
    return people


_HEAD_ROLE = re.compile(
    r"\b(?P<role>Wakil\s+Gubernur|Wagub|Gubernur|Gubri|Gubsu|Wakil\s+Bupati|Wabup|Bupati|"
    r"Wakil\s+Wali\s?kota|Wawali|Wali\s?kota|Walkot|Sekretaris\s+Daerah|Sekda(?:prov)?)\b",
    re.I,
)
_ROLE_KEYS = {
    "wagub": "wakil gubernur",
    "gubri": "gubernur",
    "gubsu": "gubernur",
    "wabup": "wakil bupati",
    "wawali": "wakil wali kota",
    "walkot": "wali kota",
    "walikota": "wali kota",
    "wakil walikota": "wakil wali kota",
    "sekretaris daerah": "sekda",
    "sekdaprov": "sekda",
}
_GOVERNOR_ALIAS_CODES = {"gubri": "14", "gubsu": "12"}
# "ditandatangani oleh kedua gubernur", "masing-masing gubernur": the heads of the parties.
# "ditandatangani penjabat gubernur dari kedua provinsi": the office first, then the parties.
_HEADS_OF_PARTIES = re.compile(
    r"\b(?:kedua|para|masing-masing|ketiga|keempat|dua|tiga|empat)\s+"
    r"(?P<role>gubernur|bupati|wali\s?kota|sekda|kepala\s+daerah|pimpinan\s+daerah)\b|"
    r"\b(?P<role2>gubernur|bupati|wali\s?kota)\s+(?:dari\s+|di\s+)?(?:kedua|ketiga|keempat|"
    r"masing-masing)\s+(?:provinsi|daerah|kabupaten|kota|pihak)\b",
    re.I,
)
_OR_DEPUTIES = re.compile(r"[^.;]{0,30}?\b(?:maupun|atau)\s+(?:para\s+)?(?:perwakilan|wakil)", re.I)
# "menandatangani Penyerahan ... Dokumen (P3D)", "menandatangani prasasti": another paper.
_OTHER_PAPER = re.compile(
    r"\s+(?:\w+\s+)?(?:penyerahan|serah\s+terima|berita\s+acara|prasasti|P3D|NPHD|"
    r"naskah\s+(?:perjanjian\s+)?hibah)\b",
    re.I,
)


def _head_key(title: str, local_names: frozenset[str]) -> tuple[str, str] | None:
    """("gubernur", "32") for "Gubernur Jawa Barat", ("bupati", "sleman") for "Bupati Sleman"."""
    role = _HEAD_ROLE.search(title)
    if not role:
        return None
    word = re.sub(r"\s+", " ", role.group("role").lower())
    key = _ROLE_KEYS.get(word, word)
    if word in _GOVERNOR_ALIAS_CODES:
        return key, _GOVERNOR_ALIAS_CODES[word]
    rest = title[role.end() :]
    province = get_gazetteer().province_re.search(rest)
    if province:
        code = get_gazetteer().province_code(province.group())
        if code:
            return key, code
    gaz = get_gazetteer()
    for word in re.findall(r"[A-Z][\w'-]+", rest):
        if word in local_names:
            return key, word.lower()
    # "Bupati Situbondo" where the text never writes "Pemkab Situbondo"
    first = re.match(r"\s*([A-Z][\w'-]+)\b", rest)
    word = first.group(1) if first else ""
    if key in {"bupati", "wali kota", "wakil bupati", "wakil wali kota"} and (
        gaz.region_code("regency", word) or gaz.region_code("city", word)
    ):
        return key, word.lower()
    return None


def people_index(
    sentences: list[str], local_names: frozenset[str] = frozenset()
) -> dict[tuple[str, str], str]:
    """Heads of regions named anywhere in the article, by office: a signatory given by title
    alone ("ditandatangani Gubernur Kalimantan Barat") is named where the article names him."""
    index: dict[tuple[str, str], str] = {}
    for text in sentences:
        for m in _HEAD_ROLE.finditer(text):
            start = m.start()
            wakil = re.search(r"\bWakil\s+$", text[max(0, start - 7) : start])
            if wakil and not m.group().lower().startswith("wakil"):
                continue  # "Wakil Gubernur" is matched as a whole
            for name, title in _parse_phrase(text[start:], "", local_names)[:1]:
                key = _head_key(title, local_names) if name else None
                if key and name:
                    index.setdefault(key, name)
        # '..." ungkap Zul Elfian, Walikota Solok': the name before the office
        for m in _SPEAKER_THEN_ROLE.finditer(text):
            for _none, title in _parse_phrase(text[m.end("name") + 1 :].lstrip(), "", local_names)[
                :1
            ]:
                key = _head_key(title, local_names)
                if key:
                    index.setdefault(key, m.group("name"))
    return index


_SPEAKER_THEN_ROLE = re.compile(
    r"\b(?:kata|ujar|ungkap|ucap|tutur|jelas|sebut|tegas|papar)(?:nya)?\s+"
    r"(?P<name>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3}),\s+(?=" + _HEAD_ROLE.pattern[2:] + r")"
)


def find_signatories(
    sentences: list[tuple[str, bool]],
    local_names: frozenset[str] = frozenset(),
    people: dict[tuple[str, str], str] | None = None,
    party_keys: list[str] | None = None,
) -> list[Signatory]:
    """``sentences``: (text, witnessed) for the counted signing sentences; ``local_names``:
    words naming regencies and cities in the article ("Sleman" in "Bupati Sleman X");
    ``people``: the article's heads of regions by office (people_index), which names the
    signatories given by title only; ``party_keys``: the parties' province codes (or local
    names, lower case), for "kedua gubernur"."""
    people = people or {}
    out: list[Signatory] = []
    for text, witnessed in sentences:
        text = unquote_names(text)
        found: list[tuple[str | None, str]] = []
        heads = None if witnessed else _HEADS_OF_PARTIES.search(text)
        if heads and (
            _NOT_SIGNER.search(text, max(0, heads.start() - 30), heads.start())
            or _OR_DEPUTIES.match(text, heads.end())
        ):
            heads = None  # "disaksikan kedua gubernur"; "bupati ..., maupun perwakilan sekda"
        if heads:
            word = (heads.group("role") or heads.group("role2")).lower()
            role = _ROLE_KEYS.get(word, word)
            # "kedua kepala daerah": whichever head each party has
            heads = role.startswith(("kepala", "pimpinan"))
            roles = ["gubernur", "bupati", "wali kota"] if heads else [role]
            for key in party_keys or []:
                role, name = next(
                    ((r, people[(r, key)]) for r in roles if (r, key) in people), (roles[0], None)
                )
                if name:
                    province = get_gazetteer().provinces.get(key)
                    where = province.name if province else key.title()
                    found.append((name, f"{role.title()} {where}"))
        # "Budi selaku Rektor X dan Ani selaku Gubernur Y": names before their offices
        pairs = [] if witnessed else name_office_pairs(text)
        if not witnessed:
            for m in _SUBJECT_SIGNS.finditer(text):
                if any(pos < m.start() for pos, _n, _o in pairs):
                    break  # the subject is named by the pairs already
                if _OTHER_PAPER.match(text, m.end()):
                    continue
                region = text[: m.start()]
                boundary = max(
                    region.rfind('"'),
                    region.rfind(";"),
                    region.rfind(" \u2013 "),
                    region.rfind(" - "),
                    region.rfind(": "),
                )
                region = region[boundary + 1 :]
                # "Ketua DPRD X mendampingi Bupati saat menandatangani": the one accompanied
                # signs, not his companion
                companion = list(_ACCOMPANIES.finditer(region))
                if companion:
                    region = region[companion[-1].end() :]
                # "menindaklanjuti arahan Presiden, Pemprov X menandatangani": whose
                # direction it follows, not who signs
                titles = [
                    t
                    for t in TITLE.finditer(region)
                    if not _MANDATE_BEFORE.search(region, max(0, t.start() - 30), t.start())
                ]
                # "Usai makan malam bersama empat gubernur di Lagoi, Gubernur Kepri Ansar
                # Ahmad langsung ... menandatangani": the first title that names someone.
                for title in titles:
                    named = _parse_phrase(
                        region[title.start() :] + " ", region[: title.start()], local_names
                    )
                    if any(name for name, _t in named):
                        found += named
                        break
                else:
                    if titles:
                        found += _parse_phrase(
                            region[titles[0].start() :] + " ",
                            region[: titles[0].start()],
                            local_names,
                        )
                    else:
                        found += names_before_verb(region)
                break
        for m in PASSIVE_AGENT.finditer(text):
            rest = text[m.end() :]
            bare = _BARE_NAME_FIRST.match(rest)
            if bare and not TITLE.match(rest):
                found.append((bare.group("name"), ""))
                rest = rest[bare.end() :]
            if TITLE.match(rest):
                found += _parse_phrase(rest, "", local_names)
            elif not bare and m.group().lower().startswith("dit"):
                found += [(name, "") for name in names_after_passive(rest, people)]
        first_sign = SIGN_WORD.search(text)
        for m in _REPRESENTED_BY.finditer(text):
            if not _WITNESS_OPENING.match(text):
                found += _parse_phrase(text[m.end() :], "", local_names)
        for m in _OLEH_HEADS.finditer(text):
            found += _parse_phrase(text[m.end() :], "", local_names)
        for m in _SPEAKER_SIGNED.finditer(text):
            found += _parse_phrase(m.group("who") + " ", "", local_names)[:1]
        found += [(name, office) for _pos, name, office in pairs]
        if not witnessed and not _WITNESS_OPENING.match(text):
            found += represented_and_body_pairs(text, _SUBJECT_SIGNS)
        for m in _SIGNERS_ARE.finditer(text):
            found += _parse_phrase(text[m.end() :], "", local_names)
        for m in _OLEH.finditer(text):
            before = text[first_sign.end() if first_sign else 0 : m.start()]
            if first_sign and first_sign.end() <= m.start() and not _OTHER_PASSIVE.search(before):
                found += _parse_phrase(text[m.end() :], "", local_names)
        for m in list(SIGN_WORD.finditer(text)) + list(ACTIVE_SIGN.finditer(text)):
            obj = _OBJECT.search(text, m.end(), m.end() + 150)
            # "menyaksikan penandatanganan itu bersama Kepala OJK": fellow guests; but
            # "menyaksikan penandatanganan ... antara Bupati X dan Wali Kota Y" names signers
            watched = _WITNESSED_SIGNING.search(text, max(0, m.start() - 30), m.start())
            if obj and not (watched and not obj.group().lower().startswith("antar")):
                found += _parse_phrase(text[obj.end() :], text[: obj.end()], local_names)
                break
        for name, title in found:
            confidence = 0.85 if name else 0.5
            if not name:
                key = _head_key(title, local_names)
                name = people.get(key) if key else None
                confidence = 0.8 if name else confidence
            _add(out, Signatory(name, title, text, confidence))
    # "Pj Bupati Tubaba Teken MoU" beside "Pj Bupati Tubaba Zaidirina": a one-word "name"
    # that is the region in another signatory's title is that region
    out = [
        s
        for s in out
        if not s.name
        or " " in s.name
        or not any(o is not s and o.name and s.name in o.title.split() for o in out)
    ]
    named = [s for s in out if s.name]
    # "Kepala Lembaga Layanan Pendidikan Tinggi (LLDIKTI)" unnamed, then "Kepala LLDIKTI,
    # Jantje": one office, written out once and named once.
    return [s for s in out if s.name or not any(_same_office(s.title, n.title) for n in named)]
