"""Words into search keys: stemmed in the text's language, then folded (no accents, lower case).

Wagtail's database backend has one text-search configuration per site, and SQLite's FTS5 does
no stemming at all; Elasticsearch would need one analyser per language. So the language work
is done here, the same way on every backend: a document's text is indexed as the keys of its
own language, and a query is turned into keys of the reader's language. A Spanish search for
"prácticas" then finds "práctica" (both ``practic``), a Portuguese one for "governo
eletronico" finds "governo eletrônico".

Each word gives up to two keys: the stem of the word as written and the stem of the word
without accents (stemmers treat accented endings differently), both folded. A query word
matches when any of its keys is in the document.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

# Locale language code -> Snowball algorithm (``snowballstemmer.algorithms()``).
STEMMERS = {"en": "english", "es": "spanish", "pt": "portuguese", "fr": "french"}

_WORD = re.compile(r"\w+", re.UNICODE)
# Words this short carry no meaning worth a key ("de", "a"), except digits ("5G").
MIN_WORD_LENGTH = 2


def fold(text):
    """Lower case, without accents or other combining marks: ``"Eletrônico"`` -> ``"eletronico"``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=8)
def _stemmer(language):
    algorithm = STEMMERS.get((language or "").split("-")[0].lower())
    return snowballstemmer.stemmer(algorithm) if algorithm else None


def words(text):
    """The words of ``text`` worth indexing, in order."""
    return [
        word for word in _WORD.findall(text or "") if len(word) >= MIN_WORD_LENGTH or word.isdigit()
    ]


def word_keys(word, language):
    """The search keys of one word in ``language`` (one or two, folded)."""
    stemmer = _stemmer(language)
    lowered = word.casefold()
    if stemmer is None:
        return (fold(lowered),)
    keys = dict.fromkeys((fold(stemmer.stemWord(lowered)), fold(stemmer.stemWord(fold(lowered)))))
    return tuple(key for key in keys if key)


def text_keys(text, language):
    """Every key of ``text`` in ``language``, as one space-separated string to index."""
    keys = dict.fromkeys(key for word in words(text) for key in word_keys(word, language))
    return " ".join(keys)


def query_keys(query, language):
    """For each word of a query, the tuple of its keys (a document matches a word when it has
    any of them, and the query when it matches every word)."""
    found = []
    for word in words(query):
        keys = word_keys(word, language)
        if keys and keys not in found:
            found.append(keys)
    return found
