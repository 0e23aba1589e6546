"""Requests for assistance: the public form, submission, private status links, rate limiting
and the matching of a request to the menu of services."""
