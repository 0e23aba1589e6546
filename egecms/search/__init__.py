"""Public search over every registered contribution type, per locale, with facets.

``text`` turns words into language-aware search keys (Snowball stemming per language, accent
folding); ``documents`` keeps one ``SearchDocument`` per public contribution, indexed by
Wagtail's own search backend; ``facets`` counts; ``query`` runs a search.
"""
