"""The event editor's preview of what its schedule gives."""

from wagtail.admin.panels import Panel

from .schedule import upcoming_for_editor, wall_clock


class NextOccurrencesPanel(Panel):
    """Lists the next occurrences of the event being edited (saved draft included), in the
    event's own time zone, with cancelled and moved ones marked — or what is wrong."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "events/admin/next_occurrences_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            occurrences, error = upcoming_for_editor(page)
            context["error"] = error
            context["zone"] = page.timezone
            context["all_day"] = page.all_day
            context["occurrences"] = [
                {"occurrence": occurrence, "local": wall_clock(occurrence, page.timezone)}
                for occurrence in occurrences
            ]
            return context
