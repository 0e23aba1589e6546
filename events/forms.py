"""The event editor: start and end are typed in the event's own time zone; a repeat rule and
its cancelled or moved occurrences are checked together before anything is saved."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from egecms.core.forms import ContributionPageForm

from .recurrence import DateChange, RecurrenceError, expand
from .timezones import aware_to_wall_clock, wall_clock_to_aware


class EventPageForm(ContributionPageForm):
    """Shows and reads start/end as wall-clock times of the event's time zone.

    An editor in Bogotá entering a meeting in São Paulo types the São Paulo times; what is
    stored is the exact moment, whatever the editor's own admin time zone.
    """

    WALL_CLOCK_FIELDS = ("start", "end")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = self.instance.timezone or "UTC"
        for name in self.WALL_CLOCK_FIELDS:
            value = getattr(self.instance, name, None)
            if name in self.fields and value is not None:
                self.initial[name] = aware_to_wall_clock(value, zone)

    def clean(self):
        cleaned_data = super().clean()
        zone = cleaned_data.get("timezone") or "UTC"
        for name in self.WALL_CLOCK_FIELDS:
            value = cleaned_data.get(name)
            if value is not None:
                naive = timezone.make_naive(value) if timezone.is_aware(value) else value
                cleaned_data[name] = wall_clock_to_aware(naive, zone)
        self.check_schedule(cleaned_data, zone)
        return cleaned_data

    def submitted_date_changes(self):
        """The cancelled/moved occurrences as submitted (None when that formset is invalid)."""
        formset = self.formsets.get("date_changes")
        if formset is None:
            return []
        if not formset.is_valid():
            return None
        changes = []
        for form in formset.forms:
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE") or not data.get("original_date"):
                continue
            if data.get("action") == "cancelled":
                changes.append(DateChange(original_date=data["original_date"], cancelled=True))
            else:
                changes.append(
                    DateChange(
                        original_date=data["original_date"],
                        new_date=data.get("new_date"),
                        new_start_time=data.get("new_start_time"),
                        new_end_time=data.get("new_end_time"),
                    )
                )
        return changes

    def check_schedule(self, cleaned_data, zone):
        start, end = cleaned_data.get("start"), cleaned_data.get("end")
        rule = cleaned_data.get("recurrence", "")
        changes = self.submitted_date_changes()
        if start is None or end is None or end < start or changes is None:
            return
        if changes and not rule:
            self.add_error(
                "recurrence",
                _("Only a repeating event has occurrences to cancel or move; add a repeat rule."),
            )
            return
        try:
            expand(
                start=aware_to_wall_clock(start, zone),
                end=aware_to_wall_clock(end, zone),
                zone_name=zone,
                rule=rule,
                changes=changes,
            )
        except RecurrenceError as error:
            self.add_error("recurrence", error.message)
