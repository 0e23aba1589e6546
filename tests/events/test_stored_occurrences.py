"""An event's stored occurrences follow its page row, in the transaction that saves it."""

import datetime

import pytest

from events import signal_handlers
from events.models import EventOccurrence, EventPage


@pytest.mark.django_db
def test_publishing_a_new_schedule_stores_its_occurrences_and_a_draft_does_not(site_tree_en):
    event = EventPage.objects.get(pk=site_tree_en.pages["event"].pk)
    event.recurrence = "FREQ=WEEKLY;COUNT=3"
    event.save_revision()  # a draft: the published schedule stays as it was
    assert EventOccurrence.objects.filter(event=event).count() == 1

    event.get_latest_revision().publish()
    starts = list(
        EventOccurrence.objects.filter(event=event)
        .order_by("start")
        .values_list("start", flat=True)
    )
    assert [later - starts[0] for later in starts] == [
        datetime.timedelta(0),
        datetime.timedelta(weeks=1),
        datetime.timedelta(weeks=2),
    ]


@pytest.mark.django_db
def test_a_row_whose_occurrences_cannot_be_stored_is_not_saved_either(site_tree_en, monkeypatch):
    event = EventPage.objects.get(pk=site_tree_en.pages["event"].pk)
    title = event.title

    def fail(page):
        raise RuntimeError("the occurrences could not be stored")

    monkeypatch.setattr(signal_handlers, "store_occurrences", fail)
    event.title = "Renamed"
    with pytest.raises(RuntimeError):
        event.save()
    assert EventPage.objects.get(pk=event.pk).title == title
