"""The edit-form data builder the permission tests post with saves every page type unchanged."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page

from tests.form_data import edit_form_data


@pytest.mark.django_db
def test_every_page_type_saves_from_its_own_form_data(client, site_tree_en):
    client.force_login(get_user_model().objects.create_superuser("admin", password="pw"))
    pages = [site_tree_en.topic, *(p for p in site_tree_en.pages.values() if isinstance(p, Page))]
    for page in pages:
        data = edit_form_data(page, title=f"{page.title} (saved)")
        response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
        assert response.status_code == 302, (
            page,
            response.context and response.context["form"].errors,
        )
        page.refresh_from_db()
        assert page.get_latest_revision_as_object().title.endswith("(saved)"), page
