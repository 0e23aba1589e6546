"""Wagtail hooks of the translation workflows."""

from django.urls import include, path
from wagtail import hooks


@hooks.register("egecms_page_workflow")
def translation_review(page):
    from .review import review_workflow_for

    return review_workflow_for(page)


@hooks.register("register_admin_urls")
def register_admin_urls():
    from . import urls

    return [path("translation-workflows/", include(urls, namespace="egecms_localization"))]


@hooks.register("register_admin_menu_item")
def register_status_menu_item():
    from django.urls import reverse
    from django.utils.translation import gettext_lazy as _
    from wagtail.admin.menu import MenuItem

    return MenuItem(
        _("Translation status"),
        reverse("egecms_localization:status"),
        icon_name="site",
        order=910,
    )


@hooks.register("construct_homepage_panels")
def add_translation_queue_panel(request, panels):
    from .dashboard import TranslationQueuePanel

    panels.append(TranslationQueuePanel(request.user))


# wagtail-localize's own views, held to the rules of who may translate what (localize_guard,
# snippet_locales): registered first, so that these patterns win over wagtail-localize's.
@hooks.register("register_admin_urls", order=-1)
def guard_translation_views():
    from . import localize_guard, snippet_locales

    return localize_guard.urlpatterns() + snippet_locales.urlpatterns()


@hooks.register("before_edit_snippet")
def hold_translators_to_their_language(request, instance):
    from .snippet_locales import deny_other_languages

    deny_other_languages(request, instance)


@hooks.register("before_delete_snippet")
def hold_translators_to_their_language_on_delete(request, instances):
    from .snippet_locales import deny_other_languages

    deny_other_languages(request, instances)
