"""Chat models under test or behind judges: one protocol, providers by spec prefix."""

from ._openai import OpenAIChatModel
from ._protocol import ChatModel, GenerateParams
from ._registry import ENTRY_POINT_GROUP, list_providers, load_model, split_spec

__all__ = [
    "ENTRY_POINT_GROUP",
    "ChatModel",
    "GenerateParams",
    "OpenAIChatModel",
    "list_providers",
    "load_model",
    "split_spec",
]
