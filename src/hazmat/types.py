"""Core types: messages, conversations, samples, verdicts and completions.

Messages follow the OpenAI chat format: ``role`` plus ``content`` that is either a string or a list of
content parts (``{"type": "text", "text": ...}``, ``{"type": "image_url", ...}``). These are plain
dataclasses inside the library; pydantic models live at the edges (files, configs, API schemas).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from .errors import InputError

Role = Literal["system", "user", "assistant", "tool"]
ROLES: tuple[str, ...] = ("system", "user", "assistant", "tool")


@dataclass(frozen=True)
class ContentPart:
    """One part of a multimodal message: text, an image, or a video frame reference."""

    type: str
    text: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the part in OpenAI's wire format."""
        if self.type == "text":
            return {"type": "text", "text": self.text or ""}
        return {"type": self.type, self.type: {"url": self.url}}


@dataclass(frozen=True)
class Message:
    """One chat message: a role and its content (a string or a tuple of parts)."""

    role: Role
    content: str | tuple[ContentPart, ...]

    @property
    def text(self) -> str:
        """All text of the message; the text parts joined by newlines, non-text parts skipped."""
        if isinstance(self.content, str):
            return self.content
        return "\n".join(p.text or "" for p in self.content if p.type == "text")

    def to_dict(self) -> dict[str, Any]:
        """Return the message in OpenAI's wire format."""
        if isinstance(self.content, str):
            return {"role": self.role, "content": self.content}
        return {"role": self.role, "content": [p.to_dict() for p in self.content]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], where: str = "message") -> Message:
        """Parse a message from OpenAI's wire format, naming ``where`` in any error."""
        if not isinstance(data, Mapping):
            raise InputError(f"{where}: expected an object with 'role' and 'content', got {type(data).__name__}")
        role = data.get("role")
        if role not in ROLES:
            raise InputError(f"{where}: 'role' must be one of {', '.join(ROLES)}, got {role!r}")
        content = data.get("content")
        if isinstance(content, str):
            return cls(role=role, content=content)
        if isinstance(content, list):
            parts = []
            for i, part in enumerate(content):
                if not isinstance(part, Mapping) or not isinstance(part.get("type"), str):
                    raise InputError(f"{where}: content part {i} must be an object with a 'type'")
                ptype = part["type"]
                if ptype == "text":
                    text = part.get("text")
                    if not isinstance(text, str):
                        raise InputError(f"{where}: text part {i} needs a string 'text'")
                    parts.append(ContentPart(type="text", text=text))
                else:
                    ref = part.get(ptype)
                    url = ref.get("url") if isinstance(ref, Mapping) else ref if isinstance(ref, str) else None
                    parts.append(ContentPart(type=ptype, url=url))
            return cls(role=role, content=tuple(parts))
        if content is None:
            raise InputError(f"{where}: missing 'content'")
        raise InputError(f"{where}: 'content' must be a string or a list of parts, got {type(content).__name__}")


@dataclass(frozen=True)
class Conversation:
    """An ordered list of messages; the unit every classifier judges."""

    messages: tuple[Message, ...]

    @classmethod
    def of(cls, *items: str | Message | tuple[str, str]) -> Conversation:
        """Build a conversation: a bare string is a user turn, a ``(role, text)`` pair a message."""
        out: list[Message] = []
        for item in items:
            if isinstance(item, Message):
                out.append(item)
            elif isinstance(item, str):
                out.append(Message(role="user", content=item))
            else:
                role, text = item
                if role not in ROLES:
                    raise InputError(f"unknown role {role!r}; expected one of {', '.join(ROLES)}")
                out.append(Message(role=role, content=text))  # type: ignore[arg-type]
        return cls(messages=tuple(out))

    @classmethod
    def from_messages(cls, data: Sequence[Mapping[str, Any]], where: str = "messages") -> Conversation:
        """Parse a list of OpenAI-format messages."""
        if not isinstance(data, Sequence) or isinstance(data, str | bytes) or not data:
            raise InputError(f"{where}: expected a non-empty list of messages")
        return cls(messages=tuple(Message.from_dict(m, f"{where}[{i}]") for i, m in enumerate(data)))

    def to_list(self) -> list[dict[str, Any]]:
        """Return the messages in OpenAI's wire format."""
        return [m.to_dict() for m in self.messages]

    @property
    def last(self) -> Message:
        """The last message, the one a classifier judges."""
        if not self.messages:
            raise InputError("empty conversation: nothing to classify")
        return self.messages[-1]

    def last_user_before_last(self) -> Message | None:
        """The user turn that the last (assistant) message answers, if any."""
        for m in reversed(self.messages[:-1]):
            if m.role == "user":
                return m
        return None


@dataclass
class Sample:
    """A benchmark or dataset item: an input conversation, optional reference and gold labels, metadata."""

    id: str
    input: Conversation
    reference: str | None = None
    labels: dict[str, Any] = field(default_factory=dict)
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass
class Verdict:
    """A classifier's judgment of one conversation.

    ``scores`` maps each category id of ``taxonomy`` to a probability in [0, 1]; ``categories`` lists the
    ones asserted (score at or above the category's threshold). ``flagged`` is the overall decision and
    ``unsafe_score`` its probability. When no judgment could be made, ``unassessed`` holds the reason and
    ``flagged`` is ``None``: an unassessed item is never silently safe. ``uncovered`` lists categories of
    ``taxonomy`` that the classifier cannot assess (reported, not guessed). ``extra`` carries further
    heads, e.g. ``refusal`` and ``refusal_score`` for assistant turns.
    """

    taxonomy: str
    flagged: bool | None
    unsafe_score: float | None = None
    scores: dict[str, float] = field(default_factory=dict)
    categories: list[str] = field(default_factory=list)
    unassessed: str | None = None
    uncovered: list[str] = field(default_factory=list)
    rationale: str | None = None
    classifier: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def unassessable(cls, taxonomy: str, reason: str, classifier: str | None = None) -> Verdict:
        """A verdict for an item that could not be judged, with the reason."""
        return cls(taxonomy=taxonomy, flagged=None, unassessed=reason, classifier=classifier)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of every field."""
        return {
            "taxonomy": self.taxonomy,
            "flagged": self.flagged,
            "unsafe_score": self.unsafe_score,
            "scores": self.scores,
            "categories": self.categories,
            "unassessed": self.unassessed,
            "uncovered": self.uncovered,
            "rationale": self.rationale,
            "classifier": self.classifier,
            **({"extra": self.extra} if self.extra else {}),
        }


@dataclass
class Completion:
    """A chat model's answer: text, why it stopped, token log-probabilities when given, token usage."""

    text: str
    finish_reason: str | None = None
    logprobs: list[dict[str, Any]] | None = None
    usage: dict[str, int] = field(default_factory=dict)
    model: str | None = None
