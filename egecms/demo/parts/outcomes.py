"""The demo's conclusions and recommendations: the compilation page, and what the past demo
events concluded and recommended, written in the event's own language and translated into the
three others through wagtail-localize (so the recommendations of each copy are linked copies)."""

from django.apps import apps
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from ..data import load as load_data
from ..loader import paragraphs_html
from .events import owner_slug

LABEL = _("Conclusions and recommendations")
ORDER = 31  # after the calendar's part, which creates the events
REQUIRES = ("events",)


def load(loader):
    """Create the compilation page and give each past demo event its outcomes (idempotent).

    Runs after the calendar's part of the demo, which created the events.
    """
    content = load_data("outcomes")
    compilation = content["compilation"]
    loader.ensure_page(
        parent=loader.topic_page,
        page=apps.get_model("events", "RecommendationsPage")(
            title=compilation["title"]["en"],
            slug=compilation["slug"],
            intro=compilation["intro"]["en"],
            show_in_menus=True,
        ),
        language="en",
        translatable=[compilation["title"], compilation["intro"]],
        label=compilation["title"]["en"],
    )
    for data in load_data("events")["events"]:
        outcomes = content["outcomes"].get(data["slug"])
        if outcomes is None or loader.workspace(owner_slug(data["owner"])) is None:
            continue
        language = data["source_locale"]
        event = (
            apps.get_model("events", "EventPage")
            .objects.filter(locale=loader.locales[language], slug=data["slug"])
            .order_by("pk")
            .first()
        )
        if event is None:
            continue
        label = f"Outcomes of {data['slug']}"
        if event.conclusions:
            loader.step(label, created=False)
            continue
        add_outcomes(loader, event=event, outcomes=outcomes, language=language)
        place = [data[key] for key in ("venue", "city") if data[key]]
        loader.translate(
            event,
            [
                data["title"],
                data["summary"],
                *place,
                data["description"],
                outcomes["conclusions"],
                *(recommendation["text"] for recommendation in outcomes["recommendations"]),
            ],
            language,
            slug_from=0,
        )
        loader.step(label, created=True)


def related_page(model_label, slug, locale):
    """The page of type ``model_label`` with the demo ``slug``, in ``locale`` where translated
    (None when its app is not installed or the demo lacks it)."""
    if not slug or not apps.is_installed(model_label.split(".")[0]):
        return None
    page = Page.objects.type(apps.get_model(model_label)).filter(slug=slug).first()
    if page is None:
        return None
    return page.get_translation_or_none(locale) or page


def add_outcomes(loader, *, event, outcomes, language):
    """Write the conclusions and recommendations into ``event`` (in ``language``) and publish."""
    locale = loader.locales[language]
    topics = {
        topic.slug: topic
        for topic in loader.topics(
            [recommendation["topic"] for recommendation in outcomes["recommendations"]]
        )
    }
    event.conclusions = paragraphs_html(outcomes["conclusions"][language])
    recommendation_model = apps.get_model("events", "Recommendation")
    event.recommendations = [
        recommendation_model(
            locale=locale,
            sort_order=index,
            text=recommendation["text"][language],
            topic=topics[recommendation["topic"]],
            actors=recommendation["actors"],
            practice=related_page("practices.PracticePage", recommendation["practice"], locale),
            issue_area=related_page("clusters.IssueAreaPage", recommendation["issue_area"], locale),
        )
        for index, recommendation in enumerate(outcomes["recommendations"])
    ]
    event.save_revision().publish()
