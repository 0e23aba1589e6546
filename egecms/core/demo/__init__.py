"""The four-language demo loaded by ``manage.py load_demo``.

The core loads what it owns (locales, site, topic pages, agencies, topics, demo users) and
then asks every installed content app for its part through the ``register_demo_content``
Wagtail hook, so a content app left out of ``INSTALLED_APPS`` is simply not loaded.
"""
