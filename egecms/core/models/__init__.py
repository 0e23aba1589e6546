"""Core models: the topic page, agencies, topics and the Contribution contract."""

from .agencies import Agency
from .contributions import Contribution, WorkspacePage
from .topic_page import TopicPage
from .topics import PageTopic, Topic
from .workspace_agencies import WorkspaceAgency, set_workspace_agencies, workspace_agency_ids

__all__ = [
    "Agency",
    "Contribution",
    "PageTopic",
    "Topic",
    "TopicPage",
    "WorkspaceAgency",
    "WorkspacePage",
    "set_workspace_agencies",
    "workspace_agency_ids",
]
