"""Any OpenAI-compatible chat completions server: OpenAI, vLLM, Ollama, TGI, llama.cpp server, LM Studio."""

from __future__ import annotations

import asyncio
import os
from typing import Any

import httpx

from ..errors import ModelError, ModelRequestError
from ..types import Completion, Conversation
from ._protocol import GenerateParams

DEFAULT_BASE_URL = "https://api.openai.com/v1"
CLIENT_SHARDS = 8
RETRYABLE_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524, 529})


def _retry_after(response: httpx.Response) -> float | None:
    for header in ("retry-after-ms", "retry-after"):
        value = response.headers.get(header)
        if value is None:
            continue
        try:
            seconds = float(value)
        except ValueError:
            continue
        return seconds / 1000 if header == "retry-after-ms" else seconds
    return None


def _error_message(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:300]
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        return str(body["error"].get("message", body["error"]))[:300]
    return str(body)[:300]


class OpenAIChatModel:
    """A model behind an OpenAI-compatible ``/chat/completions`` endpoint (spec ``openai/NAME``).

    ``base_url`` defaults to ``OPENAI_BASE_URL`` or OpenAI's API; ``api_key`` to ``OPENAI_API_KEY`` (a local
    server needs none). ``timeout`` is per request, in seconds. Connections are pooled; errors become
    :class:`ModelRequestError` with ``retryable`` set for 429, 5xx, timeouts and dropped connections.
    """

    def __init__(
        self,
        model: str,
        base_url: str | None = None,
        api_key: str | None = None,
        timeout: float = 120.0,
        max_connections: int = 256,
        headers: dict[str, str] | None = None,
    ) -> None:
        if not model:
            raise ModelError("openai/NAME needs a model name after 'openai/'")
        self.model = model
        self.name = f"openai/{model}"
        self.base_url = (base_url or os.environ.get("OPENAI_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        if not self.base_url.startswith(("http://", "https://")):
            raise ModelError(f"base URL must start with http:// or https://, got {self.base_url!r}")
        key = api_key if api_key is not None else os.environ.get("OPENAI_API_KEY")
        self._headers = {"Content-Type": "application/json", **(headers or {})}
        if key:
            self._headers["Authorization"] = f"Bearer {key}"
        self.timeout = timeout
        # httpcore's pool scans every connection for every queued request, so one big pool costs time that
        # grows with its square at high concurrency; several small pools, used in turn, avoid that
        self._shards = max(1, min(CLIENT_SHARDS, max_connections))
        per_shard = -(-max_connections // self._shards)
        self._limits = httpx.Limits(max_connections=per_shard, max_keepalive_connections=per_shard)
        self._clients: list[httpx.AsyncClient] = []
        self._next = 0
        self._loop: asyncio.AbstractEventLoop | None = None

    def describe(self) -> dict[str, Any]:
        """Provider, model and endpoint (never the key)."""
        return {"provider": "openai-compatible", "model": self.model, "base_url": self.base_url}

    def request_body(self, conversation: Conversation, params: GenerateParams) -> dict[str, Any]:
        """The JSON body sent for this conversation and these settings."""
        body: dict[str, Any] = {
            "model": self.model,
            "messages": params.apply_system_prompt(conversation).to_list(),
            "temperature": params.temperature,
            "max_tokens": params.max_tokens,
        }
        if params.seed is not None:
            body["seed"] = params.seed
        if params.top_p is not None:
            body["top_p"] = params.top_p
        if params.stop:
            body["stop"] = list(params.stop)
        if params.logprobs is not None:
            body["logprobs"] = True
            body["top_logprobs"] = params.logprobs
        body.update(params.extra)
        return body

    def _get_client(self) -> httpx.AsyncClient:
        loop = asyncio.get_running_loop()
        if not self._clients or self._loop is not loop:
            # a client is bound to the event loop it was made in; sync wrappers run a new loop per call
            self._loop = loop
            self._clients = [
                httpx.AsyncClient(base_url=self.base_url, headers=self._headers, timeout=self.timeout,
                                  limits=self._limits)
                for _ in range(self._shards)
            ]
        self._next = (self._next + 1) % self._shards
        return self._clients[self._next]

    async def post_json(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        """POST ``body`` to ``path`` under the base URL and return the JSON answer; failures become
        :class:`ModelRequestError` (retryable for 429, 5xx, timeouts, dropped connections, malformed JSON)."""
        try:
            response = await self._get_client().post(path, json=body)
        except httpx.TimeoutException as e:
            raise ModelRequestError(f"{self.name}: timed out after {self.timeout:g} s", retryable=True) from e
        except httpx.TransportError as e:
            raise ModelRequestError(f"{self.name}: connection failed ({type(e).__name__}: {e})", retryable=True) from e
        if response.status_code != 200:
            raise ModelRequestError(
                f"{self.name}: HTTP {response.status_code} from {self.base_url}{path}: {_error_message(response)}",
                status=response.status_code,
                retryable=response.status_code in RETRYABLE_STATUS,
                retry_after=_retry_after(response),
            )
        try:
            data = response.json()
        except ValueError as e:
            raise ModelRequestError(f"{self.name}: malformed response: {response.text[:200]!r}", retryable=True) from e
        if not isinstance(data, dict):
            raise ModelRequestError(f"{self.name}: malformed response: {response.text[:200]!r}", retryable=True)
        return data

    async def generate(self, conversation: Conversation, params: GenerateParams) -> Completion:
        """POST one chat completion and parse the first choice."""
        data = await self.post_json("/chat/completions", self.request_body(conversation, params))
        try:
            choice = data["choices"][0]
            message = choice.get("message") or {}
            text = message.get("content") or ""
        except (KeyError, IndexError, TypeError, AttributeError) as e:
            raise ModelRequestError(f"{self.name}: malformed response: {str(data)[:200]!r}", retryable=True) from e
        logprobs = None
        lp = choice.get("logprobs")
        if isinstance(lp, dict) and isinstance(lp.get("content"), list):
            logprobs = lp["content"]
        usage = {k: int(v) for k, v in (data.get("usage") or {}).items() if isinstance(v, int)}
        return Completion(
            text=text,
            finish_reason=choice.get("finish_reason"),
            logprobs=logprobs,
            usage=usage,
            model=data.get("model") or self.model,
        )

    async def aclose(self) -> None:
        """Close the connection pool."""
        if self._clients and self._loop is asyncio.get_running_loop():
            for client in self._clients:
                await client.aclose()
        self._clients = []
