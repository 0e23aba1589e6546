"""A search server that does not answer, for the tests of what happens when it is down."""


def closed_search_server(url="http://127.0.0.1:9"):
    """``WAGTAILSEARCH_BACKENDS`` of an Elasticsearch at ``url`` (port 9, discard: nothing
    listens), giving up at once."""
    return {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch8",
            "URLS": [url],
            "INDEX": "egecms-test",
            "TIMEOUT": 1,
            "OPTIONS": {"max_retries": 0},
        }
    }
