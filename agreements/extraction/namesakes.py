"""Region codes of the kabupaten and kota among the parties, and one of two namesakes."""

from __future__ import annotations

from agreements.extraction.gazetteer import _region_key, get_gazetteer
from agreements.extraction.other_parties import Party


def with_region_codes(parties: list[Party], named: frozenset[str]) -> list[Party]:
    """Codes for kabupaten and kota; a name that several provinces share is settled by the
    provinces the text names (``named``), or left without a code."""
    gaz = get_gazetteer()
    for party in parties:
        if party.level in {"regency", "city"} and party.region_code is None:
            party.region_code = gaz.region_code(party.level, party.name, named)
    return _one_of_namesakes(parties, named)


def _one_of_namesakes(parties: list[Party], named: frozenset[str]) -> list[Party]:
    """ "Kota Banjar" and "Kabupaten Banjar" of two provinces: both only when the text gives
    each its own kind; otherwise the one it names plainly, or in a province it names."""
    gaz = get_gazetteer()
    drop: set[int] = set()
    local = [p for p in parties if p.level in {"regency", "city"}]
    for a in local:
        for b in local:
            if a.level != "regency" or b.level != "city" or id(a) in drop or id(b) in drop:
                continue
            key = _region_key(a.name)
            if key != _region_key(b.name) or min(a.confidence, b.confidence) >= 0.8:
                continue
            provinces = {
                level: {prov for _c, prov in gaz.regions.get((level, key), [])}
                for level in ("regency", "city")
            }
            if provinces["regency"] & provinces["city"]:
                continue  # "Kabupaten Bogor" and "Kota Bogor" of one province: two parties
            ranks = [
                (p.confidence, bool(provinces[p.level] & named), -parties.index(p), k)
                for k, p in enumerate((a, b))
            ]
            drop.add(id((a, b)[min(ranks)[3]]))
    return [p for p in parties if id(p) not in drop]
