"""Importing an agency's iCalendar feed: draft events, idempotent re-imports, editors' changes
kept, bad feeds refused whole, and the admin view only for those who may add in the space."""

import datetime
import http.server
import threading
import zoneinfo
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command, execute_from_command_line
from django.core.management.base import CommandError
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, Revision

from events.ical.importing import ICalImportError, import_feed, parse_feed, planning
from events.models import EventOccurrence, EventPage, FeedImport, ImportedEvent
from events.schedule import occurrences_of
from events.views.admin import spaces_for_import
from tests import factories
from tests.form_data import edit_form_data

FIXTURES = Path(__file__).parent / "fixtures"
GOOGLE = FIXTURES / "agency_google_export.ics"
OUTLOOK = FIXTURES / "agency_outlook_export.ics"

ANNUAL = "0a1b2c3d4e5f6g7h8i9jannual@google.com"
WEBINAR = "5kq2m8r7t1v0w3x6y9z4a2b5c8@google.com"
WEEK = "3r9t7y5u1i2o4p6a8s0d2f4g6h@google.com"
WORKSHOP = "7h6g5f4d3s2a1q0w9e8r7t6y5u@google.com"
SAO_PAULO = "1z2x3c4v5b6n7m8l9k0jsaopaulo@google.com"


def google_feed(*replacements):
    text = GOOGLE.read_bytes().decode("utf-8")
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new)
    return text.encode()


def event_of(space, uid):
    return ImportedEvent.objects.get(space=space, uid=uid).event


def draft_of(space, uid):
    return event_of(space, uid).get_latest_revision_as_object()


def local(value, zone):
    return value.astimezone(zoneinfo.ZoneInfo(zone)).replace(tzinfo=None)


@pytest.fixture
def space(site_tree_en):
    """A cluster led by IDB: imported events are organised by IDB."""
    return site_tree_en.pages["cluster"]


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", password="pw")


# ---- a real-world feed ------------------------------------------------------------------


def test_a_google_calendar_export_becomes_draft_events_of_the_space(space, editor):
    before = EventPage.objects.count()

    report = import_feed(GOOGLE.read_bytes(), space=space, user=editor, source=str(GOOGLE))

    assert report.counts == {"created": 5, "updated": 0, "unchanged": 0, "skipped": 0}
    assert EventPage.objects.count() == before + 5
    for result in report.results:
        page = EventPage.objects.get(pk=result.page_id)
        assert page.get_parent().pk == space.pk
        assert page.locale_id == space.locale_id
        assert not page.live and page.has_unpublished_changes and page.first_published_at is None
        assert [agency.acronym for agency in page.agencies.all()] == ["IDB"]
        assert page.owner == editor
        assert page.latest_revision.user == editor

    annual = event_of(space, ANNUAL)
    assert annual.title == "Annual meeting of the e-Government Task Force"
    assert annual.slug == "annual-meeting-of-the-e-government-task-force"
    assert annual.timezone == "America/Lima"
    assert annual.local_start == datetime.datetime(2027, 3, 10, 9)
    assert annual.local_end == datetime.datetime(2027, 3, 10, 17)
    assert annual.recurrence == "FREQ=YEARLY;COUNT=5;WKST=SU"
    assert annual.venue == "IDB Country Office, Calle Dean Valdivia 148, San Isidro, Lima, Peru"
    assert annual.registration_url == "https://events.example.org/task-force/annual-meeting"
    assert annual.summary.startswith("The agencies of the e-Government Task Force review")
    assert "<p>Agenda:<br/>1. Report of the clusters<br/>" in annual.description
    assert "Spanish &lt;&gt; English." in annual.description  # text, never markup
    assert [(o.start.year, o.cancelled) for o in occurrences_of(annual)] == [
        (2027, False),
        (2028, False),
        (2029, True),  # EXDATE
        (2030, False),
        (2031, False),
    ]

    webinar = event_of(space, WEBINAR)
    assert webinar.timezone == "America/Mexico_City"
    assert webinar.local_start == datetime.datetime(2027, 1, 13, 10)
    assert webinar.online_url == "https://meet.google.com/abc-defg-hij" and not webinar.venue
    # Google's UNTIL (UTC) is read in the event's own zone: the last webinar is in December.
    assert "UNTIL=20271215T235959" in webinar.recurrence
    assert "<b>" not in webinar.description and "&amp; partners" in webinar.description
    changes = {
        (c.original_date, c.action, c.new_date, c.new_start_time, c.new_end_time)
        for c in webinar.date_changes.all()
    }
    assert changes == {
        (
            datetime.date(2027, 3, 10),
            "moved",
            datetime.date(2027, 3, 11),
            datetime.time(15),
            datetime.time(16, 30),
        ),
        (datetime.date(2027, 5, 12), "cancelled", None, None, None),
    }
    stored = EventOccurrence.objects.filter(event=webinar).order_by("start")
    assert stored.count() == 12
    moved = stored.get(moved=True)
    assert local(moved.start, "America/Mexico_City") == datetime.datetime(2027, 3, 11, 15)
    assert local(stored.get(cancelled=True).start, "America/Mexico_City").date() == (
        datetime.date(2027, 5, 12)
    )

    week = event_of(space, WEEK)
    assert week.all_day
    assert week.local_start == datetime.datetime(2027, 6, 14)
    assert week.local_end == datetime.datetime(2027, 6, 16)  # DTEND 17th is exclusive
    assert week.venue == "Montevideo, Uruguay"

    workshop = event_of(space, WORKSHOP)
    assert workshop.status == EventPage.Status.CANCELLED
    # A UTC time in a feed whose calendar is in Lima: 15:00Z is 10:00 in Lima.
    assert (workshop.timezone, workshop.local_start) == (
        "America/Lima",
        datetime.datetime(2027, 4, 20, 10),
    )

    sao_paulo = event_of(space, SAO_PAULO)
    assert sao_paulo.timezone == "America/Sao_Paulo"
    assert sao_paulo.local_start == datetime.datetime(2027, 9, 5, 14)
    assert sao_paulo.start == datetime.datetime(2027, 9, 5, 17, tzinfo=datetime.UTC)
    assert sao_paulo.slug == "identidade-digital-e-inclusão"
    assert sao_paulo.status == EventPage.Status.SCHEDULED
    assert sao_paulo.date == datetime.date(2027, 9, 5)


