"""Every string the project adds exists in es, pt and fr, and the compiled catalogues are current."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("es", "pt", "fr")


def catalogue(language):
    return polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_empty_or_fuzzy_entry(language):
    po = catalogue(language)
    assert len(po) > 100
    untranslated = [entry.msgid for entry in po if not entry.translated() or "fuzzy" in entry.flags]
    assert untranslated == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language):
    import re

    placeholder = re.compile(r"%\(\w+\)[sd]")
    for entry in catalogue(language):
        expected = sorted(placeholder.findall(entry.msgid))
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for text in translations:
            assert sorted(set(placeholder.findall(text))) == sorted(set(expected)), entry.msgid


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_the_po_file(language):
    compiled = polib.mofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.mo"))
    assert {entry.msgid: entry.msgstr for entry in compiled if not entry.msgid_plural} == {
        entry.msgid: entry.msgstr
        for entry in catalogue(language)
        if entry.translated() and not entry.msgid_plural
    }


@pytest.mark.skipif(
    not shutil.which("xgettext"), reason="GNU gettext (xgettext) is not installed here"
)
def test_every_marked_string_is_in_the_catalogues(tmp_path):
    """makemessages finds no msgid that locale/ lacks (run `make messages` after adding strings)."""
    work = tmp_path / "project"
    shutil.copytree(
        ROOT,
        work,
        ignore=shutil.ignore_patterns(
            ".venv", "var", ".git", "*.sqlite3", "__pycache__", "node_modules"
        ),
    )
    result = subprocess.run(  # noqa: S603 - our interpreter, fixed arguments
        [sys.executable, "manage.py", "makemessages", "-l", "es", "--no-obsolete", "--ignore=tests"],
        cwd=work, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    extracted = {
        entry.msgid
        for entry in polib.pofile(str(work / "locale" / "es" / "LC_MESSAGES" / "django.po"))
    }
    known = {entry.msgid for entry in catalogue("es")}
    assert sorted(extracted - known) == []
