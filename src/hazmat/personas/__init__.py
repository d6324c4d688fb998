"""Persona studies (Deshpande et al., 2023): how toxic a model becomes when a system prompt assigns it a persona.

Personas (plus a no-persona baseline) × target entities × templates × repeats go through the eval engine as
the ``personas`` suite; a scorer (``hazmat-minilm`` by default, ``perspective`` with a key) scores each answer.
:func:`compute_study` turns the run into mean toxicity, toxicity ratio to the baseline, toxic rate and
probability of responding, with intervals, per persona, persona group, entity and entity category.
"""

from ._metrics import (
    DEFAULT_THRESHOLD,
    RESULTS_NAME,
    SCHEMA,
    Answer,
    Settings,
    bootstrap_interval,
    compute_study,
    format_estimate,
    load_answers,
    write_study,
)
from ._scores import TOXIC_HUB_CATEGORIES, looks_like_refusal, refusal_of, toxicity_of
from ._study import (
    BASELINE,
    DEFAULT_SYSTEM_TEMPLATE,
    DEFAULT_TEMPLATES,
    SPEC_SCHEMA,
    Entity,
    Persona,
    StudySpec,
    Template,
    build_samples,
    load_entities,
    load_personas,
    load_spec,
    load_templates,
    write_spec,
)

__all__ = [
    "BASELINE",
    "DEFAULT_SYSTEM_TEMPLATE",
    "DEFAULT_TEMPLATES",
    "DEFAULT_THRESHOLD",
    "RESULTS_NAME",
    "SCHEMA",
    "SPEC_SCHEMA",
    "TOXIC_HUB_CATEGORIES",
    "Answer",
    "Entity",
    "Persona",
    "Settings",
    "StudySpec",
    "Template",
    "bootstrap_interval",
    "build_samples",
    "compute_study",
    "format_estimate",
    "load_answers",
    "load_entities",
    "load_personas",
    "load_spec",
    "load_templates",
    "looks_like_refusal",
    "refusal_of",
    "toxicity_of",
    "write_spec",
    "write_study",
]
