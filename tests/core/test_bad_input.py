"""Bad input in the page editor: a clear message in the editor's language, nothing saved."""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import Page, Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from events.models import EventPage
from practices.models import PracticePage


def add_url(model, parent):
    return reverse(
        "wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk)
    )


def form_data(data):
    """Wagtail's nested_form_data, with list values kept as multiple values of one field."""
    lists = {key: value for key, value in data.items() if isinstance(value, list)}
    flat = nested_form_data({key: value for key, value in data.items() if key not in lists})
    return {**flat, **lists}


def event_data(agency, **overrides):
    data = {
        "title": "Mesa redonda",
        "slug": "mesa-redonda",
        "summary": "Resumen",
        "date": "2026-11-01",
        "agencies": [agency.pk],
        "countries": ["PE"],
        "start": "2027-03-10 09:00",
        "end": "2027-03-10 08:00",
        "timezone": "America/Lima",
        "status": "scheduled",
        "languages": ["es"],
        "description": rich_text(""),
        "conclusions": rich_text(""),
        "comments": inline_formset([]),
        "date_changes": inline_formset([]),
        "recommendations": inline_formset([]),
    }
    data.update(overrides)
    return form_data(data)


def practice_data(agency, **overrides):
    data = {
        "title": "Ventanilla única",
        "slug": "ventanilla-unica",
        "summary": "Resumen",
        "date": "2026-11-01",
        "agencies": [agency.pk],
        "outcome": "adapt",
        "year": "2005",
        "body": streamfield([]),
        "documents": streamfield([]),
        "links": streamfield([]),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return form_data(data)


def errors_of(response):
    return response.context["form"].errors


@pytest.mark.django_db
def test_event_ending_before_it_starts_is_refused_in_spanish(client, spanish_editor, site_tree_en):
    pages_before = Page.objects.count()
    response = client.post(
        add_url(EventPage, site_tree_en.pages["cluster"]),
        event_data(site_tree_en.pages["agency_idb"]),
    )
    assert response.status_code == 200
    assert "El evento debe terminar después de su inicio." in response.content.decode()
    assert "end" in errors_of(response)
    assert Page.objects.count() == pages_before


@pytest.mark.django_db
def test_valid_event_is_saved_with_its_wall_clock_times_in_the_event_time_zone(
    client, spanish_editor, site_tree_en
):
    response = client.post(
        add_url(EventPage, site_tree_en.pages["cluster"]),
        event_data(
            site_tree_en.pages["agency_idb"],
            start="2027-03-10 09:00",
            end="2027-03-10 17:00",
            timezone="America/Sao_Paulo",
        ),
    )
    assert response.status_code == 302, errors_of(response)
    event = EventPage.objects.get(slug="mesa-redonda")
    assert event.start == datetime.datetime(2027, 3, 10, 12, 0, tzinfo=datetime.UTC)
    assert event.local_start == datetime.datetime(2027, 3, 10, 9, 0)


@pytest.mark.django_db
def test_practice_without_country_is_refused(client, spanish_editor, site_tree_en):
    pages_before = Page.objects.count()
    response = client.post(
        add_url(PracticePage, site_tree_en.pages["cluster"]),
        practice_data(site_tree_en.pages["agency_idb"]),
    )
    assert response.status_code == 200
    assert list(errors_of(response)) == ["countries"]
    assert "Elija el país (o los países) de esta práctica." in response.content.decode()
    assert Page.objects.count() == pages_before


@pytest.mark.django_db
def test_editing_an_event_into_a_bad_state_keeps_the_saved_version(
    client, spanish_editor, site_tree_en
):
    event = site_tree_en.pages["event"]
    revisions_before = Revision.objects.filter(object_id=str(event.pk)).count()
    original_end = event.end
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(event.pk,)),
        event_data(site_tree_en.pages["agency_oas"], title="Cambiado", slug=event.slug),
    )
    assert response.status_code == 200
    assert "end" in errors_of(response)
    event.refresh_from_db()
    assert event.title != "Cambiado"
    assert event.end == original_end
    assert Revision.objects.filter(object_id=str(event.pk)).count() == revisions_before
