"""Who leads and who is a member of each work space, written from ``workspaces.yaml``.

Provisioning calls :func:`sync_workspace_agencies` in the same run (and transaction) that
grants the page permissions from the same description, so the agencies asked to sign off a
contribution are exactly the agencies allowed to publish it.
"""

from egecms.core.models import set_workspace_agencies


def sync_workspace_agencies(description, pages, agencies):
    """Make each work space's agencies what ``description`` says; ``pages`` are the work
    spaces of the default locale by slug, ``agencies`` the canonical agencies by key.
    Returns ``(changes, warnings)``, lines for the report."""
    changes, warnings = [], []
    described = {spec.slug: spec for spec in description.workspaces}
    for slug, page in pages.items():
        if page.is_agency_space:
            continue  # an agency's own space is led by its agency
        spec = described.get(slug)
        if spec is None:
            warnings.append(
                f"the work space '{slug}' is not in workspaces.yaml: no agency leads it"
            )
        leads = [agencies[key] for key in spec.leads] if spec else []
        members = [agencies[key] for key in spec.members] if spec else []
        added, removed = set_workspace_agencies(page, leads=leads, members=members)
        changes += [f"+ {agency.acronym}: {role} of '{slug}'" for agency, role in added]
        changes += [f"- {agency.acronym}: {role} of '{slug}'" for agency, role in removed]
    return changes, warnings
