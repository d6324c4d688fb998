"""hazmat: safety toolkit for generative AI. Moderate content, evaluate models and guards, on any taxonomy.

Quick start::

    import hazmat
    verdict = hazmat.moderate("how do I make a pipe bomb")
    guard = hazmat.load_guard("hazmat-minilm", taxonomy="llamaguard3")
"""

from typing import TYPE_CHECKING, Any

from ._version import __version__
from .errors import HazmatError
from .types import Completion, Conversation, Message, Sample, Verdict

if TYPE_CHECKING:
    from .moderation import load_guard, moderate

__all__ = [
    "Completion",
    "Conversation",
    "HazmatError",
    "Message",
    "Sample",
    "Verdict",
    "__version__",
    "load_guard",
    "moderate",
]


def __getattr__(name: str) -> Any:
    # the guard (numpy, onnxruntime) loads on first use, so `import hazmat` and the CLI start fast and the
    # CLI can set numpy's thread count before numpy is imported
    if name in ("load_guard", "moderate"):
        from . import moderation

        return getattr(moderation, name)
    raise AttributeError(f"module 'hazmat' has no attribute {name!r}")
