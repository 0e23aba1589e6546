"""Views of the requests for assistance: the public form and status link (``public``), the
admin's request pages (``admin``) and the actions on a request (``actions``)."""