def test_an_outlook_export_with_windows_and_custom_time_zones(space):
    report = import_feed(OUTLOOK.read_bytes(), space=space)

    assert report.counts == {"created": 3, "updated": 0, "unchanged": 0, "skipped": 1}
    private = report.of("skipped")[0]
    assert (private.title, private.reason) == (
        "Team retreat",
        "marked private in the feed; not imported.",
    )
    assert not EventPage.objects.filter(title="Team retreat").exists()
    by_title = {page.title: page for page in EventPage.objects.child_of(space).specific()}
    call = by_title["Cluster coordination call"]
    assert (call.timezone, call.local_start) == (
        "America/Bogota",
        datetime.datetime(2027, 2, 2, 9, 30),
    )
    assert [c.original_date for c in call.date_changes.all()] == [datetime.date(2027, 2, 16)]
    seminar = by_title["Seminario regional de gobierno digital"]
    assert (seminar.timezone, seminar.local_start) == (
        "America/Sao_Paulo",
        datetime.datetime(2027, 8, 18, 9),
    )
    brussels = by_title["Dialogue with the European Commission"]
    assert brussels.timezone == "UTC"
    assert brussels.start == datetime.datetime(2027, 10, 15, 12, tzinfo=datetime.UTC)  # 14:00 CEST
    warnings = "\n".join(report.warnings)
    assert "“(UTC-03:00) Brasilia” was read as America/Sao_Paulo" in warnings
    assert "Europe/Berlin is not offered" in warnings


def test_a_second_space_and_a_title_already_taken_get_their_own_slug(space):
    factories.EventPageFactory(parent=space, slug="regional-e-government-week", agencies=[])

    import_feed(GOOGLE.read_bytes(), space=space)

    assert event_of(space, WEEK).slug == "regional-e-government-week-2"


# ---- idempotence, updates, editors' changes ------------------------------------------


def test_importing_the_same_feed_again_creates_and_changes_nothing(space):
    import_feed(GOOGLE.read_bytes(), space=space)
    pages, revisions = Page.objects.count(), Revision.objects.count()

    report = import_feed(GOOGLE.read_bytes(), space=space)

    assert report.counts == {"created": 0, "updated": 0, "unchanged": 5, "skipped": 0}
    assert (Page.objects.count(), Revision.objects.count()) == (pages, revisions)


