"""Lagmøte: the plan, the week and the team around one youth in Oslo's one-to-one follow-up."""

__version__ = "0.1.0"
