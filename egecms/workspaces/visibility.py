"""Pages a user may not see: those under a view restriction to groups they are not in."""

from wagtail.models import Page, PageViewRestriction

from egecms.core.aggregation import under_any


def hidden_paths_for(user):
    """Tree paths of the sections restricted to groups ``user`` is not in (the platform)."""
    if user.is_superuser:
        return []
    cache_attr = "_egecms_hidden_paths"
    if not hasattr(user, cache_attr):
        group_ids = set(user.groups.values_list("pk", flat=True))
        restrictions = (
            PageViewRestriction.objects.filter(restriction_type=PageViewRestriction.GROUPS)
            .select_related("page")
            .prefetch_related("groups")
        )
        setattr(
            user,
            cache_attr,
            [
                restriction.page.path
                for restriction in restrictions
                if not group_ids & {group.pk for group in restriction.groups.all()}
            ],
        )
    return getattr(user, cache_attr)


def pages_hidden_from(user):
    paths = hidden_paths_for(user)
    return Page.objects.filter(under_any(paths)) if paths else Page.objects.none()


def without_pages_hidden_from(pages, user):
    """``pages`` less those under a restriction that keeps ``user`` out."""
    paths = hidden_paths_for(user)
    return pages.exclude(under_any(paths)) if paths else pages