def test_an_event_changed_in_the_feed_gets_a_new_draft_revision(space):
    import_feed(GOOGLE.read_bytes(), space=space)
    page = event_of(space, SAO_PAULO)
    page.get_latest_revision().publish()  # an editor published what was imported
    page.refresh_from_db()
    revisions = page.revisions.count()

    changed = google_feed(
        ("SUMMARY:Identidade digital e inclusão", "SUMMARY:Identidade digital e confiança"),
        (
            "DTSTART;TZID=America/Sao_Paulo:20270905T140000",
            "DTSTART;TZID=America/Sao_Paulo:20270905T150000",
        ),
    )
    report = import_feed(changed, space=space, source="https://example.org/feed.ics")

    assert report.counts == {"created": 0, "updated": 1, "unchanged": 4, "skipped": 0}
    assert report.of("updated")[0].uid == SAO_PAULO
    page.refresh_from_db()
    assert page.revisions.count() == revisions + 1
    draft = page.get_latest_revision_as_object()
    assert draft.title == "Identidade digital e confiança"
    assert draft.local_start == datetime.datetime(2027, 9, 5, 15)
    # The import never publishes: readers still see the published version.
    assert page.live and page.title == "Identidade digital e inclusão"
    assert page.has_unpublished_changes
    assert page.slug == "identidade-digital-e-inclusão"
    record = page.import_record
    assert record.revision_id == page.latest_revision_id
    assert record.source == "https://example.org/feed.ics"
    # ...and importing that feed again is a no-op.
    assert import_feed(changed, space=space).counts["unchanged"] == 5


def test_occurrences_cancelled_later_in_the_feed_reach_the_draft(space):
    import_feed(GOOGLE.read_bytes(), space=space)

    changed = google_feed(
        (
            "RRULE:FREQ=MONTHLY;WKST=SU;UNTIL=20271216T055959Z;BYDAY=2WE\r\n",
            "RRULE:FREQ=MONTHLY;WKST=SU;UNTIL=20271216T055959Z;BYDAY=2WE\r\n"
            "EXDATE;TZID=America/Mexico_City:20270811T100000,20270908T100000\r\n",
        )
    )
    report = import_feed(changed, space=space)

    assert [result.uid for result in report.of("updated")] == [WEBINAR]
    draft = draft_of(space, WEBINAR)
    assert sorted((c.original_date.isoformat(), c.action) for c in draft.date_changes.all()) == [
        ("2027-03-10", "moved"),
        ("2027-05-12", "cancelled"),
        ("2027-08-11", "cancelled"),
        ("2027-09-08", "cancelled"),
    ]
    # Drafts do not change what readers see: the stored occurrences follow the live page.
    assert EventOccurrence.objects.filter(event=draft, cancelled=True).count() == 1


def test_an_event_an_editor_changed_in_the_admin_is_skipped_and_keeps_their_text(
    space, editor, client
):
    import_feed(GOOGLE.read_bytes(), space=space)
    page = event_of(space, SAO_PAULO)
    client.force_login(editor)
    data = edit_form_data(page, title="Identidade digital (revisado pela equipe)")
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]

    changed = google_feed(
        ("SUMMARY:Identidade digital e inclusão", "SUMMARY:Identidade digital e confiança")
    )
    report = import_feed(changed, space=space)

    assert report.counts == {"created": 0, "updated": 0, "unchanged": 4, "skipped": 1}
    skipped = report.of("skipped")[0]
    assert skipped.uid == SAO_PAULO and "editor has changed it" in skipped.reason
    assert draft_of(space, SAO_PAULO).title == "Identidade digital (revisado pela equipe)"


DELETED = "an editor deleted it after the last import; it is not imported again."
PRIVATE = "marked private in the feed; not imported."


def test_an_event_an_editor_deleted_is_not_imported_again(space):
    import_feed(GOOGLE.read_bytes(), space=space)
    for uid in (SAO_PAULO, WEEK):
        event_of(space, uid).delete()  # as the admin's delete does
    assert ImportedEvent.objects.filter(space=space, event__isnull=True).count() == 2
    pages, records = EventPage.objects.count(), ImportedEvent.objects.count()

    report = import_feed(GOOGLE.read_bytes(), space=space)

    assert report.counts == {"created": 0, "updated": 0, "unchanged": 3, "skipped": 2}
    assert [(r.uid, r.reason, r.page_id) for r in report.of("skipped")] == [
        (WEEK, DELETED, None),
        (SAO_PAULO, DELETED, None),
    ]
    # Not even when the feed has changed the event since: the editor's deletion stands.
    changed = google_feed(
        ("SUMMARY:Identidade digital e inclusão", "SUMMARY:Identidade digital e confiança")
    )
    report = import_feed(changed, space=space)
    assert report.counts["skipped"] == 2 and report.counts["created"] == 0
    assert (EventPage.objects.count(), ImportedEvent.objects.count()) == (pages, records)
    assert not EventPage.objects.filter(title__startswith="Identidade digital").exists()
    assert ImportedEvent.objects.get(space=space, uid=SAO_PAULO).event is None


