"""An organisation admitted by consensus gets its groups, work-space rights and access to the
platform from provisioning at once: workspaces.yaml, with that organisation as a member. Its
entry in the file should then say ``status: member`` (the report of the task says so), or the
next ``provision_workspaces`` would make it prospective again."""

import dataclasses

from egecms.core.models import Agency
from egecms.workspaces.description import parse_description
from egecms.workspaces.management.commands.provision_workspaces import default_description_path
from egecms.workspaces.provisioning import ProvisionWorkspaces


def provision_admitted(agency, *, path=None):
    """Provision the file's description with ``agency`` as a member; the provisioning report."""
    path = path or default_description_path()
    description = parse_description(path.read_text(encoding="utf-8"), source=path.name)
    agencies = {
        key: dataclasses.replace(spec, status=Agency.Status.MEMBER)
        if spec.acronym == agency.acronym
        else spec
        for key, spec in description.agencies.items()
    }
    report = ProvisionWorkspaces(dataclasses.replace(description, agencies=agencies)).execute()
    report.warnings.append(
        f"{agency.acronym} joined by consensus: set 'status: member' for it in {path.name}"
    )
    return report
