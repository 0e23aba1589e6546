"""Every admin view that touches a page, as the permission matrix calls it (and those of the
requests for assistance, whose existence is private: request_views.py).

Each view knows the URL names it exercises (the coverage test checks that every page-touching
admin URL is here or explicitly exempt) and how to call it on an object of the matrix world:

- ``read``: allowed means 200 with the page's marker; denied, a 403 or redirect without it.
- ``action``: allowed means its effect happened; denied, a 403 or redirect, without the
  marker, and no effect.
- ``listing``: the page is listed (its marker shown) or not.
"""

from django.urls import reverse
from wagtail.models import Page

from tests.form_data import edit_form_data

from .coordination_views import COORDINATION_VIEWS
from .governance_views import GOVERNANCE_VIEWS
from .request_views import REQUEST_VIEWS
from .subscription_views import SUBSCRIPTION_VIEWS
from .view import View


def _page(world, name):
    return Page.objects.get(pk=world.objects[name].pk).specific


def _get(url_name, *args):
    def run(client, world, name):
        return client.get(reverse(url_name, args=[arg(world, name) for arg in args])), None

    return run


def page_id(world, name):
    return world.objects[name].pk


def latest_revision_id(world, name):
    return _page(world, name).latest_revision_id


def _is_translated_copy(world, name):
    """Whether the object is the target of a wagtail-localize translation (edited by segment)."""
    translation = world.translations.get(name)
    return translation is not None and translation.target_locale_id == world.objects[name].locale_id


def edit_post(client, world, name):
    if _is_translated_copy(world, name):  # a translation is edited segment by segment
        return translate_string(client, world, name)
    page = _page(world, name)
    data = edit_form_data(page, title=f"{page.title} saved")
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    saved = _page(world, name).get_latest_revision_as_object().title.endswith(" saved")
    return response, saved


def translate_string(client, world, name):
    from wagtail_localize.models import StringTranslation

    translation = world.translations[name]
    segment = translation.source.stringsegment_set.order_by("order").first()
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    response = client.put(url, "value=Traduzido", content_type="application/x-www-form-urlencoded")
    saved = StringTranslation.objects.filter(
        translation_of=segment.string, locale=translation.target_locale, data="Traduzido"
    ).exists()
    return response, saved


def publish_post(client, world, name):
    if _is_translated_copy(world, name):  # the translation editor's own Publish button
        # The published page takes the translated title ("... [pt]" from the world's strings).
        before = _page(world, name).title
        url = reverse("wagtailadmin_pages:edit", args=[page_id(world, name)])
        response = client.post(url, {"action": "publish"})
        return response, _page(world, name).title != before
    page = _page(world, name)
    data = edit_form_data(page, title=f"{page.title} published")
    data["action-publish"] = "action-publish"
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    return response, _page(world, name).title.endswith(" published")


def unpublish_post(client, world, name):
    page = _page(world, name)
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    return response, not _page(world, name).live


def delete_post(client, world, name):
    page = _page(world, name)
    response = client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))
    return response, not Page.objects.filter(pk=page.pk).exists()


def lock_post(client, world, name):
    page = _page(world, name)
    response = client.post(reverse("wagtailadmin_pages:lock", args=[page.pk]))
    return response, _page(world, name).locked


def preview(client, world, name):
    page = _page(world, name)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    posted = client.post(url, edit_form_data(page))
    if posted.status_code != 200:
        return posted, None if posted.status_code >= 500 else None
    return client.get(url), None


def compare(client, world, name):
    page = _page(world, name)
    url = reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, "earliest", "latest"])
    return client.get(url), None


def add_form(client, world, name):
    page = _page(world, name)
    meta = page._meta
    url = reverse(
        "wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, page.get_parent().pk]
    )
    return client.get(url), None


def approve(client, world, name):
    """The lead agencies' approval of a member's contribution submitted for review."""
    if name != "member":
        return None, None
    page = _page(world, name)
    page.get_workflow().start(page, world.users["oas-ed"])
    state = _page(world, name).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", state.pk])
    response = client.post(url, {"comment": ""})
    state.refresh_from_db()
    return response, state.specific.approvals.exists() or state.status == state.STATUS_APPROVED


def submit_translation(client, world, name):
    return client.get(
        reverse("wagtail_localize:submit_page_translation", args=[page_id(world, name)])
    ), None


def update_translations(client, world, name):
    source = world.sources[name]
    return client.get(reverse("wagtail_localize:update_translations", args=[source.pk])), None


def download_pofile(client, world, name):
    translation = world.translations.get(name)
    if translation is None:
        return None, None
    url = reverse("wagtail_localize:download_pofile", args=[translation.pk])
    return client.get(url), None


def localize_convert_to_alias(client, world, name):
    if name not in ("pt", "es"):
        return None, None
    url = reverse("wagtail_localize:convert_to_alias", args=[page_id(world, name)])
    return client.get(url), None


def api_detail(client, world, name):
    return client.get(reverse("wagtailadmin_api:pages:detail", args=[page_id(world, name)])), None