def test_the_command_says_which_events_were_deleted_by_an_editor(space, capsys):
    import_feed(GOOGLE.read_bytes(), space=space)
    event_of(space, SAO_PAULO).delete()
    pages = EventPage.objects.count()

    call_command("import_ical", str(GOOGLE), "--space", str(space.pk))

    out = capsys.readouterr().out
    assert f"skipped event {SAO_PAULO} “Identidade digital e inclusão”: {DELETED}" in out
    assert "0 created, 0 updated, 4 unchanged, 1 skipped." in out
    assert EventPage.objects.count() == pages


def test_events_marked_private_are_reported_as_skipped_and_never_imported(space, tmp_path, capsys):
    feed = tmp_path / "feed.ics"
    feed.write_bytes(
        google_feed(
            (f"UID:{SAO_PAULO}\r\n", f"UID:{SAO_PAULO}\r\nCLASS:PRIVATE\r\n"),
            (f"UID:{WEEK}\r\n", f"UID:{WEEK}\r\nCLASS:CONFIDENTIAL\r\n"),
        )
    )

    call_command("import_ical", str(feed), "--space", str(space.pk))

    out = capsys.readouterr().out
    assert f"[4/5] skipped event {WEEK} “Regional e-Government Week”: {PRIVATE}" in out
    assert f"[5/5] skipped event {SAO_PAULO} “Identidade digital e inclusão”: {PRIVATE}" in out
    assert "3 created, 0 updated, 0 unchanged, 2 skipped." in out
    assert not ImportedEvent.objects.filter(uid__in=[SAO_PAULO, WEEK]).exists()
    titles = set(EventPage.objects.child_of(space).values_list("title", flat=True))
    assert not titles & {"Identidade digital e inclusão", "Regional e-Government Week"}


def test_an_imported_event_later_marked_private_is_skipped_and_left_as_it_is(space):
    import_feed(GOOGLE.read_bytes(), space=space)
    page = event_of(space, SAO_PAULO)
    revisions = page.revisions.count()
    private_feed = google_feed(
        (f"UID:{SAO_PAULO}\r\n", f"UID:{SAO_PAULO}\r\nCLASS:PRIVATE\r\n"),
        ("SUMMARY:Identidade digital e inclusão", "SUMMARY:Reunião interna"),
    )

    report = import_feed(private_feed, space=space)

    assert report.counts == {"created": 0, "updated": 0, "unchanged": 4, "skipped": 1}
    skipped = report.of("skipped")[0]
    assert (skipped.uid, skipped.reason, skipped.page_id) == (SAO_PAULO, PRIVATE, page.pk)
    assert page.revisions.count() == revisions
    assert draft_of(space, SAO_PAULO).title == "Identidade digital e inclusão"


# ---- bad input --------------------------------------------------------------------------


UNBOUNDED = ("RRULE:FREQ=YEARLY;WKST=SU;COUNT=5", "RRULE:FREQ=YEARLY;WKST=SU")
END_BEFORE_START = (
    "DTEND;TZID=America/Sao_Paulo:20270905T180000",
    "DTEND;TZID=America/Sao_Paulo:20270905T120000",
)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            b"<!DOCTYPE html><html><body><h1>Sign in</h1></body></html>",
            ["not an iCalendar (.ics) file"],
        ),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n", ["cannot be read"]),
        (
            google_feed(UNBOUNDED),
            [ANNUAL, "Annual meeting of the e-Government Task Force", "This rule never ends"],
        ),
        (
            google_feed(END_BEFORE_START),
            [SAO_PAULO, "Identidade digital e inclusão", "ends (2027-09-05 12:00:00) before"],
        ),
        (
            google_feed(("SUMMARY:Regional e-Government Week\r\n", "")),
            [WEEK, "no title (SUMMARY)"],
        ),
        (
            google_feed(
                (
                    "DTSTART;TZID=America/Sao_Paulo:20270905T140000",
                    "DTSTART;TZID=America/Sao_Paulo:5 Sept 2027 14h",
                )
            ),
            [SAO_PAULO, "Identidade digital e inclusão", "DTSTART cannot be read"],
        ),
    ],
    ids=["html", "truncated", "unbounded-rrule", "end-before-start", "no-title", "bad-dtstart"],
)
def test_a_bad_feed_is_refused_whole_with_a_message_naming_the_event(space, data, expected):
    pages, records = Page.objects.count(), ImportedEvent.objects.count()

    with pytest.raises(ICalImportError) as refused:
        import_feed(data, space=space)

    message = str(refused.value)
    for text in expected:
        assert text in message
    assert (Page.objects.count(), ImportedEvent.objects.count()) == (pages, records)


