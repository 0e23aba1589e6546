"""The translators' and reviewers' dashboard panel: their language's queue."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page

from egecms.workspaces import roles
from egecms.workspaces.visibility import without_pages_hidden_from

from .status import IN_REVIEW, QUEUE, status_rows

MAX_ITEMS = 10


def queue_for(user):
    """``[(language, [(original, cell)])]``: what waits for this user, per language."""
    held = roles.language_roles(user.groups.values_list("name", flat=True))
    if not held:
        return []
    locales = list(Locale.objects.filter(language_code__in=held))
    pages = without_pages_hidden_from(Page.objects.filter(depth__gte=2).order_by("path"), user)
    rows = status_rows(pages, locales)
    queue = []
    for locale in locales:
        wanted = set()
        if roles.TRANSLATORS in held[locale.language_code]:
            wanted.update(QUEUE)
        if roles.REVIEWERS in held[locale.language_code]:
            wanted.add(IN_REVIEW)
        items = [
            (row.original, row.cells[locale.language_code])
            for row in rows
            if locale.language_code in row.cells and row.cells[locale.language_code].state in wanted
        ]
        queue.append((locale, items[:MAX_ITEMS], len(items)))
    return queue


class TranslationQueuePanel(Component):
    name = "translation_queue"
    template_name = "egecms_localization/queue_panel.html"
    order = 60
    heading = _("Translations waiting for you")

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["queue"] = queue_for(self.user)
        context["request"] = parent_context.get("request")
        return context
