"""The four-language demo loaded by ``manage.py load_demo``, installed in dev and test settings.

Its content is data (``data/*.yaml``, read by :mod:`.data`); each part of it (``parts/``) turns
one file or two into pages and snippets through the loader (:mod:`.loader`), which makes every
translation through wagtail-localize (:mod:`.translation`). A part runs only when the apps it
creates content for are installed, so the content apps themselves know nothing of the demo.
"""
