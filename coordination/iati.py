"""Import an agency's IATI activity file (the International Aid Transparency Initiative's XML,
version 2.0x, as IDB and the World Bank publish it) as draft activities of its space.

- :func:`parse_iati` reads the file safely (``defusedxml``: no entities, no external
  references) into :class:`IatiActivity` objects. A file that is not IATI activity XML, or any
  activity with a problem (no identifier, no title, an unknown status code, a malformed date),
  raises :class:`IatiImportError` naming every problem by activity — nothing is imported.
- :func:`import_iati` keeps the activities with a recipient country in Latin America and the
  Caribbean (the others are reported as skipped) and creates each as a **draft**
  ``ActivityPage`` in the agency's space, in the default locale. An activity imported before
  (same ``iati-identifier`` in that space) is left as it is: re-importing creates nothing new
  and never overwrites what an editor changed.

The ``import_iati`` command and the admin's upload view are thin callers.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring
from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug
from wagtail.log_actions import log

from egecms.core.countries import LAC_COUNTRY_CODES
from egecms.core.models import Agency

from .models import ActivityPage
from .models.activity import ActivityStatus, BudgetBand

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MAX_BYTES = 10 * 1024 * 1024

#: IATI's ActivityStatus codelist.
STATUS_CODES = {
    "1": ActivityStatus.PLANNED,  # Pipeline/identification
    "2": ActivityStatus.ACTIVE,  # Implementation
    "3": ActivityStatus.ACTIVE,  # Finalisation
    "4": ActivityStatus.COMPLETED,  # Closed
    "5": ActivityStatus.CANCELLED,
    "6": ActivityStatus.SUSPENDED,
}
#: IATI's ActivityDateType codelist: 1 planned start, 2 actual start, 3 planned end, 4 actual end.
PLANNED_START, ACTUAL_START, PLANNED_END, ACTUAL_END = "1", "2", "3", "4"


class IatiImportError(Exception):
    """The file cannot be imported; ``problems`` names each one (nothing was imported)."""

    def __init__(self, problems):
        self.problems = [str(problem) for problem in problems]
        super().__init__("\n".join(self.problems))


@dataclass
class IatiActivity:
    """What one ``iati-activity`` says, mapped to an activity's fields."""

    identifier: str
    title: str
    description: str = ""
    status: str = ActivityStatus.ACTIVE
    start: datetime.date | None = None
    end: datetime.date | None = None
    countries: list = field(default_factory=list)
    budget_usd: Decimal | None = None

    @property
    def lac_countries(self):
        return [code for code in self.countries if code in LAC_COUNTRY_CODES]


@dataclass
class IatiReport:
    """What an import did: activities created, already there, skipped (and why)."""

    created: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    skipped: list = field(default_factory=list)

    def summary(self):
        return _(
            "%(created)s created as drafts, %(unchanged)s already imported, %(skipped)s skipped."
        ) % {
            "created": len(self.created),
            "unchanged": len(self.unchanged),
            "skipped": len(self.skipped),
        }


def _text(element, language):
    """The narrative of ``element`` in ``language``, else the first one ("" if none)."""
    if element is None:
        return ""
    narratives = element.findall("narrative")
    for narrative in narratives:
        if narrative.get(XML_LANG, "").lower() == language and (narrative.text or "").strip():
            return narrative.text.strip()
    for narrative in narratives:
        if (narrative.text or "").strip():
            return narrative.text.strip()
    return ""


def _date(value):
    return datetime.date.fromisoformat(value.strip()[:10])


def _parse_activity(element, *, number, default_language, default_currency, problems):
    identifier = (element.findtext("iati-identifier") or "").strip()
    name = identifier or _("activity no. %(number)s") % {"number": number}
    if not identifier:
        problems.append(_("Activity no. %(number)s has no iati-identifier.") % {"number": number})
    language = (element.get(XML_LANG) or default_language).lower()
    title = _text(element.find("title"), language)
    if not title:
        problems.append(_("%(activity)s has no title.") % {"activity": name})
    activity = IatiActivity(
        identifier=identifier,
        title=title,
        description=_text(element.find("description"), language),
    )
    status = element.find("activity-status")
    if status is not None:
        code = status.get("code", "")
        if code not in STATUS_CODES:
            problems.append(
                _("%(activity)s: unknown activity-status code %(code)r.")
                % {"activity": name, "code": code}
            )
        else:
            activity.status = STATUS_CODES[code]
    dates = {}
    for date in element.findall("activity-date"):
        try:
            dates[date.get("type", "")] = _date(date.get("iso-date", ""))
        except ValueError:
            problems.append(
                _("%(activity)s: activity-date %(value)r is not a date (YYYY-MM-DD).")
                % {"activity": name, "value": date.get("iso-date", "")}
            )
    activity.start = dates.get(ACTUAL_START) or dates.get(PLANNED_START)
    activity.end = dates.get(ACTUAL_END) or dates.get(PLANNED_END)
    if activity.start and activity.end and activity.end < activity.start:
        problems.append(_("%(activity)s ends before it starts.") % {"activity": name})
    activity.countries = [
        country.get("code", "").strip().upper() for country in element.findall("recipient-country")
    ]
    currency = (element.get("default-currency") or default_currency or "").upper()
    total = Decimal(0)
    counted = False
    for value in element.findall("budget/value"):
        if (value.get("currency") or currency) != "USD":
            continue
        try:
            total += Decimal((value.text or "").strip())
            counted = True
        except InvalidOperation:
            problems.append(
                _("%(activity)s: budget value %(value)r is not a number.")
                % {"activity": name, "value": value.text}
            )
    activity.budget_usd = total if counted else None
    return activity


