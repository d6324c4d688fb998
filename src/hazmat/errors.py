"""The hazmat error hierarchy.

Every error a user can cause is a :class:`HazmatError` whose message says what was wrong, where, and how
to fix it. The CLI prints it as one line and exits non-zero; it never shows a traceback for these.
"""

from __future__ import annotations


class HazmatError(Exception):
    """Base class of all errors hazmat raises on purpose."""


class TaxonomyError(HazmatError):
    """A taxonomy could not be found, loaded or validated."""


class UnknownTaxonomyError(TaxonomyError):
    """No built-in taxonomy has this name and no file exists at this path."""


class ClassifierError(HazmatError):
    """A classifier could not be found, loaded or run."""


class UnknownClassifierError(ClassifierError):
    """No classifier is registered under this name."""


class InputError(HazmatError):
    """User input (a file, a line, a text) is malformed."""


class ModelArtefactError(HazmatError):
    """A model's shipped files are missing or inconsistent."""
