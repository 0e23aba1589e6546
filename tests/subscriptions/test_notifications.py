"""Notifications reach exactly the people something waits for, in their admin language, by
their choice (now, a daily summary, none), never the person who acted."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from wagtail.models import Locale

from subscriptions.models import NotificationPreference, PendingNotification
from tests import factories

from .conftest import person


def sent_to():
    return sorted(message.to[0].split("@")[0] for message in mail.outbox)


def subjects():
    return {message.to[0].split("@")[0]: message.subject for message in mail.outbox}


def submit(tree, user, title="A member's practice"):
    practice = factories.PracticePageFactory(parent=tree.pages["cluster"], title=title, live=False)
    practice.save_revision(user=user)
    practice.get_workflow().start(practice, user)
    return practice


def act(page, user, action="approve"):
    page.refresh_from_db()
    state = page.current_workflow_task_state
    state.task.specific.on_action(state, user, action)
    page.refresh_from_db()
    return page


@pytest.mark.django_db
def test_a_member_contribution_tells_the_lead_agencies_then_the_board_each_in_their_language(
    provisioned_site,
):
    tree, people = provisioned_site["tree"], provisioned_site["people"]
    practice = submit(tree, people["wb"])
    # IDB and OAS lead the cluster: their staff, not the member who submitted.
    assert sent_to() == ["idb", "oas_pm"]
    assert subjects()["idb"] == "Espera su revisión: A member's practice"
    assert subjects()["oas_pm"] == "En attente de votre relecture : A member's practice"
    assert "/admin/pages/" in mail.outbox[0].body
    assert "<p>" in mail.outbox[0].alternatives[0][0]
    mail.outbox.clear()
    act(practice, people["idb"])
    assert mail.outbox == []  # still waiting for OAS: nobody new
    act(practice, people["oas_pm"])
    assert sent_to() == ["board"]
    assert subjects()["board"] == "Aguardando a sua revisão: A member's practice"


@pytest.mark.django_db
def test_a_lead_agencys_own_contribution_goes_straight_to_the_board_and_never_tells_the_actor(
    provisioned_site,
):
    tree, people = provisioned_site["tree"], provisioned_site["people"]
    people["board"].groups.add(Group.objects.get(name="IDB editors"))
    submit(tree, people["board"])
    # The lead agency signed off by submitting; the board member who submitted is not told.
    assert sent_to() == []
    submit(tree, people["idb"], title="Another")
    assert sent_to() == ["board"]


@pytest.mark.django_db
def test_each_user_chooses_now_a_daily_summary_or_nothing(provisioned_site):
    tree, people = provisioned_site["tree"], provisioned_site["people"]
    NotificationPreference.objects.create(user=people["idb"], kind="sign_off", choice="daily")
    NotificationPreference.objects.create(user=people["oas_pm"], kind="sign_off", choice="none")
    submit(tree, people["wb"])
    assert mail.outbox == []
    [pending] = PendingNotification.objects.all()
    assert pending.user == people["idb"] and pending.subject.startswith("Espera su revisión")
    call_command("send_digests", "--frequency", "daily", stdout=__import__("io").StringIO())
    assert sent_to() == ["idb"]
    assert "Espera su revisión: A member's practice" in mail.outbox[0].body
    assert not PendingNotification.objects.exists()


@pytest.mark.django_db
def test_an_original_published_again_tells_translators_and_whoever_published_the_copy(
    provisioned_site,
):
    tree, people = provisioned_site["tree"], provisioned_site["people"]
    original = tree.pages["practice"]
    spanish = original.copy_for_translation(Locale.objects.get(language_code="es"))
    spanish.save_revision(user=people["translator_es"]).publish()
    mail.outbox.clear()
    revision = original.save_revision(user=people["idb"])
    revision.publish(user=people["idb"])
    # The Spanish translator's copy is out of date; the French translator has one to make.
    assert sent_to() == ["translator_es", "translator_fr"]
    assert subjects()["translator_es"].startswith("Su traducción está desactualizada")
    assert subjects()["translator_fr"].startswith("Traduction en attente (")


@pytest.mark.django_db
def test_a_translation_review_tells_its_languages_reviewers(provisioned_site):
    tree, people = provisioned_site["tree"], provisioned_site["people"]
    spanish = tree.pages["practice"].copy_for_translation(Locale.objects.get(language_code="es"))
    spanish.save_revision(user=people["translator_es"])
    mail.outbox.clear()
    spanish.get_workflow().start(spanish, people["translator_es"])
    assert sent_to() == ["reviewer_es"]
    assert subjects()["reviewer_es"].startswith("Traducción pendiente (")


@pytest.mark.django_db
def test_a_request_routed_to_an_agency_reaches_its_program_managers_daily_summary(
    provisioned_site, django_capture_on_commit_callbacks
):
    from assistance import submission, workflow

    people = provisioned_site["people"]
    oas = provisioned_site["tree"].pages["agency_oas"]
    NotificationPreference.objects.create(user=people["oas_pm"], kind="request", choice="daily")
    silent = person("oas_pm_silent", ["OAS program managers"])
    NotificationPreference.objects.create(user=silent, kind="request", choice="none")
    person("oas_pm_now", ["OAS program managers"], "pt")
    with django_capture_on_commit_callbacks(execute=True):
        request = submission.submit_request(
            country="PE",
            institution="Ministry",
            contact_name="Ana",
            email="ana@ministry.example",
            need="Help with digital identity",
            urgency="medium",
            preferred_language="es",
            locale=Locale.objects.get(language_code="es"),
        )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        workflow.route_to(request, oas, by=people["board"])
    # E-mailed at once by the assistance app: only the one who wants it now.
    assert sent_to() == ["oas_pm_now"]
    [pending] = PendingNotification.objects.filter(kind="request")
    assert pending.user == people["oas_pm"]
    assert pending.subject == f"Demande d’assistance adressée à OAS : {request.reference}"


def test_wagtails_own_group_approval_email_stays_off_whichever_app_is_ready_first():
    """If ``wagtail.admin`` connected its e-mail to a task's groups before this app did, it is
    taken off; if after, it cannot be connected: either way the groups are told once."""
    from wagtail.admin import signal_handlers as wagtail_handlers
    from wagtail.models import TaskState
    from wagtail.signals import task_submitted

    from subscriptions import signal_handlers

    def receivers():
        sync, _async = task_submitted._live_receivers(TaskState)
        return sync

    uid = signal_handlers.WAGTAIL_GROUP_APPROVAL_NOTIFIER
    try:
        task_submitted.disconnect(sender=TaskState, dispatch_uid=uid)
        wagtail_handlers.register_signal_handlers()  # Wagtail ready first
        assert wagtail_handlers.task_submission_email_notifier in receivers()
        signal_handlers.connect()
        assert wagtail_handlers.task_submission_email_notifier not in receivers()
        wagtail_handlers.register_signal_handlers()  # and again after: still held
        assert wagtail_handlers.task_submission_email_notifier not in receivers()
        assert signal_handlers.wagtail_notifier_replaced in receivers()
    finally:
        signal_handlers.connect()