def parse_iati(data):
    """The activities of an IATI activity file (bytes); :class:`IatiImportError` if any problem."""
    if len(data) > MAX_BYTES:
        raise IatiImportError([_("The file is larger than 10 MB.")])
    try:
        root = fromstring(data, forbid_dtd=True)
    except (ParseError, DefusedXmlException, ValueError) as error:
        raise IatiImportError(
            [_("The file is not well-formed XML: %(error)s") % {"error": error}]
        ) from error
    if root.tag != "iati-activities":
        raise IatiImportError(
            [
                _("This is not an IATI activity file (its root element is <%(tag)s>).")
                % {"tag": root.tag}
            ]
        )
    default_language = (root.get(XML_LANG) or "en").lower()
    problems, activities = [], []
    for number, element in enumerate(root.findall("iati-activity"), start=1):
        activities.append(
            _parse_activity(
                element,
                number=number,
                default_language=default_language,
                default_currency=root.get("default-currency"),
                problems=problems,
            )
        )
    seen = set()
    for activity in activities:
        if activity.identifier and activity.identifier in seen:
            problems.append(
                _("%(activity)s appears twice in the file.") % {"activity": activity.identifier}
            )
        seen.add(activity.identifier)
    if problems:
        raise IatiImportError(problems)
    return activities


def find_agency_space(acronym):
    """The default-locale space of the agency ``acronym`` (its AgencyPage), or the error."""
    agency = (
        Agency.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        .filter(acronym__iexact=acronym.strip())
        .first()
    )
    if agency is None:
        raise IatiImportError([_("No agency has the acronym %(acronym)r.") % {"acronym": acronym}])
    if not apps.is_installed("agencies"):
        raise IatiImportError([_("Agency spaces are not installed.")])
    space = (
        apps.get_model("agencies", "AgencyPage")
        .objects.filter(agency=agency, locale__language_code=settings.LANGUAGE_CODE)
        .first()
    )
    if space is None:
        raise IatiImportError(
            [_("%(agency)s has no agency space to import into.") % {"agency": agency.acronym}]
        )
    return agency, space


def import_iati(data, *, agency, space, user=None, dry_run=False):
    """Import the IATI file ``data`` into ``space`` (of ``agency``); an :class:`IatiReport`."""
    activities = parse_iati(data)
    report = IatiReport()
    existing = set(
        ActivityPage.objects.descendant_of(space)
        .exclude(iati_identifier="")
        .values_list("iati_identifier", flat=True)
    )
    to_create = []
    for activity in activities:
        if not activity.lac_countries:
            report.skipped.append(
                _("%(activity)s: no recipient country in Latin America and the Caribbean.")
                % {"activity": activity.identifier}
            )
        elif activity.identifier in existing:
            report.unchanged.append(activity.identifier)
        else:
            to_create.append(activity)
            report.created.append(activity.identifier)
    if dry_run:
        return report
    with transaction.atomic():
        for activity in to_create:
            _create(activity, agency=agency, space=space, user=user)
    return report


def _create(activity, *, agency, space, user):
    summary = Truncator(activity.description or activity.title).chars(500)
    page = ActivityPage(
        title=Truncator(activity.title).chars(255),
        slug=find_available_slug(space, slugify(activity.identifier)[:80] or "activity"),
        locale_id=space.locale_id,
        live=False,
        owner=user,
        summary=summary,
        date=activity.start or datetime.date.today(),
        status=activity.status,
        start_date=activity.start,
        end_date=activity.end,
        budget_band=BudgetBand.of_amount(activity.budget_usd),
        countries=activity.lac_countries,
        iati_identifier=activity.identifier,
    )
    page.agencies = [agency]
    page = space.add_child(instance=page)
    page.save_revision(user=user, log_action=False)
    log(instance=page, action="wagtail.create", user=user)
    return page
