"""``POST /v1/chat/completions``: a guarding proxy in front of an OpenAI-compatible chat server.

The client talks to hazmat exactly as it would to OpenAI, vLLM, Ollama or a llama.cpp server; hazmat
checks the prompt, forwards the request unchanged (every field the client sent, with the *configured*
upstream key — the client's own ``Authorization`` is never forwarded), and checks the answer.

Non-streaming
    * Prompt check (``check_prompt``): the guard judges the conversation as sent (its last message, in
      context; the default guard flags it when any user or system turn asks for harm). Flagged → upstream
      is not called; the answer is a normal ``chat.completion`` whose message
      is ``refusal_message`` with ``finish_reason: "content_filter"``, zero usage, header
      ``x-hazmat-blocked: prompt``.
    * Response check (``check_response``): each choice's text is judged as the assistant turn after the
      conversation. A flagged choice's message is replaced by the refusal (its tool calls and log-probs
      dropped, since they carry the answer too), ``finish_reason: "content_filter"``, header
      ``x-hazmat-blocked: response``. A choice without text (only tool calls) is not judged.
    * Upstream errors: its status and OpenAI error body pass through; unreachable or timed out → 502 with
      an OpenAI-format error.

Streaming (``stream: true``) — the semantics, exactly. Let N = ``hold_back_tokens`` and
K = ``check_every_tokens``. A *token* is one upstream chunk whose ``choices[0].delta.content`` is a
non-empty string; OpenAI, vLLM, llama.cpp and Ollama send one model token per chunk, so the window is
in model tokens there (a server that coalesces tokens makes it a window of chunks).

    1. The prompt is checked before upstream is called; a blocked prompt gets a short stream: one chunk
       with the role and the refusal, one with ``finish_reason: "content_filter"``, ``data: [DONE]``
       (and the header ``x-hazmat-blocked: prompt``).
    2. Checks: each time the count of received tokens reaches a multiple of K, the whole answer so far
       (tokens 1..c, after the conversation) is classified, inline: upstream is not read while the guard
       runs, so check positions are deterministic (K, 2K, ...). At the end of the upstream stream the
       complete answer is classified once more, unless the last periodic check already covered every
       token.
    3. Release: with R tokens received and S the largest check position whose check said safe, the
       client has been sent exactly the first ``min(S, R - N)`` tokens. A token is shown only when it is
       older than the window of the N newest tokens AND a classification that included it said safe.
       Chunks without content (the role chunk, upstream's finish chunk, a usage chunk) keep their place
       in the order: they go out as soon as every token before them has. Released chunks are upstream's
       own bytes (ids, ``created``, ``model``, log-probs preserved). So every shown token was followed
       by at least N received tokens, of which at least N - K + 1 a safe check had seen (N >= K - 1);
       with N >= K - 1 tokens come out one per token in, with smaller N in bursts after each check.
    4. A flagged check at position F stops the stream: the upstream response is closed (generation
       is cancelled where the server supports it), held tokens are dropped, and the client gets one chunk
       whose ``delta.content`` is the refusal — preceded by a blank line (``"\\n\\n"``) when some text was
       already shown, so it reads as its own paragraph of the same message (OpenAI's chunk protocol has
       one message per choice) — then a chunk with ``finish_reason: "content_filter"``, then
       ``data: [DONE]``. The client has then seen exactly ``min(P, R - N)`` tokens, where P is the check
       position before F (0 if none) and R = F - 1 for a periodic check (R = all tokens for the final
       one): never more than F - N - 1 tokens, and never a token no check called safe. Streaming has
       already sent its headers, so there is no ``x-hazmat-blocked`` header; ``finish_reason`` tells.
    5. With ``check_response`` off, the stream passes through unchanged, chunk by chunk.

Guard failures (an exception, a wrong number of verdicts, or an unassessed verdict with ``flagged`` None)
count as flagged — fail closed — unless ``fail_open``; either way ``metrics.guard_error()`` is called.
Only message text is judged: a string ``content``, or a list of ``text``/``output_text``/``refusal`` parts
(streamed or not); a content of any other shape or part type is blocked like a flagged answer (the proxy
does not forward what it cannot judge). Tool-call arguments and non-standard fields (``reasoning_content``)
are forwarded in order but not classified. Streaming with ``n > 1`` is refused (400). Costs, limits and the
tested guarantee: ``docs/serve_streaming.md``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
import uuid
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.background import BackgroundTask

from ..errors import InputError
from ..types import Conversation, Message, Verdict
from ._config import ProxySettings, UpstreamSettings
from ._errors import error_response

__all__ = ["ChatClassify", "make_chat_router"]

log = logging.getLogger("hazmat.server")

ChatClassify = Callable[[Sequence[Conversation]], Awaitable[list[Verdict]]]
"""Classifies a batch of conversations with the guard; one verdict per conversation, in order."""

_ROLE_ALIASES = {"developer": "system", "function": "tool"}
_SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def _error(status: int, message: str, *, type_: str = "invalid_request_error", param: str | None = None,
           code: str | None = None, headers: Mapping[str, str] | None = None) -> JSONResponse:
    """An error response in OpenAI's format."""
    return error_response(status, message, type=type_, param=param, code=code,
                          headers=dict(headers) if headers else None)


