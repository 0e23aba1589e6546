"""egecms: the e-government platform of the EgE Inter-Agency Task Force, on Wagtail."""
