"""Core models: the topic page, agencies, topics and the Contribution contract."""

from .agencies import Agency
from .contributions import Contribution, WorkspacePage
from .topic_page import TopicPage
from .topics import PageTopic, Topic

__all__ = [
    "Agency",
    "Contribution",
    "PageTopic",
    "Topic",
    "TopicPage",
    "WorkspacePage",
]
