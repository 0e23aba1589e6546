"""The demo's data files (egecms/demo/data/*.yaml): read without a database, in a fraction of a
second, so that a text missing in one language is found before anyone loads the demo."""

from egecms.demo.data import DATA_DIR, load, workspaces_description

LANGUAGES = {"en", "es", "pt", "fr"}


def texts_by_language(value, where):
    """``(where, mapping)`` for every mapping keyed by language codes anywhere in ``value``."""
    if isinstance(value, dict):
        if LANGUAGES & set(value):
            yield where, value
            return
        for key, item in value.items():
            yield from texts_by_language(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from texts_by_language(item, f"{where}[{index}]")


def is_text(value):
    return isinstance(value, str) and value.strip() != ""


def test_demo_data_parses_names_described_work_spaces_and_has_every_text_in_four_languages():
    names = sorted(path.stem for path in DATA_DIR.glob("*.yaml"))
    data = {name: load(name) for name in names}
    assert {"core", "spaces", "practices", "services", "events"} <= set(data)

    # Who leads each work space is workspaces.yaml's: the demo names no other work space.
    described = {(spec.kind, spec.slug) for spec in workspaces_description().workspaces}
    demo_spaces = {("cluster", space["slug"]) for space in data["spaces"]["clusters"]} | {
        ("issue_area", space["slug"]) for space in data["spaces"]["issue_areas"]
    }
    assert demo_spaces - described == set()

    found, problems = 0, []
    for name, content in data.items():
        for where, texts in texts_by_language(content, name):
            found += 1
            values = list(texts.values())
            if set(texts) != LANGUAGES:
                problems.append(f"{where}: in {sorted(texts)}")
            elif all(isinstance(value, list) for value in values):
                # Paragraphs: as many in each language, none empty (translated one by one).
                if len({len(value) for value in values}) != 1 or not all(
                    is_text(paragraph) for value in values for paragraph in value
                ):
                    problems.append(f"{where}: paragraphs differ or are empty: {texts}")
            elif not all(is_text(value) for value in values):
                problems.append(f"{where}: a text is missing or empty: {texts}")
    assert problems == []
    assert found > 300  # the texts were found, not skipped (386 of them as written)
