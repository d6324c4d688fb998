"""The protocol every model under test (or model behind a judge) implements, and its generation settings."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol, runtime_checkable

from ..types import Completion, Conversation, Message


@dataclass(frozen=True)
class GenerateParams:
    """Generation settings, recorded with every run and part of the response-cache key.

    ``system_prompt`` is prepended as a system message unless the conversation already starts with one.
    ``logprobs`` asks for that many top alternatives per generated token where the backend supports it.
    ``extra`` passes further provider-specific request fields through unchanged.
    """

    temperature: float = 0.0
    max_tokens: int = 512
    seed: int | None = None
    top_p: float | None = None
    system_prompt: str | None = None
    stop: tuple[str, ...] = ()
    logprobs: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of every setting."""
        d = asdict(self)
        d["stop"] = list(self.stop)
        return d

    def canonical(self) -> str:
        """Canonical JSON of the settings (sorted keys), used in cache keys."""
        return json.dumps(self.to_dict(), sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    def apply_system_prompt(self, conversation: Conversation) -> Conversation:
        """The conversation the model sees: the system prompt first when one is set and none is there."""
        if not self.system_prompt or (conversation.messages and conversation.messages[0].role == "system"):
            return conversation
        return Conversation(messages=(Message(role="system", content=self.system_prompt), *conversation.messages))


@runtime_checkable
class ChatModel(Protocol):
    """A chat model: one conversation in, one :class:`Completion` out.

    ``name`` is the spec it was loaded from (``openai/gpt-4o-mini``, ``hf/./tiny``, ``gguf/model.gguf``).
    ``generate`` raises :class:`hazmat.errors.ModelRequestError` on failure, with ``retryable`` set when
    trying again may help; retries, rate limits and caching are the engine's job, not the provider's.
    """

    name: str

    async def generate(self, conversation: Conversation, params: GenerateParams) -> Completion:
        """Generate one answer to the conversation."""
        ...

    def describe(self) -> dict[str, Any]:
        """Provider, model id, endpoint and versions: recorded in the run's metadata and the cache key."""
        ...

    async def aclose(self) -> None:
        """Release connections and memory."""
        ...
