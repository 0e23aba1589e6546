"""Admin forms shared by contribution page types."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .models.topics import Topic


class TopicChoiceField(forms.ModelMultipleChoiceField):
    """Pick topics from the curated vocabulary (their default-locale copies) as checkboxes."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        kwargs.setdefault("queryset", Topic.objects.none())
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Topics"))
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return [getattr(item, "pk", item) for item in value]
        return super().prepare_value(value)


class ContributionPageForm(WagtailAdminPageForm):
    """Base form of every contribution: topics chosen from the vocabulary, not typed freely."""

    topics = TopicChoiceField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "topics" in self.fields:
            self.fields["topics"].queryset = Topic.objects.filter(
                locale__language_code=settings.LANGUAGE_CODE
            )
