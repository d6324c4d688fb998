"""OpenAI's moderation endpoint (``POST {base_url}/moderations``) as a guard speaking the ``openai`` taxonomy."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from ..._version import __version__
from ...errors import ClassifierError, InputError
from ...taxonomy import load_taxonomy
from ...types import Conversation, Verdict
from ._http import ApiGuard, HttpSettings, RequestFailed, batched, env_value

DEFAULT_BASE_URL = "https://api.openai.com/v1"
MAX_BATCH = 32


class OpenAIModerationGuard(ApiGuard):
    """OpenAI moderation: the last message of each conversation, up to ``batch_size`` texts per request.

    Text-only messages are sent as a list of strings (one result each); a message with image parts is sent
    alone, as OpenAI content parts (one result for all its parts). ``scores`` are the ``category_scores``,
    ``categories`` the categories the API set true, ``flagged`` the API's decision and ``unsafe_score`` the
    highest category score.
    """

    name = "openai-moderation"

    def __init__(
        self,
        model: str = "omni-moderation-latest",
        base_url: str | None = None,
        api_key: str | None = None,
        *,
        batch_size: int = MAX_BATCH,
        timeout: float = 30.0,
        max_attempts: int = 6,
        base_delay: float = 1.0,
        max_delay: float = 60.0,
        rpm: float | None = None,
        concurrency: int = 4,
    ) -> None:
        super().__init__(HttpSettings(timeout=timeout, max_attempts=max_attempts, base_delay=base_delay,
                                      max_delay=max_delay, rpm=rpm, concurrency=concurrency))
        if not 1 <= batch_size <= MAX_BATCH:
            raise ClassifierError(f"{self.name}: batch_size must be between 1 and {MAX_BATCH}, got {batch_size}")
        self.model = model
        self.base_url = (base_url or os.environ.get("OPENAI_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        self._api_key = env_value(api_key, "OPENAI_API_KEY", "API key", self.name)
        self._secrets.append(self._api_key)
        self.batch_size = batch_size
        self.taxonomy = load_taxonomy("openai")

    def describe(self) -> dict[str, Any]:
        """Id, model, endpoint and settings (never the key)."""
        return {
            "id": self.name, "version": __version__, "model": self.model, "base_url": self.base_url,
            "taxonomy": self.taxonomy.id, "batch_size": self.batch_size, "http": self.http.to_dict(),
        }

    async def _classify_all(
        self, client: httpx.AsyncClient, gate: asyncio.Semaphore, conversations: Sequence[Conversation]
    ) -> list[Verdict]:
        verdicts: list[Verdict | None] = [None] * len(conversations)
        texts: list[int] = []
        jobs: list[tuple[list[int], Any]] = []
        for i, conv in enumerate(conversations):
            try:
                msg = conv.last
            except InputError as e:
                verdicts[i] = self.unassessed(str(e))
                continue
            if isinstance(msg.content, str) or all(p.type == "text" for p in msg.content):
                texts.append(i)
            else:
                jobs.append(([i], [p.to_dict() for p in msg.content]))
        for chunk in batched(texts, self.batch_size):
            jobs.append((chunk, [conversations[i].last.text for i in chunk]))

        async def run(indices: list[int], payload: Any) -> None:
            headers = {"Authorization": f"Bearer {self._api_key}"}
            try:
                data = await self.post(client, gate, f"{self.base_url}/moderations",
                                       {"model": self.model, "input": payload}, headers=headers)
                results = data.get("results") if isinstance(data, Mapping) else None
                expected = 1 if payload and isinstance(payload[0], Mapping) else len(indices)
                if not isinstance(results, list) or len(results) != expected:
                    got = len(results) if isinstance(results, list) else "no"
                    raise RequestFailed(f"expected {expected} result(s), got {got}")
                model = data.get("model")
                for i, result in zip(indices, results, strict=True):
                    verdicts[i] = self._verdict(result, model)
            except RequestFailed as e:
                for i in indices:
                    verdicts[i] = self.unassessed(str(e))

        await asyncio.gather(*(run(ix, p) for ix, p in jobs))
        return [v if v is not None else self.unassessed("no result") for v in verdicts]

    def _verdict(self, result: Any, model: Any) -> Verdict:
        if not isinstance(result, Mapping):
            return self.unassessed(f"malformed result: {str(result)[:200]}")
        raw_scores = result.get("category_scores")
        raw_cats = result.get("categories")
        if not isinstance(raw_scores, Mapping) or not isinstance(result.get("flagged"), bool):
            return self.unassessed("result lacks 'flagged' or 'category_scores'")
        scores: dict[str, float] = {}
        unknown: dict[str, Any] = {}
        for key, value in raw_scores.items():
            if value is None:
                continue
            cid = self.taxonomy.resolve(str(key))
            if cid is None:
                unknown[str(key)] = value
            else:
                scores[cid] = float(value)
        categories = [
            cid for key, on in (raw_cats or {}).items()
            if on and (cid := self.taxonomy.resolve(str(key))) is not None
        ]
        extra: dict[str, Any] = {}
        if model:
            extra["model"] = model
        if isinstance(result.get("category_applied_input_types"), Mapping):
            extra["category_applied_input_types"] = dict(result["category_applied_input_types"])
        if unknown:
            extra["unknown_categories"] = unknown
        return Verdict(
            taxonomy=self.taxonomy.id,
            flagged=bool(result["flagged"]),
            unsafe_score=max(scores.values(), default=0.0),
            scores=scores,
            categories=categories,
            uncovered=[c for c in self.taxonomy.ids if c not in scores],
            classifier=self.name,
            extra=extra,
        )


def make_openai_moderation(**options: Any) -> OpenAIModerationGuard:
    """Factory for the registry name ``openai-moderation``."""
    return OpenAIModerationGuard(**options)