def test_every_problem_of_the_feed_is_listed_at_once(space):
    with pytest.raises(ICalImportError) as refused:
        import_feed(google_feed(UNBOUNDED, END_BEFORE_START), space=space)

    assert len(refused.value.problems) == 2


def test_a_failure_while_writing_rolls_the_whole_import_back(space, monkeypatch):
    write = planning._write
    calls = []

    def failing_write(item, **kwargs):
        calls.append(item)
        if len(calls) == 3:
            raise ICalImportError(["disk full"])
        return write(item, **kwargs)

    monkeypatch.setattr(planning, "_write", failing_write)
    pages = Page.objects.count()

    with pytest.raises(ICalImportError):
        import_feed(GOOGLE.read_bytes(), space=space)

    assert Page.objects.count() == pages
    assert not ImportedEvent.objects.exists()


def test_a_space_without_lead_agency_is_refused(site_tree_en):
    bare = factories.ClusterPageFactory(parent=site_tree_en.pages["clusters"], slug="no-leads")

    with pytest.raises(ICalImportError, match="no lead agency"):
        import_feed(GOOGLE.read_bytes(), space=bare)

    assert not EventPage.objects.child_of(bare).exists()


def test_a_dry_run_reports_and_saves_nothing(space):
    pages = Page.objects.count()

    report = import_feed(GOOGLE.read_bytes(), space=space, dry_run=True)

    assert report.counts["created"] == 5
    assert "Dry run" in report.summary()
    assert Page.objects.count() == pages


def test_a_moved_occurrence_with_only_new_details_is_not_a_date_change():
    feed = parse_feed(
        google_feed(
            (
                "DTSTART;TZID=America/Mexico_City:20270311T150000",
                "DTSTART;TZID=America/Mexico_City:20270310T100000",
            ),
            (
                "DTEND;TZID=America/Mexico_City:20270311T163000",
                "DTEND;TZID=America/Mexico_City:20270310T113000",
            ),
        )
    )
    webinar = next(event for event in feed.events if event.uid == WEBINAR)

    assert [change.cancelled for change in webinar.date_changes] == [True]


def _one_event(*lines, calendar="", after=""):
    body = "\r\n".join(("BEGIN:VEVENT", "UID:one@example.org", "SUMMARY:One", *lines, "END:VEVENT"))
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{calendar}{body}\r\n{after}END:VCALENDAR\r\n".encode()
    )


def test_what_cannot_be_read_outside_the_schedule_is_a_warning_and_the_event_is_imported():
    changed_occurrence = (
        "BEGIN:VEVENT\r\nUID:one@example.org\r\nSUMMARY:One\r\n"
        "RECURRENCE-ID;TZID=America/Lima:next week\r\n"
        "DTSTART;TZID=America/Lima:20270309T110000\r\nEND:VEVENT\r\n"
    )
    feed = parse_feed(
        _one_event(
            "DTSTART;TZID=America/Lima:20270302T090000",
            "DTEND;TZID=America/Lima:20270302T100000",
            "RRULE:FREQ=WEEKLY;COUNT=4",
            "a line Outlook wrapped badly",
            after=changed_occurrence,
        )
    )

    (event,) = feed.events
    assert (event.local_start, event.recurrence, event.date_changes) == (
        datetime.datetime(2027, 3, 2, 9),
        "FREQ=WEEKLY;COUNT=4",
        (),
    )
    warnings = "\n".join(feed.warnings)
    assert "event one@example.org “One”: a line cannot be read" in warnings
    assert "a changed occurrence without a readable RECURRENCE-ID was ignored" in warnings


@pytest.mark.parametrize(
    ("data", "zone", "start", "end", "warning"),
    [
        # A floating time is read in the calendar's zone.
        (
            _one_event(
                "DTSTART:20270301T090000",
                "DTEND:20270301T100000",
                calendar="X-WR-TIMEZONE:America/Santiago\r\n",
            ),
            "America/Santiago",
            "2027-03-01T09:00:00",
            "2027-03-01T10:00:00",
            "",
        ),
        # A TZID the feed does not define: read as UTC, and said so.
        (
            _one_event("DTSTART;TZID=Lima Office:20270301T090000", "DURATION:PT90M"),
            "UTC",
            "2027-03-01T09:00:00",
            "2027-03-01T10:30:00",
            "“Lima Office” is unknown",
        ),
        # An all-day event some exporters write with DTEND equal to DTSTART: one day.
        (
            _one_event("DTSTART;VALUE=DATE:20270301", "DTEND;VALUE=DATE:20270301"),
            "UTC",
            "2027-03-01T00:00:00",
            "2027-03-01T00:00:00",
            "",
        ),
    ],
    ids=["floating", "undefined-tzid", "all-day-same-end"],
)
def test_times_without_a_usable_zone(data, zone, start, end, warning):
    feed = parse_feed(data)

    event = feed.events[0]
    assert event.timezone == zone
    assert (event.local_start.isoformat(), event.local_end.isoformat()) == (start, end)
    assert warning in "\n".join(feed.warnings)


