"""Receivers of the governance app, connected in ``GovernanceConfig.ready()``."""

from functools import partial

from django.db import transaction

from . import tasks


def provision_new_member(sender, agency, decision, **kwargs):
    """Once the admission commits, provisioning gives the new member its groups and rights."""
    transaction.on_commit(partial(tasks.provision_admitted_member.enqueue, agency.pk))
