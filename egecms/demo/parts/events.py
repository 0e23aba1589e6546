"""The events app's part of the demo: the calendar and its events, in their own time zones."""

import datetime

from django.apps import apps
from django.utils.translation import gettext_lazy as _

from ..data import load as load_data
from ..loader import paragraphs_html

LABEL = _("Calendar of events")
ORDER = 30
REQUIRES = ("events",)


def owner_slug(owner):
    kind, value = next(iter(owner.items()))
    return value.lower() if kind == "agency" else value


def load(loader):
    model = apps.get_app_config("events").get_model
    from events.timezones import wall_clock_to_aware  # installed: see REQUIRES

    content = load_data("events")
    texts = content["calendar"]
    loader.ensure_section(model("CalendarPage"), slug="calendar", texts=texts)
    for data in content["events"]:
        workspace = loader.workspace(owner_slug(data["owner"]))
        if workspace is None:  # the app that owns this kind of workspace is not installed
            continue
        language = data["source_locale"]
        zone = data["timezone"]
        place = [data[key] for key in ("venue", "city") if data[key]]
        loader.ensure_page(
            parent=workspace,
            page=model("EventPage")(
                title=data["title"][language],
                slug=data["slug"],
                summary=data["summary"][language],
                date=datetime.date.fromisoformat(data["date"]),
                start=wall_clock_to_aware(datetime.datetime.fromisoformat(data["start"]), zone),
                end=wall_clock_to_aware(datetime.datetime.fromisoformat(data["end"]), zone),
                timezone=zone,
                all_day=data["all_day"],
                recurrence=data.get("recurrence", ""),
                date_changes=[
                    model("EventDateChange")(
                        original_date=datetime.date.fromisoformat(change["original_date"]),
                        action=change["action"],
                        new_date=(
                            datetime.date.fromisoformat(change["new_date"])
                            if change.get("new_date")
                            else None
                        ),
                    )
                    for change in data.get("date_changes", ())
                ],
                venue=(data["venue"] or {}).get(language, ""),
                city=(data["city"] or {}).get(language, ""),
                country=data["country"],
                online_url=data["online_url"],
                registration_url=data["registration_url"],
                languages=data["languages"],
                description=paragraphs_html(data["description"][language]),
                countries=[data["country"]] if data["country"] else [],
            ),
            language=language,
            translatable=[data["title"], data["summary"], *place, data["description"]],
            label=f"Event {data['slug']}",
            before_save=lambda page, data=data: loader.relate(
                page, agencies=data["organisers"], topics=data["topics"]
            ),
        )
