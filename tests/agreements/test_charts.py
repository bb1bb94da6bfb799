"""Charts that do not mislead: every year on the axis, values and a scale, honest legends."""

import re
from datetime import date

import pytest
from django.urls import reverse

from agreements import charts
from tests.factories import AgreementFactory


def test_missing_years_are_drawn_as_zero():
    rows = [{"year": 2020, "count": 3}, {"year": 2022, "count": 1}]
    assert [(r["year"], r["count"]) for r in charts.every_year(rows)] == [
        (2020, 3),
        (2021, 0),
        (2022, 1),
    ]
    assert charts.every_year([]) == []


def test_bars_stand_on_a_value_axis_and_carry_their_values():
    chart = charts.bar_chart([("2020", 3), ("2021", 0), ("2022", 7)])
    assert [tick["value"] for tick in chart["ticks"]] == [0, 4, 8]
    assert chart["show_values"]
    tallest = chart["slots"][2].bars[0]
    assert tallest.height == pytest.approx(180 * 7 / 8, abs=0.1)
    assert [t["value"] for t in charts.bar_chart([("a", 23)])["ticks"]] == [0, 15, 30]


def test_the_map_legend_has_no_class_above_the_maximum():
    legend = charts.choropleth({"15": 3, "32": 1}, {"15": "Jambi", "32": "Jawa Barat"})["legend"]
    assert [(entry.low, entry.high) for entry in legend] == [(1, 1), (2, 2), (3, 3)]
    legend = charts.choropleth({"15": 40}, {"15": "Jambi"})["legend"]
    assert legend[-1].high == 40


@pytest.mark.django_db
def test_province_timeline_is_spaced_by_years(client, make_user):
    client.force_login(make_user("Viewer"))
    for year in (2013, 2016):
        AgreementFactory(
            provinces=["15", "32"], signed_on=date(year, 1, 1), expires_on=date(year + 2, 1, 1)
        )
    page = client.get(reverse("agreements:province", args=["15"])).content.decode()
    years = re.findall(r'text-anchor="middle">(\d{4})</text>', page)
    assert years == [str(year) for year in range(2013, 2019)]
    home = client.get(reverse("agreements:home")).content.decode()
    assert re.findall(r'text-anchor="middle">(\d{4})</text>', home) == [
        "2013",
        "2014",
        "2015",
        "2016",
    ]
