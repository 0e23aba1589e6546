from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo and its ``load_demo`` command: in the dev and test settings, never in production."""

    name = "egecms.demo"
    label = "egecms_demo"
    # Shown nowhere (the app has no models), so not translated.
    verbose_name = "Demo"