def test_re_importing_many_unchanged_events_takes_a_fixed_number_of_queries(
    space, django_assert_max_num_queries
):
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:bulk-{n}@example.org\r\nSUMMARY:Bulk event {n}\r\n"
        f"DTSTART;TZID=America/Lima:202705{n % 28 + 1:02d}T090000\r\n"
        f"DTEND;TZID=America/Lima:202705{n % 28 + 1:02d}T100000\r\nEND:VEVENT\r\n"
        for n in range(40)
    )
    data = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{events}END:VCALENDAR\r\n".encode()
    import_feed(data, space=space)

    with django_assert_max_num_queries(6):
        report = import_feed(data, space=space)

    assert report.counts["unchanged"] == 40


# ---- the command ------------------------------------------------------------------------


def test_the_command_imports_a_file_with_progress_lines(space, editor, capsys):
    call_command("import_ical", str(GOOGLE), "--space", str(space.pk), "--user", "editor")

    out = capsys.readouterr().out
    assert "[1/5] created event" in out and "[5/5] created" in out
    assert "5 created, 0 updated, 0 unchanged, 0 skipped." in out
    assert EventPage.objects.child_of(space).filter(owner=editor).count() == 5


def test_the_command_can_hand_the_import_to_the_worker(space, editor, capsys):
    call_command(
        "import_ical", str(GOOGLE), "--space", str(space.pk), "--user", "editor", "--queue"
    )

    [feed_import] = FeedImport.objects.all()
    assert f"Import {feed_import.pk} queued" in capsys.readouterr().out
    # The tests' immediate backend has run it already: its report is recorded for the admin.
    assert feed_import.status == FeedImport.Status.DONE and feed_import.feed is None
    assert [result["action"] for result in feed_import.results] == ["created"] * 5
    assert EventPage.objects.child_of(space).filter(owner=editor).count() == 5


def test_the_command_finds_the_space_by_slug_and_locale(site_tree, capsys):
    space = site_tree.get("cluster", "es")

    call_command("import_ical", str(GOOGLE), "--space", "skills", "--locale", "es", "--dry-run")
    out = capsys.readouterr().out
    assert "Dry run: nothing will be saved." in out and "Dry run, nothing saved: 5 created" in out
    assert not ImportedEvent.objects.exists()

    call_command("import_ical", str(GOOGLE), "--space", "skills", "--locale", "es")

    pages = EventPage.objects.child_of(space).filter(import_record__isnull=False)
    assert pages.count() == 5
    assert {page.locale.language_code for page in pages} == {"es"}


def test_the_command_refuses_a_bad_feed_with_a_non_zero_exit(space, tmp_path, capsys, monkeypatch):
    bad = tmp_path / "feed.ics"
    bad.write_bytes(google_feed(UNBOUNDED))
    pages = Page.objects.count()
    # As run from a shell; without closing the test's database connection on the way out.
    monkeypatch.setattr("django.core.management.base.connections.close_all", lambda: None)

    with pytest.raises(SystemExit) as exit_status:
        execute_from_command_line(["manage.py", "import_ical", str(bad), "--space", str(space.pk)])

    assert exit_status.value.code != 0
    err = capsys.readouterr().err
    assert "Nothing was imported." in err and ANNUAL in err and "never ends" in err
    assert Page.objects.count() == pages


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ftp://example.org/feed.ics", "--space", "skills"], "Only http:// and https://"),
        (["/no/such/feed.ics", "--space", "skills"], "cannot be read"),
        ([str(GOOGLE), "--space", "nowhere"], "No work space nowhere"),
        ([str(GOOGLE), "--space", "skills", "--user", "ghost"], "no user ghost"),
    ],
)
def test_the_command_says_what_is_wrong(space, args, message):
    with pytest.raises(CommandError, match=message):
        call_command("import_ical", *args)


class _FeedHandler(http.server.BaseHTTPRequestHandler):
    body = b""

    def do_GET(self):  # noqa: N802 - the name http.server calls
        self.send_response(200)
        self.send_header("Content-Type", "text/calendar; charset=utf-8")
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args):
        pass