class _BadRequest(Exception):
    def __init__(self, message: str, param: str | None = None) -> None:
        super().__init__(message)
        self.param = param


@dataclass
class _ChatRequest:
    """What the proxy reads from a client's request; the raw bytes are what it forwards."""

    raw: bytes
    body: dict[str, Any]
    conversation: Conversation
    model: str
    stream: bool
    n: int


def _conversation(messages: Any) -> Conversation:
    """The guard's view of OpenAI messages; lenient where OpenAI is (``developer`` role, null content)."""
    if not isinstance(messages, list) or not messages:
        raise _BadRequest("'messages' must be a non-empty array of messages", "messages")
    out: list[Message] = []
    for i, m in enumerate(messages):
        where = f"messages[{i}]"
        if not isinstance(m, dict):
            raise _BadRequest(f"{where} must be an object with 'role' and 'content'", where)
        role = m.get("role")
        role = _ROLE_ALIASES.get(role, role) if isinstance(role, str) else role
        content = m.get("content")
        try:
            out.append(Message.from_dict({"role": role, "content": "" if content is None else content}, where))
        except InputError as e:
            raise _BadRequest(str(e), where) from None
    return Conversation(messages=tuple(out))


def _parse_request(raw: bytes) -> _ChatRequest:
    try:
        body = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise _BadRequest(f"the request body is not valid JSON: {e}") from None
    except RecursionError:
        raise _BadRequest("the request body is JSON nested too deeply") from None
    if not isinstance(body, dict):
        raise _BadRequest("the request body must be a JSON object")
    model = body.get("model", "")
    if not isinstance(model, str):
        raise _BadRequest("'model' must be a string", "model")
    stream = body.get("stream", False)
    if stream is None:
        stream = False
    if not isinstance(stream, bool):
        raise _BadRequest("'stream' must be a boolean", "stream")
    n = body.get("n", 1)
    if n is None:
        n = 1
    if not isinstance(n, int) or isinstance(n, bool) or n < 1:
        raise _BadRequest("'n' must be a positive integer", "n")
    if stream and n > 1:
        raise _BadRequest("the guarding proxy streams one choice only; use n=1 with stream=true", "n")
    return _ChatRequest(raw=raw, body=body, conversation=_conversation(body.get("messages")),
                        model=model, stream=stream, n=n)


def _completion_id() -> str:
    return "chatcmpl-" + uuid.uuid4().hex[:24]


def _chunk_line(obj: Mapping[str, Any]) -> bytes:
    return b"data: " + json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n\n"


_DONE = b"data: [DONE]\n\n"


