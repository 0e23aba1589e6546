"""The coordination app's part of the demo: the who-does-what-where page (which lists the
activities too), a few activities in the agencies' spaces (four languages) and the member agencies'
missions (plain records, members only), with one overlap of missions and one of activities."""

import datetime

from django.apps import apps
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..data import load as load_data

LABEL = _("Coordination")
ORDER = 32  # after the events, practices and services it counts
REQUIRES = ("agencies", "coordination")


def load(loader):
    from coordination.detection import detect_overlaps  # installed: see REQUIRES

    model = apps.get_app_config("coordination").get_model
    content = load_data("coordination")
    loader.ensure_section(model("CountryProfilesPage"), texts=content["profiles"])
    for data in content["activities"]:
        language = data["source_locale"]
        page = model("ActivityPage")(
            title=data["title"][language],
            slug=data["slug"],
            summary=data["summary"][language],
            date=datetime.date.fromisoformat(data["start"]),
            countries=data["countries"],
            status=data["status"],
            start_date=datetime.date.fromisoformat(data["start"]),
            end_date=datetime.date.fromisoformat(data["end"]),
            budget_band=data["budget_band"],
            contact_name=data["contact_name"],
        )
        loader.ensure_page(
            parent=loader.workspace(data["agency"].lower()),
            page=page,
            language=language,
            translatable=[data["title"], data["summary"]],
            label=f"Activity {data['slug']}",
            before_save=lambda saved, data=data: loader.relate(
                saved, agencies=[data["agency"]], topics=data["topics"]
            ),
        )
    _missions(loader, model("Mission"), content["missions"])
    flags = detect_overlaps()
    loader.step(f"Overlaps found: {len(flags)}", created=bool(flags), kind="overlap")


def _missions(loader, mission_model, missions):
    """The missions, once: a mission is known by its agency, country and purpose."""
    today = timezone.localdate()
    for data in missions:
        agency = loader.agency(data["agency"])
        start = today + datetime.timedelta(days=data["starts_in_days"])
        mission, created = mission_model.objects.get_or_create(
            agency=agency,
            country=data["country"],
            purpose=data["purpose"],
            defaults={
                "cities": data["cities"],
                "start_date": start,
                "end_date": start + datetime.timedelta(days=data["days"]),
                "counterpart_institution": data["counterpart"],
                "open_to_joint_participation": data["open"],
            },
        )
        if created:
            mission.topics.set(loader.topics(data["topics"]))
        loader.step(f"Mission {data['agency']} {data['country']}", created=created)