def _draft_then(world, name, suffix):
    page = _page(world, name)
    revision_page = page.get_latest_revision_as_object()
    revision_page.title = f"{page.title} {suffix}"
    revision_page.save_revision()
    return page


def api_publish(client, world, name):
    page = _draft_then(world, name, "via-api")
    url = reverse("wagtailadmin_api:pages:action", args=[page.pk, "publish"])
    response = client.post(url, content_type="application/json")
    return response, _page(world, name).title.endswith(" via-api")


def bulk_publish(client, world, name):
    page = _draft_then(world, name, "via-bulk")
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    response = client.post(f"{url}?id={page.pk}", {"include_descendants": ""})
    return response, _page(world, name).title.endswith(" via-bulk")


def add_subpage(client, world, name):
    """The choice of a new page's type; with one type allowed, Wagtail goes straight to its form."""
    parent = _page(world, name).get_parent()
    response = client.get(reverse("wagtailadmin_pages:add_subpage", args=[parent.pk]))
    opened = response.status_code == 200 or (
        response.status_code == 302 and "/pages/add/" in response["Location"]
    )
    return response, opened


def unlock_post(client, world, name):
    page = _page(world, name)
    page.locked = True
    page.save(update_fields=["locked"])
    response = client.post(reverse("wagtailadmin_pages:unlock", args=[page.pk]))
    return response, not _page(world, name).locked


def _translation_view(url_name, method="get"):
    def run(client, world, name):
        translation = world.translations.get(name)
        if translation is None:
            return None, None
        response = getattr(client, method)(reverse(url_name, args=[translation.pk]))
        if method == "post":
            translation.refresh_from_db()
            return response, not translation.enabled
        return response, None

    return run


def submit_for_review(client, world, name):
    translation = world.translations.get(name)
    if translation is None:
        return None, None
    url = reverse("egecms_localization:submit_for_review", args=[translation.pk])
    response = client.post(url)
    target = translation.get_target_instance()
    return response, Page.objects.get(pk=target.pk).specific.workflow_in_progress


def translations_report(client, world, name):
    if name not in world.translations:
        return None, None
    url = reverse("wagtail_localize:translations_report")
    return client.get(url), None


def type_use(client, world, name):
    meta = _page(world, name)._meta
    url = reverse("wagtailadmin_pages:type_use", args=[meta.app_label, meta.model_name])
    return client.get(url), None


def workflow_view(url_name):
    """A view of the review of a member's contribution, once its author has submitted it."""

    def run(client, world, name):
        if name != "member":
            return None, None
        page = _page(world, name)
        workflow_state = page.get_workflow().start(page, world.users["oas-ed"])
        args = {
            "wagtailadmin_pages:workflow_history_detail": [page.pk, workflow_state.pk],
            "wagtailadmin_pages:workflow_preview": [
                page.pk,
                workflow_state.current_task_state.task_id,
            ],
            "wagtailadmin_pages:confirm_workflow_cancellation": [page.pk],
        }[url_name]
        return client.get(reverse(url_name, args=args)), None

    return run


def explore(client, world, name):
    return client.get(reverse("wagtailadmin_explore", args=[page_id(world, name)])), None


def _explore_parent(url_name):
    def run(client, world, name):
        parent = _page(world, name).get_parent()
        return client.get(reverse(url_name, args=[parent.pk])), None

    return run


def chooser(client, world, name):
    parent = _page(world, name).get_parent()
    return client.get(reverse("wagtailadmin_choose_page_child", args=[parent.pk])), None


def _admin_search(url_name):
    def run(client, world, name):
        return client.get(reverse(url_name), {"q": world.markers[name]}), None

    return run


def _edit_link(world, name):
    return reverse("wagtailadmin_pages:edit", args=[page_id(world, name)])


def api_listing(client, world, name):
    parent = _page(world, name).get_parent()
    url = reverse("wagtailadmin_api:pages:listing")
    return client.get(url, {"child_of": parent.pk, "fields": "title"}), None


