"""Machine pre-fill is off by default and chosen by environment variables."""

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from egecms.settings.machine_translation import machine_translator


def test_off_by_default():
    assert machine_translator({}) is None
    assert not hasattr(settings, "WAGTAILLOCALIZE_MACHINE_TRANSLATOR")


@pytest.mark.parametrize(
    "environ,class_name,options",
    [
        (
            {"MACHINE_TRANSLATOR": "deepl", "DEEPL_AUTH_KEY": "k:fx"},
            "DeepLTranslator",
            {"AUTH_KEY": "k:fx"},
        ),
        (
            {
                "MACHINE_TRANSLATOR": "LibreTranslate",
                "LIBRETRANSLATE_URL": "http://lt:5000",
                "LIBRETRANSLATE_API_KEY": "x",
            },
            "LibreTranslator",
            {"LIBRETRANSLATE_URL": "http://lt:5000", "API_KEY": "x"},
        ),
        (
            {
                "MACHINE_TRANSLATOR": "google",
                "GOOGLE_TRANSLATE_PROJECT_ID": "p",
                "GOOGLE_APPLICATION_CREDENTIALS": "/k.json",
            },
            "GoogleCloudTranslator",
            {"PROJECT_ID": "p", "CREDENTIALS_PATH": "/k.json"},
        ),
    ],
)
def test_each_translator_is_configured_from_the_environment(environ, class_name, options):
    setting = machine_translator(environ)
    assert setting["CLASS"].endswith(class_name)
    assert setting["OPTIONS"] == options


@pytest.mark.parametrize(
    "environ,message",
    [
        ({"MACHINE_TRANSLATOR": "babelfish"}, "choose one of deepl, google, libretranslate or off"),
        ({"MACHINE_TRANSLATOR": "deepl"}, "needs DEEPL_AUTH_KEY"),
    ],
)
def test_a_wrong_configuration_says_what_is_missing(environ, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        machine_translator(environ)
