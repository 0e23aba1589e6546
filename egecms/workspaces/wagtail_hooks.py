"""Wagtail hooks of the workspaces app."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from egecms.core.demo.loader import DemoContent


@hooks.register("register_demo_content")
def register_demo_content():
    from . import demo

    # Last: permissions are granted on the pages the content apps have just created.
    return DemoContent(label=_("Workspaces and users"), order=1000, load=demo.load)
