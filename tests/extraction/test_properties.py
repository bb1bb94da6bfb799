from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agreements.extraction import extract
from agreements.extraction.pipeline import CONTRACT_KEYS

WORDS = st.sampled_from(
    [
        "Pemprov",
        "Jabar",
        "Kepri",
        "menandatangani",
        "MoU",
        "dengan",
        "Gubernur",
        "Bank",
        "(12/3)",
        "Kamis",
        "di",
        "Hotel",
        "Dinas",
        "Kehutanan",
        "(Dishut)",
        "akan",
        ",",
        ".",
        "\n",
        "Kota",
        "se-Indonesia",
        "disaksikan",
        "2020",
        "Rp",
        "\u2013",
        '"',
        "yang",
        "diwakili",
        "Sekda",
        "PKS",
    ]
)


def check(record):
    assert set(CONTRACT_KEYS) <= set(record)
    assert isinstance(record["is_agreement"], bool)
    assert isinstance(record["parties"], list) and isinstance(record["sectors"], list)
    assert record["signed_on"] is None or len(record["signed_on"]) == 10


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(), st.one_of(st.none(), st.text(max_size=12)))
def test_never_raises_on_arbitrary_text(text, published):
    check(extract(text, published=published).to_contract_dict("x"))


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    st.lists(WORDS, max_size=60).map(" ".join),
    st.sampled_from([None, "2020", "2020-03", "2020-03-12"]),
)
def test_never_raises_on_agreement_like_word_salad(text, published):
    check(extract(text, published=published).to_contract_dict("x"))
