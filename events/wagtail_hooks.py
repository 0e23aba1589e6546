"""Wagtail hooks of the events app."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from egecms.core.demo.loader import DemoContent


@hooks.register("register_demo_content")
def register_demo_content():
    from . import demo

    return DemoContent(label=_("Calendar of events"), order=30, load=demo.load)
