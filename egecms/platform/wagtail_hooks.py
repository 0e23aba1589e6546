"""Wagtail hooks of the inter-agency platform."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from egecms.core.demo.loader import DemoContent


@hooks.register("register_demo_content")
def register_demo_content():
    from . import demo

    # Before the workspaces part, which puts the view restriction on the platform.
    return DemoContent(label=_("Inter-agency platform"), order=40, load=demo.load)
