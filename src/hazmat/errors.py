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


class ModelError(HazmatError):
    """A chat model could not be found, configured or reached."""


class UnknownModelError(ModelError):
    """A model spec names no known provider (expected ``openai/NAME``, ``hf/PATH`` or ``gguf/PATH``)."""


class ModelRequestError(ModelError):
    """One request to a chat model failed.

    ``status`` is the HTTP status when there is one; ``retryable`` says whether trying again may help
    (429, 5xx, timeouts, dropped connections); ``retry_after`` is the server's hint in seconds, if given.
    """

    def __init__(
        self, message: str, *, status: int | None = None, retryable: bool = False, retry_after: float | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.retryable = retryable
        self.retry_after = retry_after


class SuiteError(HazmatError):
    """A benchmark suite is unknown or its data file does not have the expected format."""


class RunError(HazmatError):
    """A run directory or its store is missing, inconsistent, or belongs to a different run."""
