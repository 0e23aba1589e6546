"""The event editor: start and end are typed in the event's own time zone."""

from django.utils import timezone

from egecms.core.forms import ContributionPageForm

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
        return cleaned_data
