"""The forms' renderer keeps the HTML of widgets it rendered, yet a reader always sees the
options and choices of now: a renamed agency, the value just chosen, the page's language."""

import re

import pytest
from django import forms
from django.forms.renderers import get_default_renderer
from django.utils import translation

from egecms.core.form_rendering import RememberingRenderer, render_key


def agency_options(response):
    select = re.search(r'<select name="agency".*?</select>', response.content.decode(), re.S)
    assert select, "the library has an agency filter"
    return select.group(0)


@pytest.mark.django_db
def test_a_renamed_agency_and_a_chosen_value_show_at_once_in_the_filters(client, site_tree_en):
    url = site_tree_en.pages["practices"].url
    oas = site_tree_en.pages["agency_oas"]
    assert "Organization of American States" in agency_options(client.get(url))
    assert "Organization of American States" in agency_options(client.get(url))  # kept

    oas.name = "Organisation of the American States"
    oas.save()
    options = agency_options(client.get(url))
    assert "Organisation of the American States" in options
    assert "Organization of American States" not in options

    chosen = agency_options(client.get(url, {"agency": oas.acronym}))
    assert re.search(rf'<option value="{oas.acronym}"[^>]* selected>', chosen)
    assert f'value="{oas.acronym}" selected' not in agency_options(client.get(url))


class Choice(forms.Form):
    colour = forms.ChoiceField(choices=[("red", "Red"), ("blue", "Blue")])


def test_a_widget_is_rendered_once_per_value_and_language():
    renderer = RememberingRenderer()
    first = Choice(data={"colour": "red"}, renderer=renderer)["colour"].as_widget()
    again = Choice(data={"colour": "red"}, renderer=renderer)["colour"].as_widget()
    other = Choice(data={"colour": "blue"}, renderer=renderer)["colour"].as_widget()
    assert first == again and 'value="red" selected' in first
    assert 'value="blue" selected' in other
    assert len(renderer._kept) == 2
    with translation.override("es"):
        Choice(data={"colour": "red"}, renderer=renderer)["colour"].as_widget()
    assert len(renderer._kept) == 3


def test_contexts_holding_more_than_plain_data_are_not_kept():
    class Opaque:
        def __str__(self):
            return "the same text, another object"

    assert render_key("t.html", {"widget": {"value": "a", "attrs": {"id": "x"}}})
    assert render_key("t.html", {"widget": {"value": Opaque()}}) is None
    assert render_key("t.html", {"form": forms.Form()}) is None


def test_the_site_renders_its_forms_with_the_remembering_renderer():
    assert isinstance(get_default_renderer(), RememberingRenderer)


class TwoRequired(forms.Form):
    first = forms.CharField()
    second = forms.CharField()


def test_each_fields_errors_keep_their_own_id():
    # Found by the HTML checker: Django's ErrorList is a list whose template reads its
    # ``field_id``; two fields with the same message must not share one rendering.
    form = TwoRequired(data={}, renderer=RememberingRenderer())
    html = str(form)
    assert 'id="id_first_error"' in html and 'id="id_second_error"' in html
    assert html.count('id="id_first_error"') == 1


def test_safe_and_plain_text_are_kept_apart():
    from django.utils.safestring import mark_safe

    assert render_key("t.html", {"label": "<b>x</b>"}) != render_key(
        "t.html",
        {"label": mark_safe("<b>x</b>")},  # noqa: S308 - a constant
    )
