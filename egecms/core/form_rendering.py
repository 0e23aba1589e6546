"""The forms' renderer: Django's, remembering the HTML of widgets it has already rendered.

Rendering a ``<select>`` costs Django a template include per option: the calendar's time zone
list alone (some 400 zones) took close to half of the calendar page's time, and every filter
form of a listing renders the same selects for every reader. A widget's HTML is a function of
its template, its context (names, values, labels, attributes: plain data), the language and
the time zone, so it is kept under exactly those, in this process: a changed label or choice
is a different key, never a stale one. Contexts holding anything but plain data (a form, a
model instance) are rendered as usual and not kept.
"""

import datetime
import decimal
import hashlib
import threading
from collections import OrderedDict

from django.forms.models import ModelChoiceIteratorValue
from django.forms.renderers import DjangoTemplates
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.safestring import SafeString

#: How many rendered widgets a process keeps (the least recently used go first).
KEPT_WIDGETS = 512

#: Values a template can only print (exact types: a subclass, such as Django's ``ErrorList``,
#: may carry attributes a template reads, e.g. ``errors.field_id``).
_PRINTABLE = frozenset(
    {
        str,
        SafeString,
        int,
        float,
        bool,
        type(None),
        decimal.Decimal,
        datetime.date,
        datetime.datetime,
        datetime.time,
    }
)


class NotPlainData(Exception):
    """A context value whose rendering may depend on more than its printed form."""


def _plain(value):
    """``value`` as nested tuples of plain values (raises :class:`NotPlainData`)."""
    kind = type(value)
    if kind in _PRINTABLE:
        return (kind.__name__, value)
    if isinstance(value, Promise):  # a lazy translation: what it says in the active language
        return _plain(value.__str__())  # str or SafeString
    if kind is ModelChoiceIteratorValue:  # a template prints its value
        return ("choice", _plain(value.value))
    if kind is dict:
        return ("dict", tuple((_plain(key), _plain(item)) for key, item in value.items()))
    if kind is list or kind is tuple:
        return (kind.__name__, tuple(_plain(item) for item in value))
    raise NotPlainData(kind)


def render_key(template_name, context):
    """The key of one rendering, or None when the context is not plain data."""
    try:
        data = _plain(dict(context))
    except NotPlainData:
        return None
    signature = (
        template_name,
        translation.get_language(),
        timezone.get_current_timezone_name(),
        data,
    )
    return hashlib.blake2b(repr(signature).encode(), digest_size=20).digest()


class RememberingRenderer(DjangoTemplates):
    """Django's template renderer of forms, keeping the HTML of plain-data renderings."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._kept = OrderedDict()
        self._lock = threading.Lock()

    def render(self, template_name, context, request=None):
        key = None if request is not None else render_key(template_name, context)
        if key is None:
            return super().render(template_name, context, request=request)
        with self._lock:
            html = self._kept.get(key)
            if html is not None:
                self._kept.move_to_end(key)
                return html
        html = super().render(template_name, context, request=request)
        with self._lock:
            self._kept[key] = html
            while len(self._kept) > KEPT_WIDGETS:
                self._kept.popitem(last=False)
        return html
