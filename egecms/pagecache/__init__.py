"""The anonymous page cache, and the purges that keep it (and a CDN in front) fresh.

A public page read without a session is kept whole in Django's cache and answered from it
without rendering; every change that a page may show (a page published, unpublished, moved or
deleted, a view restriction, an agency or a topic) empties the whole cache at once by moving
its *generation* on (:mod:`.generation`), and sends a CDN the addresses of the pages that
show it (:mod:`.addresses`, :mod:`.purge`). Responses carry ``ETag``, ``Last-Modified`` and
``Cache-Control`` so browsers and shared caches revalidate (:mod:`.headers`). What may be
kept is decided by :mod:`.rules`; :mod:`.middleware` only wires them together.
"""
