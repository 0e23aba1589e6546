"""The demo loader: creates what the parts describe, once, in four linked locales."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site

from egecms.core.models import Agency, Topic, TopicPage
from egecms.core.registry import workspace_types

from .data import load as load_data
from .translation import translate_instance, translation_memory


@dataclass(frozen=True)
class DemoLogin:
    """One printed line of the demo's logins."""

    role: str
    username: str
    password: str


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def texts_in_order(fields, language):
    """Flatten translatable values (str dicts, or dicts of paragraph lists) for one language."""
    flat = []
    for value in fields:
        text = value[language]
        flat.extend(text if isinstance(text, list) else [text])
    return flat


def short_slug(title, limit=80):
    """A URL slug of ``title`` cut at a word boundary, at most ``limit`` characters."""
    slug = slugify(title)
    if len(slug) <= limit:
        return slug
    return slug[: limit + 1].rsplit("-", 1)[0]


def paragraphs_html(paragraphs):
    """Rich-text HTML of plain paragraphs: one <p> each, escaped."""
    return "".join(f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs)


class DemoLoader:
    """Creates demo objects once, in four linked locales, and reports progress as it goes."""

    def __init__(self, *, stdout=None):
        self.stdout = stdout
        self.created = 0
        self.skipped = 0
        self.created_by_kind = {}  # kind (or a label's first word) -> how many were created
        self.locales = {}
        self.topic_page = None
        self.logins = []

    # -- reporting -------------------------------------------------------------------
    def say(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    def step(self, label, created, kind=None):
        kind = kind or label.split(" ", 1)[0]
        if created:
            self.created += 1
            self.created_by_kind[kind] = self.created_by_kind.get(kind, 0) + 1
        else:
            self.skipped += 1
        mark = "+" if created else "="
        self.say(f"  {mark} {label}")

    def progress(self):
        """So far: how many of each kind were created (each in four languages), and skipped."""
        kinds = ", ".join(f"{kind}: {count}" for kind, count in self.created_by_kind.items())
        return f"created so far: {kinds or 'nothing'}; {self.skipped} already there"

    # -- locales, site and the topic page ------------------------------------------------
    def ensure_locales(self):
        for code in language_codes():
            self.locales[code], _created = Locale.objects.get_or_create(language_code=code)
        return self.locales

    def other_locales(self, language):
        return [locale for code, locale in self.locales.items() if code != language]

    def ensure_topic_page(self, texts):
        """The English topic page as the site root, translated into the three other locales."""
        default = self.locales[settings.LANGUAGE_CODE]
        existing = TopicPage.objects.filter(locale=default).first()
        if existing:
            self.topic_page = existing
            self.step("Topic page", created=False, kind="topic page")
            return existing
        root = Page.get_first_root_node()
        page = TopicPage(
            title=texts["title"][settings.LANGUAGE_CODE],
            slug="e-government",
            intro=texts["intro"][settings.LANGUAGE_CODE],
            locale=default,
        )
        root.add_child(instance=page)
        page.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first()
        previous_root = site.root_page if site else None
        if site:
            site.root_page = page
            site.site_name = "e-Government"
            site.save()
        else:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=page,
                is_default_site=True,
                site_name="e-Government",
            )
        if previous_root and previous_root.pk != page.pk and previous_root.specific_class is Page:
            previous_root.delete()  # Wagtail's "Welcome to your new Wagtail site!" placeholder
        self.translate(
            page, [texts["title"], texts["intro"]], settings.LANGUAGE_CODE, slug_from=None
        )
        self.topic_page = page
        self.step("Topic page", created=True, kind="topic page")
        return page

    # -- snippets ---------------------------------------------------------------------------
    def ensure_agency(self, data):
        default = self.locales[settings.LANGUAGE_CODE]
        acronym = data["acronym"][settings.LANGUAGE_CODE]
        agency = Agency.objects.filter(locale=default, acronym=acronym).first()
        if agency:
            self.step(f"Agency {acronym}", created=False, kind="agency")
            return agency
        agency = Agency.objects.create(
            locale=default,
            acronym=acronym,
            name=data["name"][settings.LANGUAGE_CODE],
            status=data["status"],
            website=data["website"],
            summary=data["summary"][settings.LANGUAGE_CODE],
        )
        self.translate(
            agency, [data["acronym"], data["name"], data["summary"]], settings.LANGUAGE_CODE
        )
        self.step(f"Agency {acronym}", created=True, kind="agency")
        return agency

    def ensure_topic(self, data, *, strategic):
        default = self.locales[settings.LANGUAGE_CODE]
        topic = Topic.objects.filter(locale=default, slug=data["slug"]).first()
        if topic:
            self.step(f"Topic {data['slug']}", created=False, kind="topic")
            return topic
        topic = Topic.objects.create(
            locale=default,
            slug=data["slug"],
            name=data["name"][settings.LANGUAGE_CODE],
            description=data["description"][settings.LANGUAGE_CODE],
            is_strategic_area=strategic,
        )
        self.translate(topic, [data["name"], data["description"]], settings.LANGUAGE_CODE)
        self.step(f"Topic {data['slug']}", created=True, kind="topic")
        return topic

    def agency(self, key):
        """The canonical (default-locale) agency for a demo key ("IDB", "UNDESA", ...)."""
        return self.agencies([key])[0]

    def agencies(self, keys):
        default = self.locales[settings.LANGUAGE_CODE]
        acronyms = {
            agency["acronym"][settings.LANGUAGE_CODE]: agency["key"]
            for agency in load_data("core")["agencies"]
            if agency["key"] in keys
        }
        found = {
            acronyms[agency.acronym]: agency
            for agency in Agency.objects.filter(locale=default, acronym__in=list(acronyms))
        }
        return [found[key] for key in keys]

    def topics(self, slugs):
        default = self.locales[settings.LANGUAGE_CODE]
        found = {
            topic.slug: topic for topic in Topic.objects.filter(locale=default, slug__in=slugs)
        }
        return [found[slug] for slug in slugs]

    def localized_names(self, agency):
        """``{language: name}`` of an agency, from its translations."""
        return {
            translation.locale.language_code: translation.name
            for translation in agency.get_translations(inclusive=True).select_related("locale")
        }

    def relate(self, page, *, agencies=(), topics=()):
        """Point a page at canonical agencies and topics (in memory; saved with the page)."""
        if agencies:
            page.agencies = self.agencies(agencies)
        if topics:
            page.topics.set(self.topics(topics))

    def workspace(self, slug):
        """The default-locale workspace page (of any installed type) with this slug, or None."""
        default = self.locales[settings.LANGUAGE_CODE]
        for model in workspace_types():
            page = model.objects.filter(locale=default, slug=slug).first()
            if page is not None:
                return page
        return None

    def ensure_section(self, model, *, texts, slug=None):
        """A section of the topic page (``model`` with a title and an introduction, in the
        main menu) from ``texts``: ``{"title": {language: ...}, "intro": {...}}``, at
        ``slug`` (by default the one ``texts`` gives)."""
        slug = slug or texts["slug"]
        return self.ensure_page(
            parent=self.topic_page,
            page=model(
                title=texts["title"]["en"],
                slug=slug,
                intro=texts["intro"]["en"],
                show_in_menus=True,
            ),
            language="en",
            translatable=[texts["title"], texts["intro"]],
            label=texts["title"]["en"],
        )

    # -- pages ------------------------------------------------------------------------------
    def ensure_page(self, *, parent, page, language, translatable, label, before_save=None):
        """Create ``page`` under ``parent``'s copy in ``language``, publish, translate into the rest.

        ``translatable`` lists the page's texts in field order, as dicts by language (values
        are strings or lists of paragraphs); they feed the translation memory. Returns the
        existing page, untouched, when one with the same slug is already there.
        """
        parent_here = parent.get_translation(self.locales[language])
        existing = parent_here.get_children().filter(slug=page.slug).first()
        if existing:
            self.step(label, created=False, kind=page._meta.verbose_name)
            return existing.specific
        page.locale = self.locales[language]
        parent_here.add_child(instance=page)
        if before_save:
            before_save(page)
        page.save_revision().publish()
        self.translate(page, translatable, language, slug_from=0)
        self.step(label, created=True, kind=page._meta.verbose_name)
        return page

    def translate(self, instance, translatable, language, slug_from=None):
        """Translate ``instance`` (written in ``language``) into every other locale.

        ``slug_from`` is the index in ``translatable`` of the title whose slugified form
        becomes the page slug in each language.
        """
        texts = {code: texts_in_order(translatable, code) for code in language_codes()}
        if isinstance(instance, Page):
            # The slug is a segment too: each language gets its own readable URL.
            for code in language_codes():
                translated_slug = (
                    short_slug(translatable[slug_from][code]) if slug_from is not None else ""
                )
                texts[code].append(
                    instance.slug if code == language else translated_slug or instance.slug
                )
        memory = translation_memory(texts, language)
        return translate_instance(instance, locales=self.other_locales(language), memory=memory)