@dataclass
class _Guarded:
    """The guard call with the fail policy and metrics applied: ``blocked`` per conversation."""

    classify: ChatClassify
    fail_open: bool
    metrics: object | None

    def count(self, method: str, *args: Any) -> None:
        fn = getattr(self.metrics, method, None) if self.metrics is not None else None
        if callable(fn):
            try:
                fn(*args)
            except Exception:  # metrics must never break a request
                log.exception("metrics.%s failed", method)

    async def blocked(self, conversations: Sequence[Conversation]) -> list[bool]:
        try:
            verdicts = await self.classify(conversations)
            if len(verdicts) != len(conversations):
                raise RuntimeError(f"the guard returned {len(verdicts)} verdicts for {len(conversations)} inputs")
        except Exception as e:
            self.count("guard_error")
            log.warning("guard failed (%s): %s; %s", type(e).__name__, e,
                        "letting it through (fail_open)" if self.fail_open else "blocking (fail closed)")
            return [not self.fail_open] * len(conversations)
        out = []
        for v in verdicts:
            if v.flagged is None:
                self.count("guard_error")
                log.warning("guard could not judge (%s); %s", v.unassessed or "no reason given",
                            "letting it through (fail_open)" if self.fail_open else "blocking (fail closed)")
                out.append(not self.fail_open)
            else:
                out.append(bool(v.flagged))
        return out


@dataclass
class _Upstream:
    settings: UpstreamSettings
    client: httpx.AsyncClient | None = None
    owned: bool = False
    loop: asyncio.AbstractEventLoop | None = None

    @property
    def url(self) -> str:
        return self.settings.base_url.rstrip("/") + "/chat/completions"

    def headers(self, stream: bool) -> dict[str, str]:
        h = {"Content-Type": "application/json", "Accept": "text/event-stream" if stream else "application/json"}
        env = self.settings.api_key_env
        key = os.environ.get(env) if env else None
        if key:
            h["Authorization"] = f"Bearer {key}"
        return h

    def get_client(self) -> httpx.AsyncClient:
        """The given client, or one of our own for the running event loop (made on first use)."""
        loop = asyncio.get_running_loop()
        if self.client is None or (self.owned and self.loop is not loop):
            # an app served without its lifespan (e.g. a TestClient used without ``with``) may change loops;
            # a client belongs to the loop it was made in
            self.client = httpx.AsyncClient(timeout=httpx.Timeout(self.settings.timeout))
            self.owned, self.loop = True, loop
        return self.client

    async def aclose(self) -> None:
        if self.client is not None and self.owned and self.loop is asyncio.get_running_loop():
            await self.client.aclose()
        if self.owned:
            self.client, self.owned, self.loop = None, False, None


def _unreachable(e: httpx.HTTPError, upstream: _Upstream) -> JSONResponse:
    if isinstance(e, httpx.TimeoutException):
        return _error(502, f"the upstream chat server at {upstream.url} timed out ({type(e).__name__})",
                      type_="upstream_error", code="upstream_timeout")
    return _error(502, f"the upstream chat server at {upstream.url} could not be reached: {e or type(e).__name__}",
                  type_="upstream_error", code="upstream_unreachable")


def _passthrough_error(status: int, content: bytes, headers: httpx.Headers) -> JSONResponse:
    """Upstream's error status with its OpenAI error body (wrapped into one when it is not)."""
    extra = {k: headers[k] for k in ("retry-after",) if k in headers}
    try:
        body = json.loads(content)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
        body = None
    if isinstance(body, dict) and "error" in body:
        return JSONResponse(body, status_code=status, headers=extra)
    text = content.decode("utf-8", "replace").strip()[:500] or f"HTTP {status}"
    return _error(status, f"upstream error: {text}", type_="upstream_error", code=str(status), headers=extra)


def _refusal_completion(req: _ChatRequest, refusal: str) -> dict[str, Any]:
    return {
        "id": _completion_id(), "object": "chat.completion", "created": int(time.time()), "model": req.model,
        "choices": [{"index": i, "message": {"role": "assistant", "content": refusal, "refusal": None},
                     "logprobs": None, "finish_reason": "content_filter"} for i in range(req.n)],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
    }


