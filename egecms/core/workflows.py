"""Which review a page goes through: Wagtail's choice by place in the tree, unless a hook
decides otherwise (a translation goes through its language's review, not the contribution's)."""

from wagtail import hooks


def workflow_override(page):
    for hook in hooks.get_hooks("egecms_page_workflow"):
        workflow = hook(page)
        if workflow is not None:
            return workflow
    return None


class WorkflowChoiceMixin:
    """Page types whose workflow the ``egecms_page_workflow`` hook may choose."""

    def get_workflow(self):
        return workflow_override(self) or super().get_workflow()