VIEWS = [
    View("edit", "read", ("wagtailadmin_pages:edit",), _get("wagtailadmin_pages:edit", page_id)),
    View(
        "save",
        "action",
        (
            "wagtailadmin_pages:edit",
            "wagtail_localize:edit_string_translation",
            "egecms_guarded_translation_edit_string",
        ),
        edit_post,
    ),
    View("publish", "action", ("wagtailadmin_pages:edit",), publish_post),
    View("unpublish", "action", ("wagtailadmin_pages:unpublish",), unpublish_post),
    View("delete", "action", ("wagtailadmin_pages:delete",), delete_post),
    View("lock", "action", ("wagtailadmin_pages:lock",), lock_post),
    View("unlock", "action", ("wagtailadmin_pages:unlock",), unlock_post),
    View("move", "read", ("wagtailadmin_pages:move",), _get("wagtailadmin_pages:move", page_id)),
    View("copy", "read", ("wagtailadmin_pages:copy",), _get("wagtailadmin_pages:copy", page_id)),
    View("add", "read", ("wagtailadmin_pages:add",), add_form),
    View("add_subpage", "action", ("wagtailadmin_pages:add_subpage",), add_subpage),
    View(
        "revision",
        "read",
        ("wagtailadmin_pages:revisions_view",),
        _get("wagtailadmin_pages:revisions_view", page_id, latest_revision_id),
    ),
    View(
        "revert",
        "read",
        ("wagtailadmin_pages:revisions_revert",),
        _get("wagtailadmin_pages:revisions_revert", page_id, latest_revision_id),
    ),
    View("compare", "read", ("wagtailadmin_pages:revisions_compare",), compare),
    View(
        "history",
        "read",
        ("wagtailadmin_pages:history",),
        _get("wagtailadmin_pages:history", page_id),
    ),
    View(
        "history_results",
        "read",
        ("wagtailadmin_pages:history_results",),
        _get("wagtailadmin_pages:history_results", page_id),
    ),
    View("preview", "read", ("wagtailadmin_pages:preview_on_edit",), preview),
    View(
        "view_draft",
        "read",
        ("wagtailadmin_pages:view_draft",),
        _get("wagtailadmin_pages:view_draft", page_id),
    ),
    View(
        "workflow_history",
        "read",
        ("wagtailadmin_pages:workflow_history",),
        _get("wagtailadmin_pages:workflow_history", page_id),
    ),
    View("approve", "action", ("wagtailadmin_pages:workflow_action",), approve),
    View(
        "workflow_detail",
        "read",
        ("wagtailadmin_pages:workflow_history_detail",),
        workflow_view("wagtailadmin_pages:workflow_history_detail"),
    ),
    View(
        "workflow_preview",
        "read",
        ("wagtailadmin_pages:workflow_preview",),
        workflow_view("wagtailadmin_pages:workflow_preview"),
    ),
    # Wagtail's confirmation text ("this will cancel the review"): shows nothing of the page.
    View(
        "cancel_workflow",
        "listing",
        ("wagtailadmin_pages:confirm_workflow_cancellation",),
        workflow_view("wagtailadmin_pages:confirm_workflow_cancellation"),
    ),
    View("usage", "read", ("wagtailadmin_pages:usage",), _get("wagtailadmin_pages:usage", page_id)),
    View(
        "privacy",
        "read",
        ("wagtailadmin_pages:set_privacy",),
        _get("wagtailadmin_pages:set_privacy", page_id),
    ),
    View("explore", "read", ("wagtailadmin_explore",), explore),
    View(
        "explore_parent",
        "listing",
        ("wagtailadmin_explore",),
        _explore_parent("wagtailadmin_explore"),
    ),
    View(
        "explore_results",
        "listing",
        ("wagtailadmin_explore_results",),
        _explore_parent("wagtailadmin_explore_results"),
    ),
    View("chooser", "listing", ("wagtailadmin_choose_page_child",), chooser),
    # The search box repeats the query (the marker): a result is the page's edit link.
    View(
        "search",
        "listing",
        ("wagtailadmin_pages:search",),
        _admin_search("wagtailadmin_pages:search"),
        evidence=_edit_link,
    ),
    View(
        "search_results",
        "listing",
        ("wagtailadmin_pages:search_results",),
        _admin_search("wagtailadmin_pages:search_results"),
        evidence=_edit_link,
    ),
    View("type_use", "listing", ("wagtailadmin_pages:type_use",), type_use),
    View("api_detail", "read", ("wagtailadmin_api:pages:detail",), api_detail),
    View("api_listing", "listing", ("wagtailadmin_api:pages:listing",), api_listing),
    View("api_publish", "action", ("wagtailadmin_api:pages:action",), api_publish),
    View("bulk_publish", "action", ("wagtail_bulk_action",), bulk_publish),
    View(
        "translate",
        "read",
        ("wagtail_localize:submit_page_translation", "egecms_guarded_submit_page_translation"),
        submit_translation,
    ),
    View(
        "update_translations",
        "read",
        ("wagtail_localize:update_translations", "egecms_guarded_update_translations"),
        update_translations,
    ),
    View(
        "pofile",
        "read",
        ("wagtail_localize:download_pofile", "egecms_guarded_translation_download_pofile"),
        download_pofile,
    ),
    View(
        "preview_translation",
        "read",
        ("wagtail_localize:preview_translation", "egecms_guarded_translation_preview"),
        _translation_view("wagtail_localize:preview_translation"),
    ),
    View(
        "stop_translation",
        "action",
        ("wagtail_localize:stop_translation", "egecms_guarded_translation_stop"),
        _translation_view("wagtail_localize:stop_translation", method="post"),
    ),
    View(
        "submit_for_review",
        "action",
        ("egecms_localization:submit_for_review",),
        submit_for_review,
    ),
    View(
        "translations_report",
        "listing",
        ("wagtail_localize:translations_report", "egecms_guarded_translations_report"),
        translations_report,
        # A row names the source page: for the Portuguese and Spanish copies, the English practice.
        evidence=lambda world, name: world.markers["lead" if name in ("pt", "es") else name],
    ),
    View("to_alias", "read", ("wagtail_localize:convert_to_alias",), localize_convert_to_alias),
    *REQUEST_VIEWS,
    *GOVERNANCE_VIEWS,
    *COORDINATION_VIEWS,
    *SUBSCRIPTION_VIEWS,
]
