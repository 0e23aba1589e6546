"""The event editor: repeat rules and their exceptions checked before saving, in the editor's
language; the next occurrences shown while editing; what was saved is never lost."""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset

from events.models import EventOccurrence, EventPage
from tests.core.test_bad_input import add_url, errors_of, event_data
from tests.form_data import edit_form_data


def post_new_event(client, site_tree_en, **overrides):
    data = event_data(
        site_tree_en.pages["agency_idb"],
        start="2027-03-10 09:00",
        end="2027-03-10 17:00",
        **overrides,
    )
    return client.post(add_url(EventPage, site_tree_en.pages["cluster"]), data)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("FREQ=MONTHLY", "Esta regla nunca termina."),
        ("FREQ=DAILY;UNTIL=20990101", "Una serie puede tener como máximo 500 ocurrencias"),
        ("FREQ=YEARLY;UNTIL=20990101", "Una serie puede abarcar como máximo 25 años"),
        ("FREQ=SOMETIMES;COUNT=2", "no se puede leer"),
    ],
)
def test_a_rule_that_cannot_be_used_is_refused_in_spanish_and_nothing_is_saved(
    client, spanish_editor, site_tree_en, rule, message
):
    pages_before = Page.objects.count()
    response = post_new_event(client, site_tree_en, recurrence=rule)
    assert response.status_code == 200
    assert "recurrence" in errors_of(response)
    assert message in response.content.decode()
    assert Page.objects.count() == pages_before


@pytest.mark.django_db
def test_a_change_to_an_occurrence_the_series_does_not_have_is_refused(
    client, spanish_editor, site_tree_en
):
    pages_before = Page.objects.count()
    response = post_new_event(
        client,
        site_tree_en,
        recurrence="FREQ=YEARLY;COUNT=3",
        date_changes=inline_formset([{"original_date": "2027-03-11", "action": "cancelled"}]),
    )
    assert response.status_code == 200
    assert "2027-03-11" in response.content.decode()
    assert Page.objects.count() == pages_before


@pytest.mark.django_db
def test_a_valid_series_is_saved_with_its_occurrences(client, spanish_editor, site_tree_en):
    response = post_new_event(
        client,
        site_tree_en,
        recurrence="FREQ=YEARLY;COUNT=3",
        date_changes=inline_formset(
            [
                {"original_date": "2028-03-10", "action": "cancelled"},
                {"original_date": "2029-03-10", "action": "moved", "new_date": "2029-03-12"},
            ]
        ),
    )
    assert response.status_code == 302, errors_of(response)
    event = EventPage.objects.get(slug="mesa-redonda")
    stored = [(o.start.date().isoformat(), o.cancelled, o.moved) for o in event.occurrences.all()]
    assert stored == [
        ("2027-03-10", False, False),
        ("2028-03-10", True, False),
        ("2029-03-12", False, True),
    ]


@pytest.mark.django_db
def test_the_editor_sees_the_next_occurrences_and_a_bad_edit_loses_nothing(
    client, spanish_editor, site_tree_en
):
    event = site_tree_en.pages["event"]
    event.recurrence = "FREQ=WEEKLY;COUNT=3"
    event.save_revision().publish()
    edit_url = reverse("wagtailadmin_pages:edit", args=(event.pk,))
    html = client.get(edit_url).content.decode()
    assert "egecms-next-occurrences" in html
    for week in range(3):
        day = (event.local_start + datetime.timedelta(weeks=week)).date()
        assert str(day.day) in html
    before = list(EventOccurrence.objects.filter(event=event).values_list("start", flat=True))
    response = client.post(edit_url, edit_form_data(event, recurrence="FREQ=WEEKLY"))
    assert response.status_code == 200
    assert "Esta regla nunca termina." in response.content.decode()
    event.refresh_from_db()
    assert event.recurrence == "FREQ=WEEKLY;COUNT=3"
    assert (
        list(EventOccurrence.objects.filter(event=event).values_list("start", flat=True)) == before
    )
