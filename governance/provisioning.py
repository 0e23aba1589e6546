"""An organisation admitted by consensus gets its groups, work-space rights and access to the
platform from provisioning at once. The core's provisioning asks this app which organisations
were admitted (hook ``workspaces_admitted_agencies``) and keeps them members whatever
workspaces.yaml still says, with a warning that the file should say ``status: member``: a
later ``provision_workspaces`` does not undo the decision."""

from egecms.workspaces.description import parse_description
from egecms.workspaces.management.commands.provision_workspaces import default_description_path
from egecms.workspaces.provisioning import ProvisionWorkspaces


def provision_admitted(agency, *, path=None):
    """Provision the file's description again, now that ``agency`` was admitted; the report."""
    path = path or default_description_path()
    description = parse_description(path.read_text(encoding="utf-8"), source=path.name)
    return ProvisionWorkspaces(description).execute()
