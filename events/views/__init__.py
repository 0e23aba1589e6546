"""Views of the events app: the calendar's iCalendar feed (``feeds``), iCalendar responses
and one event's file (``ical_responses``), and the import in the admin (``admin``)."""
