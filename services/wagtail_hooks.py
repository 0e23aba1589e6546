"""Wagtail hooks of the services app."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from egecms.core.demo.loader import DemoContent


@hooks.register("register_demo_content")
def register_demo_content():
    from . import demo

    return DemoContent(label=_("Agencies and menu of services"), order=10, load=demo.load)
