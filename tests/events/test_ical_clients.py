"""The demo's calendar feeds as two independent calendar clients read them: every occurrence,
read through the file's own VTIMEZONE (not the TZID's name), is the instant the site stored
with Python's zoneinfo (IANA's rules).

- **ical.js** (Mozilla's parser, in Thunderbird and many web calendars), run by node on
  ``expand_ical.mjs``: it knows no zone database, so every TZID is read from the file;
- **vobject**, whose VTIMEZONEs are read by python-dateutil's ``tzical``; its registry of zones
  is filled from each file before the events are read (otherwise it falls back on pytz by name,
  and the file's definitions would not be tested at all).
"""

import datetime
import io
import json
import shutil
import subprocess
import zoneinfo
from pathlib import Path

import pytest
import vobject
from django.conf import settings
from vobject.icalendar import TimezoneComponent, registerTzid

from events.ical.export import event_uid
from events.models import CalendarPage, EventOccurrence

ICAL_JS = Path(settings.BASE_DIR) / "var/node/ical/node_modules/ical.js/dist/ical.js"
EXPAND = Path(__file__).with_name("expand_ical.mjs")
UTC = datetime.UTC


def demo_feeds(client):
    """The iCalendar feed of each language's calendar page in the demo."""
    feeds = {}
    for page in CalendarPage.objects.live().select_related("locale"):
        response = client.get(page.url + page.reverse_subpage("feed"))
        assert response.status_code == 200
        feeds[page.locale.language_code] = response.content
    assert len(feeds) == 4
    return feeds


def stored_instants():
    """(UID, UTC start) of every occurrence that takes place, as the site stored them."""
    rows = EventOccurrence.objects.filter(cancelled=False).select_related("event")
    by_event = {}
    for row in rows:
        by_event.setdefault(row.event_id, (row.event, set()))[1].add(row.start)
    instants = set()
    for event, starts in by_event.values():
        uid, zone = event_uid(event), zoneinfo.ZoneInfo(event.timezone)
        for start in starts:
            # An all-day event is a date (clients show it on that day wherever they are).
            instants.add((uid, start.astimezone(zone).date() if event.all_day else start))
    return instants


def vobject_instants(content):
    """(UID, UTC start) of every occurrence that takes place, expanded by vobject."""
    calendar = vobject.readOne(content.decode(), transform=False)
    zones = {}
    for vtimezone in calendar.contents.get("vtimezone", []):
        # Read as the file defines it (dateutil's tzical), replacing whatever vobject's
        # process-wide registry holds for that name.
        zones[vtimezone.tzid.value] = TimezoneComponent.gettzinfo(vtimezone)
        registerTzid(vtimezone.tzid.value, zones[vtimezone.tzid.value])
    calendar.transformChildrenToNative()
    overrides, masters = {}, []
    for vevent in calendar.vevent_list:
        if "recurrence-id" in vevent.contents:
            overrides[(vevent.uid.value, vevent.recurrence_id.value)] = vevent
        else:
            masters.append(vevent)
    instants = set()
    for vevent in masters:
        uid = vevent.uid.value
        tzid = vevent.dtstart.params.get("X-VOBJ-ORIGINAL-TZID", [None])[0]  # was TZID
        if tzid is not None:  # read through the file's VTIMEZONE, not a zone database
            assert vevent.dtstart.value.tzinfo is zones[tzid]
        for start in vevent.getrruleset(addRDate=True) or [vevent.dtstart.value]:
            override = overrides.get((uid, start))
            if override is not None:
                if str(override.status.value) == "CANCELLED":
                    continue
                start = override.dtstart.value
            if str(vevent.status.value) != "CANCELLED" or override is not None:
                instants.add((uid, _utc(start)))
    return instants


def _utc(value):
    return value.astimezone(UTC) if isinstance(value, datetime.datetime) else value


def ical_js_instants(feeds, tmp_path):
    """(UID, UTC start) of every occurrence that takes place in each feed, by ical.js."""
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: ical.js cannot read the feeds (make test installs it)")
    if not ICAL_JS.exists():
        pytest.skip(
            "ical.js is not installed under var/node (make icaljs installs it under var/node/ical)"
        )
    paths = []
    for language, content in feeds.items():
        path = tmp_path / f"{language}.ics"
        path.write_bytes(content)
        paths.append(str(path))
    result = subprocess.run(  # noqa: S603 (our own script, our own files)
        [node, str(EXPAND), str(ICAL_JS), *paths],
        capture_output=True,
        check=True,
        timeout=60,
    )
    instants = {path: set() for path in paths}
    for occurrence in json.load(io.BytesIO(result.stdout)):
        if not occurrence["cancelled"]:
            start = occurrence["start"]
            if isinstance(start, str):
                start = datetime.date.fromisoformat(start)
            else:
                start = datetime.datetime.fromtimestamp(start, UTC)
            instants[occurrence["file"]].add((occurrence["uid"], start))
    return instants


def describe(missing, extra):
    return {"stored, not read": sorted(missing), "read, not stored": sorted(extra)}


@pytest.fixture
def feeds(demo, client, settings):
    # Every occurrence the demo stored, past ones included: the feeds' window is widened.
    settings.EGECMS = {
        **settings.EGECMS,
        "ICAL_FEED_PAST_DAYS": 36500,
        "ICAL_FEED_MAX_EVENTS": 10_000,
    }
    return demo_feeds(client)


def test_vobject_reads_every_occurrence_at_the_stored_instant(feeds):
    expected = stored_instants()
    for language, content in feeds.items():
        read = vobject_instants(content)
        assert read == expected, (language, describe(expected - read, read - expected))


def test_ical_js_reads_every_occurrence_at_the_stored_instant(feeds, tmp_path):
    expected = stored_instants()
    for path, read in ical_js_instants(feeds, tmp_path).items():
        assert read == expected, (path, describe(expected - read, read - expected))
