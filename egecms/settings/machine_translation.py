"""wagtail-localize's machine translator, chosen by environment variables; off by default.

MACHINE_TRANSLATOR=deepl          DEEPL_AUTH_KEY (a key ending in ":fx" uses DeepL's free API)
MACHINE_TRANSLATOR=google         GOOGLE_TRANSLATE_PROJECT_ID, GOOGLE_APPLICATION_CREDENTIALS
MACHINE_TRANSLATOR=libretranslate LIBRETRANSLATE_URL, LIBRETRANSLATE_API_KEY

Machine text is stored by wagtail-localize as machine translation and shown as such in the
translation editor until a translator edits or confirms the segment.
"""

from django.core.exceptions import ImproperlyConfigured

_TRANSLATORS = {
    "deepl": (
        "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        {"AUTH_KEY": "DEEPL_AUTH_KEY"},
    ),
    "google": (
        "wagtail_localize.machine_translators.google.GoogleCloudTranslator",
        {
            "PROJECT_ID": "GOOGLE_TRANSLATE_PROJECT_ID",
            "CREDENTIALS_PATH": "GOOGLE_APPLICATION_CREDENTIALS",
        },
    ),
    "libretranslate": (
        "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        {"LIBRETRANSLATE_URL": "LIBRETRANSLATE_URL", "API_KEY": "LIBRETRANSLATE_API_KEY"},
    ),
}


def machine_translator(environ):
    """The ``WAGTAILLOCALIZE_MACHINE_TRANSLATOR`` setting for ``environ``, or None (off)."""
    name = environ.get("MACHINE_TRANSLATOR", "").strip().lower()
    if name in ("", "off", "none"):
        return None
    if name not in _TRANSLATORS:
        raise ImproperlyConfigured(
            f"MACHINE_TRANSLATOR={name!r}: choose one of {', '.join(sorted(_TRANSLATORS))} or off"
        )
    class_path, variables = _TRANSLATORS[name]
    missing = [variable for variable in variables.values() if not environ.get(variable)]
    if missing:
        raise ImproperlyConfigured(f"MACHINE_TRANSLATOR={name} needs {', '.join(missing)}")
    options = {option: environ[variable] for option, variable in variables.items()}
    return {"CLASS": class_path, "OPTIONS": options}
