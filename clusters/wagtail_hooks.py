"""Wagtail hooks of the clusters app."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from egecms.core.demo.loader import DemoContent


@hooks.register("register_demo_content")
def register_demo_content():
    from . import demo

    return DemoContent(label=_("Clusters, issue areas and practices"), order=20, load=demo.load)
