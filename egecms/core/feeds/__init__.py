"""RSS 2.0 and Atom feeds of the section pages (practices, menu of services, calendar).

A section page takes :class:`~egecms.core.feeds.routes.SectionFeedsMixin` and answers at
``<section url>feed/rss/`` and ``<section url>feed/atom/`` with the newest live, public
contributions of its own locale, of every contribution type whose ``section`` it is.

- :mod:`.entries`: what a feed holds (plain functions, no HTTP);
- :mod:`.syndication`: the two Django ``Feed`` classes and the response headers;
- :mod:`.routes`: the page mixin (routes, ``<link rel="alternate">`` data for templates).
"""
