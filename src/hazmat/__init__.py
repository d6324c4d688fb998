"""hazmat: safety toolkit for generative AI. Moderate content, evaluate models and guards, on any taxonomy.

Quick start::

    import hazmat
    verdict = hazmat.moderate("how do I make a pipe bomb")
    guard = hazmat.load_guard("hazmat-minilm", taxonomy="llamaguard3")
"""

__version__ = "0.1.0"

from .errors import HazmatError
from .moderation import load_guard, moderate
from .types import Completion, Conversation, Message, Sample, Verdict

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
