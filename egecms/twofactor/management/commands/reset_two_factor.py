"""``manage.py reset_two_factor <username>``: remove a user's second factors."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from ...devices import reset_devices


class Command(BaseCommand):
    help = (
        "Remove every two-factor device (authenticator app, recovery codes) of a user, who "
        "sets one up again at their next admin visit. Logged in Wagtail's audit log."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--by", help="the username of who asked for it (for the log)")

    def handle(self, *args, username, by=None, **options):
        users = get_user_model()._default_manager
        try:
            user = users.get_by_natural_key(username)
            actor = users.get_by_natural_key(by) if by else None
        except users.model.DoesNotExist as error:
            raise CommandError(f"No such user: {error}") from error
        removed = reset_devices(user=user, by=actor)
        self.stdout.write(f"{username}: {removed} two-factor devices removed")
