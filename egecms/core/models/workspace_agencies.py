"""Who leads a work space and who is a member of it, in every language.

``workspaces.yaml`` is the one place that says it: ``manage.py provision_workspaces`` writes
these rows from it in the same run that grants the page permissions, so the agencies asked
to sign off a contribution and the agencies allowed to publish it cannot differ. The rows are
keyed by the work space's ``translation_key`` (one set for all its translations) and are not
page content: no draft, revision or translation can carry another list.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class WorkspaceAgency(models.Model):
    """One agency's role in one work space (written by provisioning, never by hand)."""

    class Role(models.TextChoices):
        LEAD = "lead", _("lead agency")
        MEMBER = "member", _("member agency")

    workspace_key = models.UUIDField(db_index=True)
    agency = models.ForeignKey("egecms_core.Agency", on_delete=models.CASCADE, related_name="+")
    role = models.CharField(max_length=10, choices=Role)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("work space agency")
        verbose_name_plural = _("work space agencies")
        ordering = ["workspace_key", "role", "sort_order"]
        constraints = [
            models.UniqueConstraint(
                fields=["workspace_key", "agency"], name="one_role_per_agency_and_workspace"
            )
        ]

    def __str__(self):
        return f"{self.agency} ({self.get_role_display()})"


def workspace_agency_ids(page, role):
    """Ids of the (canonical) agencies with ``role`` in ``page``'s work space, in order."""
    return list(
        WorkspaceAgency.objects.filter(workspace_key=page.translation_key, role=role)
        .order_by("sort_order")
        .values_list("agency_id", flat=True)
    )


def set_workspace_agencies(page, *, leads, members=()):
    """Make ``leads`` and ``members`` (canonical agencies) the agencies of ``page``'s work
    space, in every language; returns ``(added, removed)`` as ``(agency, role)`` pairs."""
    wanted = {
        agency.pk: (agency, role, order)
        for role, agencies in (
            (WorkspaceAgency.Role.LEAD, leads),
            (WorkspaceAgency.Role.MEMBER, members),
        )
        for order, agency in enumerate(agencies)
    }
    existing = {
        row.agency_id: row
        for row in WorkspaceAgency.objects.filter(
            workspace_key=page.translation_key
        ).select_related("agency")
    }
    removed = []
    for agency_id, row in existing.items():
        if agency_id not in wanted or wanted[agency_id][1] != row.role:
            row.delete()
            removed.append((row.agency, row.role))
        elif row.sort_order != wanted[agency_id][2]:
            row.sort_order = wanted[agency_id][2]
            row.save(update_fields=["sort_order"])
    kept = {a for a, row in existing.items() if a in wanted and wanted[a][1] == row.role}
    new = [
        WorkspaceAgency(
            workspace_key=page.translation_key, agency=agency, role=role, sort_order=order
        )
        for agency_id, (agency, role, order) in wanted.items()
        if agency_id not in kept
    ]
    WorkspaceAgency.objects.bulk_create(new)
    return [(row.agency, row.role) for row in new], removed
