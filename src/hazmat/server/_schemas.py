"""Request and response schemas (pydantic) of the HTTP API; they also make the OpenAPI document."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class TextPart(BaseModel):
    """A text part of a multimodal moderation input."""

    type: Literal["text"]
    text: str


class ImageURL(BaseModel):
    url: str


class ImagePart(BaseModel):
    """An image part (URL or data URL) of a multimodal moderation input."""

    type: Literal["image_url"]
    image_url: ImageURL


Part = Annotated[TextPart | ImagePart, Field(discriminator="type")]


class ModerationRequest(BaseModel):
    """OpenAI's moderation request."""

    input: str | list[str] | list[Part] = Field(
        description="A string, an array of strings (one result each), or an array of content parts (one result)."
    )
    model: str | None = Field(default=None, description="Echoed back; default: the guard's name.")


class ModerationResult(BaseModel):
    """One result: OpenAI's four fields, plus everything else under ``hazmat``."""

    flagged: bool
    categories: dict[str, bool]
    category_scores: dict[str, float]
    category_applied_input_types: dict[str, list[str]]
    hazmat: dict[str, Any] | None = None


class ModerationResponse(BaseModel):
    id: str
    model: str
    results: list[ModerationResult]


class ClassifyRequest(BaseModel):
    """hazmat's native request: a conversation (OpenAI chat format) or one bare text."""

    model_config = ConfigDict(extra="forbid")

    messages: list[dict[str, Any]] | None = Field(default=None, description="OpenAI chat messages; the last is judged.")
    text: str | None = Field(default=None, description="A bare text, judged as `role` says.")
    role: Literal["user", "assistant"] = Field(default="user", description="user: a prompt; assistant: a response.")
    taxonomy: str | None = Field(default=None, description="A built-in taxonomy; default: the guard's own.")


class VerdictResponse(BaseModel):
    taxonomy: str
    flagged: bool | None
    unsafe_score: float | None = None
    scores: dict[str, float]
    categories: list[str]
    unassessed: str | None = None
    uncovered: list[str]
    rationale: str | None = None
    classifier: str | None = None
    extra: dict[str, Any] | None = None


class ErrorBody(BaseModel):
    message: str
    type: str
    param: str | None
    code: str | None


class ErrorResponse(BaseModel):
    error: ErrorBody


class Health(BaseModel):
    status: str
    guard: str
    batching: bool
    taxonomy: str
    version: str


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorResponse, "description": "Malformed request"},
    401: {"model": ErrorResponse, "description": "Missing or invalid API key"},
    413: {"model": ErrorResponse, "description": "Body or an input too large"},
    429: {"model": ErrorResponse, "description": "Rate limit exceeded (see Retry-After)"},
    500: {"model": ErrorResponse, "description": "The guard failed"},
    503: {"model": ErrorResponse, "description": "The server is shutting down"},
}


