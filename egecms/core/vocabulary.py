"""Words the platform's apps share: the kinds of assistance agencies offer (the menu of
services) and countries ask for (requests for assistance)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AssistanceKind(models.TextChoices):
    TRAINING = "training", _("Training")
    TECHNICAL_ASSISTANCE = "technical_assistance", _("Technical assistance")
    POLICY_ADVICE = "policy_advice", _("Policy advice")
    FINANCING = "financing", _("Financing")
    KNOWLEDGE_PRODUCTS = "knowledge_products", _("Knowledge products")
