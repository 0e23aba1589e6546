"""Admin forms of clusters and issue areas: the lead-agency rules, checked before saving."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.forms import WagtailAdminPageForm

MAX_LEAD_AGENCIES = 3


def lead_agency_errors(leads, members=()):
    """Messages for a workspace whose lead (and member) agencies break the action plan's rules.

    A workspace is led by one to three agencies; a lead agency is not also listed as a member.
    """
    leads, members = list(leads), list(members)
    errors = {}
    if not leads:
        errors["lead_agencies"] = _("Choose the agency (one to three) that leads this work space.")
    elif len(leads) > MAX_LEAD_AGENCIES:
        errors["lead_agencies"] = ngettext(
            "A work space is led by at most %(max)d agency.",
            "A work space is led by at most %(max)d agencies.",
            MAX_LEAD_AGENCIES,
        ) % {"max": MAX_LEAD_AGENCIES}
    both = sorted({agency.acronym for agency in leads} & {agency.acronym for agency in members})
    if both:
        errors["member_agencies"] = _(
            "%(agencies)s already lead(s) this work space; remove them from the members."
        ) % {"agencies": ", ".join(both)}
    return errors


class WorkspacePageForm(WagtailAdminPageForm):
    """Checks lead agencies (and members, where the page has them) before anything is saved."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "lead_agencies" in self.fields:
            self.fields["lead_agencies"].error_messages["required"] = lead_agency_errors([])[
                "lead_agencies"
            ]

    def clean(self):
        cleaned_data = super().clean()
        if "lead_agencies" in self.fields and "lead_agencies" not in self.errors:
            errors = lead_agency_errors(
                cleaned_data.get("lead_agencies") or [], cleaned_data.get("member_agencies") or []
            )
            for field_name, message in errors.items():
                if field_name in self.fields:
                    self.add_error(field_name, ValidationError(message, code="lead_agencies"))
        return cleaned_data
