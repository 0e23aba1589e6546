"""The workflows provisioning assigns: the contribution review (every lead agency, then the
editorial board) and one translation review per language."""

from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

from egecms.core.models import TopicPage
from egecms.editorial.models import EditorialReviewTask

from . import roles
from .models import LeadAgenciesApprovalTask


def ensure_contribution_workflow(groups):
    """Contribution review: every lead agency approves, then the editorial board; assigned
    to every language's topic page. Returns the report's lines."""
    changes = []
    lead_task = LeadAgenciesApprovalTask.objects.filter(name=roles.LEAD_AGENCIES_TASK).first()
    if lead_task is None:
        lead_task = LeadAgenciesApprovalTask.objects.create(name=roles.LEAD_AGENCIES_TASK)
        changes.append(f"+ task {roles.LEAD_AGENCIES_TASK}")
    board_task = EditorialReviewTask.objects.filter(name=roles.EDITORIAL_BOARD_TASK).first()
    if board_task is None:
        board_task = EditorialReviewTask.objects.create(name=roles.EDITORIAL_BOARD_TASK)
        changes.append(f"+ task {roles.EDITORIAL_BOARD_TASK}")
    board = groups[roles.EDITORIAL_BOARD]
    if list(board_task.groups.all()) != [board]:
        board_task.groups.set([board])
    workflow, created = Workflow.objects.get_or_create(name=roles.CONTRIBUTION_WORKFLOW)
    if created:
        changes.append(f"+ workflow {roles.CONTRIBUTION_WORKFLOW}")
    wanted = [lead_task.pk, board_task.pk]
    current = list(workflow.workflow_tasks.order_by("sort_order").values_list("task_id", flat=True))
    if current != wanted:
        workflow.workflow_tasks.all().delete()
        for order, task_id in enumerate(wanted):
            WorkflowTask.objects.create(workflow=workflow, task_id=task_id, sort_order=order)
        changes.append(
            f"~ workflow {roles.CONTRIBUTION_WORKFLOW}: "
            f"{roles.LEAD_AGENCIES_TASK}, then {roles.EDITORIAL_BOARD_TASK}"
        )
    for topic_page in TopicPage.objects.all():
        assignment, created = WorkflowPage.objects.get_or_create(
            page=topic_page, defaults={"workflow": workflow}
        )
        if created or assignment.workflow_id != workflow.pk:
            assignment.workflow = workflow
            assignment.save()
            changes.append(f"+ workflow {roles.CONTRIBUTION_WORKFLOW} on {topic_page.url_path}")
    return changes


def ensure_translation_workflows(groups, locales):
    """One review per language: its reviewers approve (and so publish) its translations.

    Not assigned to a part of the tree: a page that is a translation asks for its
    language's review itself (``egecms.localization``), an original for the contribution
    review. Returns the report's lines.
    """
    changes = []
    for code in locales:
        task_name = roles.translation_review_task(code)
        task = GroupApprovalTask.objects.filter(name=task_name).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=task_name)
            changes.append(f"+ task {task_name}")
        reviewers = groups[roles.reviewers_group(code)]
        if list(task.groups.all()) != [reviewers]:
            task.groups.set([reviewers])
        workflow, created = Workflow.objects.get_or_create(name=roles.translation_workflow(code))
        if created:
            changes.append(f"+ workflow {workflow.name}")
        if list(workflow.workflow_tasks.values_list("task_id", flat=True)) != [task.pk]:
            workflow.workflow_tasks.all().delete()
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return changes
