"""The permission policy of the requests for assistance, asked directly (no HTTP), and the
admin URL finder that links a request from Wagtail's audit log."""

import pytest
from django.contrib.auth.models import AnonymousUser, Permission
from django.urls import reverse
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.permissions import policy_registry

from assistance.models import AssistanceRequest
from assistance.permissions import AssistanceRequestPermissionPolicy

from .follow_up import make_request_page, make_staff, submit

PROGRAM_MANAGERS = {"idb-pm", "wb-pm", "oas-pm"}
HANDLERS = {"idb-pm", "wb-pm", "board", "super"}  # the request is routed to IDB and WB
ERASERS = {"board", "super"}


@pytest.fixture
def world(menu, site_tree_en, django_capture_on_commit_callbacks):
    agencies = {acronym: space.agency for acronym, space in menu["spaces"].items()}
    users = make_staff(agencies)
    with django_capture_on_commit_callbacks(execute=True):
        assistance_request = submit(
            make_request_page(site_tree_en), [menu["topics"]["digital-identity"]]
        )
    return {"users": users, "request": assistance_request, "agencies": agencies}


def fresh(user):
    """The user again, without the access the policy cached on it."""
    return type(user).objects.get(pk=user.pk)


@pytest.mark.django_db
def test_the_policy_is_the_one_wagtail_uses_for_requests():
    policy = policy_registry.get_by_type(AssistanceRequest)
    assert isinstance(policy, AssistanceRequestPermissionPolicy)


@pytest.mark.django_db
def test_each_role_may_do_what_its_role_says_on_a_request(world):
    policy = policy_registry.get_by_type(AssistanceRequest)
    assistance_request = world["request"]
    for role, user in world["users"].items():
        queue = role in PROGRAM_MANAGERS | ERASERS
        assert policy.user_has_permission(user, "view") == queue, role
        assert policy.user_has_permission(user, "delete") == (role in ERASERS), role
        assert not policy.user_has_permission(user, "add"), role
        for action in ("view", "change", "export"):
            allowed = policy.user_has_permission_for_instance(user, action, assistance_request)
            assert allowed == (role in HANDLERS), (role, action)
        erases = policy.user_has_permission_for_instance(user, "delete", assistance_request)
        assert erases == (role in ERASERS), role
        listed = policy.instances_user_has_permission_for(user, "view")
        assert (assistance_request in listed) == (role in HANDLERS), role
    assert not policy.user_has_permission(AnonymousUser(), "view")

    users = world["users"]
    handlers = policy.users_with_permission_for_instance("change", assistance_request)
    assert set(handlers) == {users[role] for role in HANDLERS}
    assert set(policy.users_with_permission("delete")) == {users[role] for role in ERASERS}


@pytest.mark.django_db
def test_the_agency_a_request_is_assigned_to_handles_it_even_unrouted(world):
    policy = policy_registry.get_by_type(AssistanceRequest)
    assistance_request = world["request"]
    oas_pm = world["users"]["oas-pm"]
    assert not policy.user_has_permission_for_instance(oas_pm, "change", assistance_request)
    AssistanceRequest.objects.filter(pk=assistance_request.pk).update(
        assigned_agency=world["agencies"]["OAS"]
    )
    assistance_request.refresh_from_db()
    oas_pm = fresh(oas_pm)
    assert policy.user_has_permission_for_instance(oas_pm, "change", assistance_request)
    assert assistance_request in policy.instances_user_has_permission_for(oas_pm, "view")


@pytest.mark.django_db
def test_django_model_permissions_open_no_request(world):
    editor = world["users"]["idb-ed"]
    editor.groups.first().permissions.add(
        *Permission.objects.filter(content_type__model="assistancerequest")
    )
    policy = policy_registry.get_by_type(AssistanceRequest)
    editor = fresh(editor)
    assert not policy.user_has_permission(editor, "view")
    assert not policy.instances_user_has_permission_for(editor, "view").exists()


@pytest.mark.django_db
def test_the_audit_log_links_a_request_to_its_page_for_those_who_handle_it(world):
    assistance_request = world["request"]
    page = reverse("assistance_requests:inspect", args=[assistance_request.pk])
    for role, user in world["users"].items():
        link = AdminURLFinder(user).get_edit_url(assistance_request)
        assert link == (page if role in HANDLERS else None), role
