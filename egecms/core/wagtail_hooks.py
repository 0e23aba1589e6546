"""Admin registration of the core's snippets (agencies and topics), via viewsets; the warning
after a save from a stale editor (``concurrent_edits``)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .concurrent_edits import warn_if_saved_over
from .models import Agency, Topic
from .rich_text_links import keep_links_as_typed


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "group"
    menu_label = _("Agencies")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["acronym", "name", "status", "locale"]
    list_filter = ["status", "locale"]
    # No search_fields: the search goes through the model's own index (see Agency).


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "slug", "is_strategic_area", "locale"]
    list_filter = ["is_strategic_area", "locale"]
    search_fields = ["name"]


register_snippet(AgencyViewSet)
register_snippet(TopicViewSet)


@hooks.register("after_edit_page")
def warn_when_a_page_save_replaced_another(request, page):
    warn_if_saved_over(request, page)


# After Wagtail's own registration of the ``link`` feature (order 0), which it amends.
hooks.register("register_rich_text_features", keep_links_as_typed, order=100)
