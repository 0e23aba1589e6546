"""StreamField blocks of practice pages: each section is a titled rich-text block."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from egecms.core.safe_urls import validate_rich_text_links, validate_safe_url


class LinkBlock(blocks.StructBlock):
    """An external link with the text readers see."""

    url = blocks.URLBlock(label=_("URL"), validators=[validate_safe_url])
    title = blocks.CharBlock(label=_("Link text"), max_length=200)

    class Meta:
        icon = "link"
        label = _("Link")
        template = "practices/blocks/link.html"


class PracticeBodyBlock(blocks.StreamBlock):
    """The story of a practice: the problem, the approach, the results and the lessons."""

    problem = blocks.RichTextBlock(
        label=_("Problem"), validators=[validate_rich_text_links], editor="section", icon="help"
    )
    approach = blocks.RichTextBlock(
        label=_("Approach"), validators=[validate_rich_text_links], editor="section", icon="cogs"
    )
    results = blocks.RichTextBlock(
        label=_("Results"), validators=[validate_rich_text_links], editor="section", icon="success"
    )
    lessons = blocks.RichTextBlock(
        label=_("Lessons learned / why it failed"),
        validators=[validate_rich_text_links],
        editor="section",
        icon="warning",
    )

    class Meta:
        template = "practices/blocks/practice_body.html"


class DocumentsBlock(blocks.StreamBlock):
    """Documents attached to a practice (reports, terms of reference, evaluations)."""

    document = DocumentChooserBlock(label=_("Document"))


class LinksBlock(blocks.StreamBlock):
    """Links to more about a practice."""

    link = LinkBlock()
