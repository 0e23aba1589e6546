"""The core's part of the demo: the topic page, agencies and topics in four languages."""

from django.utils.translation import gettext_lazy as _

from ..data import load as load_data

LABEL = _("e-Government topic page")
ORDER = 0
REQUIRES = ("egecms.core",)


def load(loader):
    data = load_data("core")
    loader.say("Topic page")
    loader.ensure_topic_page(data["topic_page"])
    loader.say("Agencies")
    for agency in data["agencies"]:
        loader.ensure_agency(agency)
    loader.say("Topics")
    for topic in data["topics"]:
        loader.ensure_topic(topic, strategic=topic["strategic_area"])
