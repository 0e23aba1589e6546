from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import TagBase, TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField


class Topic(TranslatableMixin, TagBase):
    """A topic of e-government work (a django-taggit tag that translates like a snippet).

    The slug identifies the topic in every locale (``?topic=open-data`` filters the same
    way in Spanish and French); the name is what readers of each locale see.
    """

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, allow_unicode=True)
    description = models.TextField(_("description"), blank=True)
    is_strategic_area = models.BooleanField(
        _("strategic product area"),
        default=False,
        help_text=_("One of the strategic product areas of the Task Force action plan."),
    )

    free_tagging = False
    label_fields = ("slug", "name", "is_strategic_area")
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("is_strategic_area"),
    ]
    override_translatable_fields = [
        SynchronizedField("slug"),
        SynchronizedField("is_strategic_area"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["-is_strategic_area", "name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale"), ("name", "locale")]


class PageTopic(TaggedItemBase):
    """Links any contribution page to its topics (one table for every contribution type)."""

    tag = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="tagged_pages")
    content_object = ParentalKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="topic_items"
    )

    class Meta:
        verbose_name = _("page topic")
        verbose_name_plural = _("page topics")
        unique_together = [("content_object", "tag")]
