"""OpenAI's error format, and turning FastAPI's validation errors into one readable 400."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi.responses import JSONResponse

STATUS_CODES = {401: "invalid_api_key", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
                413: "request_too_large", 415: "unsupported_media_type", 429: "rate_limit_exceeded"}


class APIError(Exception):
    """An error answered in OpenAI's format with ``status``."""

    def __init__(self, status: int, message: str, *, type: str = "invalid_request_error", code: str | None = None,
                 param: str | None = None, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.type, self.code, self.param = status, message, type, code, param
        self.headers = headers

    def response(self) -> JSONResponse:
        """The JSON response of this error."""
        return error_response(self.status, self.message, type=self.type, code=self.code, param=self.param,
                              headers=self.headers)


def error_response(status: int, message: str, *, type: str = "invalid_request_error", code: str | None = None,
                   param: str | None = None, headers: dict[str, str] | None = None) -> JSONResponse:
    """``{"error": {"message", "type", "param", "code"}}`` with ``status``."""
    body = {"error": {"message": message, "type": type, "param": param, "code": code}}
    return JSONResponse(body, status_code=status, headers=headers)



def _param(loc: Sequence[Any]) -> str | None:
    """``body.messages.0.role`` → ``messages[0].role``; union-member tags (``list[str]``) are dropped."""
    out = ""
    for part in loc:
        if part == "body" and not out:
            continue
        if isinstance(part, int):
            out += f"[{part}]"
        elif isinstance(part, str) and ("[" in part or part in ("str", "int", "float", "bool")):
            continue
        else:
            out += ("." if out else "") + str(part)
    return out or None


def validation_message(errors: Sequence[Any], body: Any = None, union_input: bool = False) -> tuple[str, str | None]:
    """A one-line message and the offending parameter for a request that failed validation. ``body`` is the
    parsed request body; ``union_input`` says its ``input`` is the moderation union (string, strings, parts)."""
    if not errors:
        return "invalid request", None
    first = errors[0]
    loc = tuple(first.get("loc", ()))
    if first.get("type") == "json_invalid":
        detail = (first.get("ctx") or {}).get("error", "JSON decode error")
        return f"the request body is not valid JSON: {detail} (at character {loc[-1] if loc else 0})", None
    if loc == ("body",):
        if isinstance(first.get("input"), bytes | str):
            return "the request body must be a JSON object sent with 'Content-Type: application/json'", None
        return "the request body must be a JSON object", None
    param = _param(loc)
    if param == "input" and union_input:
        return _input_message(errors, body), "input"
    msg = first.get("msg", "invalid value")
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return (f"'{param}': {msg}" if param else msg) + more, param


def _input_message(errors: Sequence[Any], body: Any) -> str:
    """The moderation ``input`` union failed: say what it may be, and where the array went wrong."""
    text = ("'input' must be a string, an array of strings, or an array of content parts "
            "({\"type\": \"text\", \"text\": ...} or {\"type\": \"image_url\", \"image_url\": {\"url\": ...}})")
    value = body.get("input") if isinstance(body, dict) else None
    if isinstance(value, list) and value:
        branch = "list[str]" if isinstance(value[0], str) else "list[tagged-union"
        deeper = next((e for e in errors if len(e.get("loc", ())) > 3 and str(e["loc"][2]).startswith(branch)),
                      None)
        if deeper is not None:
            loc = deeper["loc"]
            # (body, input, branch, index, [tag of the part type,] field...): the tag is not a field
            rest = loc[5:] if branch != "list[str]" and len(loc) > 5 else loc[4:]
            text += f" (at {_param(('input', loc[3], *rest))}: {deeper['msg']})"
    return text
