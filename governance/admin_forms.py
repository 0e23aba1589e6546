"""The admin forms of the managed records: an appointment is checked against the rotation
rules, and a broken rule is the form's error, in the user's language."""

from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminModelForm

from .actions import Appoint
from .rules import RuleBroken


class AppointmentForm(WagtailAdminModelForm):
    def clean(self):
        cleaned_data = super().clean()
        if not self.errors:
            # the instance takes the form's values only after clean(): check what was typed
            for name in ("role", "user", "agency", "start", "end"):
                setattr(self.instance, name, cleaned_data[name])
            try:
                Appoint(self.instance).check()
            except RuleBroken as broken:
                raise ValidationError(broken.message, code=broken.rule) from broken
        return cleaned_data