def _refusal_chunks(base: Mapping[str, Any], text: str, with_role: bool) -> list[bytes]:
    delta: dict[str, Any] = {"role": "assistant", "content": text} if with_role else {"content": text}
    first = {**base, "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": None}]}
    last = {**base, "choices": [{"index": 0, "delta": {}, "logprobs": None, "finish_reason": "content_filter"}]}
    return [_chunk_line(first), _chunk_line(last)]


def _chunk_base(req: _ChatRequest, obj: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The fields of chunks hazmat writes itself: upstream's own when a chunk of it was seen."""
    src = obj or {}
    base: dict[str, Any] = {
        "id": src.get("id") or _completion_id(), "object": "chat.completion.chunk",
        "created": src.get("created") or int(time.time()), "model": src.get("model") or req.model,
    }
    if src.get("system_fingerprint") is not None:
        base["system_fingerprint"] = src["system_fingerprint"]
    return base


async def _sse_data(resp: httpx.Response) -> AsyncIterator[str]:
    """The ``data`` of each server-sent event (multi-line data joined; comments and other fields skipped)."""
    lines: list[str] = []
    async for line in resp.aiter_lines():
        if not line:
            if lines:
                yield "\n".join(lines)
                lines = []
            continue
        name, _, value = line.partition(":")
        if name == "data":
            lines.append(value[1:] if value.startswith(" ") else value)
    if lines:
        yield "\n".join(lines)


_TEXT_PARTS = {"text": "text", "output_text": "text", "refusal": "refusal"}


def content_text(content: Any) -> str | None:
    """The text of an assistant ``content``: a string, null (no text), or a list of parts (``text``,
    ``output_text``, ``refusal``); None when the proxy cannot read it (another part type or shape), which the
    proxy treats as blocked: what it cannot judge it does not forward."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        return None
    texts: list[str] = []
    for part in content:
        key = _TEXT_PARTS.get(part.get("type", "")) if isinstance(part, dict) else None
        value = part.get(key) if key is not None and isinstance(part, dict) else None
        if not isinstance(value, str):
            return None
        texts.append(value)
    return "".join(texts)


def _delta_text(obj: Mapping[str, Any]) -> str | None:
    """The text a stream chunk adds ("" for none); None when its content cannot be read."""
    choices = obj.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        return ""
    delta = choices[0].get("delta")
    if delta is None:
        return ""
    return content_text(delta.get("content")) if isinstance(delta, dict) else None


def _has_role(obj: Mapping[str, Any]) -> bool:
    choices = obj.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        return False
    delta = choices[0].get("delta")
    return isinstance(delta, dict) and "role" in delta


@dataclass
class _StreamState:
    """The hold-back buffer of one streamed answer (see the module docstring, point 3)."""

    pending: deque[tuple[bytes, bool, bool]] = field(default_factory=deque)  # (SSE bytes, is a token, has role)
    tokens: list[str] = field(default_factory=list)
    released: int = 0  # tokens sent to the client
    safe: int = 0  # tokens covered by the last check that said safe
    role_sent: bool = False

    def release(self, limit: int) -> list[bytes]:
        out: list[bytes] = []
        while self.pending:
            data, is_token, has_role = self.pending[0]
            if is_token:
                if self.released >= limit:
                    break
                self.released += 1
            self.pending.popleft()
            self.role_sent = self.role_sent or has_role
            out.append(data)
        return out


def make_chat_router(
    settings: ProxySettings,
    upstream: UpstreamSettings,
    classify: ChatClassify,
    metrics: object | None = None,
    *,
    client: httpx.AsyncClient | None = None,
) -> APIRouter:
    """A router with ``POST /v1/chat/completions`` guarding ``upstream`` (semantics: the module docstring).

    ``classify`` judges a batch of conversations (the server passes its micro-batched guard). ``metrics``
    may have ``blocked(kind)`` (kind ``"prompt"``, ``"response"`` or ``"stream"``) and ``guard_error()``.
    ``client`` is the HTTP client for upstream; by default the router makes one and closes it with the
    application's lifespan.
    """
    if settings.check_every_tokens < 1 or settings.hold_back_tokens < 0:
        raise ValueError("check_every_tokens must be >= 1 and hold_back_tokens >= 0")
    up = _Upstream(upstream, client)
    guard = _Guarded(classify, settings.fail_open, metrics)

    @asynccontextmanager
    async def lifespan(_app: Any) -> AsyncIterator[None]:
        try:
            yield
        finally:
            await up.aclose()

    router = APIRouter(lifespan=lifespan)

    @router.post("/v1/chat/completions", response_model=None)
    async def chat_completions(request: Request) -> Response:
        """OpenAI chat completions, guarded: prompt checked first, answer checked (streamed: held back)."""
        try:
            req = _parse_request(await request.body())
        except _BadRequest as e:
            return _error(400, str(e), param=e.param)
        if settings.check_prompt and (await guard.blocked([req.conversation]))[0]:
            guard.count("blocked", "prompt")
            headers = {"x-hazmat-blocked": "prompt"}
            if req.stream:
                lines = [*_refusal_chunks(_chunk_base(req), settings.refusal_message, True), _DONE]
                return StreamingResponse(_iter(lines), media_type="text/event-stream",
                                         headers={**_SSE_HEADERS, **headers})
            return JSONResponse(_refusal_completion(req, settings.refusal_message), headers=headers)
        if req.stream:
            return await _stream(req)
        return await _complete(req)

    async def _complete(req: _ChatRequest) -> Response:
        try:
            resp = await up.get_client().post(up.url, content=req.raw, headers=up.headers(stream=False))
        except httpx.HTTPError as e:
            return _unreachable(e, up)
        if resp.status_code != 200:
            return _passthrough_error(resp.status_code, resp.content, resp.headers)
        try:
            body = resp.json()
            choices = body["choices"]
            if not isinstance(choices, list):
                raise TypeError("'choices' is not a list")
        except (ValueError, KeyError, TypeError, RecursionError) as e:
            return _error(502, f"the upstream chat server sent an unreadable completion: {e or type(e).__name__}",
                          type_="upstream_error", code="upstream_bad_response")
        headers: dict[str, str] = {}
        if settings.check_response:
            judged: list[tuple[int, str]] = []
            blocked: list[int] = []  # choices whose content the proxy cannot read: fail closed
            for i, c in enumerate(choices):
                message = c.get("message") if isinstance(c, dict) else None
                text = content_text(message.get("content")) if isinstance(message, dict) else None
                if text is None:
                    blocked.append(i)
                elif text.strip():
                    judged.append((i, text))
            convs = [Conversation(messages=(*req.conversation.messages, Message(role="assistant", content=text)))
                     for _, text in judged]
            flags = await guard.blocked(convs) if convs else []
            blocked += [i for (i, _), flagged in zip(judged, flags, strict=True) if flagged]
            if blocked:
                for i in blocked:
                    index = choices[i].get("index", i) if isinstance(choices[i], dict) else i
                    choices[i] = {"index": index, "message": {"role": "assistant", "content": settings.refusal_message,
                                                              "refusal": None},
                                  "finish_reason": "content_filter", "logprobs": None}
                guard.count("blocked", "response")
                headers["x-hazmat-blocked"] = "response"
        return JSONResponse(body, headers=headers)

    async def _stream(req: _ChatRequest) -> Response:
        http = up.get_client()
        try:
            resp = await http.send(http.build_request("POST", up.url, content=req.raw,
                                                      headers=up.headers(stream=True)), stream=True)
        except httpx.HTTPError as e:
            return _unreachable(e, up)
        if resp.status_code != 200:
            try:
                content = await resp.aread()
            except httpx.HTTPError:
                content = b""
            finally:
                await resp.aclose()
            return _passthrough_error(resp.status_code, content, resp.headers)
        if "text/event-stream" not in resp.headers.get("content-type", ""):
            await resp.aclose()
            return _error(502, "the upstream chat server answered a stream request without an event stream "
                          f"(content-type {resp.headers.get('content-type')!r})",
                          type_="upstream_error", code="upstream_bad_response")
        body = _passthrough(resp) if not settings.check_response else _guarded_stream(req, resp)
        # the background close covers a client gone before the body generator ever ran
        return StreamingResponse(body, media_type="text/event-stream", headers=_SSE_HEADERS,
                                 background=BackgroundTask(resp.aclose))

    async def _passthrough(resp: httpx.Response) -> AsyncIterator[bytes]:
        try:
            async for chunk in resp.aiter_bytes():
                yield chunk
        except httpx.HTTPError as e:
            yield _stream_error(e)
            yield _DONE
        finally:
            await resp.aclose()

    async def _guarded_stream(req: _ChatRequest, resp: httpx.Response) -> AsyncIterator[bytes]:
        n_hold, every = settings.hold_back_tokens, settings.check_every_tokens
        st = _StreamState()
        last_obj: dict[str, Any] | None = None

        async def check() -> bool:
            """Whether the answer so far may be shown (False: blocked, or failed and fail closed)."""
            answer = Message(role="assistant", content="".join(st.tokens))
            conv = Conversation(messages=(*req.conversation.messages, answer))
            return not (await guard.blocked([conv]))[0]

        async def abort() -> list[bytes]:
            await resp.aclose()
            guard.count("blocked", "stream")
            text = ("\n\n" if st.released else "") + settings.refusal_message
            return [*_refusal_chunks(_chunk_base(req, last_obj), text, not st.role_sent), _DONE]

        try:
            try:
                async for data in _sse_data(resp):
                    if data.strip() == "[DONE]":
                        break
                    try:
                        obj = json.loads(data)
                    except (json.JSONDecodeError, RecursionError):
                        raise _UpstreamStreamError("the upstream chat server sent a chunk that is not JSON") from None
                    if not isinstance(obj, dict):
                        raise _UpstreamStreamError("the upstream chat server sent a chunk that is not an object")
                    if "error" in obj and not obj.get("choices"):
                        # upstream reported an error mid-stream: pass it on; held (unchecked) text is dropped
                        yield _chunk_line(obj)
                        yield _DONE
                        return
                    last_obj = obj
                    text = _delta_text(obj)
                    if text is None:  # a content shape the proxy cannot read is not forwarded
                        for line in await abort():
                            yield line
                        return
                    if text:
                        st.tokens.append(text)
                    st.pending.append((b"data: " + data.encode("utf-8") + b"\n\n", bool(text), _has_role(obj)))
                    if text and len(st.tokens) % every == 0:
                        if not await check():
                            for line in await abort():
                                yield line
                            return
                        st.safe = len(st.tokens)
                    for line in (st.release(min(st.safe, len(st.tokens) - n_hold))):
                        yield line
            except httpx.HTTPError as e:
                yield _stream_error(e)
                yield _DONE
                return
            except _UpstreamStreamError as e:
                yield _chunk_line({"error": {"message": str(e), "type": "upstream_error", "param": None,
                                             "code": "upstream_bad_response"}})
                yield _DONE
                return
            if len(st.tokens) > st.safe:
                if not await check():
                    for line in await abort():
                        yield line
                    return
                st.safe = len(st.tokens)
            for line in (st.release(len(st.tokens))):
                yield line
            yield _DONE
        finally:
            await resp.aclose()

    return router


class _UpstreamStreamError(Exception):
    """Upstream's event stream broke the chunk format."""


def _stream_error(e: httpx.HTTPError) -> bytes:
    code = "upstream_timeout" if isinstance(e, httpx.TimeoutException) else "upstream_unreachable"
    return _chunk_line({"error": {"message": f"the upstream stream failed: {e or type(e).__name__}",
                                  "type": "upstream_error", "param": None, "code": code}})


async def _iter(lines: list[bytes]) -> AsyncIterator[bytes]:
    for line in lines:
        yield line

