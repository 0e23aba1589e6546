"""The four-language demo: its data, as YAML files in ``data/``."""