@pytest.fixture
def feed_server():
    """A local web server publishing the Google export; its URL."""
    _FeedHandler.body = GOOGLE.read_bytes()
    server = http.server.HTTPServer(("127.0.0.1", 0), _FeedHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/calendar/ical/basic.ics"
    server.shutdown()
    server.server_close()


def test_the_command_fetches_a_feed_over_http(space, feed_server, capsys):
    call_command("import_ical", feed_server, "--space", str(space.pk))

    assert EventPage.objects.child_of(space).filter(import_record__source=feed_server).count() == 5


def test_a_feed_larger_than_the_cap_is_refused(space, feed_server, settings):
    settings.EGECMS = {**settings.EGECMS, "ICAL_IMPORT_MAX_BYTES": 1000}

    with pytest.raises(CommandError, match="larger than"):
        call_command("import_ical", feed_server, "--space", str(space.pk))


def test_an_unreachable_feed_is_a_clear_error(space):
    server = http.server.HTTPServer(("127.0.0.1", 0), _FeedHandler)
    port = server.server_address[1]
    server.server_close()  # nothing listens there any more

    with pytest.raises(CommandError, match="could not be fetched"):
        call_command("import_ical", f"http://127.0.0.1:{port}/feed.ics", "--space", str(space.pk))


# ---- the admin view ---------------------------------------------------------------------


def _admin_user(username, *, adds_in=()):
    user = get_user_model().objects.create_user(username, password="pw")
    group = Group.objects.create(name=f"{username} group")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for page in adds_in:
        for permission_type in ("add", "change"):
            GroupPagePermission.objects.create(
                group=group, page=page, permission_type=permission_type
            )
    user.groups.add(group)
    return user


@pytest.fixture
def lead_editor(space):
    return _admin_user("lead", adds_in=[space])


@pytest.fixture
def other_editor(site_tree_en):
    """An editor who adds pages in another space (the issue area), not in the cluster."""
    return _admin_user("other", adds_in=[site_tree_en.pages["issue_area"]])


URL = "/admin/events/import-ical/"


def _upload(data=None):
    return SimpleUploadedFile(
        "basic.ics", data or GOOGLE.read_bytes(), content_type="text/calendar"
    )


def test_the_url_is_the_registered_one():
    assert reverse("events:import_ical") == URL


def test_a_lead_editor_imports_into_their_space_and_sees_the_report(client, space, lead_editor):
    client.force_login(lead_editor)

    form = client.get(URL)
    assert form.status_code == 200
    assert list(form.context["form"].fields["space"].queryset) == [space.page_ptr]

    response = client.post(URL, {"space": space.pk, "feed_file": _upload()}, follow=True)

    # The import is queued and run (at once, with the tests' immediate backend); its page
    # shows the report, and the form lists it among the user's latest imports.
    assert response.redirect_chain[0][0].startswith(URL)
    assert response.status_code == 200
    content = response.content.decode()
    assert "5 created, 0 updated, 0 unchanged, 0 skipped." in content
    page = event_of(space, SAO_PAULO)
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in content
    assert page.owner == lead_editor and not page.live

    again = client.post(URL, {"space": space.pk, "feed_file": _upload()}, follow=True)
    assert "0 created, 0 updated, 5 unchanged, 0 skipped." in again.content.decode()
    assert len(client.get(URL).context["recent_imports"]) == 2


def test_an_import_waiting_for_the_worker_says_so_and_is_seen_by_its_asker_only(
    client, space, lead_editor, other_editor, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    client.force_login(lead_editor)

    response = client.post(URL, {"space": space.pk, "feed_url": "https://example.org/a.ics"})

    assert response.status_code == 302
    waiting = client.get(response["Location"])
    assert "is queued; it runs in the background" in waiting.content.decode()
    assert not ImportedEvent.objects.exists()
    client.force_login(other_editor)
    assert client.get(response["Location"], follow=True).status_code == 404


def test_a_dry_run_from_the_admin_saves_nothing(client, space, lead_editor):
    client.force_login(lead_editor)
    pages = Page.objects.count()

    response = client.post(
        URL, {"space": space.pk, "feed_file": _upload(), "dry_run": "on"}, follow=True
    )

    assert "Dry run, nothing saved: 5 created" in response.content.decode()
    assert Page.objects.count() == pages


def test_a_bad_feed_in_the_admin_is_a_form_error_and_nothing_is_saved(client, space, lead_editor):
    client.force_login(lead_editor)
    pages = Page.objects.count()

    response = client.post(
        URL, {"space": space.pk, "feed_file": _upload(google_feed(END_BEFORE_START))}, follow=True
    )

    assert response.status_code == 200
    content = response.content.decode()
    assert "Nothing was imported." in content and SAO_PAULO in content
    assert Page.objects.count() == pages


def test_the_admin_fetches_only_public_addresses(client, space, lead_editor):
    client.force_login(lead_editor)

    response = client.post(
        URL, {"space": space.pk, "feed_url": "http://127.0.0.1:8000/calendar.ics"}, follow=True
    )

    assert "is not a public address" in response.content.decode()
    assert not ImportedEvent.objects.exists()


def test_an_editor_without_add_permission_in_the_space_cannot_import_into_it(
    client, space, other_editor
):
    client.force_login(other_editor)
    pages = Page.objects.count()

    form = client.get(URL)
    assert space.pk not in {page.pk for page in form.context["form"].fields["space"].queryset}
    response = client.post(URL, {"space": space.pk, "feed_file": _upload()})

    assert response.status_code == 200
    assert response.context["form"].errors["space"]
    assert Page.objects.count() == pages


def test_a_user_who_may_add_nowhere_is_turned_away(client, site_tree_en):
    client.force_login(_admin_user("reader"))

    response = client.post(URL, {"space": site_tree_en.pages["cluster"].pk, "feed_file": _upload()})

    assert response.status_code == 302
    assert not ImportedEvent.objects.exists()


def test_anonymous_visitors_are_sent_to_the_login(client, space):
    for response in (client.get(URL), client.post(URL, {"space": space.pk})):
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_the_menu_item_is_shown_to_those_who_may_import(client, space, lead_editor):
    client.force_login(lead_editor)
    assert URL in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(_admin_user("reader"))
    assert URL not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_import_spaces_of_a_superuser_and_of_an_editor(site_tree_en, editor, lead_editor):
    live_spaces = {site_tree_en.pages[name].pk for name in ("cluster", "issue_area", "agency")}
    assert set(spaces_for_import(editor).values_list("pk", flat=True)) == live_spaces
    assert list(spaces_for_import(lead_editor).values_list("pk", flat=True)) == [
        site_tree_en.pages["cluster"].pk
    ]


def test_listing_the_spaces_of_an_editor_takes_a_fixed_number_of_queries(
    site_tree_en, django_assert_max_num_queries
):
    clusters = [
        factories.ClusterPageFactory(parent=site_tree_en.pages["clusters"], slug=f"cluster-{n}")
        for n in range(30)
    ]
    user = _admin_user("many", adds_in=[site_tree_en.pages["clusters"]])

    with django_assert_max_num_queries(8):
        spaces = list(spaces_for_import(user))

    assert {c.pk for c in clusters} <= {page.pk for page in spaces}


@pytest.fixture
def provisioned(site_tree_en):
    """The platform's own roles (tests/permissions/world.py's description) on the site."""
    from egecms.workspaces.description import parse_description
    from egecms.workspaces.provisioning import ProvisionWorkspaces
    from tests.permissions.world import DESCRIPTION, ROLES

    ProvisionWorkspaces(parse_description(DESCRIPTION)).execute()
    users = {}
    for role in ("idb-ed", "oas-ed", "tr-pt"):
        users[role] = get_user_model().objects.create_user(role, password="pw")
        users[role].groups.add(Group.objects.get(name=ROLES[role]))
    return site_tree_en, users


def test_with_the_platform_roles_each_agency_imports_where_it_adds(client, provisioned):
    tree, users = provisioned
    cluster, area, agency = (tree.pages[name] for name in ("cluster", "issue_area", "agency"))

    def offered(role):
        return set(spaces_for_import(users[role]).values_list("pk", flat=True))

    assert offered("idb-ed") == {cluster.pk, agency.pk}  # leads the cluster; its own space
    assert offered("oas-ed") == {cluster.pk, area.pk}  # a member of the cluster; leads the area
    assert offered("tr-pt") == set()

    client.force_login(users["idb-ed"])
    refused = client.post(URL, {"space": area.pk, "feed_file": _upload()})
    assert refused.context["form"].errors["space"]
    assert not ImportedEvent.objects.exists()

    imported = client.post(URL, {"space": cluster.pk, "feed_file": _upload()}, follow=True)
    assert "5 created" in imported.content.decode()
    assert EventPage.objects.child_of(cluster).filter(owner=users["idb-ed"]).count() == 5

    client.force_login(users["tr-pt"])
    assert client.get(URL).status_code == 302
