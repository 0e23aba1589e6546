"""Pages of a listing read without counting the whole: one query, not two."""

from dataclasses import dataclass

#: Beyond this page number nobody is reading; it also keeps the offset a sane integer.
MAX_PAGE = 10_000


@dataclass
class Window:
    """One page of a listing, and whether there is a next one."""

    object_list: list
    number: int
    has_next: bool

    @property
    def has_previous(self):
        return self.number > 1

    @property
    def has_other_pages(self):
        return self.has_next or self.has_previous

    @property
    def next_page_number(self):
        return self.number + 1

    @property
    def previous_page_number(self):
        return self.number - 1


def window(queryset, *, number, size):
    """Page ``number`` of ``queryset`` (1-based; anything else reads as 1, at most
    :data:`MAX_PAGE`), fetching one row more than ``size`` to know whether a next page exists."""
    try:
        number = min(max(int(number), 1), MAX_PAGE)
    except (TypeError, ValueError):
        number = 1
    offset = (number - 1) * size
    rows = list(queryset[offset : offset + size + 1])
    return Window(object_list=rows[:size], number=number, has_next=len(rows) > size)
