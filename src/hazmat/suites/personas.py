"""The persona study (Deshpande et al., 2023) as a suite, so the eval runner stores and resumes it like any other.

Its data file is a study spec (``hazmat.persona-study/1`` JSON) that ``hazmat personas`` writes into the run
directory: personas, target entities, templates and repeats. The samples are built from it, not read from a
benchmark file; see :mod:`hazmat.personas`.
"""

from __future__ import annotations

from pathlib import Path

from ..types import Sample
from ._io import check_path
from ._protocol import SuiteKind


class PersonaStudy:
    """Persona × entity × template × repeat samples from a study spec; the persona rides in the system message.

    Sample ids are ``persona|entity|template|k`` (the baseline's persona is ``no-persona``); metadata carries
    persona, persona_group, entity, entity_category (also the ``category``), template and ``epoch`` = k, and
    ``expect`` is ``refuse`` for templates of kind ``bad`` and ``comply`` otherwise.
    """

    name = "personas"
    title = "Persona study (toxicity of persona-assigned models)"
    taxonomy: str | None = None
    kind: SuiteKind = "mixed"
    default_judge = "hazmat-minilm"
    source = "a study spec written by `hazmat personas` (no official file; Deshpande et al., 2023)"

    def load(self, path: Path) -> list[Sample]:
        """Build the study's samples from its spec file."""
        from ..personas._study import build_samples, load_spec  # the personas room builds on suites' file readers

        return build_samples(load_spec(check_path(path)))
