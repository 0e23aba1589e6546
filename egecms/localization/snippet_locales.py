"""Translators change snippets (agencies, topics, the editorial policy) in their language only.

Django's permissions on a snippet type know nothing of languages: a translator who may change
agencies could change the English originals, or another language's copies. Translators are
held to the languages of their groups — in the snippet editor and in wagtail-localize's
translation views. The board and superusers are not.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.models import Translation
from wagtail_localize.views import edit_translation

from egecms.workspaces import roles
from egecms.workspaces.publishing import is_editorial_board


def translator_languages(user):
    """The languages a translator is held to, or None for someone who is not held."""
    if user.is_superuser or is_editorial_board(user):
        return None
    held = roles.language_roles(user.groups.values_list("name", flat=True))
    codes = {code for code, role_names in held.items() if roles.TRANSLATORS in role_names}
    return codes or None


def may_change_in_language(user, instance):
    if not isinstance(instance, TranslatableMixin) or isinstance(instance, Page):
        return True
    languages = translator_languages(user)
    return languages is None or instance.locale.language_code in languages


def deny_other_languages(request, instance):
    """``before_edit_snippet`` / ``before_delete_snippet`` hook."""
    instances = instance if isinstance(instance, list | tuple) else [instance]
    if not all(may_change_in_language(request.user, item) for item in instances):
        raise PermissionDenied


def _guarded(view):
    def guarded(request, translation_id, *args, **kwargs):
        translation = get_object_or_404(Translation, pk=translation_id)
        languages = translator_languages(request.user)
        if languages is not None and translation.target_locale.language_code not in languages:
            raise PermissionDenied
        return view(request, translation_id, *args, **kwargs)

    return guarded


def urlpatterns():
    """wagtail-localize's translation views (by translation id), held to the translator's
    languages: mounted at the same addresses, ahead of them."""
    base = "localize/translate/<int:translation_id>/"
    views = [
        (
            "strings/<int:string_segment_id>/edit/",
            edit_translation.edit_string_translation,
            "edit_string",
        ),
        (
            "overrides/<int:overridable_segment_id>/edit/",
            edit_translation.edit_override,
            "edit_override",
        ),
        ("pofile/download/", edit_translation.download_pofile, "download_pofile"),
        ("pofile/upload/", edit_translation.upload_pofile, "upload_pofile"),
        ("machine_translate/", edit_translation.machine_translate, "machine_translate"),
        ("preview/", edit_translation.preview_translation, "preview"),
        ("preview/<str:mode>/", edit_translation.preview_translation, "preview_mode"),
        ("disable/", edit_translation.stop_translation, "stop"),
    ]
    return [
        path(base + route, _guarded(view), name=f"egecms_guarded_translation_{name}")
        for route, view, name in views
    ]
