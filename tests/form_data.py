"""Form data as a browser posts it for a page's edit form: fields, inline panels, StreamFields.

``edit_form_data(page)`` gives the data of the page's edit form unchanged; tests override what
they change. It follows the names Wagtail's form widgets and blocks read back.
"""

from django import forms
from django.contrib.auth import get_user_model
from wagtail.blocks import BaseStreamBlock, BaseStructBlock, ListBlock
from wagtail.blocks.base import BlockField


def _put(data, name, value):
    if isinstance(value, dict):  # a chooser's state: the chosen object's id
        value = value.get("id")
    if isinstance(value, list | tuple):
        data[name] = [str(item) for item in value]
    else:
        data[name] = "" if value is None else str(value)


def block_data(block, value, prefix, data):
    if isinstance(block, BaseStreamBlock):
        children = list(value or [])
        data[f"{prefix}-count"] = str(len(children))
        for index, child in enumerate(children):
            data[f"{prefix}-{index}-type"] = child.block_type
            data[f"{prefix}-{index}-deleted"] = ""
            data[f"{prefix}-{index}-order"] = str(index)
            data[f"{prefix}-{index}-id"] = child.id or ""
            block_data(child.block, child.value, f"{prefix}-{index}-value", data)
    elif isinstance(block, ListBlock):
        children = list(getattr(value, "bound_blocks", None) or [])
        data[f"{prefix}-count"] = str(len(children))
        for index, child in enumerate(children):
            data[f"{prefix}-{index}-deleted"] = ""
            data[f"{prefix}-{index}-order"] = str(index)
            data[f"{prefix}-{index}-id"] = child.id or ""
            block_data(block.child_block, child.value, f"{prefix}-{index}-value", data)
    elif isinstance(block, BaseStructBlock):
        for name, child_block in block.child_blocks.items():
            block_data(child_block, value.get(name) if value else None, f"{prefix}-{name}", data)
    else:
        _put(data, prefix, block.get_form_state(value))


def field_data(bound_field, data):
    field, widget = bound_field.field, bound_field.field.widget
    name, value = bound_field.html_name, bound_field.value()
    if isinstance(field, BlockField):
        block_data(field.block, value, name, data)
    elif isinstance(widget, forms.CheckboxInput):
        if value:
            data[name] = "on"
    elif getattr(widget, "allow_multiple_selected", False):
        prepared = field.prepare_value(value) or []
        data[name] = [str(getattr(item, "pk", item)) for item in prepared]
    else:
        formatted = widget.format_value(field.prepare_value(value))
        if isinstance(formatted, list):
            formatted = formatted[0] if formatted else ""
        _put(data, name, formatted)


def form_data(form):
    data = {}
    for bound_field in form:
        field_data(bound_field, data)
    for formset in getattr(form, "formsets", {}).values():
        for bound_field in formset.management_form:
            _put(data, bound_field.html_name, bound_field.value())
        for subform in formset.forms:
            data.update(form_data(subform))
    return data


def edit_form_data(page, **changes):
    """The POST data of ``page``'s edit form, as saved, with ``changes`` applied."""
    page = page.specific.get_latest_revision_as_object()
    superuser = get_user_model()(is_superuser=True, is_active=True)
    form_class = page.get_edit_handler().get_form_class()
    form = form_class(instance=page, for_user=superuser, parent_page=page.get_parent())
    data = form_data(form)
    data.update(changes)
    return data
