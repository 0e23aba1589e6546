"""Views of the events app: the iCalendar feeds (``feeds``) and the import in the admin
(``admin``)."""
