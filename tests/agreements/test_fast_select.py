"""The list's filter form writes its select boxes in Python: the same markup as Django's."""

import pytest
from django import forms
from django.test.html import parse_html

from agreements.fast_select import FastSelect
from agreements.filters import AgreementFilter
from agreements.models import Agreement

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("value", [None, "32", "<x>"])
def test_a_fast_select_is_django_s_select(value):
    choices = [("", "Semua provinsi"), ("15", "Jambi"), ("32", "Jawa Barat & <b>"), ("<x>", "X")]
    attrs = {"id": "id_province", "required": True, "disabled": False, "aria-label": "Prov"}
    django_html = forms.Select(choices=choices).render("province", value, attrs)
    ours = FastSelect(choices=choices).render("province", value, attrs)
    assert parse_html(ours) == parse_html(django_html)


def test_the_list_filter_form_uses_it_and_keeps_the_choice():
    data = {"province": "32", "status": "active"}
    form = AgreementFilter(data, queryset=Agreement.objects.all()).form
    assert type(form.fields["province"].widget) is FastSelect
    html = str(form["province"])
    assert '<option value="32" selected>Jawa Barat</option>' in html
    assert 'name="province"' in html and 'id="id_province"' in html
