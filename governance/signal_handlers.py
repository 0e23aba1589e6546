"""Receivers of the governance app, connected in ``GovernanceConfig.ready()``."""

from functools import partial

from django.db import transaction

from . import tasks
from .models import ActionPlan
from .public_cache import purge_public_page
from .publication import is_public


def provision_new_member(sender, agency, decision, **kwargs):
    """Once the admission commits, provisioning gives the new member its groups and rights."""
    transaction.on_commit(partial(tasks.provision_admitted_member.enqueue, agency.pk))


def public_record_changed(sender, instance, raw=False, **kwargs):
    """A published decision, meeting summary or action plan saved or deleted: the public page
    in the page cache is out of date (taking an item off the page purges in
    :class:`~.publication.Publish`)."""
    if raw:
        return
    if is_public(instance):
        purge_public_page()


def plan_activity_changed(sender, instance, raw=False, **kwargs):
    """An activity of a published plan changed (or its organisations): its timeline shows it."""
    if raw or kwargs.get("action", "post_").startswith("pre_"):
        return
    if ActionPlan.objects.filter(pk=instance.plan_id, published_at__isnull=False).exists():
        purge_public_page()
