"""StreamField blocks of practice pages: each section is a titled rich-text block."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


class LinkBlock(blocks.StructBlock):
    """An external link with the text readers see."""

    url = blocks.URLBlock(label=_("URL"))
    title = blocks.CharBlock(label=_("Link text"), max_length=200)

    class Meta:
        icon = "link"
        label = _("Link")
        template = "practices/blocks/link.html"


class PracticeBodyBlock(blocks.StreamBlock):
    """The story of a practice: the problem, the approach, the results and the lessons."""

    problem = blocks.RichTextBlock(label=_("Problem"), editor="section", icon="help")
    approach = blocks.RichTextBlock(label=_("Approach"), editor="section", icon="cogs")
    results = blocks.RichTextBlock(label=_("Results"), editor="section", icon="success")
    lessons = blocks.RichTextBlock(
        label=_("Lessons learned / why it failed"), editor="section", icon="warning"
    )

    class Meta:
        template = "practices/blocks/practice_body.html"


class DocumentsBlock(blocks.StreamBlock):
    """Documents attached to a practice (reports, terms of reference, evaluations)."""

    document = DocumentChooserBlock(label=_("Document"))


class LinksBlock(blocks.StreamBlock):
    """Links to more about a practice."""

    link = LinkBlock()
